"""Tickets as faces and scripts see them: plain frozen values, no session attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlmodel import Session

from pst_kiosk.domain import sla
from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.domain.estimate import estimated_wait, minutes_rounded_up
from pst_kiosk.services.queue import history, lookup, order
from pst_kiosk.store.models import Ticket

S = TicketStatus


@dataclass(frozen=True)
class TicketView:
    """A ticket's current state. ``called_at`` and ``wait_started_at`` are those of its
    current call (a ticket handed over to another counter is called again there); its
    earlier calls are kept in the call history."""

    id: int
    code: str
    day: date
    service_letter: str
    service_name_id: str
    service_name_en: str
    status: str
    priority: int
    priority_reason: str
    issued_at: datetime
    queued_at: datetime
    waiting_since: datetime
    called_at: datetime | None
    last_called_at: datetime | None
    call_count: int
    started_at: datetime | None
    finished_at: datetime | None
    skipped_at: datetime | None
    wait_started_at: datetime | None
    counter_number: int | None
    target_counter_number: int | None
    visit_id: int | None
    origin_ticket_id: int | None
    people_ahead: int | None = None
    estimated_wait_minutes: int | None = None
    print_job_id: int | None = None

    def clocks(self, now: datetime) -> sla.Clocks:
        """Both clocks at ``now``: the standard wait of the current call (to the call; while
        waiting, since entering the queue) and its service (call to finish)."""
        waiting = self.status == S.WAITING or self.called_at is None
        start = self.waiting_since if waiting else (self.wait_started_at or self.waiting_since)
        return sla.Clocks(
            wait=sla.elapsed(start, None if waiting else self.called_at, now),
            service=None if waiting else sla.elapsed(
                self.called_at, self.finished_at or self.skipped_at, now),
        )

    def waited(self, now: datetime) -> timedelta | None:
        """Time since entering the queue (to the call once called): never restarts."""
        stop = None if self.status == S.WAITING else self.called_at
        return sla.elapsed(self.waiting_since, stop, now)

    def as_dict(self) -> dict[str, object]:
        return {k: (v.isoformat() if isinstance(v, datetime | date) else v)
                for k, v in vars(self).items()}


@dataclass(frozen=True)
class QueueSummary:
    """Per service: people waiting and the estimated wait of a ticket issued now."""

    letter: str
    name_id: str
    name_en: str
    waiting: int
    open_counters: int
    estimated_wait_minutes: int


def view(session: Session, ticket: Ticket, with_ahead: bool = False,
         now: datetime | None = None) -> TicketView:
    service = lookup.service_of(session, ticket.service_id)
    numbers = {c.id: c.number for c in lookup.all_counters(session)}
    ahead = estimate = None
    if with_ahead and ticket.status == S.WAITING:
        ahead = people_ahead(session, ticket, now)
        wait = estimated_wait(ahead, lookup.open_counters(session, service.letter),
                              history.average_service(session, ticket.day))
        estimate = minutes_rounded_up(wait)
    return TicketView(
        id=ticket.id or 0, code=ticket.code, day=ticket.day,
        service_letter=service.letter, service_name_id=service.name_id,
        service_name_en=service.name_en, status=ticket.status, priority=ticket.priority,
        priority_reason=ticket.priority_reason, issued_at=ticket.issued_at,
        queued_at=ticket.queued_at, waiting_since=ticket.waiting_since,
        called_at=ticket.called_at, last_called_at=ticket.last_called_at,
        call_count=ticket.call_count, started_at=ticket.started_at,
        finished_at=ticket.finished_at, skipped_at=ticket.skipped_at,
        wait_started_at=ticket.wait_started_at,
        counter_number=numbers.get(ticket.counter_id),
        target_counter_number=numbers.get(ticket.target_counter_id),
        visit_id=ticket.visit_id, origin_ticket_id=ticket.origin_ticket_id,
        people_ahead=ahead, estimated_wait_minutes=estimate,
    )


def people_ahead(session: Session, ticket: Ticket, now: datetime | None = None) -> int:
    """Waiting tickets of the same service that will be called before this one; with ``now``,
    in the calling order at that moment (an appointment ranks first only from its time)."""
    t = Ticket.__table__.c  # type: ignore[attr-defined]
    if now is None:
        mine, theirs = ticket.priority, t.priority
    else:
        mine, theirs = order.rank_of(ticket, now), order.rank(now, Ticket.__table__)  # type: ignore[attr-defined]
    before = or_(
        theirs > mine,
        and_(theirs == mine,
             or_(t.queued_at < ticket.queued_at,
                 and_(t.queued_at == ticket.queued_at, t.id < ticket.id))),
    )
    return int(session.execute(
        select(func.count()).select_from(Ticket.__table__).where(  # type: ignore[attr-defined]
            t.day == ticket.day, t.service_id == ticket.service_id,
            t.status == S.WAITING, t.id != ticket.id, before,
        )
    ).scalar_one())
