"""The kiosk's "Saya punya janji": a booking code becomes a ticket for the requester, whose
details the desk already knows, without the full guest book.

One write transaction: the requester as a guest-book visitor (name and contacts from the
request, consent as recorded on it; no identity card: ``id_type`` other), a visit whose
purpose names the request, the ticket with ``order.APPOINTMENT`` priority entering the queue
at the later of now and the booked time (so it is called first from that time on, never
before), its print job, and the appointment marked checked in with the ticket. A second
check-in with the same code shows the same ticket again instead of issuing another.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import Session, select

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import AppointmentKind, AppointmentStatus, PrintStatus, PriorityReason
from pst_kiosk.domain.online_number import normalise_booking_code
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import records, refusals
from pst_kiosk.services.queue import lookup, order
from pst_kiosk.services.queue.issuing import new_ticket
from pst_kiosk.services.queue.views import TicketView, view
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import (
    Appointment,
    OnlineRequest,
    PrintJob,
    Ticket,
    Visit,
    Visitor,
)


@dataclass(frozen=True)
class CheckIn:
    ticket: TicketView
    requester_name: str
    request_number: str
    starts_at: datetime
    officer_name: str
    early: bool  # before the booked time: called from then on
    again: bool  # the code was already checked in: the same ticket shown again

    def as_dict(self) -> dict[str, object]:
        return {"ticket": self.ticket.as_dict(), "requester_name": self.requester_name,
                "request_number": self.request_number, "starts_at": self.starts_at.isoformat(),
                "officer_name": self.officer_name, "early": self.early, "again": self.again}


def check_in(ctx: ServiceContext, code: str, *, printer: str = "", actor: str = "kiosk"
             ) -> CheckIn:
    code = normalise_booking_code(code)
    with ctx.db.write() as session:
        booked = _booking(ctx, session, code)
        request = session.get(OnlineRequest, booked.request_id)
        assert request is not None
        officer = records.staff_names(session).get(booked.staff_id, "") if booked.staff_id \
            else ""
        now = ctx.now()
        starts = as_utc(booked.starts_at)
        if booked.ticket_id is not None:
            issued = session.get(Ticket, booked.ticket_id)
            assert issued is not None
            ticket = view(session, issued, with_ahead=True, now=now)
            return CheckIn(ticket, request.requester_name, request.number, starts, officer,
                           now < starts, again=True)
        ticket = _issue(ctx, session, booked, request, now, printer, actor)
    return CheckIn(ticket, request.requester_name, request.number, starts, officer,
                   now < starts, again=False)


def _booking(ctx: ServiceContext, session: Session, code: str) -> Appointment:
    today = ctx.today()
    found = session.exec(
        select(Appointment).where(Appointment.code == code, Appointment.day == today)
        .with_for_update()
    ).first()
    if found is None:
        later = session.exec(
            select(Appointment.day).where(Appointment.code == code,
                                          Appointment.status == AppointmentStatus.BOOKED)
            .order_by(Appointment.day)
        ).first()
        raise refusals.booking_other_day(code, later) if later else refusals.unknown_booking(code)
    if found.status == AppointmentStatus.CANCELLED:
        raise refusals.booking_cancelled(code)
    if found.kind == AppointmentKind.VIDEO:
        raise refusals.booking_is_video(code)
    return found


def _issue(ctx: ServiceContext, session: Session, booked: Appointment, request: OnlineRequest,
           now: datetime, printer: str, actor: str) -> TicketView:
    visitor = Visitor(id_type="other", name=request.requester_name or None,
                      institution=request.institution or None, phone=request.whatsapp or None,
                      email=request.email or None, consent_at=request.consent_at,
                      consent_version=request.consent_version or None, created_at=now,
                      last_visit_at=now)
    session.add(visitor)
    session.flush()
    service = lookup.service(session, booked.service_letter)
    visit = Visit(visitor_id=visitor.id, day=ctx.today(), created_at=now, service_id=service.id,
                  purpose=f"Konsultasi lanjutan {request.number} (janji {booked.code})",
                  data_needed=request.data_requested[:500] or None)
    session.add(visit)
    session.flush()
    enters = max(now, as_utc(booked.starts_at))
    ticket = new_ticket(ctx, session, service, now, PriorityReason.NONE, visit.id,
                        queued_at=enters, waiting_since=enters)
    ticket.priority = order.APPOINTMENT
    session.add(ticket)
    job = PrintJob(ticket_id=ticket.id, created_at=now, updated_at=now,
                   status=PrintStatus.PENDING, printer=printer)
    session.add(job)
    booked.status, booked.ticket_id, booked.checked_in_at = AppointmentStatus.CHECKED_IN, \
        ticket.id, now
    session.add(booked)
    session.flush()
    audit.record(session, now, actor, "check_in", "appointment", booked.id, code=booked.code,
                 number=request.number, ticket=ticket.code)
    audit.record(session, now, actor, "issue", "ticket", ticket.id, code=ticket.code,
                 priority="appointment")
    for topic in (Topic.QUEUE, Topic.VISITORS, Topic.ONLINE):
        notify(session, topic)
    return replace(view(session, ticket, with_ahead=True, now=now), print_job_id=job.id)
