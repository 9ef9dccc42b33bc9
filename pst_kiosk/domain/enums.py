"""Enumerations of the service vocabulary, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class TicketStatus(StrEnum):
    WAITING = "waiting"  # in the queue
    CALLED = "called"  # called to a counter, visitor walking up
    SERVING = "serving"  # consultation under way
    DONE = "done"  # finished
    NO_SHOW = "no_show"  # skipped: did not come when called
    CANCELLED = "cancelled"  # withdrawn before being called
    TRANSFERRED = "transferred"  # moved to another service (a new ticket carries on)
    CLOSED = "closed"  # still open when the day ended: closed by the day's end ("tidak selesai")


ACTIVE_AT_COUNTER = (TicketStatus.CALLED, TicketStatus.SERVING)
OPEN_STATUSES = (TicketStatus.WAITING, *ACTIVE_AT_COUNTER)  # not yet done with


class PriorityReason(StrEnum):
    NONE = ""
    ELDERLY = "elderly"
    DISABLED = "disabled"
    PREGNANT = "pregnant"
    SMALL_CHILDREN = "small_children"


class IdType(StrEnum):
    KTP = "ktp"
    SIM = "sim"
    PASSPORT = "passport"
    OTHER = "other"


class Role(StrEnum):
    FRONTLINER = "frontliner"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Outcome(StrEnum):
    FULFILLED = "fulfilled"
    PARTLY = "partly"
    NOT_AVAILABLE = "not_available"
    REFERRED = "referred"


class Channel(StrEnum):
    WEB = "web"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    WALK_IN = "walk_in"
    BOX = "box"
    SMS = "sms"


class OnlineStatus(StrEnum):
    INCOMPLETE = "incomplete"  # not yet clear and complete: the 3-day clock has not started
    OPEN = "open"
    ANSWERED = "answered"
    NO_RESPONSE = "no_response"  # closed after 7 days without a reply from the requester


class PrintStatus(StrEnum):
    PENDING = "pending"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


class Sex(StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan
