"""Every figure of a report for a range of local days, as plain frozen values.

One call, ``gather(ctx, start, end)``, reads the database once per table with aggregate
queries so that a 100,000-visit range stays within a few seconds on SQLite and PostgreSQL
alike. The queue's figures come from ``services/queue_figures`` (the clocks of
``domain/sla.py`` over the call history), the same reading the counter's strip shows. The
PDF builders and the counter only format these values: a figure is computed in one place.

The rows of the spreadsheet exports are read apart, in ``export_rows``.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, cast, func, select

from pst_kiosk.domain import ikm
from pst_kiosk.domain.clock import as_utc, day_bounds_utc
from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.sla import DurationStats as DurationStats  # for the reports
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import figures as online_figures
from pst_kiosk.services.online_desk.figures import OnlineFigures as OnlineFigures  # reports
from pst_kiosk.services.queue_figures import QueueFigures as QueueFigures  # for the reports
from pst_kiosk.services.queue_figures import days_of, read_range
from pst_kiosk.store.models import (
    Complaint,
    ConsultationNote,
    Counter,
    Service,
    Staff,
    SurveyAnswer,
    Ticket,
    Visit,
)

S = TicketStatus
BUCKET_SECONDS = 900  # arrivals are counted per quarter hour in SQL, then put in local hours
NOT_FILLED = "Tidak diisi"
NO_OFFICER = "(petugas tidak tercatat)"
MAX_RANGE_DAYS = 1100

_TICKET = Ticket.__table__  # type: ignore[attr-defined]
_VISIT = Visit.__table__  # type: ignore[attr-defined]
_NOTE = ConsultationNote.__table__  # type: ignore[attr-defined]
_T = _TICKET.c
_V = _VISIT.c


# ------------------------------------------------------------------------- values
@dataclass(frozen=True)
class GroupFigures:
    """The queue figures of one service, counter or officer."""

    key: str
    label: str
    figures: QueueFigures


@dataclass(frozen=True)
class DayRow:
    """One day of a range: its guest-book visits and its queue figures."""

    day: date
    visitors: int
    queue: QueueFigures


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class Profile:
    """The anonymous visitor profile from the guest book (``visit`` snapshot columns)."""

    sex: tuple[Count, ...]
    age_group: tuple[Count, ...]
    education: tuple[Count, ...]
    occupation: tuple[Count, ...]
    institution_type: tuple[Count, ...]


@dataclass(frozen=True)
class ConsultationFigures:
    notes: int
    topics: tuple[Count, ...]
    outcomes: tuple[Count, ...]
    followups: tuple[Count, ...]


@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    answered: int
    by_channel: tuple[Count, ...]

    @property
    def unanswered(self) -> int:
        return self.received - self.answered


@dataclass(frozen=True)
class ReportData:
    start: date
    end: date
    generated_at: datetime
    timezone: str
    visitors: int
    queue: QueueFigures
    per_service: tuple[GroupFigures, ...]
    per_counter: tuple[GroupFigures, ...]
    per_officer: tuple[GroupFigures, ...]
    arrivals_by_hour: tuple[int, ...]  # 24 local hours, new tickets (transfers excluded)
    days: tuple[DayRow, ...]
    profile: Profile
    consultation: ConsultationFigures
    online: OnlineFigures
    complaints: ComplaintFigures
    survey: ikm.IkmResult | None
    survey_respondents: int

    @property
    def is_single_day(self) -> bool:
        return self.start == self.end

    @property
    def is_empty(self) -> bool:
        return self.visitors == 0 and self.queue.issued == 0


# --------------------------------------------------------------------- gather
def gather(ctx: ServiceContext, start: date, end: date) -> ReportData:
    """All figures for the local days ``start``..``end`` (inclusive)."""
    _check_range(start, end)
    zone = ctx.zone
    start_utc = day_bounds_utc(start, zone)[0]
    end_utc = day_bounds_utc(end, zone)[1]
    now = ctx.now()
    with ctx.db.read() as session:
        dialect = session.get_bind().dialect.name
        names = _Names.load(session)
        queue = read_range(session, start, end, ctx.wait_target, ctx.service_target)
        buckets = _arrival_buckets(session, dialect, start, end)
        visits_by_day = dict(
            session.execute(
                select(_V.day, func.count()).where(_V.day.between(start, end)).group_by(_V.day)
            ).all()
        )
        profile = _profile(session, start, end)
        consultation = _consultation(session, names, start, end)
        online = _online(session, start_utc, end_utc, min(as_utc(now), end_utc))
        complaints = _complaints(session, start_utc, end_utc)
        survey_n, survey = _survey(session, start, end)

    per_service = tuple(
        GroupFigures(letter, name, queue.of(("service", sid)))
        for sid, letter, name in names.services_for(queue.service_ids)
    )
    per_counter = tuple(
        GroupFigures(str(number), name, queue.of(("counter", cid)))
        for cid, number, name in names.counters_for(queue.counter_ids)
    )
    officer_ids = sorted(queue.officer_ids, key=lambda i: (i is None, names.staff.get(i, "")))
    per_officer = tuple(
        GroupFigures(str(sid or ""), names.staff.get(sid, NO_OFFICER), queue.of(("officer", sid)))
        for sid in officer_ids
    )
    days = tuple(
        DayRow(day, int(visits_by_day.get(day, 0)), queue.of(("day", day)))
        for day in days_of(start, end)
    )
    return ReportData(
        start=start,
        end=end,
        generated_at=now,
        timezone=ctx.config.office.timezone,
        visitors=sum(int(v) for v in visits_by_day.values()),
        queue=queue.of(("all",)),
        per_service=per_service,
        per_counter=per_counter,
        per_officer=per_officer,
        arrivals_by_hour=_hours(buckets, zone),
        days=days,
        profile=profile,
        consultation=consultation,
        online=online,
        complaints=complaints,
        survey=survey,
        survey_respondents=survey_n,
    )


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise UserError(
            "report_range",
            f"Tanggal akhir ({end:%d-%m-%Y}) sebelum tanggal awal ({start:%d-%m-%Y}).",
            f"The end date ({end:%Y-%m-%d}) is before the start date ({start:%Y-%m-%d}).",
        )
    if (end - start).days >= MAX_RANGE_DAYS:
        raise UserError(
            "report_range_too_long",
            f"Rentang laporan paling lama {MAX_RANGE_DAYS} hari.",
            f"A report covers at most {MAX_RANGE_DAYS} days.",
        )


# ---------------------------------------------------------------------- queue
def _arrival_buckets(session: Any, dialect: str, start: date, end: date) -> list[tuple[int, int]]:
    """New tickets per UTC quarter hour; every real time zone is a whole number of those."""
    if dialect == "sqlite":
        epoch = cast(func.strftime("%s", _T.issued_at), BigInteger)
    else:
        epoch = cast(func.floor(func.extract("epoch", _T.issued_at)), BigInteger)
    bucket = (epoch // BUCKET_SECONDS).label("bucket")
    rows = session.execute(
        select(bucket, func.count())
        .where(_T.day.between(start, end), _T.origin_ticket_id.is_(None))
        .group_by(bucket)
    ).all()
    return [(int(b), int(n)) for b, n in rows]


def _hours(buckets: Iterable[tuple[int, int]], zone: Any) -> tuple[int, ...]:
    hours = [0] * 24
    for bucket, n in buckets:
        hours[datetime.fromtimestamp(bucket * BUCKET_SECONDS, UTC).astimezone(zone).hour] += n
    return tuple(hours)


@dataclass
class _Names:
    services: dict[int, tuple[str, str, int, bool]]  # id -> letter, name, sort, active
    counters: dict[int, tuple[int, str, bool]]  # id -> number, name, active
    staff: dict[int | None, str]

    @classmethod
    def load(cls, session: Any) -> _Names:
        services = {
            r.id: (r.letter, r.name_id, r.sort, r.active)
            for r in session.execute(select(Service)).scalars()
        }
        counters = {
            r.id: (r.number, r.name, r.active) for r in session.execute(select(Counter)).scalars()
        }
        staff = dict(session.execute(select(Staff.id, Staff.full_name)).all())
        return cls(services, counters, staff)

    def services_for(self, used: Iterable[int]) -> list[tuple[int, str, str]]:
        ids = set(used) | {i for i, s in self.services.items() if s[3]}
        ordered = sorted(ids, key=lambda i: (self.services[i][2], self.services[i][0]))
        return [(i, self.services[i][0], self.services[i][1]) for i in ordered]

    def counters_for(self, used: Iterable[int | None]) -> list[tuple[int, int, str]]:
        ids = {i for i in used if i is not None} | {i for i, c in self.counters.items() if c[2]}
        ordered = sorted(ids, key=lambda i: self.counters[i][0])
        return [(i, self.counters[i][0], self.counters[i][1]) for i in ordered]


# -------------------------------------------------------------- visitor profile
def _profile(session: Any, start: date, end: date) -> Profile:
    """One grouped scan over the five columns (a few hundred combinations), tallied apart."""
    columns = (_V.sex, _V.age_group, _V.education, _V.occupation, _V.institution_type)
    rows = session.execute(
        select(*columns, func.count()).where(_V.day.between(start, end)).group_by(*columns)
    ).all()
    tallies: list[Tally[str]] = [Tally() for _ in columns]
    for row in rows:
        n = int(row[-1])
        for tally, value in zip(tallies, row[:-1], strict=False):
            tally[(value or "").strip() or NOT_FILLED] += n
    sex, age, education, occupation, institution = (_sorted(t) for t in tallies)
    return Profile(sex=sex, age_group=tuple(sorted(age, key=_age_order)), education=education,
                   occupation=occupation, institution_type=institution)


def _age_order(count: Count) -> tuple[int, str]:
    """``<20``, ``20-29`` … ``60+`` in age order; anything else after them."""
    label = count.label
    if label.startswith("<"):
        return (0, label)
    digits = "".join(ch for ch in label.split("-")[0] if ch.isdigit())
    return (int(digits), label) if digits and label != NOT_FILLED else (999, label)


# ---------------------------------------------------------------- consultation
def _consultation(session: Any, names: _Names, start: date, end: date) -> ConsultationFigures:
    """One grouped query over the finished notes of the range's tickets, tallied three ways."""
    note = ConsultationNote.__table__.c  # type: ignore[attr-defined]
    keys = (note.topic, note.outcome, note.followup_service_id)
    rows = session.execute(
        select(*keys, func.count())
        .select_from(_NOTE.join(_TICKET, note.ticket_id == _T.id))
        .where(_T.day.between(start, end), note.is_draft.is_(False))
        .group_by(*keys)
    ).all()
    topics: Tally[str] = Tally()
    outcomes: Tally[str] = Tally()
    followups: Tally[str] = Tally()
    for topic, outcome, followup, n in rows:
        topics[(topic or "").strip() or NOT_FILLED] += int(n)
        outcomes[(outcome or "").strip() or NOT_FILLED] += int(n)
        if followup in names.services:
            followups[names.services[followup][1]] += int(n)
    total = sum(int(r[3]) for r in rows)
    return ConsultationFigures(total, _sorted(topics), _sorted(outcomes), _sorted(followups))


