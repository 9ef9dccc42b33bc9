"""Online requests as the desk, the CLI and the reports see them: plain frozen values.

A ``RequestRow`` is one line of the desk's list with its clock already judged (``DueState``),
so the list model only compares rows and formats them; a ``RequestView`` is the detail with
every message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pst_kiosk.domain import online_sla
from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import OnlineStatus
from pst_kiosk.domain.online_sla import DueState
from pst_kiosk.domain.workdays import WorkCalendar
from pst_kiosk.store.models import Appointment, OnlineMessage, OnlineRequest


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in vars(value).items()}
    return value


@dataclass(frozen=True)
class RequestRow:
    """One request in the desk's list, judged at ``now`` (see ``row``)."""

    id: int
    number: str
    channel: str
    requester_name: str
    title: str
    subject: str
    status: str
    close_reason: str
    received_at: datetime
    complete_at: datetime | None
    due_at: datetime | None
    answered_at: datetime | None
    closed_at: datetime | None
    due: DueState | None  # complete and not answered yet: where it stands
    answered_late: bool  # answered after the due instant
    waiting_for_requester: bool  # the officer wrote last: the 7-day silence runs
    silent_since: datetime | None
    new_from_requester: bool  # the requester wrote last

    def as_dict(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in vars(self).items()}


@dataclass(frozen=True)
class MessageView:
    id: int
    direction: str
    channel: str
    kind: str
    at: datetime
    text: str
    attachments: tuple[str, ...]
    staff_name: str
    mail_subject: str
    mail_message_id: str
    send_status: str
    send_error: str

    def as_dict(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in vars(self).items()}


@dataclass(frozen=True)
class AppointmentView:
    id: int
    request_id: int
    request_number: str
    requester_name: str
    kind: str
    starts_at: datetime
    code: str
    officer_name: str
    meeting_link: str
    status: str
    ticket_code: str

    def as_dict(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in vars(self).items()}


@dataclass(frozen=True)
class RequestView:
    """A request with its whole history."""

    row: RequestRow
    institution: str
    email: str
    whatsapp: str
    web_transaction: str
    consent_at: datetime | None
    data_requested: str
    missing: str
    supplied_at: datetime | None
    staff_name: str
    origin_ticket_code: str
    messages: tuple[MessageView, ...] = field(default_factory=tuple)
    appointments: tuple[AppointmentView, ...] = field(default_factory=tuple)

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number

    @property
    def status(self) -> str:
        return self.row.status

    def as_dict(self) -> dict[str, Any]:
        out = {k: _plain(v) for k, v in vars(self).items() if k != "row"}
        return self.row.as_dict() | out


def row(request: OnlineRequest | Any, now: datetime, calendar: WorkCalendar,
        zone: Any) -> RequestRow:
    """``request``: the table row, or a result row with the columns of ``listing.ROW_COLUMNS``."""
    due = answered_late = None
    if request.due_at is not None:
        if request.answered_at is None and request.status == OnlineStatus.COMPLETE:
            due = online_sla.due_state(request.due_at, now, calendar, zone)
        elif request.answered_at is not None:
            answered_late = online_sla.is_overdue(request.due_at, request.answered_at, now)
    silent = online_sla.silent_since(request.last_officer_at, request.last_requester_at)
    closed = request.status == OnlineStatus.CLOSED
    last_in = request.last_requester_at
    new_in = last_in is not None and (request.last_officer_at is None
                                      or as_utc(last_in) > as_utc(request.last_officer_at))
    return RequestRow(
        id=request.id or 0, number=request.number, channel=request.channel,
        requester_name=request.requester_name, title=request.title, subject=request.subject,
        status=request.status, close_reason=request.close_reason,
        received_at=request.received_at, complete_at=request.complete_at,
        due_at=request.due_at, answered_at=request.answered_at, closed_at=request.closed_at,
        due=due, answered_late=bool(answered_late),
        waiting_for_requester=silent is not None and not closed,
        silent_since=None if closed else silent, new_from_requester=new_in,
    )


def message(m: OnlineMessage, staff: dict[int | None, str]) -> MessageView:
    return MessageView(
        id=m.id or 0, direction=m.direction, channel=m.channel, kind=m.kind, at=m.at,
        text=m.text, attachments=tuple(x for x in m.attachments.splitlines() if x),
        staff_name=staff.get(m.staff_id, "") if m.staff_id else "",
        mail_subject=m.mail_subject, mail_message_id=m.mail_message_id,
        send_status=m.send_status, send_error=m.send_error,
    )


def appointment(a: Appointment, request: OnlineRequest, staff: dict[int | None, str],
                ticket_code: str = "") -> AppointmentView:
    return AppointmentView(
        id=a.id or 0, request_id=a.request_id, request_number=request.number,
        requester_name=request.requester_name, kind=a.kind, starts_at=a.starts_at,
        code=a.code, officer_name=staff.get(a.staff_id, "") if a.staff_id else "",
        meeting_link=a.meeting_link, status=a.status, ticket_code=ticket_code,
    )
