"""report_data.gather on both backends: the clock rules, bounds and cohorts, by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from pst_kiosk.domain import ikm
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services import report_data
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import (
    Complaint,
    Counter,
    OnlineRequest,
    Service,
    Staff,
    SurveyAnswer,
    Ticket,
)
from tests.helpers import insert_tickets

WIT = ZoneInfo("Asia/Jayapura")
DAY = date(2026, 12, 2)


def local(day: date, h: int, m: int = 0, s: int = 0) -> datetime:
    return datetime.combine(day, time(h, m, s), tzinfo=WIT).astimezone(UTC)


def _ids(ctx):
    with ctx.db.read() as session:
        services = dict(session.execute(select(Service.letter, Service.id)).all())
        counters = dict(session.execute(select(Counter.number, Counter.id)).all())
    return services, counters


def _tickets(ctx, rows):
    services, counters = _ids(ctx)
    full = []
    for n, r in enumerate(rows, start=1):
        r = {"seq": n, "code": f"X-{n:03d}", "priority": 0, "priority_reason": "",
             "call_count": 0, **r}
        r["service_id"] = services[r.pop("letter", "K")]
        if "counter" in r:
            r["counter_id"] = counters[r.pop("counter")]
        full.append(r)
    with ctx.db.write() as session:
        insert_tickets(session, full)


def test_clock_rules_and_statistics(ctx):
    issued = local(DAY, 9)
    waits = [600, 601, 30, 120]  # exactly 10:00 is within, 10:01 is not
    rows = []
    for i, wait in enumerate(waits):
        start = issued + timedelta(minutes=i)
        called = start + timedelta(seconds=wait)
        rows.append(dict(day=DAY, status="done", issued_at=start - timedelta(minutes=5),
                         queued_at=start, wait_started_at=start, called_at=called,
                         finished_at=called + timedelta(seconds=300 + i), counter=1))
    # no wait_started_at recorded: the wait runs from the issue
    rows.append(dict(day=DAY, status="no_show", issued_at=issued, queued_at=issued,
                     called_at=issued + timedelta(seconds=45), counter=2))
    rows.append(dict(day=DAY, status="waiting", issued_at=issued, queued_at=issued))
    _tickets(ctx, rows)
    data = report_data.gather(ctx, DAY, DAY)
    q = data.queue
    assert (q.issued, q.served, q.no_show, q.open) == (6, 4, 1, 1)
    ordered = sorted(waits)  # 30, 120, 600, 601: the no-show's wait is counted apart
    assert q.wait.count == 4
    assert q.wait.mean == pytest.approx(sum(ordered) / 4)
    assert q.wait.median == pytest.approx(360)
    assert q.wait.p90 == 601  # nearest rank: ceil(0.9 × 4) = 4th
    assert q.wait.within == 3
    assert (q.no_show_wait.count, q.no_show_wait.mean) == (1, 45)
    assert q.waited.mean == pytest.approx(sum(ordered) / 4)  # entered at the clock start here
    assert q.service.count == 4 and q.service.median == pytest.approx(301.5)
    assert q.service.within == 4
    by_counter = {g.key: g.figures for g in data.per_counter}
    assert by_counter["1"].wait.count == 4 and by_counter["2"].no_show_calls == 1
    officers = {g.label: g.figures for g in data.per_officer}
    assert officers[report_data.NO_OFFICER].calls == 5


def test_target_comes_from_the_configuration(ctx):
    from dataclasses import replace

    ctx.config = replace(ctx.config, queue=replace(ctx.config.queue, wait_target_minutes=5))
    start = local(DAY, 9)
    _tickets(ctx, [dict(day=DAY, status="called", issued_at=start, queued_at=start,
                        called_at=start + timedelta(minutes=6), counter=1)])
    wait = report_data.gather(ctx, DAY, DAY).queue.wait
    assert (wait.target_seconds, wait.within) == (300, 0)


def test_days_and_hours_are_local(ctx):
    previous = DAY - timedelta(days=1)
    rows = [
        # 00:10 WIT on DAY is 15:10 UTC the day before: in DAY, hour 0
        dict(day=DAY, status="waiting", issued_at=local(DAY, 0, 10), queued_at=local(DAY, 0, 10)),
        dict(day=DAY, status="waiting", issued_at=local(DAY, 23, 50),
             queued_at=local(DAY, 23, 50)),
        dict(day=previous, status="waiting", issued_at=local(previous, 23, 59),
             queued_at=local(previous, 23, 59)),
        dict(day=DAY, status="waiting", issued_at=local(DAY, 10), queued_at=local(DAY, 10)),
    ]
    _tickets(ctx, rows)
    with ctx.db.read() as session:
        first = session.execute(select(Ticket.id).order_by(Ticket.id)).scalars().first()
    # a ticket created by a transfer is not a new arrival
    _tickets(ctx, [dict(day=DAY, seq=99, code="X-099", status="waiting",
                        issued_at=local(DAY, 10, 30), queued_at=local(DAY, 10),
                        origin_ticket_id=first)])
    data = report_data.gather(ctx, DAY, DAY)
    # One definition of "issued" (issue 18): tickets taken, not the ones a transfer made,
    # so the count and the arrivals chart agree.
    assert (data.queue.issued, data.queue.transferred_in) == (3, 1)
    hours = data.arrivals_by_hour
    assert (hours[0], hours[10], hours[23], sum(hours)) == (1, 1, 1, 3)
    two_days = report_data.gather(ctx, previous, DAY)
    assert [d.queue.issued for d in two_days.days] == [1, 3]


def test_queue_service_path_with_officer(ctx, clock):
    with ctx.db.write() as session:
        staff = Staff(username="rina", full_name="Rina Lestari", password_hash="x",
                      created_at=clock())
        session.add(staff)
        session.flush()
        staff_id = staff.id
    queue = QueueService(ctx)
    first = queue.issue("K")
    second = queue.issue("K")
    clock.advance(minutes=4)
    queue.call(first.id, 1, staff_id=staff_id)
    clock.advance(minutes=7)
    queue.finish(first.id)  # second's clock starts now (the later of issue and this finish)
    clock.advance(minutes=2)
    queue.call(second.id, 1, staff_id=staff_id)
    clock.advance(minutes=3)
    queue.finish(second.id)
    data = report_data.gather(ctx, ctx.today(), ctx.today())
    rina = {g.label: g.figures for g in data.per_officer}["Rina Lestari"]
    # first waited 4:00 from its issue; second 2:00 from the first one's finish
    assert (rina.wait.count, rina.wait.mean, rina.wait.p90) == (2, 180, 240)
    assert rina.service.mean == (420 + 180) / 2


def test_online_complaints_survey_cohorts(ctx, clock):
    # report for a range that ends after "now": not-yet-due requests are not overdue
    clock.now = local(DAY, 12)
    due_soon = local(DAY, 11)
    due_later = local(DAY, 15)
    with ctx.db.write() as session:
        for n, (channel, received, due, answered, status) in enumerate([
            ("web", local(DAY, 8), due_soon, None, "complete"),
            ("web", local(DAY, 8), due_later, None, "complete"),
            ("email", local(DAY, 8), due_soon, local(DAY, 10, 59), "answered"),
            ("email", local(DAY, 8) - timedelta(days=2), None, None, "received"),
        ], start=1):
            session.add(OnlineRequest(number=f"PST-2026-{n:05d}", channel=channel,
                                      received_at=received, due_at=due, answered_at=answered,
                                      complete_at=received if due else None, status=status,
                                      updated_at=received))
        session.add(Complaint(channel="box", received_at=local(DAY, 9)))
        session.add(Complaint(channel="box", received_at=local(DAY, 9),
                              answered_at=local(DAY, 10)))
        session.add(Complaint(channel="sms", received_at=local(DAY + timedelta(days=1), 9)))
        answers = [[4, 3, 3, 4, 4, 3, 4, 3, 4], [2, 3, 3, 4, 3, 2, 3, 3, 3]]
        for scores in answers:
            session.add(SurveyAnswer(day=DAY, created_at=local(DAY, 10),
                                     **{f"u{i + 1}": s for i, s in enumerate(scores)}))
        session.add(SurveyAnswer(day=DAY - timedelta(days=1), created_at=local(DAY, 10),
                                 **{f"u{i + 1}": 1 for i in range(9)}))
    data = report_data.gather(ctx, DAY, DAY + timedelta(days=3))
    o = data.online
    assert (o.received, o.answered, o.answered_on_time, o.overdue, o.still_open) == (3, 1, 1, 1, 2)
    assert (data.complaints.received, data.complaints.answered) == (3, 1)
    assert data.survey == ikm.from_answers(answers)
    assert data.survey_respondents == 2


def test_reversed_range_is_refused(ctx):
    with pytest.raises(UserError) as error:
        report_data.gather(ctx, DAY, DAY - timedelta(days=1))
    assert error.value.code == "report_range"