def _sorted(tally: Tally[str]) -> tuple[Count, ...]:
    return tuple(Count(k, v) for k, v in sorted(tally.items(), key=lambda x: (-x[1], x[0])))


# ------------------------------------------------------- online desk, complaints
def _online(session: Any, start_utc: datetime, end_utc: datetime, as_of: datetime) -> OnlineFigures:
    """The online desk's figures are read by the desk's own module (one definition)."""
    return online_figures.read(session, start_utc, end_utc, as_of)


def _complaints(session: Any, start_utc: datetime, end_utc: datetime) -> ComplaintFigures:
    c = Complaint.__table__.c  # type: ignore[attr-defined]
    answered = func.count(c.answered_at)
    rows = session.execute(
        select(c.channel, func.count(), answered)
        .where(c.received_at >= start_utc, c.received_at < end_utc)
        .group_by(c.channel)
    ).all()
    return ComplaintFigures(
        received=sum(int(r[1]) for r in rows),
        answered=sum(int(r[2]) for r in rows),
        by_channel=_sorted(Tally({r[0] or NOT_FILLED: int(r[1]) for r in rows})),
    )


def _survey(session: Any, start: date, end: date) -> tuple[int, ikm.IkmResult | None]:
    s = SurveyAnswer.__table__.c  # type: ignore[attr-defined]
    elements = [getattr(s, f"u{i}") for i in range(1, ikm.ELEMENTS + 1)]
    row = session.execute(
        select(func.count(), *(func.coalesce(func.sum(cast(e, Integer)), 0) for e in elements))
        .where(s.day.between(start, end))
    ).one()
    respondents = int(row[0])
    return respondents, ikm.from_sums([int(v) for v in row[1:]], respondents)
