"""Print jobs on both backends: atomic claims, retries, failure, reprint, the counter's alert."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.printjobs import PrintJobService, RetryPolicy
from pst_kiosk.services.queue import QueueService

NO_WAIT = RetryPolicy(max_attempts=3, delays=(timedelta(0),))


def test_issue_with_print_queues_one_pending_job(ctx):
    ticket = QueueService(ctx).issue("K", print_ticket=True)
    jobs = PrintJobService(ctx).jobs()
    assert [(j.id, j.ticket_code, j.status, j.kind) for j in jobs] == [
        (ticket.print_job_id, "K-001", "pending", "ticket")
    ]


def test_claim_is_oldest_first_and_only_once(ctx):
    queue, jobs = QueueService(ctx), PrintJobService(ctx)
    first = queue.issue("K", print_ticket=True)
    second = queue.issue("P", print_ticket=True)
    a = jobs.claim_next("front")
    b = jobs.claim_next("front")
    assert (a.ticket_id, b.ticket_id) == (first.id, second.id)
    assert a.status == "printing" and a.attempts == 1 and a.printer == "front"
    assert jobs.claim_next("front") is None
    assert jobs.claim(a.id) is None  # already taken


def test_concurrent_claims_never_share_a_job(ctx):
    queue, jobs = QueueService(ctx), PrintJobService(ctx)
    for _ in range(20):
        queue.issue("K", print_ticket=True)
    taken: list[int] = []
    lock = threading.Lock()

    def spooler() -> None:
        while (job := jobs.claim_next("x")) is not None:
            with lock:
                taken.append(job.id)

    threads = [threading.Thread(target=spooler) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken) == sorted(set(taken)) and len(taken) == 20


def test_jobs_named_for_another_printer_are_left_alone(ctx):
    QueueService(ctx).issue("K", print_ticket=True)
    jobs = PrintJobService(ctx)
    job = jobs.claim_next("kiosk-1")
    jobs.mark_failed(job.id, "x")  # back to pending, now bound to kiosk-1
    assert PrintJobService(ctx, NO_WAIT).claim_next("kiosk-2") is None
    assert PrintJobService(ctx, NO_WAIT).claim_next("kiosk-1").id == job.id


def test_retry_waits_then_gives_up_as_failed(ctx, clock):
    QueueService(ctx).issue("K", print_ticket=True)
    policy = RetryPolicy(max_attempts=3, delays=(timedelta(seconds=2), timedelta(seconds=5)))
    jobs = PrintJobService(ctx, policy)
    job = jobs.claim_next()
    after = jobs.mark_failed(job.id, "printer_unreachable: x / y")
    assert after.status == "pending" and after.error_code == "printer_unreachable"
    assert jobs.claim_next() is None  # not due yet
    assert jobs.next_due_in() == timedelta(seconds=2)
    clock.advance(seconds=2)
    assert jobs.claim_next().attempts == 2
    jobs.mark_failed(job.id, "again")
    clock.advance(seconds=4)
    assert jobs.claim_next() is None
    clock.advance(seconds=1)
    third = jobs.claim_next()
    assert third.attempts == 3
    final = jobs.mark_failed(job.id, "printer_paper_out: habis / out")
    assert final.status == "failed"
    assert jobs.next_due_in() is None


def test_printed_job_is_recorded(ctx, clock):
    QueueService(ctx).issue("K", print_ticket=True)
    jobs = PrintJobService(ctx)
    job = jobs.claim_next()
    done = jobs.mark_printed(job.id)
    assert done.status == "printed" and done.printed_at is not None and done.last_error == ""
    with pytest.raises(UserError) as error:
        jobs.mark_printed(job.id)
    assert error.value.code == "print_job_not_claimed"


def test_failure_alerts_the_counter_until_reprinted(ctx):
    queue = QueueService(ctx)
    ticket = queue.issue("K", print_ticket=True)
    jobs = PrintJobService(ctx, RetryPolicy(max_attempts=1))
    assert not jobs.alert().active
    job = jobs.claim_next()
    jobs.mark_failed(job.id, "printer_paper_out: Kertas habis / Out of paper")
    alert = jobs.alert()
    assert alert.active and alert.codes == ("K-001",)
    assert "K-001" in alert.message("id") and "reprint" in alert.message("en")
    assert alert.last_error.startswith("printer_paper_out")

    again = jobs.reprint_code("k1", actor="counter")
    assert again.kind == "reprint" and again.ticket_id == ticket.id and again.status == "pending"
    assert not jobs.alert().active  # a reprint on its way settles the alert
    assert jobs.alert().pending == 1
    claimed = jobs.claim_next()
    jobs.mark_printed(claimed.id)
    history = jobs.jobs(ticket_id=ticket.id)
    assert [j.status for j in history] == ["printed", "failed"]  # nothing lost, nothing doubled


def test_alert_ignores_tickets_already_served(ctx):
    queue = QueueService(ctx)
    queue.issue("K", print_ticket=True)
    jobs = PrintJobService(ctx, RetryPolicy(max_attempts=1))
    jobs.mark_failed(jobs.claim_next().id, "printer_no_answer: a / b")
    called = queue.call_next(1)
    assert jobs.alert().active  # at the counter: still shown
    queue.finish(called.id)
    assert not jobs.alert().active


def test_stale_jobs_expire_instead_of_printing_late(ctx, clock):
    QueueService(ctx).issue("K", print_ticket=True)
    jobs = PrintJobService(ctx, RetryPolicy(expire_after=timedelta(minutes=5)))
    clock.advance(minutes=6)
    assert jobs.claim_next() is None
    [job] = jobs.jobs()
    assert job.status == "failed" and job.error_code == "print_expired"
    assert jobs.alert().codes == ("K-001",)


def test_interrupted_job_fails_without_retry(ctx, clock):
    QueueService(ctx).issue("K", print_ticket=True)
    jobs = PrintJobService(ctx)
    jobs.claim_next()
    assert jobs.recover_interrupted() == 0  # still fresh: a live spooler may be on it
    clock.advance(minutes=2)
    assert jobs.recover_interrupted() == 1
    [job] = jobs.jobs()
    assert job.status == "failed" and job.error_code == "print_interrupted"
    assert jobs.claim_next() is None


def test_test_job_and_unknown_references(ctx):
    jobs = PrintJobService(ctx)
    test = jobs.start_test("network 127.0.0.1:9100")
    assert test.kind == "test" and test.status == "printing" and test.ticket_code is None
    assert jobs.mark_failed(test.id, "x").status == "failed"  # a test is never retried
    with pytest.raises(UserError) as error:
        jobs.reprint_code("K-099")
    assert error.value.code == "unknown_ticket"
    with pytest.raises(UserError):
        jobs.get(12345)
