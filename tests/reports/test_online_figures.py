"""The online desk's report figures equal an independent count: 40 requests worked through
the desk over two weeks with a moving clock, counted by the test from what it did (its own due
rule on a holiday-free fortnight: the third weekday after at 16:00, Friday 16:30), then read
back from ``gather``, the PDF's text and the spreadsheet."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from report_scenario import pdf_words

from pst_kiosk.reports import export
from pst_kiosk.reports.range_report import build_range
from pst_kiosk.services import report_data
from pst_kiosk.services.online_desk import NewRequest, OnlineDesk, Reply

WIT = ZoneInfo("Asia/Jayapura")
START, END = date(2026, 11, 30), date(2026, 12, 4)  # Monday to Friday, no holiday
CHANNELS = ("web", "whatsapp", "email", "phone", "walk_in")


def third_weekday_after(day: date) -> datetime:
    n = 0
    while n < 3:
        day += timedelta(days=1)
        n += day.weekday() < 5
    close = time(16, 30) if day.weekday() == 4 else time(16, 0)
    return datetime.combine(day, close, tzinfo=WIT).astimezone(UTC)


def test_report_figures_equal_an_independent_count(ctx, clock, tmp_path: Path):
    rng = random.Random(42)
    desk = OnlineDesk(ctx)
    expect = Counter()
    per_channel: dict[str, Counter] = {c: Counter() for c in CHANNELS}
    plans = []
    for i in range(40):
        day = START + timedelta(days=rng.randrange(5))
        received = datetime.combine(day, time(8 + rng.randrange(9), rng.randrange(60)),
                                    tzinfo=WIT).astimezone(UTC)
        plans.append((received, i, CHANNELS[i % len(CHANNELS)]))
    outcomes = []
    for received, i, channel in sorted(plans):
        clock.now = received
        new = NewRequest(channel=channel, requester_name=f"Pemohon {i}",
                         email=f"p{i}@contoh.id", whatsapp="081234567890", consent=True,
                         subject="prices", data_requested="Inflasi", web_transaction="T-1")
        view = desk.register(new, actor="staff:rina")
        fate = rng.choice(["open", "complete", "on_time", "late"])
        outcomes.append((view.number, channel, received, fate))
    # a finished period is judged as of its end: Friday 4 December, 24:00 WIT
    period_end = datetime(2026, 12, 5, 0, 0, tzinfo=WIT).astimezone(UTC)
    for number, channel, received, fate in outcomes:
        tally = per_channel[channel]
        expect["received"] += 1
        tally["received"] += 1
        if fate == "open":
            expect["open"] += 1
            continue
        clock.now = received + timedelta(hours=1)
        desk.complete(number, actor="staff:rina")
        due = third_weekday_after(clock.now.astimezone(WIT).date())
        expect["completed"] += 1
        tally["completed"] += 1
        if fate == "complete":  # never answered: overdue if due before the period's end
            expect["open"] += 1
            if due < period_end:
                expect["overdue"] += 1
                tally["overdue"] += 1
            continue
        clock.now = due - timedelta(minutes=5) if fate == "on_time" else due + timedelta(hours=2)
        desk.answer(number, Reply("Terlampir."), actor="staff:rina")
        expect["answered"] += 1
        tally["answered"] += 1
        key = "late" if fate == "late" else "on_time"
        expect[key] += 1
        tally["overdue" if key == "late" else "on_time"] += 1
        expect["no_response"] += 1  # nobody replies to the answer: the sweep closes it
        tally["no_response"] += 1
    clock.now = period_end + timedelta(days=14)
    closed = set(desk.sweep().closed)
    assert closed == {n for n, _c, _r, fate in outcomes if fate in ("on_time", "late")}
    data = report_data.gather(ctx, START, END)
    o = data.online
    assert (o.received, o.completed, o.answered, o.answered_on_time, o.overdue,
            o.no_response, o.still_open) == (
        expect["received"], expect["completed"], expect["answered"], expect["on_time"],
        expect["late"] + expect["overdue"], expect["no_response"], expect["open"])
    for c in o.by_channel:
        t = per_channel[c.channel]
        assert (c.received, c.completed, c.answered, c.answered_on_time, c.overdue,
                c.no_response) == (t["received"], t["completed"], t["answered"], t["on_time"],
                                   t["overdue"], t["no_response"]), c.channel
    built = build_range(ctx, START, END, tmp_path / "laporan.pdf")
    text = pdf_words(built.path)
    assert f"Permintaan diterima {expect['received']} " in text
    assert f"Dijawab dalam 3 hari kerja {expect['on_time']} " in text
    assert f"Melewati batas 3 hari kerja {expect['late'] + expect['overdue']} " in text
    assert f"Ditutup karena tidak ada tanggapan (7 hari) {expect['no_response']} " in text
    result = export.export(ctx, "online", START, END, tmp_path / "online.xlsx")
    assert result.rows == expect["received"]
    book = load_workbook(result.path, read_only=True)
    sheet = list(book["Layanan Online"].iter_rows(values_only=True))
    head = sheet[0]
    body = [dict(zip(head, r, strict=True)) for r in sheet[1:]]
    assert Counter(r["Tepat waktu"] for r in body)["Ya"] == expect["on_time"]
    assert all("*" in r["Nama"] for r in body)  # masked
    about = dict(book["Keterangan"].iter_rows(values_only=True))
    assert about["Dijawab dalam 3 hari kerja"] == expect["on_time"]
    assert about["Ditutup: tidak ada tanggapan"] == expect["no_response"]
