"""Read something off the UI thread whenever the database changes, one fetch at a time.

Changes that arrive while a fetch is running fold into one more fetch after it, so a burst
of commits from other terminals costs two queries, not twenty.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from pst_kiosk.gui.tasks import TaskRunner


def run_for(
    owner: QObject,
    tasks: TaskRunner,
    work: Callable[[], Any],
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """``tasks.run`` whose answer is dropped if ``owner`` was deleted in the meantime (a
    desk thrown away at sign-out must not be painted by a late query)."""

    def alive(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if callback is not None and shiboken6.isValid(owner):
                callback(value)

        return deliver

    tasks.run(work, alive(done), alive(failed))


class Refresher:
    def __init__(
        self,
        owner: QObject,
        tasks: TaskRunner,
        fetch: Callable[[], Any],
        apply: Callable[[Any], None],
    ) -> None:
        self._owner = owner
        self._tasks, self._fetch, self._apply = tasks, fetch, apply
        self._in_flight = False
        self._again = False
        self.error: BaseException | None = None

    def refresh(self) -> None:
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        run_for(self._owner, self._tasks, self._fetch, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._in_flight, self.error = False, None
        self._apply(result)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._in_flight, self.error = False, error
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()


class CounterFeed(QObject):
    """The desk's own view of the change feed, and one lane for its background reads.

    Why: every commit fired five reads at once (queue, no-shows, figures, printer alerts, the
    counter's ticket) on four threads. They fought the call in flight for the GIL, and the
    call's answer waited behind them (measured: p95 60 ms for a 4 ms call). So while an action
    runs the feed is *held* (changes only mark it dirty), and after the answer is shown one
    refresh follows, a moment later so the new ticket is painted first. The reads go through
    ``run`` one at a time, so at most one background query runs beside an action.
    """

    changed = Signal()
    AFTER_PAINT_MS = 25

    def __init__(self, watcher_changed: Any, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._held = False
        self._dirty = False
        self._queue: deque[tuple[Callable[[], Any], Any, Any]] = deque()
        self._in_flight = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(self.AFTER_PAINT_MS)
        self._later.timeout.connect(self._emit)
        watcher_changed.connect(self._changed)

    # ------------------------------------------------------------ the feed
    def _changed(self) -> None:
        if self._held or self._later.isActive():
            self._dirty = True  # folds into the refresh after the action
            return
        self.changed.emit()

    def hold(self) -> None:
        self._held = True

    def release(self, dirty: bool = True) -> None:
        """The action's answer is shown: refresh once, after it is painted."""
        self._held = False
        self._dirty = self._dirty or dirty
        if self._dirty:
            self._later.start()

    def _emit(self) -> None:
        self._dirty = False
        self.changed.emit()

    @property
    def idle(self) -> bool:
        return not (self._in_flight or self._queue or self._later.isActive() or self._held)

    # ------------------------------------------------------------ one read at a time
    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._queue.append((func, on_done, on_error))
        if not self._in_flight:
            self._next()

    def _next(self) -> None:
        while self._queue and not self._in_flight:
            func, on_done, on_error = self._queue.popleft()
            self._in_flight = True
            run_for(self, self._tasks, func, self._finish(on_done), self._finish(on_error))

    def _finish(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            self._in_flight = False
            try:
                if callback is not None:
                    callback(value)
            finally:
                self._next()

        return deliver
