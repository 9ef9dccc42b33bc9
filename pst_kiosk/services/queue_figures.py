"""The queue's figures for a range of local days: one definition for the counter's strip, the
supervisor and every report.

Two reads, both grouped or computed in SQL so a 100,000-visit range stays within a few
seconds on SQLite and PostgreSQL alike: ticket counts by day, service and final status, and
the call history (``ticket_call``) with the three clocks of ``domain/sla.py`` as seconds. The
SQL expressions below are the clocks of ``sla.Call`` written for the database; a test holds
them equal on generated days. What each figure means is in ``domain/figures.py``.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.sql.elements import ColumnElement

from pst_kiosk.domain import sla
from pst_kiosk.domain.enums import OPEN_STATUSES, TicketStatus
from pst_kiosk.domain.sla import CallEnd, DurationStats, duration_stats
from pst_kiosk.store.models import Ticket, TicketCall

S = TicketStatus
_T = Ticket.__table__.c  # type: ignore[attr-defined]
_C = TicketCall.__table__.c  # type: ignore[attr-defined]
Key = tuple[Any, ...]


@dataclass(frozen=True)
class QueueFigures:
    """The queue figures of one group (all, a service, a day, a counter, an officer).

    Ticket counts (``issued`` … ``open``) are by the ticket's final status and exist for the
    whole, a service and a day; a counter or an officer has calls only (``calls``,
    ``served_calls``, ``no_show_calls``), since a ticket may pass several counters."""

    issued: int = 0
    transferred_in: int = 0
    served: int = 0
    no_show: int = 0
    cancelled: int = 0
    transferred: int = 0
    closed: int = 0
    open: int = 0
    calls: int = 0
    served_calls: int = 0
    no_show_calls: int = 0
    wait: DurationStats = field(default_factory=lambda: duration_stats([], 600.0))
    waited: DurationStats = field(default_factory=lambda: duration_stats([], 600.0))
    no_show_wait: DurationStats = field(default_factory=lambda: duration_stats([], 600.0))
    service: DurationStats = field(default_factory=lambda: duration_stats([], 600.0))


# ------------------------------------------------------------------ the clocks in SQL
def seconds_between(dialect: str, later: Any, earlier: Any) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    return func.extract("epoch", later - earlier)


def clock_columns(dialect: str) -> tuple[ColumnElement[Any], ...]:
    """``sla.Call.waited``, ``.wait`` and the ended service span, in seconds."""
    return (
        seconds_between(dialect, _C.called_at, _C.entered_at),
        seconds_between(dialect, _C.called_at, _C.clock_start),
        seconds_between(dialect, _C.ended_at, _C.called_at),
    )


def _clean(seconds: Any) -> float:
    # SQLite's julianday arithmetic is exact to well under a millisecond: round it there.
    return max(round(float(seconds), 3), 0.0)


# ------------------------------------------------------------------ reading the range
@dataclass
class _Group:
    by_status: Tally[str] = field(default_factory=Tally)
    transferred_in: int = 0
    waits: list[float] = field(default_factory=list)
    waited: list[float] = field(default_factory=list)
    no_show_waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)
    calls: int = 0

    def figures(self, wait_target: float, service_target: float) -> QueueFigures:
        by = self.by_status
        return QueueFigures(
            issued=sum(by.values()) - self.transferred_in,
            transferred_in=self.transferred_in,
            served=by[S.DONE], no_show=by[S.NO_SHOW], cancelled=by[S.CANCELLED],
            transferred=by[S.TRANSFERRED], closed=by[S.CLOSED],
            open=sum(by[s] for s in OPEN_STATUSES),
            calls=self.calls, served_calls=len(self.services),
            no_show_calls=len(self.no_show_waits),
            wait=duration_stats(self.waits, wait_target),
            waited=duration_stats(self.waited, wait_target),
            no_show_wait=duration_stats(self.no_show_waits, wait_target),
            service=duration_stats(self.services, service_target),
        )


@dataclass(frozen=True)
class RangeFigures:
    """Grouped figures of a range; ``of(key)`` for ``("all",)``, ``("service", id)``,
    ``("day", date)``, ``("counter", id)``, ``("officer", id)``."""

    groups: dict[Key, QueueFigures]
    service_ids: frozenset[int]
    counter_ids: frozenset[int]
    officer_ids: frozenset[int | None]

    def of(self, key: Key) -> QueueFigures:
        return self.groups.get(key, QueueFigures())


def read_range(session: Any, start: date, end: date, wait_target: timedelta,
               service_target: timedelta) -> RangeFigures:
    dialect = session.get_bind().dialect.name
    groups: dict[Key, _Group] = defaultdict(_Group)
    for day, status, service_id, moved, n in _ticket_counts(session, start, end):
        for key in (("all",), ("service", service_id), ("day", day)):
            groups[key].by_status[status] += n
            if moved:
                groups[key].transferred_in += n
    services: set[int] = set()
    counters: set[int] = set()
    officers: set[int | None] = set()
    for day, service_id, counter_id, staff_id, ended_by, waited, wait, served in _calls(
            session, dialect, start, end):
        services.add(service_id)
        keys: list[Key] = [("all",), ("service", service_id), ("day", day)]
        if counter_id is not None:
            counters.add(counter_id)
            officers.add(staff_id)
            keys += [("counter", counter_id), ("officer", staff_id)]
        for key in keys:
            group = groups[key]
            group.calls += 1
            if ended_by == CallEnd.SKIPPED:
                group.no_show_waits.append(wait)
                continue
            group.waits.append(wait)
            group.waited.append(waited)
            if served is not None:
                group.services.append(served)
    wt, st = wait_target.total_seconds(), service_target.total_seconds()
    return RangeFigures(
        groups={k: g.figures(wt, st) for k, g in groups.items()},
        service_ids=frozenset(services | {k[1] for k in groups if k[0] == "service"}),
        counter_ids=frozenset(counters), officer_ids=frozenset(officers),
    )


def _ticket_counts(session: Any, start: date, end: date) -> list[tuple[Any, ...]]:
    moved = _T.origin_ticket_id.is_not(None).label("moved")
    keys = (_T.day, _T.status, _T.service_id, moved)
    rows = session.execute(
        select(*keys, func.count()).where(_T.day.between(start, end)).group_by(*keys)
    ).all()
    return [(r[0], r[1], r[2], bool(r[3]), int(r[4])) for r in rows]


def _calls(session: Any, dialect: str, start: date, end: date) -> Iterable[tuple[Any, ...]]:
    waited, wait, span = clock_columns(dialect)
    # The day as text, mapped back once per day: a Date result type would parse every row.
    rows = session.execute(
        select(cast(_C.day, String), _C.service_id, _C.counter_id, _C.staff_id, _C.ended_by,
               waited, wait, span)
        .where(_C.day.between(start, end))
    ).all()
    days: dict[str, date] = {}
    served_ends = {e.value for e in sla.SERVED_ENDS}
    for d, service_id, counter_id, staff_id, ended_by, w1, w2, span_s in rows:
        day = days.get(d[:10])
        if day is None:
            day = days[d[:10]] = date.fromisoformat(d[:10])
        served = _clean(span_s) if ended_by in served_ends and span_s is not None else None
        yield (day, service_id, counter_id, staff_id, ended_by, _clean(w1), _clean(w2), served)


def days_of(start: date, end: date) -> Sequence[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]
