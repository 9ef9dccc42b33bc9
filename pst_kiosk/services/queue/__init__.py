"""The queue: issue, call, recall, skip, re-queue, transfer, start, finish, cancel.

Each ``QueueService`` method is one write (or read) transaction; the steps behind them live
in one module each — ``issuing``, ``calling``, ``transitions``, ``queries``, ``views``,
``history`` (every call kept), ``refusals`` — and compose into larger transactions through
their ``*_in(ctx, session, …)`` forms (the guest book + ticket at the kiosk, finish-with-note
at the counter, the day's end). Which status allows which action is ``domain/ticket_states``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session

from pst_kiosk.domain.ticket_states import Action
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import calling, issuing, queries, transitions
from pst_kiosk.services.queue.queries import Waiting
from pst_kiosk.services.queue.views import QueueSummary, TicketView

__all__ = ["QueueService", "QueueSummary", "TicketView", "Waiting"]


class QueueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---------------------------------------------------------------- issuing
    def issue(self, service_letter: str, *, priority_reason: str = "",
              visit_id: int | None = None, actor: str = "kiosk", print_ticket: bool = False,
              printer: str = "") -> TicketView:
        """A new ticket, committed before anything is printed (the print job rides along)."""
        with self.ctx.db.write() as session:
            return self.issue_in(session, service_letter, priority_reason=priority_reason,
                                 visit_id=visit_id, actor=actor, print_ticket=print_ticket,
                                 printer=printer)

    def issue_in(self, session: Session, service_letter: str, *, priority_reason: str = "",
                 visit_id: int | None = None, actor: str = "kiosk",
                 print_ticket: bool = False, printer: str = "") -> TicketView:
        """``issue`` inside a caller's write transaction (guest book + visit + ticket as one)."""
        return issuing.issue_in(self.ctx, session, service_letter,
                                priority_reason=priority_reason, visit_id=visit_id,
                                actor=actor, print_ticket=print_ticket, printer=printer)

    # ---------------------------------------------------------------- calling
    def call_next(self, counter_number: int, *, service_letter: str | None = None,
                  staff_id: int | None = None, actor: str = "counter") -> TicketView | None:
        """Take the head of this counter's queues (priority first); ``None`` if nobody waits."""
        with self.ctx.db.write() as session:
            return calling.call_next_in(self.ctx, session, counter_number,
                                        service_letter=service_letter, staff_id=staff_id,
                                        actor=actor)

    def call(self, ticket_id: int, counter_number: int, *, staff_id: int | None = None,
             actor: str = "counter") -> TicketView:
        """Call one chosen waiting ticket (out of order, e.g. a re-queued visitor)."""
        with self.ctx.db.write() as session:
            return calling.call_in(self.ctx, session, ticket_id, counter_number,
                                   staff_id=staff_id, actor=actor)

    # ------------------------------------------------------------ state changes
    def recall(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, Action.RECALL, actor)

    def start(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, Action.START, actor)

    def finish(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, Action.FINISH, actor)

    def finish_in(self, session: Session, ticket_id: int, *, actor: str = "counter"
                  ) -> TicketView:
        return transitions.change_in(self.ctx, session, ticket_id, Action.FINISH, actor)

    def skip(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        """No-show: called and did not come. May be re-queued within the grace period."""
        return self._change(ticket_id, Action.SKIP, actor)

    def cancel(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, Action.CANCEL, actor)

    def requeue(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        """A no-show who came back goes to the back of the queue with the same number."""
        return self._change(ticket_id, Action.REQUEUE, actor)

    def transfer(self, ticket_id: int, *, to_service: str | None = None,
                 to_counter: int | None = None, actor: str = "counter") -> TicketView:
        """To a counter: same ticket, waits for that counter only, keeping its place.
        To a service: a new ticket of that service that keeps the visitor's arrival order."""
        with self.ctx.db.write() as session:
            return transitions.transfer_in(self.ctx, session, ticket_id, to_service=to_service,
                                           to_counter=to_counter, actor=actor)

    def _change(self, ticket_id: int, action: Action, actor: str) -> TicketView:
        with self.ctx.db.write() as session:
            return transitions.change_in(self.ctx, session, ticket_id, action, actor)

    # ---------------------------------------------------------------- reading
    def get(self, ticket_id: int) -> TicketView:
        with self.ctx.db.read() as session:
            return queries.get(session, ticket_id)

    def find(self, code: str, day: date | None = None) -> TicketView:
        """Today's ticket by its code, as staff type it (``K-007``, ``k7``)."""
        with self.ctx.db.read() as session:
            return queries.find(session, code, day or self.ctx.today())

    def waiting(self, counter_number: int | None = None) -> list[TicketView]:
        """Today's queue in calling order; for one counter, only what it may call."""
        with self.ctx.db.read() as session:
            return queries.waiting(self.ctx, session, counter_number)

    def waiting_clocks(self, counter_number: int | None = None) -> list[Waiting]:
        """``waiting`` with each ticket's live standard-clock start (the counter's head clock)."""
        with self.ctx.db.read() as session:
            return queries.waiting_clocks(self.ctx, session, counter_number)

    def today(self, statuses: Sequence[str] | None = None) -> list[TicketView]:
        with self.ctx.db.read() as session:
            return queries.of_day(session, self.ctx.today(), statuses)

    def active_at(self, counter_number: int) -> TicketView | None:
        """The ticket a counter is calling or serving now, if any."""
        with self.ctx.db.read() as session:
            return queries.active_at(self.ctx, session, counter_number)

    def recent_calls(self, limit: int = 10) -> list[TicketView]:
        """Today's calls, newest first (recalls move a ticket to the top): for the board."""
        with self.ctx.db.read() as session:
            return queries.recent_calls(self.ctx, session, limit)

    def summary(self) -> list[QueueSummary]:
        """Waiting count and estimated wait per active service, for the kiosk and board."""
        with self.ctx.db.read() as session:
            return queries.summary(self.ctx, session)
