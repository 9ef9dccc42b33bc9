"""The clocks of domain/sla.py, by hand: the standard's wait, waited, service, statistics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pst_kiosk.domain import sla
from pst_kiosk.domain.sla import Call, CallEnd, ClockState

T0 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_first_of_the_day_starts_when_it_entered():
    assert sla.wait_clock_start(m(0), None, None) == m(0)


def test_starts_at_the_predecessors_finish_when_later():
    assert sla.wait_clock_start(m(0), m(1), m(9), called_at=m(12)) == m(9)


def test_entering_later_than_the_finish_keeps_the_entry():
    assert sla.wait_clock_start(m(10), m(1), m(9), called_at=m(12)) == m(10)


def test_predecessor_still_at_a_counter_starts_at_its_call():
    """Two counters on one queue: N was served alongside, not after, its predecessor."""
    assert sla.wait_clock_start(m(0), m(4), None, called_at=m(5)) == m(4)
    # finished only after N's call: the same
    assert sla.wait_clock_start(m(0), m(4), m(8), called_at=m(5)) == m(4)


def test_a_call_reads_three_clocks():
    call = Call(entered_at=m(0), clock_start=m(6), called_at=m(9), ended_at=m(14),
                ended_by=CallEnd.FINISHED)
    assert (call.waited, call.wait, call.service()) == (
        timedelta(minutes=9), timedelta(minutes=3), timedelta(minutes=5))


def test_a_no_show_has_a_wait_and_no_service():
    call = Call(m(0), m(0), m(2), m(3), CallEnd.SKIPPED)
    assert call.no_show and call.wait == timedelta(minutes=2) and call.service() is None


def test_an_open_call_serves_until_now():
    call = Call(m(0), m(0), m(2))
    assert call.service() is None and call.service(now=m(5)) == timedelta(minutes=3)


def test_hand_over_and_transfer_count_as_served():
    assert CallEnd.HANDED_OVER in sla.SERVED_ENDS and CallEnd.TRANSFERRED in sla.SERVED_ENDS
    assert CallEnd.SKIPPED not in sla.SERVED_ENDS and CallEnd.CLOSED not in sla.SERVED_ENDS


@pytest.mark.parametrize(("minutes", "state"), [
    (0, ClockState.OK), (6.99, ClockState.OK), (7, ClockState.AMBER), (10, ClockState.AMBER),
    (10.01, ClockState.RED)])
def test_clock_states(minutes, state):
    assert sla.state_of(timedelta(minutes=minutes)) is state


def test_duration_stats_nearest_rank():
    stats = sla.duration_stats([30, 45, 120, 600, 601], 600)
    assert (stats.count, stats.median, stats.p90, stats.within) == (5, 120, 601, 4)
    assert stats.share_within == 0.8
    assert sla.duration_stats([], 600).share_within is None


@pytest.mark.parametrize(("seconds", "text"), [
    (592.5, "09:53"), (592.4, "09:52"), (0.5, "00:01"), (59.5, "01:00"), (6000, "1:40:00")])
def test_durations_round_half_up(seconds, text):
    """Issue 18: 592.5 s read 09:52 (half to even)."""
    assert sla.format_duration(seconds) == text
    assert sla.format_duration(timedelta(seconds=seconds)) == text


def test_no_duration_is_a_dash():
    assert sla.format_duration(None) == "–"
