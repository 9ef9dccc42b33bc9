"""Time and peak memory of the reports: a 500-visit day and a 100,000-visit range.

Goals (issue 7): ≤ 0.5 s for the day, ≤ 3 s and ≤ 200 MB for the range.

    .venv/bin/python bench/bench_reports.py [--database-url postgresql+psycopg://…] [--runs N]

Seeds a fresh database with SQLAlchemy Core ``executemany`` (ORM ``add_all`` of 100k rows is
~10× slower: STACK_NOTES), then times ``gather`` + PDF build. Peak memory is measured twice:
the Python heap during one range report (tracemalloc), and the whole process's peak RSS of a
fresh interpreter that only opens the database and builds the range report.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

WIT = ZoneInfo("Asia/Jayapura")
DAY = date(2026, 11, 30)
RANGE_START = date(2026, 1, 5)
VISITS_PER_DAY = 500
RANGE_VISITS = 100_000


def seed(ctx, start: date, visits: int, per_day: int, seed_value: int = 1) -> tuple[date, date]:
    """``visits`` tickets (with guest-book rows, notes, survey, online requests) from
    ``start``, ``per_day`` per working day. Returns the first and last local day used."""
    from pst_kiosk.store.models import (
        Complaint,
        ConsultationNote,
        Counter,
        OnlineRequest,
        Service,
        Staff,
        SurveyAnswer,
        Ticket,
        TicketCall,
        Visit,
    )

    rng = random.Random(seed_value)
    with ctx.db.write() as session:
        services = list(session.execute(select(Service.id, Service.letter)).all())
        counters = list(session.execute(select(Counter.id)).scalars())
        staff_ids = []
        for n in range(6):  # the same six officers however many times seed() is called
            staff = session.execute(
                select(Staff).where(Staff.username == f"bench{n}")).scalar_one_or_none()
            if staff is None:
                staff = Staff(username=f"bench{n}", full_name=f"Petugas {n + 1}",
                              password_hash="x", created_at=datetime.now(UTC))
                session.add(staff)
                session.flush()
            staff_ids.append(staff.id)
    with ctx.db.read() as session:
        first_visit = (session.execute(select(Visit.id).order_by(Visit.id.desc())).scalar() or 0) + 1
        first_ticket = (session.execute(select(Ticket.id).order_by(Ticket.id.desc())).scalar()
                        or 0) + 1
    visits_rows, tickets, calls, notes, survey, online, complaints = [], [], [], [], [], [], []
    day, made, seq = start, 0, {}
    last = start
    while made < visits:
        if day.weekday() < 5:
            opening = datetime(day.year, day.month, day.day, 8, tzinfo=WIT).astimezone(UTC)
            for n in range(min(per_day, visits - made)):
                issued = opening + timedelta(seconds=n * 27000 / per_day)
                sid, letter = services[n % len(services)]
                seq[(day, sid)] = seq.get((day, sid), 0) + 1
                visit_id, ticket_id = first_visit + made, first_ticket + made
                visits_rows.append(dict(id=visit_id, day=day, created_at=issued, service_id=sid,
                                        sex="LP"[n % 2], age_group=rng.choice(
                                            ["<20", "20-29", "30-39", "40-49", "50-59", "60+"]),
                                        education=rng.choice(["SMA", "D3", "S1", "S2", "S3"]),
                                        occupation=rng.choice(["Mahasiswa", "PNS", "Swasta"]),
                                        institution_type=rng.choice(["Perguruan tinggi",
                                                                     "Pemerintah", "Swasta"])))
                status = rng.choices(["done", "no_show", "cancelled"], [90, 7, 3])[0]
                row = dict(id=ticket_id, day=day, service_id=sid, seq=seq[(day, sid)],
                           code=f"{letter}-{seq[(day, sid)]:03d}", status=status,
                           priority=0, priority_reason="", visit_id=visit_id,
                           issued_at=issued, queued_at=issued, waiting_since=issued,
                           wait_started_at=None,
                           called_at=None, finished_at=None, counter_id=None, staff_id=None,
                           call_count=0)
                if status != "cancelled":
                    called = issued + timedelta(seconds=rng.randint(0, 1500))
                    row.update(wait_started_at=issued, called_at=called, call_count=1,
                               counter_id=rng.choice(counters), staff_id=rng.choice(staff_ids))
                    ended = called + timedelta(seconds=60)  # a skip; no draw: same data as before
                    if status == "done":
                        ended = row["finished_at"] = called + timedelta(
                            seconds=rng.randint(60, 1100))
                    calls.append(dict(ticket_id=ticket_id, day=day, service_id=sid,
                                      counter_id=row["counter_id"], staff_id=row["staff_id"],
                                      entered_at=issued, clock_start=issued, called_at=called,
                                      ended_at=ended, ended_by="finished" if status == "done"
                                      else "skipped"))
                    if status == "done":
                        if rng.random() < 0.4:
                            notes.append(dict(ticket_id=ticket_id, topic=rng.choice(
                                ["Inflasi", "Kemiskinan", "PDRB", "Penduduk", "IPM"]),
                                outcome=rng.choice(["fulfilled", "partly", "referred"]),
                                is_draft=False, created_at=issued, updated_at=issued,
                                data_requested="", data_given="", notes=""))
                        if rng.random() < 0.2:
                            survey.append(dict(day=day, created_at=issued, comment="",
                                               **{f"u{i}": rng.randint(2, 4) for i in range(1, 10)}))
                tickets.append(row)
                made += 1
            for n in range(5):
                received = opening + timedelta(minutes=37 * n)
                online.append(dict(channel="web", received_at=received, status="answered",
                                   due_at=received + timedelta(days=3),
                                   answered_at=received + timedelta(days=rng.randint(0, 5)),
                                   requester_name="", contact="", subject="", notes=""))
            complaints.append(dict(channel="box", received_at=opening, text="", contact="",
                                   answer=""))
            last = day
        day += timedelta(days=1)
    with ctx.db.write() as session:
        for model, rows in ((Visit, visits_rows), (Ticket, tickets), (TicketCall, calls),
                            (ConsultationNote, notes), (SurveyAnswer, survey),
                            (OnlineRequest, online), (Complaint, complaints)):
            for i in range(0, len(rows), 5000):
                session.execute(insert(model), rows[i:i + 5000])
    return start, last


def timings(func, runs: int) -> tuple[float, float]:
    values = []
    for _ in range(runs):
        began = time.perf_counter()
        func()
        values.append(time.perf_counter() - began)
    values.sort()
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return statistics.median(values), p95


def _peak_rss_mb() -> float:
    """This process's own high-water RSS (VmHWM); ``ru_maxrss`` would carry the parent's."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_child(url: str, start: date, end: date, out: Path) -> None:
    """Run in a fresh interpreter: one range report, then print the process's peak RSS."""
    from pst_kiosk.reports.range_report import build_range
    from pst_kiosk.services.bootstrap import open_context

    ctx = open_context(database_url=url)
    before = _peak_rss_mb()
    build_range(ctx, start, end, out)
    print(f"{before:.1f} {_peak_rss_mb():.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temp folder")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--child", nargs=3, metavar=("URL", "FROM", "TO"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pst-bench-"))
    os.environ.setdefault("PST_DATA_DIR", str(work / "data"))
    os.environ.setdefault("PST_CONFIG", str(work / "config.toml"))
    if args.child:
        url, start, end = args.child
        measure_child(url, date.fromisoformat(start), date.fromisoformat(end), work / "r.pdf")
        return

    from pst_kiosk.reports.builder import build
    from pst_kiosk.services import report_data
    from pst_kiosk.services.bootstrap import open_context

    url = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
    ctx = open_context(database_url=url)
    began = time.perf_counter()
    seed(ctx, DAY, VISITS_PER_DAY, VISITS_PER_DAY, seed_value=1)
    start, end = seed(ctx, RANGE_START, RANGE_VISITS, VISITS_PER_DAY, seed_value=2)
    print(f"database: {ctx.db.dialect}; seeded {VISITS_PER_DAY} + {RANGE_VISITS:,} visits "
          f"in {time.perf_counter() - began:.1f} s; range {start} .. {end}")

    office = ctx.config.office
    for label, first, last, runs in (("day (500 visits)", DAY, DAY, args.runs),
                                     ("range (100,000 visits)", start, end,
                                      max(3, args.runs // 3))):
        gather_med, gather_p95 = timings(lambda f=first, t=last: report_data.gather(ctx, f, t),
                                         runs)
        data = report_data.gather(ctx, first, last)
        assert data.queue.issued == (VISITS_PER_DAY if first == last else RANGE_VISITS)
        build_med, build_p95 = timings(lambda d=data: build(d, office, work / "b.pdf"), runs)
        total_med, total_p95 = timings(
            lambda f=first, t=last: build(report_data.gather(ctx, f, t), office,
                                          work / "t.pdf"), runs)
        pages = build(data, office, work / "p.pdf").pages
        print(f"{label}: gather median {gather_med * 1000:.0f} ms p95 {gather_p95 * 1000:.0f} "
              f"ms; PDF median {build_med * 1000:.0f} ms p95 {build_p95 * 1000:.0f} ms; "
              f"total median {total_med * 1000:.0f} ms p95 {total_p95 * 1000:.0f} ms "
              f"({runs} runs, {pages} pages)")

    tracemalloc.start()
    build(report_data.gather(ctx, start, end), office, work / "m.pdf")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"range: Python heap peak during the report (tracemalloc) {peak / 2**20:.1f} MB")
    child = subprocess.run(
        [sys.executable, __file__, "--child", url, start.isoformat(), end.isoformat()],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PST_DATA_DIR": str(work / "child"),
             "PST_CONFIG": str(work / "config.toml")},
    )
    before, peak_rss = child.stdout.split()
    print(f"range: peak RSS of a fresh process {peak_rss} MB (after start-up {before} MB)")
    ctx.db.dispose()


if __name__ == "__main__":
    main()
