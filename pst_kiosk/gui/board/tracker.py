"""Which calls are new since the board last looked: the ones to announce.

A call is new when its ticket was not seen before or its ``call_count`` grew (a recall, or a
re-queued visitor called again). The first look after start only learns what is there: a
board switched on in the afternoon does not read out the morning.
"""

from __future__ import annotations

from dataclasses import dataclass

from pst_kiosk.services.queue import TicketView

MAX_PER_LOOK = 4  # after a long outage announce the latest few, not a backlog
_REMEMBER = 500


@dataclass(frozen=True)
class Call:
    ticket: TicketView
    recall: bool


class CallTracker:
    def __init__(self) -> None:
        self._seen: dict[int, int] | None = None

    def look(self, recent: list[TicketView]) -> list[Call]:
        """``recent`` newest first (as ``recent_calls`` gives it); result oldest first."""
        first = self._seen is None
        seen = self._seen if self._seen is not None else {}
        fresh = [
            Call(t, recall=t.id in seen)
            for t in reversed(recent)
            if t.counter_number is not None and t.call_count > seen.get(t.id, 0)
        ]
        for t in recent:
            seen[t.id] = max(seen.get(t.id, 0), t.call_count)
        if len(seen) > _REMEMBER:
            for key in sorted(seen)[: len(seen) - _REMEMBER]:
                del seen[key]
        self._seen = seen
        return [] if first else fresh[-MAX_PER_LOOK:]
