"""An independent review of the queue engine: refusals, yesterday's tickets, the wait clock,
people ahead and estimates, the audit trail and the messages users read.

Tests marked ``xfail(strict=True, reason="BUG: …")`` show a defect found in review; they
fail today and turn into an XPASS (a failure) once the code is fixed, so the mark must go.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import AuditLog, Counter, Ticket


def _snapshot(ctx):
    with ctx.db.read() as session:
        tickets = [
            (t.id, t.status, t.counter_id, t.call_count, t.queued_at, t.called_at)
            for t in session.exec(select(Ticket).order_by(Ticket.id)).scalars()
        ]
        audits = session.execute(select(func.count()).select_from(AuditLog)).scalar_one()
    return tickets, audits


def _refused(ctx, code: str, action) -> UserError:
    before = _snapshot(ctx)
    with pytest.raises(UserError) as caught:
        action()
    assert caught.value.code == code, caught.value.as_dict()
    assert caught.value.message_id and caught.value.message_en
    assert _snapshot(ctx) == before, "a refused action changed the database"
    return caught.value


def _audit(ctx) -> list[tuple[str, str, int | None, dict]]:
    with ctx.db.read() as session:
        rows = session.exec(select(AuditLog).order_by(AuditLog.id)).scalars().all()
        return [(r.action, r.actor, r.entity_id, json.loads(r.detail or "{}")) for r in rows]


# ------------------------------------------------------------------ refused transitions
def _done(queue):
    t = queue.issue("K")
    queue.call(t.id, 1)
    return queue.finish(t.id)


def _no_show(queue):
    t = queue.issue("K")
    queue.call(t.id, 1)
    return queue.skip(t.id)


def _serving(queue):
    t = queue.issue("K")
    queue.call(t.id, 1)
    return queue.start(t.id)


def _called(queue):
    t = queue.issue("K")
    return queue.call(t.id, 1)


def _waiting(queue):
    return queue.issue("K")


def _cancelled(queue):
    return queue.cancel(queue.issue("K").id)


def _transferred(queue):
    t = queue.issue("K")
    queue.transfer(t.id, to_service="R")
    return queue.get(t.id)


STATES = {
    "waiting": _waiting,
    "called": _called,
    "serving": _serving,
    "done": _done,
    "no_show": _no_show,
    "cancelled": _cancelled,
    "transferred": _transferred,
}
ACTIONS = {
    "recall": lambda q, t: q.recall(t.id),
    "start": lambda q, t: q.start(t.id),
    "finish": lambda q, t: q.finish(t.id),
    "skip": lambda q, t: q.skip(t.id),
    "cancel": lambda q, t: q.cancel(t.id),
    "requeue": lambda q, t: q.requeue(t.id),
    "call": lambda q, t: q.call(t.id, 2),
    "transfer_service": lambda q, t: q.transfer(t.id, to_service="P"),
    "transfer_counter": lambda q, t: q.transfer(t.id, to_counter=2),
}
# Which state each action may start from; every other pair must be refused.
ALLOWED = {
    "recall": {"called", "serving"},
    "start": {"called"},
    "finish": {"called", "serving"},
    "skip": {"called"},
    "cancel": {"waiting"},
    "requeue": {"no_show"},
    "call": {"waiting"},
    "transfer_service": {"waiting", "called", "serving"},
    "transfer_counter": {"waiting", "called", "serving"},
}
REFUSED = [(a, s) for a in ACTIONS for s in STATES if s not in ALLOWED[a]]


@pytest.mark.parametrize(("action", "state"), REFUSED, ids=[f"{a}-of-{s}" for a, s in REFUSED])
def test_every_forbidden_transition_is_refused_and_changes_nothing(ctx, action, state):
    queue = QueueService(ctx)
    ticket = STATES[state](queue)
    assert ticket.status == state
    error = _refused(ctx, "wrong_state", lambda: ACTIONS[action](queue, ticket))
    assert ticket.code in error.message_id and ticket.code in error.message_en
    assert queue.get(ticket.id).status == state


def test_start_twice_and_skip_while_serving_are_refused(ctx):
    queue = QueueService(ctx)
    ticket = _serving(queue)
    _refused(ctx, "wrong_state", lambda: queue.start(ticket.id))
    _refused(ctx, "wrong_state", lambda: queue.skip(ticket.id))
    assert queue.finish(ticket.id).status == "done"


@pytest.mark.parametrize("action", ["recall", "start", "finish", "skip", "cancel", "requeue"])
def test_wrong_state_message_is_in_one_language_each(ctx, action):
    queue = QueueService(ctx)
    ticket = _done(queue)
    error = _refused(ctx, "wrong_state", lambda: ACTIONS[action](queue, ticket))
    assert "selesai" in error.message_id  # the status in Indonesian
    assert error.message_en != error.message_id


@pytest.mark.parametrize("action", ["call", "transfer_service"])
def test_wrong_state_message_for_call_and_transfer_is_not_mixed(ctx, action):
    queue = QueueService(ctx)
    ticket = _done(queue)
    error = _refused(ctx, "wrong_state", lambda: ACTIONS[action](queue, ticket))
    assert "/" not in error.message_id and "/" not in error.message_en, error.as_dict()
    assert "dipanggil" not in error.message_en and "dialihkan" not in error.message_en


def test_unknown_priority_reason_is_a_user_error(ctx):
    queue = QueueService(ctx)
    _refused(ctx, "unknown_priority", lambda: queue.issue("K", priority_reason="vip"))


def test_requeue_grace_message_names_the_configured_minutes(ctx, clock):
    queue = QueueService(ctx)
    ticket = _no_show(queue)
    clock.advance(minutes=61)
    error = _refused(ctx, "requeue_too_late", lambda: queue.requeue(ticket.id))
    assert "60 menit" in error.message_id and "60-minute" in error.message_en


def test_requeue_grace_message_of_a_full_day(ctx, clock):
    ctx.config = replace(ctx.config, queue=replace(ctx.config.queue, requeue_grace_minutes=24 * 60))
    clock.advance(hours=-9)  # 01:00 WIT, so the day does not change during the grace
    queue = QueueService(ctx)
    ticket = _no_show(queue)
    clock.advance(hours=1)
    assert queue.requeue(ticket.id).status == "waiting"  # within a day's grace
    queue.skip(queue.call(ticket.id, 1).id)
    clock.advance(hours=24, minutes=1)
    with pytest.raises(UserError) as caught:
        queue.requeue(ticket.id)
    assert "1440 menit" in caught.value.message_id, caught.value.message_id


# ------------------------------------------------------------------------ yesterday
def _yesterday_then_today(ctx, clock):
    queue = QueueService(ctx)
    old = queue.issue("K")
    clock.advance(days=1)
    return queue, old


def test_yesterday_is_not_in_todays_queue_board_or_summary(ctx, clock):
    queue, old = _yesterday_then_today(ctx, clock)
    called_yesterday = queue.get(old.id)
    assert queue.waiting() == [] and queue.waiting(1) == []
    assert queue.call_next(1) is None
    assert {s.letter: s.waiting for s in queue.summary()}["K"] == 0
    assert queue.recent_calls() == []
    fresh = queue.issue("K")
    assert fresh.code == "K-001" and fresh.people_ahead == 0
    assert called_yesterday.status == "waiting"


def test_yesterdays_waiting_ticket_cannot_be_called_today(ctx, clock):
    queue, old = _yesterday_then_today(ctx, clock)
    with pytest.raises(UserError):
        queue.call(old.id, 1)


def test_yesterdays_ticket_cannot_jump_todays_queue_by_transfer(ctx, clock):
    queue, old = _yesterday_then_today(ctx, clock)
    today_first = queue.issue("R")
    try:
        queue.transfer(old.id, to_service="R")
    except UserError:
        return
    assert queue.waiting(2)[0].id == today_first.id


# ---------------------------------------------------------------------- wait clock
def test_wait_clock_first_ticket_of_the_day_starts_at_issue(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    clock.advance(minutes=4)
    called = queue.call_next(1)
    assert called.wait_started_at == ticket.issued_at
    assert called.clocks(clock.now).wait == timedelta(minutes=4)


def test_wait_clock_issue_later_than_predecessor_finish(ctx, clock):
    queue = QueueService(ctx)
    first = queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=2)
    queue.finish(first.id)
    clock.advance(minutes=5)
    late = queue.issue("K")  # came after the counter was already free
    clock.advance(minutes=1)
    assert queue.call_next(1).wait_started_at == late.issued_at


def test_wait_clock_after_a_no_show_starts_at_the_skip(ctx, clock):
    queue = QueueService(ctx)
    first, second = queue.issue("K"), queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=3)
    skipped = queue.skip(first.id)
    clock.advance(minutes=2)
    called = queue.call_next(1)
    assert called.id == second.id and called.wait_started_at == skipped.skipped_at


def test_wait_clock_after_a_transfer_to_another_service_starts_at_the_transfer(ctx, clock):
    queue = QueueService(ctx)
    first, second = queue.issue("K"), queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=6)
    moved_at = clock.now
    queue.transfer(first.id, to_service="R")
    clock.advance(minutes=1)
    called = queue.call_next(1, service_letter="K")
    assert called.id == second.id and called.wait_started_at == moved_at


def test_wait_clock_with_two_counters_in_parallel(ctx, clock):
    """sla.py: a predecessor still at a counter when N is called starts N's clock at its call."""
    queue = QueueService(ctx)
    a, b = queue.issue("K"), queue.issue("K")
    clock.advance(minutes=1)
    at_one = queue.call_next(1)
    clock.advance(minutes=2)
    at_two = queue.call_next(2)
    assert (at_one.id, at_two.id) == (a.id, b.id)
    assert at_two.wait_started_at == at_one.called_at  # not issue, not a's (future) finish


