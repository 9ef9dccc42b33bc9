"""The change feed as a Qt signal: faces refresh when the database says so.

SQLite: ``PRAGMA data_version`` polled every 50 ms (a few microseconds each). PostgreSQL:
a ``QSocketNotifier`` on the LISTEN connection's socket, so a NOTIFY wakes the face at once.
If the database goes away, ``online`` turns false and reconnecting is retried with backoff.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.feed import ChangeFeed

POLL_MS = 50
RETRY_MS = (500, 1000, 2000, 5000)


class ChangeWatcher(QObject):
    changed = Signal()
    onlineChanged = Signal(bool)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._attempt = 0
        self.online = False
        self._connect()

    def _connect(self) -> None:
        try:
            self._feed = ChangeFeed(self.ctx.db)
        except Exception:  # noqa: BLE001 - unreachable database: retry later
            self._set_online(False)
            self._retry.start(RETRY_MS[min(self._attempt, len(RETRY_MS) - 1)])
            self._attempt += 1
            return
        self._attempt = 0
        if self._feed.uses_socket:
            self._notifier = QSocketNotifier(self._feed.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._poll)
            self._timer.setInterval(2000)  # also a heartbeat that notices a dead connection
        self._timer.start()
        was_offline = not self.online
        self._set_online(True)
        if was_offline:
            self.changed.emit()  # catch up on whatever happened while away

    def _poll(self) -> None:
        assert self._feed is not None
        try:
            if self._feed.poll():
                self.changed.emit()
        except Exception:  # noqa: BLE001 - connection lost
            self._drop()

    def _drop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        self._set_online(False)
        self._retry.start(RETRY_MS[0])

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.onlineChanged.emit(online)

    def close(self) -> None:
        self._timer.stop()
        self._retry.stop()
        if self._feed is not None:
            self._feed.close()
