"""A day with a re-queue, a hand-over and a service transfer, driven through the queue; the
report's figures against a count made here from the script alone (issue 18)."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from report_scenario import DAY, at, pdf_words

from pst_kiosk.reports.daily import build_daily
from pst_kiosk.services import report_data
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import Staff

# (time, action, ticket, argument): the whole day, in order.
SCRIPT = [
    ("08:00", "issue", "K1", "K"), ("08:01", "issue", "K2", "K"),
    ("08:02", "call", "K1", (1, "andi")), ("08:05", "issue", "K3", "K"),
    ("08:06", "issue", "K4", "K"), ("08:10", "finish", "K1", None),
    ("08:10:30", "call", "K2", (1, "andi")), ("08:12", "skip", "K2", None),
    ("08:13", "call", "K3", (1, "andi")), ("08:20", "requeue", "K2", None),
    ("08:20:10", "to_counter", "K3", 2), ("08:21", "call", "K4", (1, "andi")),
    ("08:25", "call", "K2", (2, "siti")), ("08:30", "to_service", "K4", "R"),
    ("08:31", "finish", "K2", None), ("08:31:30", "call", "K3", (2, "siti")),
    ("08:40", "finish", "K3", None), ("08:41", "call", "R1", (2, "siti")),
    ("08:50", "finish", "R1", None), ("09:00", "issue", "K5", "K"),
    ("09:05", "cancel", "K5", None), ("09:10", "issue", "K6", "K"),
]


@dataclass
class Call:
    ticket: str
    service: str
    counter: int
    staff: str
    entered: datetime
    called: datetime
    ended: datetime | None = None
    how: str | None = None


def expected_calls() -> list[Call]:
    """Every call of the script with when its ticket entered the queue and how it ended."""
    entered: dict[str, datetime] = {}
    service = {}
    open_call: dict[str, Call] = {}
    calls = []
    for hhmm, action, ticket, arg in SCRIPT:
        now = at(DAY, hhmm)
        if action == "issue":
            entered[ticket], service[ticket] = now, arg
        elif action == "call":
            counter, staff = arg
            if ticket not in service:  # the ticket a transfer made
                service[ticket] = ticket[0]
            call = Call(ticket, service[ticket], counter, staff, entered[ticket], now)
            calls.append(call)
            open_call[ticket] = call
        elif action in ("finish", "skip", "to_counter", "to_service"):
            call = open_call.pop(ticket)
            call.ended = now
            call.how = {"finish": "finished", "skip": "skipped", "to_counter": "handed_over",
                        "to_service": "transferred"}[action]
            if action == "to_counter":
                entered[ticket] = now
            if action == "to_service":
                entered["R1"] = now
        elif action == "requeue":
            entered[ticket] = now
    return calls


def standard_start(calls: list[Call], call: Call) -> datetime:
    """The standard's clock, re-derived: from entering the queue, or from when the counter
    was done with the call made just before in the same service, if later (its call, when
    it was still at a counter)."""
    before = [c for c in calls if c.service == call.service and c.called < call.called]
    if not before:
        return call.entered
    last = max(before, key=lambda c: c.called)
    if last.ended is not None and last.ended <= call.called:
        return max(call.entered, last.ended)
    return max(call.entered, last.called)


def stats(values: list[float]) -> tuple[int, float, float, float]:
    ordered = sorted(values)
    return (len(ordered), sum(ordered) / len(ordered), statistics.median(ordered),
            ordered[math.ceil(0.9 * len(ordered)) - 1])


@pytest.fixture
def day(ctx, clock):
    with ctx.db.write() as session:
        staff = {}
        for username in ("andi", "siti"):
            row = Staff(username=username, full_name=username.title(), password_hash="x",
                        created_at=clock())
            session.add(row)
            session.flush()
            staff[username] = row.id
    queue, ids = QueueService(ctx), {}
    for hhmm, action, ticket, arg in SCRIPT:
        clock.now = at(DAY, hhmm)
        if action == "issue":
            ids[ticket] = queue.issue(arg).id
        elif action == "call":
            counter, who = arg
            ids[ticket] = queue.call(ids[ticket], counter, staff_id=staff[who]).id
        elif action == "to_service":
            ids["R1"] = queue.transfer(ids[ticket], to_service=arg).id
        elif action == "to_counter":
            queue.transfer(ids[ticket], to_counter=arg)
        else:
            getattr(queue, action)(ids[ticket])
    clock.now = at(DAY, "16:00")
    return report_data.gather(ctx, DAY, DAY)


def test_counts_of_a_day_with_history(day):
    q = day.queue
    tickets = {t for _, a, t, _ in SCRIPT if a == "issue"}
    assert (q.issued, q.transferred_in, q.transferred) == (len(tickets), 1, 1)
    assert (q.served, q.no_show, q.cancelled, q.open) == (4, 0, 1, 1)  # K2 came back
    assert q.calls == len(expected_calls()) == 7
    assert sum(day.arrivals_by_hour) == q.issued


def test_clocks_of_a_day_with_history(day):
    calls = expected_calls()
    came = [c for c in calls if c.how != "skipped"]
    wait = [(c.called - standard_start(calls, c)).total_seconds() for c in came]
    waited = [(c.called - c.entered).total_seconds() for c in came]
    service = [(c.ended - c.called).total_seconds() for c in came if c.ended]
    skipped = [(c.called - standard_start(calls, c)).total_seconds()
               for c in calls if c.how == "skipped"]
    q = day.queue
    for figure, values in ((q.wait, wait), (q.waited, waited), (q.service, service),
                           (q.no_show_wait, skipped)):
        count, mean, median, p90 = stats(values)
        assert (figure.count, figure.mean, figure.median, figure.p90) == pytest.approx(
            (count, mean, median, p90))


def test_each_counter_is_charged_its_own_calls(day):
    calls = expected_calls()
    by_counter = {g.key: g.figures for g in day.per_counter}
    for number in (1, 2):
        own = [c for c in calls if c.counter == number]
        figures = by_counter[str(number)]
        assert figures.calls == len(own)
        assert figures.no_show_calls == sum(c.how == "skipped" for c in own)
        served = [(c.ended - c.called).total_seconds() for c in own
                  if c.ended and c.how != "skipped"]
        assert figures.service.mean == pytest.approx(sum(served) / len(served))


def test_the_pdf_says_the_same(ctx, day, tmp_path: Path):
    text = pdf_words(build_daily(ctx, DAY, tmp_path / "riwayat.pdf").path)
    q = day.queue
    assert f"Tiket antrean diambil {q.issued}" in text
    assert f"Dilayani sampai selesai {q.served}" in text
    assert f"Jumlah: {sum(day.arrivals_by_hour)}." in text