def test_wait_clock_takes_the_ticket_called_just_before_not_the_first_finished(ctx, clock):
    queue = QueueService(ctx)
    a, b, c = queue.issue("K"), queue.issue("K"), queue.issue("K")
    queue.call_next(1)  # a, long consultation
    clock.advance(minutes=1)
    queue.call_next(2)  # b, short
    clock.advance(minutes=2)
    b_done = queue.finish(b.id)
    clock.advance(minutes=10)
    queue.finish(a.id)
    clock.advance(minutes=1)
    called = queue.call_next(2)
    assert called.id == c.id and called.wait_started_at == b_done.finished_at


def test_wait_clock_is_per_service_queue(ctx, clock):
    queue = QueueService(ctx)
    k = queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=5)
    r = queue.issue("R")
    clock.advance(minutes=1)
    called = queue.call_next(2, service_letter="R")
    assert called.id == r.id and called.wait_started_at == r.issued_at
    assert queue.get(k.id).status == "called"


def test_wait_clock_of_a_requeued_ticket_starts_when_it_came_back(ctx, clock):
    queue = QueueService(ctx)
    late = queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=1)
    queue.skip(late.id)
    clock.advance(minutes=25)  # the visitor was away
    back_at = clock.now
    queue.requeue(late.id)
    clock.advance(minutes=2)
    called = queue.call_next(1)
    assert called.id == late.id
    assert called.clocks(clock.now).wait == timedelta(minutes=2)
    assert called.wait_started_at >= back_at


