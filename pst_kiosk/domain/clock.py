"""Instants in UTC, days in the office's zone.

Every stored instant is UTC; a "day" (ticket numbering, reports) is the calendar date in the
office time zone, computed when the ticket is made, never bound at import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Jayapura"  # WIT, UTC+9: Ternate

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(instant: datetime) -> datetime:
    """Aware UTC; a naive value is taken to be UTC already (as SQLite returns it)."""
    if instant.tzinfo is None:
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    return as_utc(instant).astimezone(zone).date()


def local_time(instant: datetime, zone: ZoneInfo) -> datetime:
    return as_utc(instant).astimezone(zone)


def day_bounds_utc(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants of the local midnight that starts ``day`` and the next one."""
    start = datetime.combine(day, time.min, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


class FixedClock:
    """A clock that stands still until moved: for tests, benches and replays."""

    def __init__(self, start: datetime) -> None:
        self.now = as_utc(start)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now = self.now + timedelta(**delta)
        return self.now
