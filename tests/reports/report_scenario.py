"""A day at the PST, driven through the real queue service with a clock moved step by step,
plus rows for the tables that have no service yet (guest book, notes, online desk,
complaints, survey). ``Expected`` holds the figures computed here, independently of
``report_data``, from the script itself."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from pst_kiosk.domain.clock import FixedClock
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import (
    Complaint,
    ConsultationNote,
    OnlineRequest,
    Service,
    Staff,
    SurveyAnswer,
    Visit,
    Visitor,
)

WIT = ZoneInfo("Asia/Jayapura")


def at(day: date, hhmmss: str) -> datetime:
    h, m, s = (int(x) for x in (hhmmss + ":00")[:8].split(":"))
    return datetime.combine(day, time(h, m, s), tzinfo=WIT).astimezone(UTC)


@dataclass(frozen=True)
class Step:
    """One visitor: service, times (local hh:mm[:ss]), counter, officer, how it ended."""

    letter: str
    issue: str
    call: str | None = None
    counter: int = 1
    staff: str | None = None
    end: str | None = None  # finish / skip / cancel time
    outcome: str = "done"  # done | no_show | cancelled | waiting
    profile: tuple[str, str, str, str, str] = ("L", "30-39", "S1", "Pegawai swasta", "Swasta")
    priority: str = ""


DAY = date(2026, 11, 30)  # a Monday

STAFF = {"andi": "Andi Wijaya", "siti": "Siti Rahma"}

SCRIPT = (
    Step("K", "08:00", "08:02:30", 1, "andi", "08:14:00",
         profile=("L", "20-29", "S1", "Mahasiswa", "Perguruan tinggi")),
    Step("K", "08:05", "08:14:30", 1, "andi", "08:20:00",
         profile=("P", "30-39", "S2", "PNS/TNI/Polri", "Pemerintah daerah")),
    Step("R", "08:10", "08:25:00", 2, "siti", "08:33:20",
         profile=("L", "40-49", "S1", "PNS/TNI/Polri", "Pemerintah daerah")),
    Step("K", "08:15", "08:21:00", 1, "andi", "08:24:00", "no_show",
         profile=("P", "<20", "SMA", "Pelajar", "Sekolah")),
    Step("K", "09:40", "09:41:15", 1, "andi", "09:50:00",
         profile=("P", "20-29", "S1", "Mahasiswa", "Perguruan tinggi")),
    Step("J", "10:05", None, 1, None, "10:20:00", "cancelled",
         profile=("L", "50-59", "D3", "Wiraswasta", "Swasta")),
    Step("K", "10:30", "10:42:10", 2, "siti", "10:47:10",
         profile=("P", "30-39", "S1", "Peneliti", "Lembaga penelitian")),
    Step("K", "11:00", "11:03:00", 1, "andi", "11:12:30", priority="elderly",
         profile=("L", "60+", "S3", "Dosen", "Perguruan tinggi")),
    Step("A", "13:15", "13:19:50", 1, "siti", "13:29:50",
         profile=("P", "40-49", "S1", "Wiraswasta", "Swasta")),
    Step("K", "14:00", None, 1, None, None, "waiting",
         profile=("L", "20-29", "SMA", "Mahasiswa", "Perguruan tinggi")),
)

# (ticket index in SCRIPT, topic, outcome, follow-up letter, is_draft)
NOTES = (
    (0, "Inflasi", "fulfilled", "P", False),
    (1, "Kemiskinan", "partly", None, False),
    (4, "Inflasi", "fulfilled", None, False),
    (6, "Ketenagakerjaan", "referred", "R", False),
    (7, "Indeks Pembangunan Manusia", "not_available", "P", False),
    (8, "Draf tidak dihitung", "fulfilled", "J", True),
)

SURVEY = (
    (4, 4, 3, 4, 4, 3, 4, 3, 4),
    (3, 3, 3, 4, 3, 3, 4, 2, 3),
    (4, 4, 4, 4, 4, 4, 4, 4, 4),
)


@dataclass
class Expected:
    visitors: int = 0
    issued: int = 0
    served: int = 0
    no_show: int = 0
    cancelled: int = 0
    open: int = 0
    waits: list[float] = field(default_factory=list)  # standard clock, visitors who came
    waited: list[float] = field(default_factory=list)  # since taking the number, the same
    no_show_waits: list[float] = field(default_factory=list)  # counted apart
    services: list[float] = field(default_factory=list)
    arrivals_by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    per_service_issued: dict[str, int] = field(default_factory=dict)
    per_officer: dict[str, list[float]] = field(default_factory=dict)  # waits of served calls
    per_officer_calls: dict[str, int] = field(default_factory=dict)
    online: dict[str, int] = field(default_factory=dict)
    complaints: tuple[int, int] = (0, 0)
    survey_answers: tuple[tuple[int, ...], ...] = ()
    topics: dict[str, int] = field(default_factory=dict)
    followups: dict[str, int] = field(default_factory=dict)
    notes: int = 0


def stats(values: list[float], target: float = 600.0) -> tuple[float, float, float, int]:
    """Mean, median, nearest-rank 90th percentile, count ≤ target: as the report defines."""
    ordered = sorted(values)
    p90 = ordered[math.ceil(0.9 * len(ordered)) - 1]
    return (sum(ordered) / len(ordered), statistics.median(ordered), p90,
            sum(1 for v in ordered if v <= target))


def _wait_starts(day: date) -> dict[int, datetime]:
    """The DESIGN.md wait clock, re-derived from the script: issue, or the finish of the
    ticket called just before in the same service if that came later (or its call, when it
    was still at a counter)."""
    starts: dict[int, datetime] = {}
    called = sorted((i for i, s in enumerate(SCRIPT) if s.call), key=lambda i: at(day, SCRIPT[i].call))
    for pos, i in enumerate(called):
        step = SCRIPT[i]
        start = at(day, step.issue)
        before = [j for j in called[:pos] if SCRIPT[j].letter == step.letter]
        if before:
            prev = SCRIPT[before[-1]]
            done = at(day, prev.end) if prev.end else None
            if done is not None and done <= at(day, step.call):
                start = max(start, done)
            else:
                start = max(start, at(day, prev.call))
        starts[i] = start
    return starts


def build_day(ctx, clock: FixedClock, day: date = DAY, extra_visitor: bool = True) -> Expected:
    """Run SCRIPT on ``day`` through the queue service; returns what the report must say."""
    queue = QueueService(ctx)
    exp = Expected()
    staff_ids = _staff(ctx)
    visit_ids = _visits(ctx, day, extra_visitor)
    exp.visitors = len(visit_ids)
    events = []
    for i, step in enumerate(SCRIPT):
        events.append((at(day, step.issue), 0, "issue", i))
        if step.call:
            events.append((at(day, step.call), 1, "call", i))
        if step.end:
            events.append((at(day, step.end), 2, step.outcome, i))
    tickets: dict[int, int] = {}
    for instant, _order, kind, i in sorted(events):
        clock.now = instant
        step = SCRIPT[i]
        if kind == "issue":
            tickets[i] = queue.issue(step.letter, priority_reason=step.priority,
                                     visit_id=visit_ids[i]).id
        elif kind == "call":
            queue.call(tickets[i], step.counter, staff_id=staff_ids[step.staff])
        elif kind == "done":
            queue.finish(tickets[i])
        elif kind == "no_show":
            queue.skip(tickets[i])
        elif kind == "cancelled":
            queue.cancel(tickets[i])
    starts = _wait_starts(day)
    for i, step in enumerate(SCRIPT):
        exp.issued += 1
        exp.per_service_issued[step.letter] = exp.per_service_issued.get(step.letter, 0) + 1
        exp.arrivals_by_hour[int(step.issue[:2])] += 1
        if step.call:
            wait = (at(day, step.call) - starts[i]).total_seconds()
            name = STAFF[step.staff]
            exp.per_officer_calls[name] = exp.per_officer_calls.get(name, 0) + 1
            exp.per_officer.setdefault(name, [])
            if step.outcome == "no_show":
                exp.no_show_waits.append(wait)
            else:
                exp.waits.append(wait)
                exp.waited.append((at(day, step.call) - at(day, step.issue)).total_seconds())
                exp.per_officer[name].append(wait)
        if step.outcome == "done":
            exp.served += 1
            exp.services.append((at(day, step.end) - at(day, step.call)).total_seconds())
        exp.no_show += step.outcome == "no_show"
        exp.cancelled += step.outcome == "cancelled"
        exp.open += step.outcome == "waiting"
    _notes(ctx, day, tickets, staff_ids, exp)
    _online(ctx, day, exp)
    _complaints(ctx, day, exp)
    _survey(ctx, day, exp)
    clock.now = at(day, "16:00")
    return exp


def _staff(ctx) -> dict[str | None, int | None]:
    ids: dict[str | None, int | None] = {None: None}
    with ctx.db.write() as session:
        for username, name in STAFF.items():
            existing = session.exec(select(Staff).where(Staff.username == username)).first()
            if existing is None:
                existing = Staff(username=username, full_name=name, password_hash="x",
                                 created_at=ctx.now())
                session.add(existing)
                session.flush()
            ids[username] = existing.id
    return ids


def _visits(ctx, day: date, extra_visitor: bool) -> dict[int, int]:
    ids = {}
    with ctx.db.write() as session:
        for i, step in enumerate(SCRIPT):
            sex, age, edu, job, inst = step.profile
            person = Visitor(id_type="ktp", id_hash=f"h{i}", id_last4=f"{1000 + i}",
                             name=f"Pengunjung Nomor {i}", sex=sex, birth_year=1990,
                             institution="Universitas Khairun", institution_type=inst,
                             phone=f"08123456{7000 + i}", email=f"tamu{i}@contoh.id",
                             created_at=at(day, step.issue))
            session.add(person)
            session.flush()
            visit = Visit(visitor_id=person.id, day=day, created_at=at(day, step.issue),
                          sex=sex, age_group=age, education=edu, occupation=job,
                          institution_type=inst, purpose="Konsultasi data",
                          data_needed="Data inflasi Ternate")
            session.add(visit)
            session.flush()
            ids[i] = visit.id
        if extra_visitor:  # filled in the guest book, took no ticket: counted as a visitor
            session.add(Visit(day=day, created_at=at(day, "15:00"), sex="P", age_group="20-29",
                              education="S1", occupation="Mahasiswa",
                              institution_type="Perguruan tinggi", purpose="Perpustakaan"))
            ids[-1] = -1
    return ids


def _notes(ctx, day: date, tickets: dict[int, int], staff_ids, exp: Expected) -> None:
    with ctx.db.write() as session:
        services = {s.letter: s.id for s in session.exec(select(Service)).all()}
        for index, topic, outcome, followup, draft in NOTES:
            session.add(ConsultationNote(
                ticket_id=tickets[index], staff_id=staff_ids[SCRIPT[index].staff], topic=topic,
                data_requested="Tabel", data_given="Tabel", outcome=outcome,
                followup_service_id=services[followup] if followup else None, is_draft=draft,
                created_at=at(day, "12:00"), updated_at=at(day, "12:00")))
            if not draft:
                exp.notes += 1
                exp.topics[topic] = exp.topics.get(topic, 0) + 1
                if followup:
                    exp.followups[followup] = exp.followups.get(followup, 0) + 1


def _online(ctx, day: date, exp: Expected) -> None:
    complete = at(day, "08:00")
    due = complete + timedelta(days=3)
    rows = [
        # channel, received, complete, due, answered, status, close reason
        ("web", "08:30", complete, due, at(day, "15:00"), "answered", ""),  # on time
        ("email", "09:00", complete, at(day, "10:00"), at(day, "11:00"), "answered", ""),  # late
        ("whatsapp", "09:30", complete, at(day, "12:00"), None, "complete", ""),  # overdue
        ("web", "10:00", complete, due, None, "closed", "no_response"),
        ("email", "11:00", None, None, None, "received", ""),
        ("web", "12:00", complete, due, None, "complete", ""),  # open, not yet due
    ]
    with ctx.db.write() as session:
        for n, (channel, received, complete_at, due_at, answered, status, reason) in \
                enumerate(rows, start=1):
            session.add(OnlineRequest(number=f"PST-{day.year}-{day.timetuple().tm_yday:03d}{n:02d}", channel=channel,
                                      requester_name="Penanya Daring",
                                      email="penanya@contoh.id", subject="prices",
                                      received_at=at(day, received), complete_at=complete_at,
                                      due_at=due_at, answered_at=answered, status=status,
                                      close_reason=reason, updated_at=at(day, received)))
        # the day before: not in this day's cohort
        session.add(OnlineRequest(number=f"PST-{day.year}-{day.timetuple().tm_yday:03d}99",
                                  channel="web",
                                  received_at=at(day, "08:00") - timedelta(days=1),
                                  status="received", updated_at=at(day, "08:00")))
    exp.online = {"received": 6, "completed": 5, "answered": 2, "on_time": 1, "overdue": 2,
                  "no_response": 1, "open": 3}


def _complaints(ctx, day: date, exp: Expected) -> None:
    with ctx.db.write() as session:
        session.add(Complaint(channel="box", received_at=at(day, "09:00"), text="Antrean lama",
                              answered_at=at(day, "14:00"), answer="Terima kasih"))
        session.add(Complaint(channel="web", received_at=at(day, "13:00"), text="AC panas"))
    exp.complaints = (2, 1)


def _survey(ctx, day: date, exp: Expected) -> None:
    with ctx.db.write() as session:
        for i, scores in enumerate(SURVEY):
            session.add(SurveyAnswer(day=day, created_at=at(day, f"1{i}:00"),
                                     **{f"u{j + 1}": s for j, s in enumerate(scores)}))
    exp.survey_answers = SURVEY


def pdf_pages(path) -> list[str]:
    """The text of each page as extracted by pypdf, whitespace collapsed to single spaces."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def pdf_words(path) -> str:
    return " ".join(pdf_pages(path))


def mmss(seconds: float) -> str:
    """Formatted independently of the report code: minutes:seconds, rounded."""
    total = int(seconds + 0.5)
    return f"{total // 60:02d}:{total % 60:02d}"


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


def num(n: int) -> str:
    return f"{n:,}".replace(",", ".")
