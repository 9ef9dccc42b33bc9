"""Calling: the head of a counter's queues, or one chosen waiting ticket.

Call next takes the head with ``UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED)
RETURNING`` on PostgreSQL (SQLite's ``BEGIN IMMEDIATE`` serialises writers), guarded by the
one-active-ticket-per-counter index; every call opens a call record (``history``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.domain.ticket_states import Action
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import history, lookup, refusals
from pst_kiosk.services.queue.order import calling_order
from pst_kiosk.services.queue.views import TicketView, view
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import Counter, Service, Ticket

S = TicketStatus


def call_next_in(
    ctx: ServiceContext, session: Session, counter_number: int, *,
    service_letter: str | None = None, staff_id: int | None = None, actor: str = "counter",
) -> TicketView | None:
    """Take the head of this counter's queues (priority first); ``None`` if nobody waits."""
    counter = lookup.counter(session, counter_number)
    letters = lookup.letters(counter)
    if service_letter is not None:
        letter = service_letter.upper()
        lookup.service(session, letter)
        lookup.ensure_serves(counter, letter)
        letters = [letter]
    ensure_free(ctx, session, counter)
    now = ctx.now()
    head = (
        select(Ticket.id)
        .join(Service, col(Service.id) == col(Ticket.service_id))
        .where(
            Ticket.day == ctx.today(),
            Ticket.status == S.WAITING,
            col(Service.letter).in_(letters),
            or_(col(Ticket.target_counter_id).is_(None), Ticket.target_counter_id == counter.id),
        )
        .order_by(*calling_order(now))  # an appointment first from its booked time
        .limit(1)
        .with_for_update(skip_locked=True, of=Ticket)  # not the joined service row
        .scalar_subquery()
    )
    with counter_guard(counter):
        taken = session.execute(
            update(Ticket)
            .where(col(Ticket.id) == head, Ticket.status == S.WAITING)
            .values(status=S.CALLED, counter_id=counter.id, staff_id=staff_id, called_at=now,
                    started_at=None, last_called_at=now, call_count=Ticket.call_count + 1)
            .returning(Ticket.id)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
    if taken is None:
        return None
    ticket = session.get(Ticket, taken, populate_existing=True)
    assert ticket is not None
    return _after_call(session, ticket, counter, staff_id, now, actor)


def call_in(
    ctx: ServiceContext, session: Session, ticket_id: int, counter_number: int, *,
    staff_id: int | None = None, actor: str = "counter",
) -> TicketView:
    """Call one chosen waiting ticket (out of order, e.g. a re-queued visitor)."""
    counter = lookup.counter(session, counter_number)
    ticket = lookup.locked_ticket(session, ticket_id, Action.CALL)
    ensure_today(ctx, ticket, Action.CALL)
    if ticket.target_counter_id not in (None, counter.id):
        raise refusals.counter_not_target(ticket.code)
    lookup.ensure_serves(counter, lookup.service_of(session, ticket.service_id).letter)
    ensure_free(ctx, session, counter)
    now = ctx.now()
    ticket.status, ticket.counter_id, ticket.staff_id = S.CALLED, counter.id, staff_id
    ticket.called_at = ticket.last_called_at = now
    ticket.started_at = None
    ticket.call_count += 1
    session.add(ticket)
    with counter_guard(counter):
        session.flush()
    return _after_call(session, ticket, counter, staff_id, now, actor)


def _after_call(session: Session, ticket: Ticket, counter: Counter, staff_id: int | None,
                now: datetime, actor: str) -> TicketView:
    history.open_call(session, ticket, counter.id, staff_id, now)
    audit.record(session, now, actor, "call", "ticket", ticket.id, code=ticket.code,
                 counter=counter.number)
    notify(session, Topic.QUEUE)
    return view(session, ticket)


def ensure_today(ctx: ServiceContext, ticket: Ticket, action: Action) -> None:
    if ticket.day != ctx.today():
        raise refusals.not_today(ticket.code, ticket.day, action)


def ensure_free(ctx: ServiceContext, session: Session, counter: Counter) -> None:
    busy = session.exec(
        select(Ticket.code).where(
            Ticket.counter_id == counter.id, Ticket.day == ctx.today(), lookup.AT_COUNTER
        )
    ).first()
    if busy is not None:
        raise refusals.counter_busy(counter.number, busy)


@contextmanager
def counter_guard(counter: Counter) -> Iterator[None]:
    """The one-active-ticket index fired under a race: say so plainly, not as a traceback."""
    try:
        yield
    except IntegrityError as exc:
        raise refusals.counter_busy(counter.number) from exc
