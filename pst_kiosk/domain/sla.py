"""The two 10-minute clocks of the walk-in standard.

Wait: a visitor is served at most 10 minutes after the visitor before them in the queue has
finished. The clock of ticket N starts at the later of its issue time and the moment the
ticket served just before it in the same queue was done with (finished, skipped, transferred),
and stops when N is called. If that predecessor was still at a counter when N was called (two
counters serving one queue), N's clock starts at the predecessor's call instead, because N
was then being served alongside it, not after it.

Service: from the call to the finish, also held against 10 minutes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

TARGET = timedelta(minutes=10)
AMBER_AT = timedelta(minutes=7)


class ClockState(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"


def wait_clock_start(
    issued_at: datetime,
    predecessor_called_at: datetime | None,
    predecessor_done_at: datetime | None,
    called_at: datetime | None = None,
) -> datetime:
    """When ticket N's wait clock started (see module docstring)."""
    start = issued_at
    if predecessor_done_at is not None and (called_at is None or predecessor_done_at <= called_at):
        start = max(start, predecessor_done_at)
    elif predecessor_called_at is not None:
        start = max(start, predecessor_called_at)
    return start


def elapsed(start: datetime | None, stop: datetime | None, now: datetime) -> timedelta | None:
    if start is None:
        return None
    return max((stop or now) - start, timedelta(0))


def state_of(duration: timedelta | None, target: timedelta = TARGET) -> ClockState:
    if duration is None or duration < AMBER_AT * (target / TARGET):
        return ClockState.OK
    return ClockState.AMBER if duration <= target else ClockState.RED


def within(duration: timedelta | None, target: timedelta = TARGET) -> bool:
    return duration is not None and duration <= target


@dataclass(frozen=True)
class Clocks:
    """Both clocks of one ticket at one instant."""

    wait: timedelta | None
    service: timedelta | None

    @property
    def wait_state(self) -> ClockState:
        return state_of(self.wait)

    @property
    def service_state(self) -> ClockState:
        return state_of(self.service)


def whole_seconds(seconds: float) -> int:
    """A duration to the nearest second, halves up (592.5 s → 593 s), as people round and
    as every face, report and export shows it; Python's ``round`` would give 592."""
    return math.floor(seconds + 0.5)


def format_duration(duration: timedelta | float | None) -> str:
    """The one way a duration reads, on the counter, the board, the PDF and the exports:
    ``mm:ss`` under an hour, ``j:mm:ss`` from an hour, rounded half up; ``–`` for none.
    A number is seconds."""
    if duration is None:
        return "–"
    seconds = duration.total_seconds() if isinstance(duration, timedelta) else duration
    hours, rest = divmod(whole_seconds(max(seconds, 0.0)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
