"""The rows every online use case works on: a request (locked for a write), its messages, the
staff names, and the detail view of one request."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from pst_kiosk.domain.enums import Direction
from pst_kiosk.domain.online_states import OnlineAction, allows
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import refusals, views
from pst_kiosk.services.online_desk.calendar import work_calendar
from pst_kiosk.store.models import (
    Appointment,
    OnlineMessage,
    OnlineRequest,
    Staff,
    Ticket,
)


def find(session: Session, key: int | str, *, lock: bool = False) -> OnlineRequest:
    """A request by id or by number (``PST-2026-00042``); locked for update when asked."""
    query = select(OnlineRequest)
    if isinstance(key, int) or str(key).isdigit():
        query = query.where(OnlineRequest.id == int(key))
    else:
        query = query.where(OnlineRequest.number == str(key).strip().upper())
    if lock:
        query = query.with_for_update()
    found = session.exec(query).first()
    if found is None:
        raise refusals.unknown_request(key)
    return found


def for_action(session: Session, key: int | str, action: OnlineAction) -> OnlineRequest:
    request = find(session, key, lock=True)
    if not allows(action, request.status):
        raise refusals.wrong_state(request.number, action.value, request.status)
    return request


def add_message(
    session: Session, request: OnlineRequest, *, direction: Direction, channel: str,
    at: datetime, text: str, kind: str = "message", attachments: tuple[str, ...] = (),
    staff_id: int | None = None, counts: bool = True, **mail: str,
) -> OnlineMessage:
    """Record one message and move the request's "who wrote last" instants with it (unless
    it does not ``count``: an automatic reply, "out of office", is no reply of the person)."""
    message = OnlineMessage(
        request_id=request.id or 0, direction=direction.value, channel=channel, at=at,
        kind=kind, text=text.strip(), attachments="\n".join(a for a in attachments if a),
        staff_id=staff_id, **mail,
    )
    session.add(message)
    if not counts:
        pass
    elif direction is Direction.IN:
        if request.last_requester_at is None or at >= request.last_requester_at:
            request.last_requester_at = at
    elif request.last_officer_at is None or at >= request.last_officer_at:
        request.last_officer_at = at
    request.updated_at = max(request.updated_at, at) if request.updated_at else at
    session.add(request)
    session.flush()
    return message


def staff_names(session: Session) -> dict[int | None, str]:
    return dict(session.execute(sa_select(Staff.id, Staff.full_name)).all())


def detail(ctx: ServiceContext, session: Session, request: OnlineRequest) -> views.RequestView:
    staff = staff_names(session)
    messages = session.exec(
        select(OnlineMessage).where(OnlineMessage.request_id == request.id)
        .order_by(col(OnlineMessage.at), col(OnlineMessage.id))
    ).all()
    appointments = session.exec(
        select(Appointment).where(Appointment.request_id == request.id)
        .order_by(col(Appointment.starts_at))
    ).all()
    codes = ticket_codes(session, [a.ticket_id for a in appointments if a.ticket_id])
    if request.origin_ticket_id:
        codes |= ticket_codes(session, [request.origin_ticket_id])
    return views.RequestView(
        row=views.row(request, ctx.now(), work_calendar(session), ctx.zone),
        institution=request.institution, email=request.email, whatsapp=request.whatsapp,
        web_transaction=request.web_transaction, consent_at=request.consent_at,
        data_requested=request.data_requested, missing=request.missing,
        supplied_at=request.supplied_at,
        staff_name=staff.get(request.staff_id, "") if request.staff_id else "",
        origin_ticket_code=codes.get(request.origin_ticket_id, "")
        if request.origin_ticket_id else "",
        messages=tuple(views.message(m, staff) for m in messages),
        appointments=tuple(views.appointment(a, request, staff, codes.get(a.ticket_id, ""))
                           for a in appointments),
    )


def ticket_codes(session: Session, ids: list[int | None]) -> dict[int | None, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    return dict(session.execute(
        sa_select(Ticket.id, Ticket.code).where(col(Ticket.id).in_(wanted))).all())
