"""Today at a glance: the counter's figures strip and the supervisor's view.

The queue figures are those of the reports (``services/queue_figures``, the clocks of
``domain/sla.py`` over the call history) read for today, so the strip and the head of
office's PDF never disagree. Staff on duty come from the audit log's sign-in / lock /
sign-out entries, so no extra table is needed and the record of who sat where is the same one
the auditor reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import col, select

from pst_kiosk.domain.clock import as_utc, day_bounds_utc
from pst_kiosk.domain.enums import ACTIVE_AT_COUNTER, OPEN_STATUSES, TicketStatus
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue_figures import QueueFigures, read_range
from pst_kiosk.store.models import AuditLog, Counter, Service, Staff, Ticket

S = TicketStatus
DUTY_ACTIONS = ("sign_in", "lock", "unlock", "sign_out")


@dataclass(frozen=True)
class TodayFigures:
    """Today's queue figures with the open tickets split as the desk shows them."""

    day: date
    queue: QueueFigures
    waiting: int
    at_counters: int

    @property
    def issued(self) -> int:
        return self.queue.issued

    @property
    def served(self) -> int:
        return self.queue.served

    @property
    def no_show(self) -> int:
        return self.queue.no_show

    @property
    def average_waited(self) -> timedelta | None:
        """Time from entering the queue to the call, served visitors (``sla``: waited)."""
        return _seconds(self.queue.waited.mean)

    @property
    def wait_within(self) -> float | None:
        """Share of calls within the standard's 10-minute wait clock (no-shows apart)."""
        return self.queue.wait.share_within

    @property
    def average_service(self) -> timedelta | None:
        return _seconds(self.queue.service.mean)

    @property
    def service_within(self) -> float | None:
        return self.queue.service.share_within


@dataclass(frozen=True)
class StaffOnDuty:
    staff_id: int
    username: str
    full_name: str
    role: str
    counter: int | None
    since: datetime
    locked: bool


@dataclass(frozen=True)
class CounterState:
    number: int
    name: str
    letters: tuple[str, ...]
    ticket_code: str | None
    ticket_status: str | None
    called_at: datetime | None
    staff: tuple[str, ...]  # full names of staff signed in at this counter
    served: int
    waiting: int


class DayFiguresService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(self, day: date | None = None) -> TodayFigures:
        day = day or self.ctx.today()
        with self.ctx.db.read() as session:
            figures = read_range(session, day, day, self.ctx.wait_target,
                                 self.ctx.service_target).of(("all",))
            open_by_status = dict(session.execute(
                select(Ticket.status, func.count())
                .where(Ticket.day == day, col(Ticket.status).in_(list(OPEN_STATUSES)))
                .group_by(col(Ticket.status))
            ).all())
        return TodayFigures(
            day=day, queue=figures, waiting=int(open_by_status.get(S.WAITING, 0)),
            at_counters=sum(int(open_by_status.get(s, 0)) for s in ACTIVE_AT_COUNTER),
        )

    def staff_on_duty(self) -> list[StaffOnDuty]:
        """Who signed in today and has not signed out, with their counter."""
        start, end = day_bounds_utc(self.ctx.today(), self.ctx.zone)
        with self.ctx.db.read() as session:
            events = session.exec(
                select(AuditLog)
                .where(AuditLog.entity == "staff", col(AuditLog.action).in_(DUTY_ACTIONS),
                       col(AuditLog.at) >= start, col(AuditLog.at) < end,
                       col(AuditLog.entity_id).is_not(None))
                .order_by(col(AuditLog.at), col(AuditLog.id))
            ).all()
            last: dict[int, AuditLog] = {}
            since: dict[int, datetime] = {}
            for event in events:
                staff_id = int(event.entity_id or 0)
                if event.action == "sign_in":
                    since[staff_id] = event.at
                last[staff_id] = event
            staff = {s.id: s for s in session.exec(select(Staff)).all()}
        result = []
        for staff_id, event in last.items():
            member = staff.get(staff_id)
            if event.action == "sign_out" or member is None:
                continue
            detail = json.loads(event.detail) if event.detail else {}
            result.append(StaffOnDuty(
                staff_id=staff_id, username=member.username, full_name=member.full_name,
                role=member.role, counter=detail.get("counter"),
                since=as_utc(since.get(staff_id, event.at)), locked=event.action == "lock",
            ))
        return sorted(result, key=lambda s: (s.counter or 0, s.username))

    def counter_states(self) -> list[CounterState]:
        today = self.ctx.today()
        on_duty = self.staff_on_duty()
        with self.ctx.db.read() as session:
            calls = read_range(session, today, today, self.ctx.wait_target,
                               self.ctx.service_target)
            counters = session.exec(
                select(Counter).where(Counter.active).order_by(Counter.number)).all()
            letters = {s.id: s.letter for s in session.exec(select(Service)).all()}
            tickets = session.exec(
                select(Ticket).where(Ticket.day == today,
                                     col(Ticket.status).in_(list(OPEN_STATUSES)))
            ).all()
        result = []
        for counter in counters:
            served_letters = tuple(x for x in counter.service_letters.split(",") if x)
            active = next((t for t in tickets if t.counter_id == counter.id
                           and t.status in ACTIVE_AT_COUNTER), None)
            result.append(CounterState(
                number=counter.number, name=counter.name, letters=served_letters,
                ticket_code=active.code if active else None,
                ticket_status=active.status if active else None,
                called_at=as_utc(active.called_at) if active and active.called_at else None,
                staff=tuple(s.full_name for s in on_duty if s.counter == counter.number),
                served=calls.of(("counter", counter.id)).served_calls,
                waiting=sum(
                    t.status == S.WAITING and letters.get(t.service_id) in served_letters
                    and t.target_counter_id in (None, counter.id)
                    for t in tickets
                ),
            ))
        return result


def _seconds(value: float | None) -> timedelta | None:
    return None if value is None else timedelta(seconds=value)
