"""The clocks of the walk-in standard, and the statistics every face and report takes of them.

A ticket reaches a counter in one or more **calls**. Each call is one record (``ticket_call``):
the ticket entered a queue (issued, re-queued after a no-show, handed over to another
counter, or moved to another service), waited, was called, and the counter was then done with
it in one way (finished, skipped as a no-show, handed over, transferred). Nothing of an earlier
call is overwritten by a later one, so a re-queue or a hand-over changes no earlier figure.

Three clocks, each defined once, here:

- **Waited** (*lama menunggu*): from entering the queue to the call. What the visitor lived;
  the counter's queue table shows it live, and it never restarts while the visitor waits.
- **Standard wait** (*waktu tunggu standar*): the 10-minute promise of the service standard,
  "served at most 10 minutes after the visitor before them in the queue has finished". The
  clock of a call starts at the later of entering the queue and the moment the counter was
  done with the call made just before it in the same service queue, and stops at the call. If
  that predecessor was still at a counter when this call came (two counters serving one
  queue), it starts at the predecessor's call instead: the visitor was then served alongside
  it, not after it. The start is fixed when the call is made (``wait_clock_start``) and stored.
- **Service** (*waktu layanan*): from the call to the moment that counter was done with the
  visitor (finished, handed over or transferred), held against 10 minutes as well. Each
  counter is charged only its own calls.

A call that ended in a skip is a **no-show**: its wait is counted apart and it has no service
time. Figures are in ``domain/figures.py``; statistics of durations in ``duration_stats``.
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

TARGET = timedelta(minutes=10)
AMBER_AT = timedelta(minutes=7)


class ClockState(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"


class CallEnd(StrEnum):
    """How a counter was done with a call (stored in ``ticket_call.ended_by``)."""

    FINISHED = "finished"
    SKIPPED = "skipped"  # the visitor did not come: a no-show
    HANDED_OVER = "handed_over"  # sent to another counter of the same service
    TRANSFERRED = "transferred"  # sent to another service (a new ticket carries on)
    CLOSED = "closed"  # still open when the day ended: closed by the day's end


SERVED_ENDS = frozenset({CallEnd.FINISHED, CallEnd.HANDED_OVER, CallEnd.TRANSFERRED})


def wait_clock_start(
    entered_at: datetime,
    predecessor_called_at: datetime | None,
    predecessor_done_at: datetime | None,
    called_at: datetime | None = None,
) -> datetime:
    """When the standard wait clock of a call started (see the module docstring)."""
    start = entered_at
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
class Call:
    """One call of a ticket, as stored: the instants every clock is read from."""

    entered_at: datetime
    clock_start: datetime
    called_at: datetime
    ended_at: datetime | None = None
    ended_by: CallEnd | None = None

    @property
    def waited(self) -> timedelta:
        return max(self.called_at - self.entered_at, timedelta(0))

    @property
    def wait(self) -> timedelta:
        """The standard wait clock."""
        return max(self.called_at - self.clock_start, timedelta(0))

    @property
    def no_show(self) -> bool:
        return self.ended_by is CallEnd.SKIPPED

    def service(self, now: datetime | None = None) -> timedelta | None:
        """Call to done-with; live up to ``now`` while open; ``None`` for a no-show."""
        if self.no_show or self.ended_by is CallEnd.CLOSED:
            return None
        if self.ended_at is None:
            return elapsed(self.called_at, None, now) if now is not None else None
        return max(self.ended_at - self.called_at, timedelta(0))


@dataclass(frozen=True)
class Clocks:
    """Both live clocks of one ticket at one instant."""

    wait: timedelta | None
    service: timedelta | None

    @property
    def wait_state(self) -> ClockState:
        return state_of(self.wait)

    @property
    def service_state(self) -> ClockState:
        return state_of(self.service)


@dataclass(frozen=True)
class DurationStats:
    """Durations of one clock, in seconds; ``None`` figures when nothing was measured."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None
    within: int
    target_seconds: float

    @property
    def share_within(self) -> float | None:
        return self.within / self.count if self.count else None


def duration_stats(seconds: Sequence[float], target_seconds: float) -> DurationStats:
    """Mean, median, 90th percentile (nearest rank: an observed value) and count ≤ target."""
    ordered = sorted(seconds)
    n = len(ordered)
    if n == 0:
        return DurationStats(0, None, None, None, 0, target_seconds)
    return DurationStats(
        count=n,
        mean=math.fsum(ordered) / n,
        median=statistics.median(ordered),
        p90=ordered[math.ceil(0.9 * n) - 1],
        within=bisect_right(ordered, target_seconds),
        target_seconds=target_seconds,
    )


def whole_seconds(seconds: float) -> int:
    """Rounded half up (592.5 s is 9:53), the one rounding of every shown duration."""
    return int(Decimal(repr(seconds)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_duration(duration: timedelta | float | None) -> str:
    """The one way a duration reads, on the counter, the board, the PDF and the exports:
    ``mm:ss`` under an hour, ``j:mm:ss`` from an hour, rounded half up; ``–`` for none.
    A number is seconds."""
    if duration is None:
        return "–"
    seconds = duration.total_seconds() if isinstance(duration, timedelta) else float(duration)
    hours, rest = divmod(max(whole_seconds(seconds), 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