def test_wait_clock_survives_a_transfer_to_another_counter(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    clock.advance(minutes=1)
    first_call = queue.call_next(1)
    queue.start(ticket.id)
    clock.advance(minutes=15)  # served at counter 1, then sent to counter 2
    queue.transfer(ticket.id, to_counter=2)
    clock.advance(minutes=1)
    again = queue.call_next(2)
    assert again.id == ticket.id
    # The visitor waited 1 minute for the first call; 15 minutes of service is not waiting.
    assert again.clocks(clock.now).wait <= timedelta(minutes=2), (
        first_call.clocks(first_call.called_at).wait,
        again.clocks(clock.now).wait,
    )


def test_wait_clock_predecessor_is_the_ticket_moved_to_another_counter(ctx, clock):
    queue = QueueService(ctx)
    a, b, c = queue.issue("K"), queue.issue("K"), queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=2)
    queue.finish(a.id)  # a done at 10:02
    queue.call_next(1)  # b
    clock.advance(minutes=6)
    moved_at = clock.now
    queue.transfer(b.id, to_counter=2)  # counter 1 was busy with b until 10:08
    clock.advance(minutes=1)
    called = queue.call_next(1)
    assert called.id == c.id
    assert called.wait_started_at == moved_at


# ------------------------------------------------------------- people ahead, estimates
def test_people_ahead_priority_and_arrival_order(ctx, clock):
    queue = QueueService(ctx)
    a = queue.issue("K")
    clock.advance(minutes=1)
    b = queue.issue("K")
    clock.advance(minutes=1)
    p = queue.issue("K", priority_reason="pregnant")
    clock.advance(minutes=1)
    q = queue.issue("K", priority_reason="elderly")
    other = queue.issue("R")
    assert (a.people_ahead, b.people_ahead, p.people_ahead, q.people_ahead) == (0, 1, 0, 1)
    assert other.people_ahead == 0  # another service's queue
    assert queue.get(a.id).people_ahead == 2  # both priority tickets go first
    assert queue.get(b.id).people_ahead == 3
    assert [t.id for t in queue.waiting(2)] == [p.id, q.id, a.id, b.id, other.id]


