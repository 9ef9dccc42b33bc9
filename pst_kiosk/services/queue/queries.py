"""Reading the queue: one ticket, today's queue in calling order, the board's last calls, and
the per-service summary the kiosk and the board show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from pst_kiosk.domain import sla
from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.domain.estimate import estimated_wait, minutes_rounded_up
from pst_kiosk.domain.ticket_code import parse_code
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import history, lookup, refusals
from pst_kiosk.services.queue.order import calling_order
from pst_kiosk.services.queue.views import QueueSummary, TicketView, view
from pst_kiosk.store.models import Service, Ticket, TicketCall

S = TicketStatus


def get(session: Session, ticket_id: int) -> TicketView:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise refusals.unknown_ticket(str(ticket_id))
    return view(session, ticket, with_ahead=ticket.status == S.WAITING)


def find(session: Session, code: str, day: date) -> TicketView:
    """A ticket of ``day`` by its code, as staff type it (``K-007``, ``k7``)."""
    letter, seq = parse_code(code)
    ticket = session.exec(
        select(Ticket)
        .join(Service, col(Service.id) == col(Ticket.service_id))
        .where(Ticket.day == day, Service.letter == letter, Ticket.seq == seq)
    ).first()
    if ticket is None:
        raise refusals.unknown_ticket(code)
    return view(session, ticket, with_ahead=ticket.status == S.WAITING)


def waiting(ctx: ServiceContext, session: Session, counter_number: int | None) -> list[TicketView]:
    """Today's queue in calling order; for one counter, only what it may call."""
    query = (
        select(Ticket)
        .where(Ticket.day == ctx.today(), Ticket.status == S.WAITING)
        .order_by(*calling_order(ctx.now()))
    )
    if counter_number is not None:
        counter = lookup.counter(session, counter_number)
        query = query.join(Service, col(Service.id) == col(Ticket.service_id)).where(
            col(Service.letter).in_(lookup.letters(counter)),
            or_(col(Ticket.target_counter_id).is_(None), Ticket.target_counter_id == counter.id),
        )
    return [view(session, t) for t in session.exec(query).all()]


@dataclass(frozen=True)
class Waiting:
    """A waiting ticket with the start its standard wait clock would have if called now
    (``sla.wait_clock_start`` against the last call of its service): the live promise."""

    ticket: TicketView
    clock_start: datetime


def waiting_clocks(ctx: ServiceContext, session: Session,
                   counter_number: int | None) -> list[Waiting]:
    tickets = waiting(ctx, session, counter_number)
    last: dict[int, tuple[datetime, datetime | None]] = {}
    for service_id, called, ended in session.execute(
        select(TicketCall.service_id, TicketCall.called_at, TicketCall.ended_at)
        .where(TicketCall.day == ctx.today())
        .order_by(col(TicketCall.called_at), col(TicketCall.id))
    ).all():  # ascending: the last call per service wins
        last[service_id] = (as_utc(called), as_utc(ended) if ended else None)
    ids = {s.letter: s.id for s in lookup.services_by_id(session).values()}
    result = []
    for ticket in tickets:
        entered = as_utc(ticket.waiting_since)
        before = last.get(ids.get(ticket.service_letter, -1))
        start = sla.wait_clock_start(entered, *before) if before else entered
        result.append(Waiting(ticket, start))
    return result


def of_day(session: Session, day: date, statuses: Sequence[str] | None) -> list[TicketView]:
    query = select(Ticket).where(Ticket.day == day)
    if statuses:
        query = query.where(col(Ticket.status).in_(list(statuses)))
    return [view(session, t) for t in session.exec(query.order_by(col(Ticket.id))).all()]


def active_at(ctx: ServiceContext, session: Session, counter_number: int) -> TicketView | None:
    """The ticket a counter is calling or serving now, if any."""
    counter = lookup.counter(session, counter_number)
    ticket = session.exec(
        select(Ticket).where(
            Ticket.counter_id == counter.id, Ticket.day == ctx.today(), lookup.AT_COUNTER
        )
    ).first()
    return None if ticket is None else view(session, ticket)


def recent_calls(ctx: ServiceContext, session: Session, limit: int) -> list[TicketView]:
    """Today's calls, newest first (recalls move a ticket to the top): for the board."""
    rows = session.exec(
        select(Ticket)
        .where(Ticket.day == ctx.today(), col(Ticket.last_called_at).is_not(None))
        .order_by(col(Ticket.last_called_at).desc(), col(Ticket.id).desc())
        .limit(limit)
    ).all()
    return [view(session, t) for t in rows]


def summary(ctx: ServiceContext, session: Session) -> list[QueueSummary]:
    """Waiting count and estimated wait per active service, for the kiosk and board."""
    today = ctx.today()
    counts = dict(
        session.execute(
            select(Ticket.service_id, func.count())
            .where(Ticket.day == today, Ticket.status == S.WAITING)
            .group_by(col(Ticket.service_id))
        ).all()
    )
    average = history.average_service(session, today)
    result = []
    for service in session.exec(select(Service).where(Service.active).order_by(Service.sort)):
        open_counters = lookup.open_counters(session, service.letter)
        count = int(counts.get(service.id, 0))
        estimate = estimated_wait(count, open_counters, average)
        result.append(QueueSummary(service.letter, service.name_id, service.name_en, count,
                                   open_counters, minutes_rounded_up(estimate)))
    return result
