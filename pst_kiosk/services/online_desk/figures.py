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


@dataclass(frozen=True)
class RequestLine:
    """One request for the spreadsheet export (personal fields masked by the exporter)."""

    number: str
    channel: str
    received: datetime  # local
    requester_name: str
    institution: str
    email: str
    whatsapp: str
    subject: str
    title: str
    complete: datetime | None
    due: datetime | None
    answered: datetime | None
    on_time: bool | None  # None: not judged yet (not complete, or open and not yet due)
    status: str
    close_reason: str
    messages: int


def request_lines(session: Any, start_utc: datetime, end_utc: datetime, as_of: datetime,
                  zone: Any) -> list[RequestLine]:
    from sqlalchemy import func

    from pst_kiosk.store.models import OnlineMessage

    r = OnlineRequest.__table__.c  # type: ignore[attr-defined]
    m = OnlineMessage.__table__.c  # type: ignore[attr-defined]
    counts = dict(session.execute(
        select(m.request_id, func.count()).select_from(OnlineMessage.__table__  # type: ignore[attr-defined]
                                                       .join(OnlineRequest.__table__,  # type: ignore[attr-defined]
                                                             m.request_id == r.id))
        .where(r.received_at >= start_utc, r.received_at < end_utc).group_by(m.request_id)
    ).all())
    rows = session.execute(
        select(OnlineRequest.__table__)  # type: ignore[attr-defined]
        .where(r.received_at >= start_utc, r.received_at < end_utc)
        .order_by(r.received_at, r.id)
    ).all()
    as_of = as_utc(as_of)

    def local(value: datetime | None) -> datetime | None:
        return as_utc(value).astimezone(zone) if value else None

    lines = []
    for row in rows:
        on_time: bool | None = None
        if row.due_at is not None and row.answered_at is not None:
            on_time = as_utc(row.answered_at) <= as_utc(row.due_at)
        elif row.due_at is not None and row.status != OnlineStatus.CLOSED and \
                as_utc(row.due_at) < as_of:
            on_time = False
        lines.append(RequestLine(
            number=row.number, channel=row.channel, received=local(row.received_at),  # type: ignore[arg-type]
            requester_name=row.requester_name, institution=row.institution, email=row.email,
            whatsapp=row.whatsapp, subject=row.subject, title=row.title,
            complete=local(row.complete_at), due=local(row.due_at),
            answered=local(row.answered_at), on_time=on_time, status=row.status,
            close_reason=row.close_reason, messages=int(counts.get(row.id, 0))))
    return lines


def for_period(ctx: Any, start: Any, end: Any) -> tuple[OnlineFigures, list[RequestLine]]:
    """The figures and the request lines of the local days ``start``..``end`` (the export)."""
    from pst_kiosk.domain.clock import day_bounds_utc

    start_utc, end_utc = day_bounds_utc(start, ctx.zone)[0], day_bounds_utc(end, ctx.zone)[1]
    as_of = min(as_utc(ctx.now()), end_utc)
    with ctx.db.read() as session:
        return (read(session, start_utc, end_utc, as_of),
                request_lines(session, start_utc, end_utc, as_of, ctx.zone))
