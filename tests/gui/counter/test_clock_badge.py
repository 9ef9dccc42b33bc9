"""The clock badge: green, amber from 7 minutes, red past 10."""

from __future__ import annotations

from datetime import timedelta

from pst_kiosk.gui.widgets.clock_badge import ClockBadge


def test_colours_follow_the_ten_minute_promise(qtbot):
    badge = ClockBadge("Waktu tunggu")
    qtbot.addWidget(badge)
    badge.set_duration(None)
    assert badge.text() == "–"
    for minutes, state in ((6.9, "ok"), (7, "amber"), (10, "amber"), (10.02, "red")):
        badge.set_duration(timedelta(minutes=minutes))
        assert badge.property("state") == state, minutes
    badge.set_duration(timedelta(minutes=3, seconds=5), running=False)
    assert badge.text() == "03:05" and badge.property("state") == "ok"