def test_transfer_to_service_keeps_arrival_order_and_priority(ctx, clock):
    queue = QueueService(ctx)
    early = queue.issue("K", priority_reason="disabled")
    clock.advance(minutes=3)
    r1 = queue.issue("R")
    clock.advance(minutes=1)
    moved = queue.transfer(early.id, to_service="R")
    assert moved.priority == 1 and moved.priority_reason == "disabled"
    assert moved.queued_at == early.issued_at and moved.people_ahead == 0
    assert queue.get(r1.id).people_ahead == 1
    assert moved.visit_id == early.visit_id and moved.day == early.day


def test_transfer_to_counter_keeps_place_and_only_that_counter_calls(ctx, clock):
    queue = QueueService(ctx)
    a = queue.issue("K")
    clock.advance(minutes=1)
    b = queue.issue("K")
    moved = queue.transfer(a.id, to_counter=2)
    assert moved.target_counter_number == 2 and moved.people_ahead == 0
    assert [t.id for t in queue.waiting(1)] == [b.id]
    assert [t.id for t in queue.waiting(2)] == [a.id, b.id]
    assert queue.call_next(1).id == b.id


def test_ticket_sent_to_a_counter_cannot_be_called_by_another(ctx):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    queue.transfer(ticket.id, to_counter=2)
    with pytest.raises(UserError):
        queue.call(ticket.id, 1)


def test_summary_matches_the_estimate_printed_on_the_next_ticket(ctx):
    queue = QueueService(ctx)
    for _ in range(3):
        queue.issue("K")
    before = {s.letter: s for s in queue.summary()}["K"]
    ticket = queue.issue("K")
    assert ticket.people_ahead == before.waiting == 3
    assert ticket.estimated_wait_minutes == before.estimated_wait_minutes == 12  # 3×8/2


def test_retired_counter_is_not_counted_in_the_ticket_estimate(ctx):
    with ctx.db.write() as session:
        session.execute(update(Counter).where(Counter.number == 2).values(active=False))
    queue = QueueService(ctx)
    for _ in range(3):
        queue.issue("K")
    before = {s.letter: s for s in queue.summary()}["K"]
    assert before.open_counters == 1 and before.estimated_wait_minutes == 24
    assert queue.issue("K").estimated_wait_minutes == before.estimated_wait_minutes


