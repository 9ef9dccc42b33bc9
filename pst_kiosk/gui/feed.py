"""The change feed as a Qt signal: faces refresh when the database says so, and only for
the topics they show.

SQLite: ``PRAGMA data_version`` polled every 50 ms (a few microseconds each). PostgreSQL:
a ``QSocketNotifier`` on the LISTEN connection's socket, so a NOTIFY wakes the face at once.
``changed`` carries the set of ``Topic`` committed; right after (re)connecting it carries
``Topic.ALL`` (whatever happened while away). ``subscribe`` connects one part of a face to the
topics it shows. If the database goes away, ``online`` turns false and reconnecting is
retried with backoff.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.feed import EVERYTHING, ChangeFeed, Topic, touches

POLL_MS = 50
RETRY_MS = (500, 1000, 2000, 5000)
log = logging.getLogger(__name__)


class ChangeWatcher(QObject):
    changed = Signal(object)  # frozenset[Topic]
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
        except Exception as error:  # noqa: BLE001 - any driver error: the database is away
            self._offline(error, "cannot listen to the database")
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
            self.changed.emit(EVERYTHING)  # catch up on whatever happened while away

    def _poll(self) -> None:
        assert self._feed is not None
        try:
            topics = self._feed.poll()
        except Exception as error:  # noqa: BLE001 - any driver error: the connection is lost
            self._offline(error, "lost the database connection")
            self._drop()
            return
        if topics:
            self.changed.emit(topics)

    def _offline(self, error: BaseException, what: str) -> None:
        """Logged once per outage; the faces show it through ``onlineChanged``."""
        if self.online or self._attempt == 0:
            log.warning("change feed: %s: %s", what, error, exc_info=error)

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


class Subscription(QObject):
    """Calls ``slot()`` when ``changed`` carries one of ``topics``; a child of ``owner``, so
    it is disconnected when the owner goes (no call into a deleted widget)."""

    def __init__(self, changed: Any, topics: Iterable[Topic], slot: Callable[[], None],
                 owner: QObject) -> None:
        super().__init__(owner)
        self.topics = frozenset(topics)
        self._slot = slot
        changed.connect(self._changed)

    @Slot(object)
    def _changed(self, topics: frozenset[Topic]) -> None:
        if touches(topics, self.topics):
            self._slot()


def subscribe(changed: Any, topics: Iterable[Topic], slot: Callable[[], None],
              owner: QObject) -> Subscription:
    """``changed``: ``ChangeWatcher.changed`` or the counter's held feed (``CounterFeed``)."""
    return Subscription(changed, topics, slot, owner)
