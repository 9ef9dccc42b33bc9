"""Follow-ups by appointment (the standard's "konsultasi lanjutan datang langsung atau melalui
zoom meeting"): booked for a request, with a six-digit code valid on its day; today's list.
The kiosk check-in that turns a code into a ticket is ``checkin``."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from pst_kiosk.domain.clock import as_utc, day_bounds_utc, local_day
from pst_kiosk.domain.enums import AppointmentKind, AppointmentStatus
from pst_kiosk.domain.online_number import new_booking_code
from pst_kiosk.domain.online_states import OnlineAction
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import records, refusals, views
from pst_kiosk.services.queue import lookup
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import Appointment, OnlineRequest

TOPIC = Topic.ONLINE
CODE_TRIES = 20


def schedule_in(ctx: ServiceContext, session: Session, key: int | str, *, kind: str,
                starts_at: datetime, actor: str, staff_id: int | None = None,
                meeting_link: str = "", service_letter: str = "") -> Appointment:
    request = records.for_action(session, key, OnlineAction.SCHEDULE)
    try:
        how = AppointmentKind(kind)
    except ValueError:
        raise refusals.field("kind", f"Jenis janji '{kind}' tidak dikenal.",
                             f"Unknown appointment kind '{kind}'.") from None
    starts_at = as_utc(starts_at)
    now = ctx.now()
    if starts_at <= now:
        raise refusals.appointment_in_past(request.number)
    if how is AppointmentKind.VIDEO and not meeting_link.strip():
        raise refusals.meeting_link_required(request.number)
    letter = (service_letter or ctx.config.online.appointment_service).upper()
    lookup.service(session, letter)
    day = local_day(starts_at, ctx.zone)
    taken = set(session.exec(select(Appointment.code).where(Appointment.day == day)).all())
    code = next((c for c in (new_booking_code() for _ in range(CODE_TRIES)) if c not in taken),
                None)
    if code is None:  # a million codes a day: only a broken random source gets here
        raise RuntimeError(f"no free booking code on {day} after {CODE_TRIES} tries")
    booked = Appointment(
        request_id=request.id or 0, kind=how, day=day, starts_at=starts_at, code=code,
        staff_id=staff_id, meeting_link=meeting_link.strip(), service_letter=letter,
        status=AppointmentStatus.BOOKED, created_at=now)
    session.add(booked)
    session.flush()
    audit.record(session, now, actor, "schedule", "appointment", booked.id,
                 number=request.number, kind=how.value, starts_at=starts_at, code=code)
    notify(session, TOPIC)
    return booked


def cancel_in(ctx: ServiceContext, session: Session, appointment_id: int, *, actor: str
              ) -> Appointment:
    booked = session.get(Appointment, appointment_id, with_for_update=True)
    if booked is None:
        raise refusals.unknown_appointment(appointment_id)
    if booked.status != AppointmentStatus.BOOKED:
        raise refusals.booking_cancelled(booked.code)
    booked.status = AppointmentStatus.CANCELLED
    session.add(booked)
    audit.record(session, ctx.now(), actor, "cancel", "appointment", booked.id, code=booked.code)
    notify(session, TOPIC)
    return booked


def of_day(ctx: ServiceContext, session: Session, day: date) -> list[views.AppointmentView]:
    """The appointments of a local day in time order, cancelled ones included (struck out)."""
    start, end = day_bounds_utc(day, ctx.zone)
    rows = session.exec(
        select(Appointment, OnlineRequest)
        .join(OnlineRequest, col(OnlineRequest.id) == col(Appointment.request_id))
        .where(col(Appointment.starts_at) >= start, col(Appointment.starts_at) < end)
        .order_by(col(Appointment.starts_at), col(Appointment.id))
    ).all()
    staff = records.staff_names(session)
    codes = records.ticket_codes(session, [a.ticket_id for a, _ in rows])
    return [views.appointment(a, r, staff, codes.get(a.ticket_id, "")) for a, r in rows]
