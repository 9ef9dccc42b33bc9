"""One way to leave the UI thread: ``runner.run(func, on_done, on_error)``.

``func`` runs on a ``QThreadPool``; its result or its exception comes back on the main
thread through a queued signal. Tests may use ``TaskRunner(inline=True)`` to run in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class _Job(QRunnable):
    def __init__(self, relay: _Relay, func: Callable[[], Any], on_done: Any, on_error: Any):
        super().__init__()
        self.relay, self.func, self.on_done, self.on_error = relay, func, on_done, on_error

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # noqa: BLE001 - handed to the caller's on_error
            self.relay.finished.emit(self.on_error, None, exc)
        else:
            self.relay.finished.emit(self.on_done, result, None)


class TaskRunner(QObject):
    def __init__(self, inline: bool = False, max_threads: int = 4,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self.inline:
            try:
                result = func()
            except Exception as exc:  # noqa: BLE001
                self._deliver(on_error, None, exc)
            else:
                self._deliver(on_done, result, None)
            return
        self.pool.start(_Job(self._relay, func, on_done, on_error))

    @Slot(object, object, object)
    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        if error is not None:
            if callback is None:
                raise error
            callback(error)
        elif callback is not None:
            callback(result)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
