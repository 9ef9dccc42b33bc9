"""Estimated wait shown at the kiosk and on the board."""

from __future__ import annotations

from datetime import timedelta

DEFAULT_SERVICE_TIME = timedelta(minutes=8)


def estimated_wait(
    people_ahead: int, open_counters: int, average_service: timedelta | None
) -> timedelta:
    """People ahead × average service time, shared by the counters serving that queue."""
    per_visitor = average_service or DEFAULT_SERVICE_TIME
    return per_visitor * people_ahead / max(open_counters, 1)


def minutes_rounded_up(duration: timedelta) -> int:
    seconds = duration.total_seconds()
    return int(-(-seconds // 60))
