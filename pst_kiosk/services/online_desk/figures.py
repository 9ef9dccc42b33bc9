"""The online desk's figures for a report: the requests received in the period, each judged
against its own due instant (``domain/online_sla``).

A cohort reading: a request counts in the period it arrived, however long it took, so a
month's figures do not change when the next month answers its leftovers late — they show them
as overdue. "Overdue" is answered after the due instant, or complete, unanswered and past it
at ``as_of`` (the report's end, or now for a period still running).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import CloseReason, OnlineChannel, OnlineStatus
from pst_kiosk.store.models import OnlineRequest


@dataclass(frozen=True)
class ChannelFigures:
    channel: str
    received: int = 0
    completed: int = 0
    answered: int = 0
    answered_on_time: int = 0
    overdue: int = 0
    no_response: int = 0


@dataclass(frozen=True)
class OnlineFigures:
    """Requests received in the range, judged against their 3-working-day due instant."""

    received: int
    completed: int
    answered: int
    answered_on_time: int
    overdue: int
    no_response: int
    still_open: int  # neither answered nor closed yet
    by_channel: tuple[ChannelFigures, ...]

    @property
    def on_time_share(self) -> float | None:
        judged = self.answered_on_time + self.overdue
        return self.answered_on_time / judged if judged else None


_FIELDS = ("received", "completed", "answered", "answered_on_time", "overdue", "no_response")


def read(session: Any, start_utc: datetime, end_utc: datetime, as_of: datetime
         ) -> OnlineFigures:
    r = OnlineRequest.__table__.c  # type: ignore[attr-defined]
    rows = session.execute(
        select(r.channel, r.status, r.close_reason, r.complete_at, r.due_at, r.answered_at)
        .where(r.received_at >= start_utc, r.received_at < end_utc)
    ).all()
    as_of = as_utc(as_of)
    tallies: dict[str, dict[str, int]] = {}
    still_open = 0
    for channel, status, reason, complete, due, answered in rows:
        tally = tallies.setdefault(channel, dict.fromkeys(_FIELDS, 0))
        tally["received"] += 1
        tally["completed"] += complete is not None
        still_open += status != OnlineStatus.CLOSED and answered is None
        tally["no_response"] += status == OnlineStatus.CLOSED and reason == CloseReason.NO_RESPONSE
        if answered is not None:
            tally["answered"] += 1
            if due is not None and as_utc(answered) <= as_utc(due):
                tally["answered_on_time"] += 1
            elif due is not None:
                tally["overdue"] += 1
        elif due is not None and status != OnlineStatus.CLOSED and as_utc(due) < as_of:
            tally["overdue"] += 1
    order = {c.value: i for i, c in enumerate(OnlineChannel)}
    by_channel = tuple(ChannelFigures(channel, **tallies[channel])
                       for channel in sorted(tallies, key=lambda c: (order.get(c, 99), c)))
    totals = {name: sum(getattr(c, name) for c in by_channel) for name in _FIELDS}
    return OnlineFigures(still_open=still_open, by_channel=by_channel, **totals)
