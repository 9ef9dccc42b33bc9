"""The counter's view of the change feed: held while an action runs, released once after.

Why: every commit fired five reads at once (queue, no-shows, figures, printer alerts, the
counter's ticket) on four threads. They fought the call in flight for the GIL, and the
call's answer waited behind them (measured: p95 60 ms for a 4 ms call). So while an action
runs the feed is *held* (the topics that change only accumulate), and after the answer is
shown one refresh follows, a moment later so the new ticket is painted first. The reads go
through the ``READ`` lane of ``gui.tasks`` (one thread: one background query at a time beside
an action, which has its own ``ACTION`` lane).

``Refresher`` and ``run_for`` are re-exported for the desk's panels: the one implementation
lives in ``gui/tasks.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pst_kiosk.gui.tasks import Done, Failed, Lane, Refresher, RunsTasks, TaskRunner
from pst_kiosk.services.feed import Topic

__all__ = ["CounterFeed", "Refresher", "run_for"]


def run_for(
    owner: QObject,
    tasks: RunsTasks,
    work: Callable[[], Any],
    done: Done | None = None,
    failed: Failed | None = None,
    lane: Lane = Lane.READ,
) -> None:
    """``tasks.run`` on behalf of ``owner``: its answer is dropped if the owner was deleted
    meanwhile (a desk thrown away at sign-out must not be painted by a late query)."""
    tasks.run(work, done, failed, lane=lane, owner=owner)


class CounterFeed(QObject):
    """The desk's own view of the change feed (see the module's docstring)."""

    changed = Signal(object)  # frozenset[Topic]
    AFTER_PAINT_MS = 25

    def __init__(self, watcher_changed: Any, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        # the reads' lane is the runner's own READ lane: the feed only passes it on
        self.run = tasks.run
        self.show_error = tasks.show_error
        self._held = False
        self._dirty: set[Topic] = set()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(self.AFTER_PAINT_MS)
        self._later.timeout.connect(self._emit)
        watcher_changed.connect(self._changed)

    # ------------------------------------------------------------ the feed
    def _changed(self, topics: frozenset[Topic]) -> None:
        if self._held or self._later.isActive():
            self._dirty |= topics  # folds into the refresh after the action
            return
        self.changed.emit(frozenset(topics))

    def hold(self) -> None:
        self._held = True

    def release(self, dirty: bool = True) -> None:
        """The action's answer is shown: refresh once, after it is painted (the queue, which
        every desk action changes, and whatever else changed meanwhile)."""
        self._held = False
        if dirty:
            self._dirty.add(Topic.QUEUE)
        if self._dirty:
            self._later.start()

    def _emit(self) -> None:
        topics, self._dirty = frozenset(self._dirty), set()
        self.changed.emit(topics)

    @property
    def idle(self) -> bool:
        return self._tasks.idle and not (self._later.isActive() or self._held)
