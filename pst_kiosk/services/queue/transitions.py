"""State changes of a ticket at a counter: recall, start, finish, skip, cancel, re-queue,
transfer. Each is a ``*_in(ctx, session, …)`` step a caller composes into one transaction
(finish-with-note, the day's end); which status allows which action is ``ticket_states``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlmodel import Session

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import PriorityReason, TicketStatus
from pst_kiosk.domain.sla import CallEnd
from pst_kiosk.domain.ticket_states import Action
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import history, lookup, refusals
from pst_kiosk.services.queue.calling import ensure_today
from pst_kiosk.services.queue.issuing import new_ticket
from pst_kiosk.services.queue.views import TicketView, view
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import Ticket

S = TicketStatus
Apply = Callable[[ServiceContext, Session, Ticket, datetime], None]


def change_in(ctx: ServiceContext, session: Session, ticket_id: int, action: Action,
              actor: str) -> TicketView:
    """Apply one of the simple actions (not transfer) in the caller's transaction."""
    ticket = lookup.locked_ticket(session, ticket_id, action)
    now = ctx.now()
    _APPLY[action](ctx, session, ticket, now)
    session.add(ticket)
    session.flush()
    audit.record(session, now, actor, action.value, "ticket", ticket.id, code=ticket.code)
    notify(session, Topic.QUEUE)
    return view(session, ticket)


def _recall(_ctx: ServiceContext, _session: Session, ticket: Ticket, now: datetime) -> None:
    ticket.call_count += 1
    ticket.last_called_at = now


def _start(_ctx: ServiceContext, _session: Session, ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.started_at = S.SERVING, now


def _finish(_ctx: ServiceContext, session: Session, ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.finished_at = S.DONE, now
    if ticket.started_at is None:
        ticket.started_at = ticket.called_at
    history.end_call(session, ticket.id or 0, now, CallEnd.FINISHED)


def _skip(_ctx: ServiceContext, session: Session, ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.skipped_at = S.NO_SHOW, now
    history.end_call(session, ticket.id or 0, now, CallEnd.SKIPPED)


def _cancel(_ctx: ServiceContext, _session: Session, ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.cancelled_at = S.CANCELLED, now


def _requeue(ctx: ServiceContext, _session: Session, ticket: Ticket, now: datetime) -> None:
    """A no-show who came back goes to the back of the queue with the same number; the first
    call and the skip stay in the call history."""
    grace = timedelta(minutes=ctx.config.queue.requeue_grace_minutes)
    assert ticket.skipped_at is not None
    if now - as_utc(ticket.skipped_at) > grace or ticket.day != ctx.today():
        raise refusals.requeue_too_late(int(grace.total_seconds() // 60))
    ticket.status, ticket.counter_id = S.WAITING, None
    ticket.queued_at = ticket.waiting_since = now
    ticket.called_at = ticket.wait_started_at = ticket.skipped_at = ticket.started_at = None


def close_in(ctx: ServiceContext, session: Session, ticket: Ticket, now: datetime) -> None:
    """The day's end: a ticket still open is closed, never left to block a counter."""
    ticket.status, ticket.closed_at, ticket.counter_id = S.CLOSED, now, None
    history.end_call(session, ticket.id or 0, now, CallEnd.CLOSED)


_APPLY: dict[Action, Apply] = {
    Action.RECALL: _recall, Action.START: _start, Action.FINISH: _finish,
    Action.SKIP: _skip, Action.CANCEL: _cancel, Action.REQUEUE: _requeue,
}


def transfer_in(
    ctx: ServiceContext, session: Session, ticket_id: int, *, to_service: str | None = None,
    to_counter: int | None = None, actor: str = "counter",
) -> TicketView:
    """To a counter: same ticket, waits for that counter only, keeping its place.
    To a service: a new ticket of that service that keeps the visitor's arrival order.
    Either way the first counter's call ends here, so it is charged only its own time."""
    if (to_service is None) == (to_counter is None):
        raise refusals.transfer_target()
    ticket = lookup.locked_ticket(session, ticket_id, Action.TRANSFER)
    ensure_today(ctx, ticket, Action.TRANSFER)
    now = ctx.now()
    if to_counter is not None:
        result = _to_counter(session, ticket, to_counter, now)
    else:
        result = _to_service(ctx, session, ticket, str(to_service), now, actor)
    audit.record(session, now, actor, "transfer", "ticket", ticket.id, code=ticket.code,
                 to_service=to_service, to_counter=to_counter, new_code=result.code)
    notify(session, Topic.QUEUE)
    return view(session, result, with_ahead=True)


def _to_counter(session: Session, ticket: Ticket, number: int, now: datetime) -> Ticket:
    counter = lookup.counter(session, number)
    lookup.ensure_serves(counter, lookup.service_of(session, ticket.service_id).letter)
    if ticket.status != S.WAITING:  # the first counter was done with the visitor now
        history.end_call(session, ticket.id or 0, now, CallEnd.HANDED_OVER)
        ticket.waiting_since = now
    ticket.status, ticket.target_counter_id, ticket.counter_id = S.WAITING, counter.id, None
    ticket.called_at = ticket.wait_started_at = ticket.started_at = None
    session.add(ticket)
    return ticket


def _to_service(ctx: ServiceContext, session: Session, ticket: Ticket, letter: str,
                now: datetime, actor: str) -> Ticket:
    service = lookup.service(session, letter)
    if service.id == ticket.service_id:
        raise refusals.transfer_same_service()
    was_waiting = ticket.status == S.WAITING
    ticket.status, ticket.finished_at = S.TRANSFERRED, now
    if ticket.called_at is not None and ticket.started_at is None:
        ticket.started_at = ticket.called_at
    history.end_call(session, ticket.id or 0, now, CallEnd.TRANSFERRED)
    session.add(ticket)
    session.flush()
    moved = new_ticket(
        ctx, session, service, now, PriorityReason(ticket.priority_reason), ticket.visit_id,
        queued_at=as_utc(ticket.queued_at),
        waiting_since=as_utc(ticket.waiting_since) if was_waiting else now,
        origin_ticket_id=ticket.id,
    )
    audit.record(session, now, actor, "issue", "ticket", moved.id, code=moved.code,
                 origin=ticket.code)
    return moved
