"""Today at a glance: the counter's figures strip and the supervisor's view.

Figures are read from today's tickets with the clocks of ``domain/sla.py``: the wait clock
(start → call) and the service clock (call → finish), each held against its 10-minute target.
Staff on duty come from the audit log's sign-in / lock / sign-out entries, so no extra table
is needed and the record of who sat where is the same one the auditor reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import col, select

from pst_kiosk.domain import sla
from pst_kiosk.domain.clock import as_utc, day_bounds_utc
from pst_kiosk.domain.enums import ACTIVE_AT_COUNTER, TicketStatus
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import done_with_at
from pst_kiosk.store.models import AuditLog, Counter, Service, Staff, Ticket

S = TicketStatus
DUTY_ACTIONS = ("sign_in", "lock", "unlock", "sign_out")


@dataclass(frozen=True)
class DayFigures:
    day: date
    issued: int
    waiting: int
    at_counters: int
    served: int
    no_show: int
    average_wait: timedelta | None
    wait_within: float | None  # share of called tickets whose wait clock stayed ≤ target
    average_service: timedelta | None
    service_within: float | None  # share of finished tickets served within the target


@dataclass(frozen=True)
class PredecessorClock:
    """The last ticket called in one service today: where a waiting ticket's clock starts."""

    called_at: datetime | None
    done_at: datetime | None

    def wait_start(self, issued_at: datetime) -> datetime:
        return sla.wait_clock_start(as_utc(issued_at), self.called_at, self.done_at)


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

    def figures(self, day: date | None = None) -> DayFigures:
        day = day or self.ctx.today()
        with self.ctx.db.read() as session:
            tickets = session.exec(select(Ticket).where(Ticket.day == day)).all()
        waits = [_wait(t) for t in tickets if t.called_at is not None]
        services = [as_utc(t.finished_at) - as_utc(t.called_at) for t in tickets
                    if t.status == S.DONE and t.called_at and t.finished_at]
        return DayFigures(
            day=day,
            issued=sum(t.origin_ticket_id is None for t in tickets),
            waiting=sum(t.status == S.WAITING for t in tickets),
            at_counters=sum(t.status in ACTIVE_AT_COUNTER for t in tickets),
            served=sum(t.status == S.DONE for t in tickets),
            no_show=sum(t.status == S.NO_SHOW for t in tickets),
            average_wait=_mean(waits),
            wait_within=_share(waits, self.ctx.wait_target),
            average_service=_mean(services),
            service_within=_share(services, self.ctx.service_target),
        )

    def predecessors(self) -> dict[str, PredecessorClock]:
        """Per service letter, the last call today: gives the live wait clock of the queue."""
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(Service.letter, Ticket)
                .join(Ticket, col(Ticket.service_id) == col(Service.id))
                .where(Ticket.day == self.ctx.today(), col(Ticket.called_at).is_not(None))
                .order_by(col(Ticket.called_at), col(Ticket.id))
            ).all()
        result: dict[str, PredecessorClock] = {}
        for letter, ticket in rows:  # ascending: the last one per letter wins
            done = done_with_at(ticket)
            result[letter] = PredecessorClock(
                as_utc(ticket.called_at) if ticket.called_at else None,
                as_utc(done) if done else None,
            )
        return result

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
            counters = session.exec(
                select(Counter).where(Counter.active).order_by(Counter.number)).all()
            letters = {s.id: s.letter for s in session.exec(select(Service)).all()}
            tickets = session.exec(
                select(Ticket).where(Ticket.day == today,
                                     col(Ticket.status).in_([S.WAITING, S.DONE,
                                                             *ACTIVE_AT_COUNTER]))
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
                served=sum(t.status == S.DONE and t.counter_id == counter.id for t in tickets),
                waiting=sum(
                    t.status == S.WAITING and letters.get(t.service_id) in served_letters
                    and t.target_counter_id in (None, counter.id)
                    for t in tickets
                ),
            ))
        return result


def _wait(ticket: Ticket) -> timedelta:
    assert ticket.called_at is not None
    start = ticket.wait_started_at or ticket.issued_at
    return max(as_utc(ticket.called_at) - as_utc(start), timedelta(0))


def _mean(values: list[timedelta]) -> timedelta | None:
    return sum(values, timedelta(0)) / len(values) if values else None


def _share(values: list[timedelta], target: timedelta) -> float | None:
    return sum(sla.within(v, target) for v in values) / len(values) if values else None
