"""Read something off the UI thread whenever the database changes, one fetch at a time.

Changes that arrive while a fetch is running fold into one more fetch after it, so a burst
of commits from other terminals costs two queries, not twenty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

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
