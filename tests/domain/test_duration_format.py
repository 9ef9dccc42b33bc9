"""One duration formatter for every face and report, rounding halves up (issue 18)."""

from __future__ import annotations

from datetime import timedelta

from pst_kiosk.domain.sla import format_duration, whole_seconds
from pst_kiosk.reports import fmt


def test_halves_round_up_everywhere():
    # 592.5 s: Python's round() gives 592 (half to even) and the export read 09:52
    assert whole_seconds(592.5) == 593
    assert format_duration(timedelta(seconds=592.5)) == "09:53"
    assert format_duration(592.5) == fmt.duration(592.5) == "09:53"
    assert format_duration(593.49) == "09:53"
    assert fmt.duration(0.5) == "00:01" and fmt.duration(1.5) == "00:02"
    assert fmt.duration(2.5) == "00:03"


def test_the_counter_clock_and_the_report_read_a_duration_alike():
    for seconds in (0, 59.5, 599.4, 599.5, 600, 3599.5, 3725.5, 36000):
        assert format_duration(timedelta(seconds=seconds)) == fmt.duration(seconds)
    assert format_duration(timedelta(seconds=599.5)) == "10:00"
    assert format_duration(3725.5) == "1:02:06"
    assert format_duration(None) == fmt.duration(None) == "–"
    assert format_duration(timedelta(seconds=-3)) == "00:00"
