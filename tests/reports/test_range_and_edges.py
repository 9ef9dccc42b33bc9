"""Empty days, one visitor, thousands of visitors, and a range across a month boundary."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from report_scenario import DAY, at, build_day, mmss, num, pct, pdf_words, stats
from sqlalchemy import insert, select
from test_daily_pdf import SECTIONS

from pst_kiosk.reports.daily import build_daily
from pst_kiosk.reports.range_report import build_month, build_range
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import Service, Visit
from tests.helpers import insert_tickets


def test_empty_day_has_every_section(ctx, tmp_path: Path):
    built = build_daily(ctx, date(2026, 12, 25), tmp_path / "kosong.pdf")
    text = pdf_words(built.path)
    assert "Tidak ada kunjungan pada periode ini." in text
    for section in SECTIONS:
        assert section in text
    assert "Tiket antrean diambil 0" in text
    assert "Waktu tunggu 0 – – – 0 –" in text
    assert "Responden: 0" in text
    assert "Jumlah: 0." in text
    assert f"Halaman {built.pages} dari {built.pages}" in text


def test_one_visitor(ctx, clock, tmp_path: Path):
    queue = QueueService(ctx)
    clock.now = at(DAY, "09:00")
    ticket = queue.issue("P")
    clock.now = at(DAY, "09:12:05")
    queue.call(ticket.id, 1)
    clock.now = at(DAY, "09:15:00")
    queue.finish(ticket.id)
    text = pdf_words(build_daily(ctx, DAY, tmp_path / "satu.pdf").path)
    assert "Tidak ada kunjungan" not in text
    # 12:05 of waiting is over 10 minutes; 02:55 of service is within
    assert "Waktu tunggu 1 12:05 12:05 12:05 0 0,0%" in text
    assert "Waktu layanan 1 02:55 02:55 02:55 1 100,0%" in text
    assert "Perpustakaan 1 1 0 12:05 12:05 12:05 0,0% 02:55 100,0%" in text


def test_range_across_a_month_boundary(ctx, clock, tmp_path: Path):
    monday = build_day(ctx, clock, DAY)  # 30 November
    tuesday = build_day(ctx, clock, date(2026, 12, 1), extra_visitor=False)
    clock.now = at(date(2026, 12, 2), "17:00")
    built = build_range(ctx, date(2026, 11, 28), date(2026, 12, 2), tmp_path / "rentang.pdf")
    text = pdf_words(built.path)
    assert "LAPORAN PERIODE PELAYANAN STATISTIK TERPADU 28 November 2026 – 2 Desember 2026" in text
    assert "Tren harian" in text
    for label, exp in (("Sen 30-11-2026", monday), ("Sel 01-12-2026", tuesday)):
        mean = stats(exp.waits)[0]
        w_in, s_in = stats(exp.waits)[3], stats(exp.services)[3]
        assert (f"{label} {exp.visitors} {exp.issued} {exp.served} {exp.no_show} "
                f"{exp.cancelled} {mmss(mean)} {pct(w_in, len(exp.waits))} "
                f"{pct(s_in, len(exp.services))}") in text
    for quiet in ("Sab 28-11-2026", "Min 29-11-2026", "Rab 02-12-2026"):
        assert f"{quiet} 0 0 0 0 0 – – –" in text
    waits = monday.waits + tuesday.waits
    services = monday.services + tuesday.services
    total_issued = monday.issued + tuesday.issued
    assert (f"Jumlah {monday.visitors + tuesday.visitors} {total_issued} "
            f"{monday.served + tuesday.served} {monday.no_show + tuesday.no_show} "
            f"{monday.cancelled + tuesday.cancelled} {mmss(stats(waits)[0])} "
            f"{pct(stats(waits)[3], len(waits))} {pct(stats(services)[3], len(services))}") in text
    assert f"Tiket antrean diambil {total_issued}" in text


def test_monthly_title(ctx, clock, tmp_path: Path):
    build_day(ctx, clock, DAY)
    built = build_month(ctx, 2026, 11, tmp_path / "bulanan.pdf")
    text = pdf_words(built.path)
    assert "LAPORAN BULANAN PELAYANAN STATISTIK TERPADU November 2026" in text
    assert "Sen 30-11-2026 11 10 7 1 1" in text
    assert "Min 01-11-2026 0 0 0 0 0" in text


def test_a_day_with_thousands(ctx, tmp_path: Path):
    """3,000 tickets inserted directly (the queue service would take minutes)."""
    rng = random.Random(7)
    day = date(2026, 12, 3)
    opening = at(day, "07:30")
    with ctx.db.write() as session:
        services = dict(session.execute(select(Service.letter, Service.id)).all())
    tickets, visits, waits, durations = [], [], [], []
    statuses = {"done": 0, "no_show": 0, "cancelled": 0}
    for n in range(3000):
        issued = opening + timedelta(seconds=n * 9)
        status = rng.choices(["done", "no_show", "cancelled"], [90, 7, 3])[0]
        statuses[status] += 1
        row = dict(day=day, service_id=services["K"], seq=n + 1, code=f"K-{n + 1:03d}",
                   status=status, issued_at=issued, queued_at=issued, priority=0,
                   priority_reason="", call_count=0)
        if status != "cancelled":
            wait = rng.randint(0, 1500)
            called = issued + timedelta(seconds=wait)
            row.update(called_at=called, wait_started_at=issued, counter_id=None)
            if status == "done":  # a no-show's wait is counted apart (issue 18)
                waits.append(float(wait))
            if status == "done":
                service = rng.randint(60, 1200)
                row.update(finished_at=called + timedelta(seconds=service))
                durations.append(float(service))
        tickets.append(row)
        visits.append(dict(day=day, created_at=issued, sex="L" if n % 3 else "P",
                           age_group="20-29"))
    with ctx.db.write() as session:
        session.execute(insert(Visit), visits)
        insert_tickets(session, tickets)
    text = pdf_words(build_daily(ctx, day, tmp_path / "ribuan.pdf").path)
    assert "Pengunjung (buku tamu) 3.000" in text
    assert "Tiket antrean diambil 3.000" in text
    assert f"Dilayani sampai selesai {num(statuses['done'])}" in text
    mean, median, p90, within = stats(waits)
    assert (f"Waktu tunggu {num(len(waits))} {mmss(mean)} {mmss(median)} {mmss(p90)} "
            f"{num(within)} {pct(within, len(waits))}") in text
    women = sum(1 for v in visits if v["sex"] == "P")
    assert f"Perempuan {num(women)}" in text
    # 3,000 arrivals from 07:30 every 9 s: 07:30–15:00, per hour 400 (07:xx: 200)
    expected_hours = [0] * 24
    for t in tickets:
        expected_hours[(t["issued_at"].astimezone(UTC) + timedelta(hours=9)).hour] += 1
    assert expected_hours[7] == 200 and expected_hours[8] == 400
    assert f"Jumlah: {num(sum(expected_hours))}." in text


def test_generated_instant_is_local(ctx, clock, tmp_path: Path):
    clock.now = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)  # 00:30 WIT on 1 December
    text = pdf_words(build_daily(ctx, DAY, tmp_path / "a.pdf").path)
    assert "Dibuat 1 Desember 2026 00:30 WIT" in text