def test_summary_uses_todays_average_service_time(ctx, clock):
    queue = QueueService(ctx)
    for _ in range(3):
        queue.issue("K")
    first = queue.call_next(1)
    clock.advance(minutes=4)
    queue.finish(first.id)
    summary = {s.letter: s for s in queue.summary()}
    assert summary["K"].waiting == 2
    assert summary["K"].estimated_wait_minutes == 4  # 2 × 4 min / 2 counters
    assert summary["A"].open_counters == 1 and summary["R"].open_counters == 2


def test_summary_counts_neither_called_nor_cancelled(ctx):
    queue = QueueService(ctx)
    a, b, c = queue.issue("K"), queue.issue("K"), queue.issue("K")
    queue.call_next(1)
    queue.cancel(b.id)
    queue.transfer(c.id, to_counter=2)
    summary = {s.letter: s for s in queue.summary()}
    assert summary["K"].waiting == 1
    assert queue.get(a.id).people_ahead is None


# ------------------------------------------------------------------------- audit trail
def test_every_state_change_writes_one_audit_row_with_its_actor(ctx, clock):
    queue = QueueService(ctx)
    a = queue.issue("K", actor="kiosk:1")
    b = queue.issue("K", actor="kiosk:2")
    c = queue.issue("K", actor="cli")
    queue.call(a.id, 1, actor="staff:ani")
    queue.recall(a.id, actor="staff:ani")
    queue.start(a.id, actor="staff:ani")
    queue.finish(a.id, actor="staff:ani")
    queue.call_next(1, actor="staff:ani")
    queue.skip(b.id, actor="staff:ani")
    queue.requeue(b.id, actor="staff:budi")
    queue.cancel(b.id, actor="staff:budi")
    moved = queue.transfer(c.id, to_service="R", actor="staff:sup")
    queue.transfer(moved.id, to_counter=2, actor="staff:sup")
    rows = _audit(ctx)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("issue", "kiosk:1", a.id),
        ("issue", "kiosk:2", b.id),
        ("issue", "cli", c.id),
        ("call", "staff:ani", a.id),
        ("recall", "staff:ani", a.id),
        ("start", "staff:ani", a.id),
        ("finish", "staff:ani", a.id),
        ("call", "staff:ani", b.id),
        ("skip", "staff:ani", b.id),
        ("requeue", "staff:budi", b.id),
        ("cancel", "staff:budi", b.id),
        ("issue", "staff:sup", moved.id),  # the new ticket a transfer to a service makes
        ("transfer", "staff:sup", c.id),
        ("transfer", "staff:sup", moved.id),
    ]
    assert all(r[3].get("code") for r in rows)
    assert rows[3][3]["counter"] == 1
    assert rows[12][3]["new_code"] == moved.code == "R-001"


def test_audit_time_is_the_clock_instant(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    clock.advance(minutes=7)
    queue.call(ticket.id, 1)
    with ctx.db.read() as session:
        times = [r.at for r in session.exec(select(AuditLog).order_by(AuditLog.id)).scalars()]
    assert times == [ticket.issued_at, clock.now]


# ----------------------------------------------------------------- numbering, lookup
def test_transfer_to_service_takes_the_next_number_of_that_service(ctx):
    queue = QueueService(ctx)
    queue.issue("R")
    k = queue.issue("K")
    moved = queue.transfer(k.id, to_service="r")
    assert moved.code == "R-002" and moved.origin_ticket_id == k.id
    assert queue.issue("R").code == "R-003"
    assert queue.find("r2").id == moved.id and queue.find("K-001").status == "transferred"


def test_find_is_today_by_default_and_any_day_on_request(ctx, clock):
    queue = QueueService(ctx)
    old = queue.issue("K")
    clock.advance(days=1)
    new = queue.issue("K")
    assert queue.find("K-001").id == new.id
    assert queue.find("K-001", day=old.day).id == old.id
    with pytest.raises(UserError) as caught:
        queue.find("K-002")
    assert caught.value.code == "unknown_ticket"


def test_call_next_for_a_retired_service_letter_is_refused(ctx):
    queue = QueueService(ctx)
    _refused(ctx, "unknown_service", lambda: queue.call_next(1, service_letter="Z"))
    assert queue.call_next(1, service_letter="k") is None  # lower case is fine
