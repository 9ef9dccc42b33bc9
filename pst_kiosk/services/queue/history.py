"""Every call of a ticket, kept: opened at the call, ended when the counter is done with it.

The call row is the record the clocks of ``domain/sla.py`` are read from (the queue's own
estimate, the counter's figures and every report); the ticket row holds only the current
state. Opening a call fixes the start of its standard wait clock from the call made just
before it in the same service queue, so the rule is applied once, at the moment it is known.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from pst_kiosk.domain import sla
from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.sla import CallEnd
from pst_kiosk.store.models import Ticket, TicketCall

ESTIMATE_CALLS = 20  # the average service of the last 20 calls gives the estimated wait


def open_call(
    session: Session, ticket: Ticket, counter_id: int | None, staff_id: int | None,
    now: datetime,
) -> TicketCall:
    """Record the call of ``ticket`` (already marked called) and fix its wait clock start."""
    before = session.exec(
        select(TicketCall.called_at, TicketCall.ended_at)
        .where(TicketCall.day == ticket.day, TicketCall.service_id == ticket.service_id,
               col(TicketCall.called_at) <= now)
        .order_by(col(TicketCall.called_at).desc(), col(TicketCall.id).desc())
        .limit(1)
    ).first()
    entered = as_utc(ticket.waiting_since)
    start = entered
    if before is not None:
        called, ended = before
        start = sla.wait_clock_start(entered, as_utc(called), as_utc(ended) if ended else None,
                                     now)
    call = TicketCall(
        ticket_id=ticket.id or 0, day=ticket.day, service_id=ticket.service_id,
        counter_id=counter_id, staff_id=staff_id, entered_at=entered, clock_start=start,
        called_at=now,
    )
    session.add(call)
    ticket.wait_started_at = start
    session.add(ticket)
    session.flush()
    return call


def end_call(session: Session, ticket_id: int, now: datetime, how: CallEnd) -> None:
    """The counter is done with the ticket's open call (a no-op when none is open)."""
    session.execute(
        update(TicketCall)
        .where(col(TicketCall.ticket_id) == ticket_id, col(TicketCall.ended_at).is_(None))
        .values(ended_at=now, ended_by=how.value)
        .execution_options(synchronize_session=False)
    )


def average_service(session: Session, day: date) -> timedelta | None:
    """Mean service time of the day's last finished calls: the estimate's time per visitor."""
    rows = session.exec(
        select(TicketCall.called_at, TicketCall.ended_at)
        .where(TicketCall.day == day, col(TicketCall.ended_by).in_(list(sla.SERVED_ENDS)))
        .order_by(col(TicketCall.ended_at).desc())
        .limit(ESTIMATE_CALLS)
    ).all()
    if not rows:
        return None
    total = sum((as_utc(e) - as_utc(c) for c, e in rows if e is not None), timedelta(0))
    return total / len(rows)


def calls_of(session: Session, ticket_id: int) -> list[sla.Call]:
    """A ticket's calls in order, as the clocks read them."""
    rows = session.exec(
        select(TicketCall).where(TicketCall.ticket_id == ticket_id).order_by(col(TicketCall.id))
    ).all()
    return [to_call(r) for r in rows]


def to_call(row: TicketCall) -> sla.Call:
    return sla.Call(
        entered_at=as_utc(row.entered_at), clock_start=as_utc(row.clock_start),
        called_at=as_utc(row.called_at),
        ended_at=as_utc(row.ended_at) if row.ended_at else None,
        ended_by=CallEnd(row.ended_by) if row.ended_by else None,
    )
