"""What the board's QML binds to: the number called now, calls per counter, waiting per
service, the clock in the office's zone, and whether the data can be trusted right now.

The queue is read off the UI thread whenever the change feed says the queue changed (and
only then: a print job or a sign-in is not the board's business); new calls and recalls go
to the announcer. While the database is unreachable (``watcher.online`` false, or the last
read failed) ``fresh`` is false: the board then shows no number as current, because a number
that may already have been served must not send a visitor to a counter. Any other error of
the board's background work (the voice, say) is logged and marked discreetly (``trouble``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Property, QDate, QLocale, QObject, QTime, QTimer, Signal, Slot

from pst_kiosk.domain.announcement import announcement
from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.enums import ACTIVE_AT_COUNTER, TicketStatus
from pst_kiosk.gui.announcer import Announcer
from pst_kiosk.gui.board.models import RowsModel, counters_model, waiting_model
from pst_kiosk.gui.board.tracker import CallTracker
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.tasks import Refresher
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.queue import QueueService, QueueSummary, TicketView

PREVIOUS_PER_COUNTER = 3
RETRY_MS = 2000
TROUBLE_MS = 60_000  # the trouble mark stays this long after the last error
_SHOWN = (TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW)


class BoardBackend(QObject):
    stateChanged = Signal()
    troubleChanged = Signal()
    clockChanged = Signal()
    called = Signal(str, int, bool)  # code, counter, recall: QML animates the arrival
    refreshed = Signal()  # models updated from a fresh read (tests, bench)

    def __init__(self, gui: GuiContext, announcer: Announcer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.config = gui.services.config
        self.queue = QueueService(gui.services)
        self.announcer = announcer
        self.tracker = CallTracker()
        # enough calls for each counter's current and previous numbers, and no more: the
        # read runs on every change and its length is most of the call→screen delay
        self._recent_limit = (PREVIOUS_PER_COUNTER + 1) * max(1, len(self.config.counters)) + 2
        self._counters = counters_model(self)
        self._waiting = waiting_model(self)
        self._current: TicketView | None = None
        self._fresh = False
        self._closed = False
        self._trouble = False
        self._date_text = self._time_text = ""
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.refresh)
        self._trouble_timer = QTimer(self)
        self._trouble_timer.setSingleShot(True)
        self._trouble_timer.timeout.connect(lambda: self._set_trouble(False))
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._tick()
        queue, limit = self.queue, self._recent_limit
        self._reader = Refresher(self, gui.tasks, lambda: (queue.recent_calls(limit), queue.summary()),
                                 self._apply, on_error=self._failed, what="board: the queue")
        gui.tasks.add_sink(self._show_error, owner=self)
        subscribe(gui.watcher.changed, {Topic.QUEUE}, self.refresh, owner=self)
        gui.watcher.onlineChanged.connect(self._on_online)
        self._counters.replace([self._counter_row(c.number, c.name, []) for c in
                                self.config.counters])
        if gui.watcher.online:
            self.refresh()

    # ------------------------------------------------------------ reading
    @Slot()
    def refresh(self) -> None:
        if not self._closed:
            self._reader.refresh()  # one read in flight; changes meanwhile fold into one more

    def _apply(self, result: tuple[list[TicketView], list[QueueSummary]]) -> None:
        if self._closed:
            return  # a read that landed after the board was closed
        calls, summary = result
        shown = [t for t in calls if t.status in _SHOWN and t.counter_number is not None]
        active = [t for t in shown if t.status in ACTIVE_AT_COUNTER]
        self._current = active[0] if active else None  # a finished number is not "called"
        self._counters.replace(self._counter_rows(shown))
        self._waiting.replace([
            {"letter": s.letter, "name": s.name_id, "nameEn": s.name_en, "waiting": s.waiting,
             "estimate": s.estimated_wait_minutes if s.waiting else 0}
            for s in summary
        ])
        self._set_fresh(self.gui.watcher.online)
        for call in self.tracker.look(calls):
            ticket = call.ticket
            assert ticket.counter_number is not None
            if self.announcer is not None:
                self.announcer.announce(announcement(ticket.code, ticket.counter_number))
            self.called.emit(ticket.code, ticket.counter_number, call.recall)
        self.refreshed.emit()

    def _failed(self, _error: BaseException) -> None:
        """The read failed (logged by ``gui.tasks``): no number is current until one works."""
        if self._closed:
            return
        self._set_fresh(False)
        self._retry.start(RETRY_MS)

    def _show_error(self, _error: BaseException) -> None:
        """The board's sink: a discreet mark for the staff (the error is in the log), never
        a dialog in front of the waiting room."""
        self._set_trouble(True)
        self._trouble_timer.start(TROUBLE_MS)

    def _set_trouble(self, trouble: bool) -> None:
        if trouble != self._trouble:
            self._trouble = trouble
            self.troubleChanged.emit()

    def _on_online(self, online: bool) -> None:
        if not online:
            self._set_fresh(False)  # the watcher emits ``changed`` again when back

    def _set_fresh(self, fresh: bool) -> None:
        if fresh != self._fresh:
            self._fresh = fresh
        self.stateChanged.emit()

    def _counter_rows(self, shown: list[TicketView]) -> list[dict[str, object]]:
        rows = []
        for counter in self.config.counters:
            mine = [t for t in shown if t.counter_number == counter.number]
            rows.append(self._counter_row(counter.number, counter.name, mine))
        return rows

    @staticmethod
    def _counter_row(number: int, name: str, mine: list[TicketView]) -> dict[str, object]:
        now = mine[0] if mine and mine[0].status in ACTIVE_AT_COUNTER else None
        before = [t.code for t in mine if t is not now][:PREVIOUS_PER_COUNTER]
        return {"number": number, "name": name, "code": now.code if now else "",
                "service": now.service_name_id if now else "", "previous": " · ".join(before),
                "active": now is not None}

    # ------------------------------------------------------------ the clock
    def _tick(self) -> None:
        now = local_time(self.gui.services.now(), self.config.zone)
        locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        date_text = locale.toString(QDate(now.year, now.month, now.day), "dddd, d MMMM yyyy")
        time_text = QTime(now.hour, now.minute).toString("HH.mm")
        if (date_text, time_text) != (self._date_text, self._time_text):
            self._date_text, self._time_text = date_text, time_text
            self.clockChanged.emit()

    # ------------------------------------------------------------ for QML
    def _get_fresh(self) -> bool:
        return self._fresh

    def _get_code(self) -> str:
        return self._current.code if self._fresh and self._current else ""

    def _get_counter(self) -> int:
        return (self._current.counter_number or 0) if self._fresh and self._current else 0

    def _get_service(self) -> str:
        return self._current.service_name_id if self._fresh and self._current else ""

    def _get_counter_name(self) -> str:
        number = self._get_counter()
        return next((c.name for c in self.config.counters if c.number == number), "")

    fresh = Property(bool, _get_fresh, notify=stateChanged)
    trouble = Property(bool, lambda self: self._trouble, notify=troubleChanged)
    currentCode = Property(str, _get_code, notify=stateChanged)
    currentCounter = Property(int, _get_counter, notify=stateChanged)
    currentCounterName = Property(str, _get_counter_name, notify=stateChanged)
    currentService = Property(str, _get_service, notify=stateChanged)
    dateText = Property(str, lambda self: self._date_text, notify=clockChanged)
    timeText = Property(str, lambda self: self._time_text, notify=clockChanged)
    counters = Property(QObject, lambda self: self._counters, constant=True)
    waiting = Property(QObject, lambda self: self._waiting, constant=True)
    officeName = Property(str, lambda self: self.config.office.name, constant=True)
    officeUnit = Property(str, lambda self: self.config.office.unit, constant=True)
    officeAddress = Property(str, lambda self: self.config.office.address, constant=True)
    officeWebsite = Property(str, lambda self: self.config.office.website, constant=True)
    officePhone = Property(str, lambda self: self.config.office.phone, constant=True)
    serviceMinutes = Property(int, lambda self: self.config.queue.wait_target_minutes,
                              constant=True)

    @property
    def counters_model(self) -> RowsModel:
        return self._counters

    @property
    def waiting_model(self) -> RowsModel:
        return self._waiting

    def close(self) -> None:
        """Stop reading and speaking (idempotent). The feed's subscription and the sink go
        with this object; a read still in flight lands in ``_apply`` and is ignored."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._clock, self._retry, self._trouble_timer):
            timer.stop()
        if self.announcer is not None and shiboken6.isValid(self.announcer):
            self.announcer.close()
