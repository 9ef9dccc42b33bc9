"""Online desk timings, printed as median and p95 (never asserted in tests).

1. Desk list refresh with 10,000 requests in the database (a year and more of the desk: most
   closed, a few hundred open): the service read of a list (``OnlineDesk.requests``) and the
   whole refresh the tab does — the read plus the keyed diff into ``OnlineTableModel`` — for
   the default list (open) and for the worst one (all 10,000). Goal: p95 ≤ 50 ms.
2. Mail import rate: N messages appended to a real Dovecot (IMAPS, as the tests start it),
   then ``fetch_new`` imports them, one transaction each (exactly once): messages per second.

    .venv/bin/python bench/bench_online.py [--requests 10000] [--rounds 40] [--mails 300]
                                           [--postgres URL | --no-postgres] [--no-mail]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stats import line  # noqa: E402

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def seed_requests(ctx, count: int) -> None:
    """``count`` requests over 400 days before the clock, with two messages each (Core)."""
    from sqlalchemy import insert

    from pst_kiosk.domain import online_sla
    from pst_kiosk.domain.workdays import WorkCalendar
    from pst_kiosk.store.models import OnlineMessage, OnlineRequest, OnlineSequence

    rng = random.Random(13)
    now = ctx.now()
    calendar, hours = WorkCalendar(), ctx.config.online.hours
    channels = ("web", "whatsapp", "email", "phone", "walk_in")
    requests, per_year = [], {}
    for i in range(count):
        age = timedelta(days=400) * (1 - i / count) + timedelta(minutes=rng.randrange(600))
        received = now - age
        year = received.astimezone(ctx.zone).year
        per_year[year] = per_year.get(year, 0) + 1
        recent = age < timedelta(days=20)
        status = rng.choice(("received", "complete", "answered", "closed")) if recent else "closed"
        complete = received + timedelta(hours=2) if status != "received" else None
        due = online_sla.due_at(complete, calendar, ctx.zone, hours) if complete else None
        answered = complete + timedelta(days=rng.choice((1, 2, 4))) if status in (
            "answered", "closed") and complete else None
        officer = (answered or received + timedelta(hours=1))
        requests.append(dict(
            number=f"PST-{year}-{per_year[year]:05d}", channel=channels[i % 5],
            web_transaction="", requester_name=f"Pemohon {i}", institution="",
            email=f"p{i}@contoh.id", whatsapp="081234567890", consent_at=received,
            consent_version="2026-11-v1", subject="prices", title=f"Permintaan data {i}",
            data_requested="Inflasi", missing="", supplied_at=None, status=status,
            close_reason="fulfilled" if status == "closed" else "", received_at=received,
            complete_at=complete, due_at=due, answered_at=answered, last_officer_at=officer,
            last_requester_at=received, closed_at=officer + timedelta(days=1)
            if status == "closed" else None, updated_at=officer, staff_id=None,
            origin_ticket_id=None, purged_at=None))
    with ctx.db.write() as session:
        ids = session.execute(insert(OnlineRequest).returning(
            OnlineRequest.id, sort_by_parameter_order=True), requests).scalars().all()
        messages = []
        for request_id, r in zip(ids, requests, strict=True):
            messages.append(dict(request_id=request_id, direction="in", channel=r["channel"],
                                 at=r["received_at"], kind="request", text="Mohon data."))
            messages.append(dict(request_id=request_id, direction="out", channel=r["channel"],
                                 at=r["last_officer_at"], kind="answer", text="Terlampir."))
        defaults = dict(attachments="", staff_id=None, mail_message_id="", mail_in_reply_to="",
                        mail_references="", mail_subject="", mail_to="", send_status="",
                        send_error="", sent_at=None)
        session.execute(insert(OnlineMessage), [defaults | m for m in messages])
        session.execute(insert(OnlineSequence), [dict(year=y, last_seq=n)
                                                 for y, n in per_year.items()])


def bench_list(url: str, label: str, count: int, rounds: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from pst_kiosk.domain.clock import FixedClock
    from pst_kiosk.gui.models.online_table import OnlineTableModel
    from pst_kiosk.services.bootstrap import open_context
    from pst_kiosk.services.online_desk import DeskList, OnlineDesk, Reply

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    clock = FixedClock(datetime(2026, 12, 3, 1, 0, tzinfo=UTC))  # Thursday 10:00 WIT
    ctx = open_context(database_url=url, clock=clock)
    started = time.perf_counter()
    seed_requests(ctx, count)
    print(f"{label}: {count} requests seeded in {time.perf_counter() - started:.1f} s")
    desk = OnlineDesk(ctx)
    for which in (DeskList.OPEN, DeskList.ALL):
        rows = desk.requests(which)
        model = OnlineTableModel(ctx.now, ctx.zone)
        model.apply(rows)
        reads, refreshes = [], []
        open_ids = [r.id for r in desk.requests(DeskList.OPEN)]
        for n in range(rounds):
            desk.write(open_ids[n % len(open_ids)], Reply(f"Pesan {n}"), actor="bench")
            t0 = time.perf_counter()
            rows = desk.requests(which)
            t1 = time.perf_counter()
            model.apply(rows)
            t2 = time.perf_counter()
            reads.append((t1 - t0) * 1000)
            refreshes.append((t2 - t0) * 1000)
        print(line(f"  read '{which.value}' ({len(rows)} rows)", reads))
        print(line(f"  refresh '{which.value}' read + model diff", refreshes)
              + "   (goal p95 ≤ 50 ms)")
    counts = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        desk.counts()
        counts.append((time.perf_counter() - t0) * 1000)
    print(line("  supervisor counts", counts))
    ctx.db.dispose()


def bench_mail(url: str, label: str, mails: int) -> None:
    from pst_kiosk import config as config_module
    from pst_kiosk.services.bootstrap import open_context
    from pst_kiosk.services.online_desk.mail.fetch import fetch_new
    from tests.mail.messages import mail
    from tests.mail.servers import dovecot, write_config

    with dovecot() as imap, tempfile.TemporaryDirectory() as folder:
        config = write_config(Path(folder), imap, None, config_module.sample_path())
        ctx = open_context(config=config_module.load(config), database_url=url)
        originals: list[str] = []
        batch = []
        for i in range(mails):
            if originals and i % 3 == 0:
                _, raw = mail(f"p{i}@contoh.id", "Re: data", "Tambahan.",
                              in_reply_to=originals[-1])
            else:
                mid, raw = mail(f"p{i}@contoh.id", f"Permintaan {i}", "Mohon data " * 40)
                originals.append(mid)
            batch.append(raw)
        imap.deliver(*batch)
        t0 = time.perf_counter()
        result = fetch_new(ctx)
        seconds = time.perf_counter() - t0
        print(f"{label}: imported {len(result.imported)} of {result.in_mailbox} messages "
              f"({len(originals)} requests, {mails - len(originals)} replies) in "
              f"{seconds:.2f} s = {len(result.imported) / seconds:.0f} messages/s")
        t0 = time.perf_counter()
        again = fetch_new(ctx)
        print(f"{label}: a fetch with nothing new ({again.in_mailbox} in the mailbox): "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        ctx.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--mails", type=int, default=300)
    parser.add_argument("--postgres", default=PG_DEFAULT)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-mail", action="store_true")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-online-")
    targets = [("SQLite", f"sqlite:///{folder}/list.sqlite3", f"sqlite:///{folder}/mail.sqlite3")]
    schemas: list[str] = []
    if not args.no_postgres:
        schemas = [_pg_schema() for _ in range(2)]
        targets.append(("PostgreSQL", *(f"{args.postgres}?options=-csearch_path%3D{s}"
                                        for s in schemas)))
    print(f"machine: {os.cpu_count()} cores")
    try:
        for label, list_url, mail_url in targets:
            bench_list(list_url, label, args.requests, args.rounds)
            if not args.no_mail:
                bench_mail(mail_url, label, args.mails)
    finally:
        _drop(schemas)


def _pg_schema() -> str:
    import uuid

    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return schema


def _drop(schemas: list[str]) -> None:
    import psycopg

    with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


if __name__ == "__main__":
    main()
