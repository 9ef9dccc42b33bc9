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
    """Where an online request stands (``domain/online_states.py`` holds the transitions)."""

    RECEIVED = "received"  # not yet clear and complete: the 3-working-day clock has not started
    COMPLETE = "complete"  # clear and complete: the clock runs until the first answer
    ANSWERED = "answered"  # the information was given; the conversation may go on
    CLOSED = "closed"  # with a ``CloseReason``; the history stays


class CloseReason(StrEnum):
    FULFILLED = "fulfilled"  # answered and done
    NO_RESPONSE = "no_response"  # 7 days without a reply from the requester
    WITHDRAWN = "withdrawn"  # the requester no longer needs it
    REFERRED = "referred"  # sent on to another unit or office


class OnlineChannel(StrEnum):
    """How an online request reached the PST (SERVICE_STANDARD.md, "Procedure, online")."""

    WEB = "web"  # pst.bps.go.id, with its transaction number
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    PHONE = "phone"
    WALK_IN = "walk_in"  # a visitor at the counter who continues online


class Direction(StrEnum):
    IN = "in"  # from the requester
    OUT = "out"  # from the officer


class SendStatus(StrEnum):
    """An outgoing email's way out over SMTP (other channels are ``NOT_SENT_BY_US``)."""

    NOT_SENT_BY_US = ""  # typed or pasted from the office's WhatsApp app, a phone call…
    PENDING = "pending"
    SENDING = "sending"  # claimed by one PC's outbox
    SENT = "sent"
    FAILED = "failed"


class AppointmentKind(StrEnum):
    WALK_IN = "walk_in"  # konsultasi lanjutan datang langsung
    VIDEO = "video"  # melalui zoom meeting


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"  # a ticket was issued at the kiosk
    CANCELLED = "cancelled"


class PrintStatus(StrEnum):
    PENDING = "pending"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


class Sex(StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan
