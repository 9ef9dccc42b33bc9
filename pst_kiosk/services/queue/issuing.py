"""Issuing: the number, the ticket and its print job in the caller's write transaction.

Numbers come from one ``daily_sequence`` row updated with ``INSERT … ON CONFLICT DO UPDATE …
RETURNING`` (locked: SQLite ``BEGIN IMMEDIATE``, PostgreSQL row lock). ``UNIQUE(day, service,
seq)`` is the last guard. The ticket is committed before anything is printed: the print job
rides along in the same transaction and the spooler prints it after the commit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from pst_kiosk.domain.clock import local_day
from pst_kiosk.domain.enums import PrintStatus, PriorityReason, TicketStatus
from pst_kiosk.domain.ticket_code import format_code
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import lookup, refusals
from pst_kiosk.services.queue.views import TicketView, view
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import DailySequence, PrintJob, Service, Ticket


def issue_in(
    ctx: ServiceContext,
    session: Session,
    service_letter: str,
    *,
    priority_reason: str = "",
    visit_id: int | None = None,
    actor: str = "kiosk",
    print_ticket: bool = False,
    printer: str = "",
) -> TicketView:
    """A new ticket inside the caller's transaction (guest book + visit + ticket as one).

    ``printer`` names the spooler that must print it (the kiosk's own, so a ticket never
    comes out of another kiosk's printer); empty means any spooler."""
    reason = priority(priority_reason)
    service = lookup.service(session, service_letter)
    now = ctx.now()
    ticket = new_ticket(ctx, session, service, now, reason, visit_id, queued_at=now,
                        waiting_since=now)
    job_id = None
    if print_ticket:
        job = PrintJob(ticket_id=ticket.id, created_at=now, updated_at=now,
                       status=PrintStatus.PENDING, printer=printer)
        session.add(job)
        session.flush()
        job_id = job.id
    audit.record(session, now, actor, "issue", "ticket", ticket.id, code=ticket.code,
                 priority=reason.value)
    notify(session, Topic.QUEUE)
    shown = view(session, ticket, with_ahead=True, now=now)
    return shown if job_id is None else replace(shown, print_job_id=job_id)


def new_ticket(
    ctx: ServiceContext,
    session: Session,
    service: Service,
    now: datetime,
    reason: PriorityReason,
    visit_id: int | None,
    *,
    queued_at: datetime,
    waiting_since: datetime,
    origin_ticket_id: int | None = None,
) -> Ticket:
    day = local_day(now, ctx.zone)  # the same instant as issued_at, never a second read
    seq = next_seq(session, day, service.id or 0)
    ticket = Ticket(
        day=day,
        service_id=service.id or 0,
        seq=seq,
        code=format_code(service.letter, seq),
        status=TicketStatus.WAITING,
        priority=1 if reason is not PriorityReason.NONE else 0,
        priority_reason=reason.value,
        visit_id=visit_id,
        origin_ticket_id=origin_ticket_id,
        issued_at=now,
        queued_at=queued_at,
        waiting_since=waiting_since,
    )
    session.add(ticket)
    session.flush()
    return ticket


def next_seq(session: Session, day: date, service_id: int) -> int:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    table = DailySequence.__table__  # type: ignore[attr-defined]
    stmt = (
        dialect.insert(table)
        .values(day=day, service_id=service_id, last_seq=1)
        .on_conflict_do_update(
            index_elements=["day", "service_id"],
            set_={"last_seq": table.c.last_seq + 1},
        )
        .returning(table.c.last_seq)
    )
    return int(session.execute(stmt).scalar_one())


def priority(reason: str) -> PriorityReason:
    try:
        return PriorityReason(reason)
    except ValueError:
        raise refusals.unknown_priority(reason) from None

