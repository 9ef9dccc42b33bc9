"""The queue's rules and refusals; a refused action changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import AuditLog, Ticket


def _snapshot(ctx):
    with ctx.db.read() as session:
        tickets = [
            (t.id, t.status, t.counter_id, t.call_count)
            for t in session.exec(select(Ticket).order_by(Ticket.id)).scalars()
        ]
        audits = session.execute(select(func.count()).select_from(AuditLog)).scalar_one()
    return tickets, audits


def _refused(ctx, code: str, action):
    before = _snapshot(ctx)
    with pytest.raises(UserError) as caught:
        action()
    assert caught.value.code == code
    assert caught.value.message_id and caught.value.message_en
    assert _snapshot(ctx) == before, "a refused action changed the database"
    return caught.value


def test_priority_first_then_order(ctx, clock):
    queue = QueueService(ctx)
    first = queue.issue("K")
    clock.advance(minutes=1)
    second = queue.issue("K")
    clock.advance(minutes=1)
    elderly = queue.issue("K", priority_reason="elderly")
    assert elderly.people_ahead == 0 and second.people_ahead == 1
    assert [t.id for t in queue.waiting(1)] == [elderly.id, first.id, second.id]
    assert queue.call_next(1).id == elderly.id


def test_bad_input_is_refused_and_changes_nothing(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    error = _refused(ctx, "unknown_service", lambda: queue.issue("Z"))
    assert "Z" in error.message_id
    called = queue.call_next(1)
    queue.finish(called.id)
    _refused(ctx, "wrong_state", lambda: queue.call(ticket.id, 1))  # finished, called again
    _refused(ctx, "wrong_state", lambda: queue.finish(ticket.id))
    parked = queue.issue("P")
    _refused(ctx, "counter_not_serving", lambda: queue.call(parked.id, 2))  # 2 serves K, R
    _refused(ctx, "counter_not_serving", lambda: queue.call_next(2, service_letter="P"))
    _refused(ctx, "unknown_counter", lambda: queue.call_next(9))
    _refused(ctx, "unknown_ticket", lambda: queue.finish(999_999))
    _refused(ctx, "bad_ticket_code", lambda: queue.find("??"))


def test_a_counter_serves_one_ticket_at_a_time(ctx):
    queue = QueueService(ctx)
    queue.issue("K")
    other = queue.issue("K")
    current = queue.call_next(1)
    error = _refused(ctx, "counter_busy", lambda: queue.call_next(1))
    assert current.code in error.message_id
    _refused(ctx, "counter_busy", lambda: queue.call(other.id, 1))
    # and the schema itself refuses it, whatever code tries
    with pytest.raises(IntegrityError), ctx.db.write() as session:
        row = session.get(Ticket, other.id)
        row.status, row.counter_id = "called", session.get(Ticket, current.id).counter_id


def test_schema_refuses_a_second_ticket_with_the_same_number(ctx):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    with pytest.raises(IntegrityError), ctx.db.write() as session:
        row = session.get(Ticket, ticket.id)
        session.add(Ticket(day=row.day, service_id=row.service_id, seq=row.seq, code=row.code,
                           issued_at=row.issued_at, queued_at=row.queued_at))


def test_skip_and_requeue_within_grace(ctx, clock):
    queue = QueueService(ctx)
    late = queue.issue("K")
    later = queue.issue("K")
    called = queue.call_next(1)
    assert called.id == late.id
    skipped = queue.skip(called.id)
    assert skipped.status == "no_show"
    clock.advance(minutes=20)
    back = queue.requeue(late.id)
    assert back.status == "waiting" and back.code == late.code
    assert [t.id for t in queue.waiting(1)] == [later.id, late.id]  # to the back of the queue


def test_requeue_after_grace_is_refused(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    queue.skip(queue.call_next(1).id)
    clock.advance(minutes=ctx.config.queue.requeue_grace_minutes + 1)
    _refused(ctx, "requeue_too_late", lambda: queue.requeue(ticket.id))


def test_transfer_to_service_keeps_arrival_order(ctx, clock):
    queue = QueueService(ctx)
    visitor = queue.issue("K")
    clock.advance(minutes=5)
    newcomer = queue.issue("R")
    serving = queue.call_next(1, service_letter="K")
    assert serving.id == visitor.id
    moved = queue.transfer(visitor.id, to_service="R")
    assert moved.code == "R-002" and moved.origin_ticket_id == visitor.id
    assert queue.get(visitor.id).status == "transferred"
    assert [t.id for t in queue.waiting(2)] == [moved.id, newcomer.id]


def test_transfer_to_counter_only_that_counter_calls_it(ctx):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    queue.transfer(ticket.id, to_counter=2)
    assert queue.call_next(1) is None
    assert queue.call_next(2).id == ticket.id
    _refused(ctx, "transfer_target", lambda: queue.transfer(ticket.id))


def test_wait_clock_starts_at_the_predecessors_finish(ctx, clock):
    queue = QueueService(ctx)
    first = queue.issue("K")
    second = queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=12)
    finished = queue.finish(first.id)
    clock.advance(minutes=3)
    called = queue.call_next(1)
    assert called.id == second.id
    assert called.wait_started_at == finished.finished_at
    clocks = called.clocks(clock.now)
    assert clocks.wait == timedelta(minutes=3)  # not 15: the standard counts from the finish
    clock.advance(minutes=11)
    assert queue.get(called.id).clocks(clock.now).service == timedelta(minutes=11)


def test_recall_and_recent_calls(ctx, clock):
    queue = QueueService(ctx)
    a, b = queue.issue("K"), queue.issue("R")
    queue.call_next(1)
    clock.advance(seconds=10)
    queue.call_next(2)
    clock.advance(seconds=10)
    recalled = queue.recall(a.id)
    assert recalled.call_count == 2
    assert [t.id for t in queue.recent_calls()] == [a.id, b.id]


def test_summary_counts_waiting_and_estimates(ctx):
    queue = QueueService(ctx)
    for _ in range(4):
        queue.issue("K")
    summary = {s.letter: s for s in queue.summary()}
    assert summary["K"].waiting == 4 and summary["K"].open_counters == 2
    assert summary["K"].estimated_wait_minutes == 16  # 4 × 8 min default / 2 counters
    assert summary["P"].waiting == 0 and summary["P"].estimated_wait_minutes == 0
