"""Today's figures, the live wait clock of the queue, and the supervisor's view."""

from __future__ import annotations

from datetime import timedelta

from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.dayfigures import DayFiguresService
from pst_kiosk.services.queue import QueueService


def test_figures_of_a_small_morning(ctx, clock):
    queue, figures = QueueService(ctx), DayFiguresService(ctx)
    empty = figures.figures()
    assert (empty.issued, empty.served, empty.average_waited, empty.wait_within) == (
        0, 0, None, None)

    a, b, c = queue.issue("K"), queue.issue("K"), queue.issue("K")
    clock.advance(minutes=2)
    queue.call_next(1)                      # a waited 2 min (standard clock 2 min)
    clock.advance(minutes=12)
    queue.finish(a.id)                      # a served 12 min (late)
    clock.advance(minutes=5)
    queue.call_next(1)                      # b waited 19 min; standard clock from a's finish: 5
    clock.advance(minutes=3)
    queue.finish(b.id)                      # b served 3 min
    clock.advance(minutes=11)
    queue.call_next(1)                      # c: 11 min after b's finish → late, then a no-show
    queue.skip(c.id)
    queue.issue("P")

    day = figures.figures()
    assert (day.issued, day.served, day.no_show, day.waiting) == (4, 2, 1, 1)
    # Served visitors' waits; the no-show is counted apart (issue 18).
    assert day.average_waited == timedelta(minutes=10, seconds=30)     # (2 + 19) / 2
    assert day.wait_within == 1.0                                       # 2 and 5 minutes
    assert (day.queue.no_show_wait.count, day.queue.no_show_wait.mean) == (1, 11 * 60)
    assert day.average_service == timedelta(minutes=7, seconds=30)
    assert day.service_within == 1 / 2


def test_waiting_clocks_give_the_row_clock_and_the_standard_clock(ctx, clock):
    queue = QueueService(ctx)
    first = queue.issue("K")
    second = queue.issue("K")
    [_, waiting] = queue.waiting_clocks()
    assert waiting.clock_start == second.issued_at          # nobody called yet: from the issue
    clock.advance(minutes=1)
    queue.call_next(1)
    clock.advance(minutes=4)
    [waiting] = queue.waiting_clocks()
    # First still at the counter: second's clock runs from first's call (two counters case).
    assert waiting.clock_start == first.issued_at + timedelta(minutes=1)
    queue.finish(first.id)
    [waiting] = queue.waiting_clocks()
    assert waiting.clock_start == clock.now
    assert waiting.ticket.waiting_since == second.issued_at  # the row's clock never restarts


def test_staff_on_duty_and_counter_states(ctx):
    accounts, queue, figures = AccountService(ctx), QueueService(ctx), DayFiguresService(ctx)
    sari = accounts.create("sari", "Sari", "frontliner", "kopi-pagi-7")
    accounts.create("budi", "Budi", "supervisor", "kopi-pagi-7")
    accounts.sign_in("sari", "kopi-pagi-7", counter=2)
    accounts.sign_in("budi", "kopi-pagi-7", counter=1)
    accounts.sign_out("budi", counter=1)
    [duty] = figures.staff_on_duty()
    assert (duty.username, duty.counter, duty.locked) == ("sari", 2, False)
    accounts.sign_out("sari", counter=2, reason="lock")
    assert figures.staff_on_duty()[0].locked

    queue.issue("K")
    queue.issue("P")
    called = queue.call_next(2, staff_id=sari.id)
    states = {s.number: s for s in figures.counter_states()}
    assert states[2].ticket_code == called.code and states[2].staff == ("Sari",)
    assert states[1].ticket_code is None and states[1].waiting == 1  # P only at counter 1
    assert states[2].waiting == 0
