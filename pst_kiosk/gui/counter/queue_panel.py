"""The counter's queues: who waits (priority first, with the live wait clock) and today's
no-shows who may come back and be re-queued. Both follow the change feed on their own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.refresh import CounterFeed
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.models.queue_table import QueueRow, QueueTableModel
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.queue import QueueService, TicketView
from pst_kiosk.services.reference import list_counters


def waiting_rows(gui: GuiContext, counter: int | None) -> list[QueueRow]:
    """Waiting tickets in calling order, each with its waiting time and standard clock."""
    return [
        QueueRow(w.ticket, as_utc(w.ticket.waiting_since), w.clock_start)
        for w in QueueService(gui.services).waiting_clocks(counter)
    ]


def no_show_rows(gui: GuiContext, counter: int) -> list[QueueRow]:
    """Today's no-shows of the services this counter serves, newest first."""
    letters = next((c.letters for c in list_counters(gui.services.db) if c.number == counter), ())
    tickets = QueueService(gui.services).today([TicketStatus.NO_SHOW])
    chosen = [t for t in tickets if t.service_letter in letters and t.skipped_at is not None]
    chosen.sort(key=lambda t: t.skipped_at or t.issued_at, reverse=True)
    return [QueueRow(t, as_utc(t.skipped_at or t.issued_at)) for t in chosen]


def make_table(model: QueueTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(QueueTableModel.SERVICE, QHeaderView.ResizeMode.Stretch)
    return view


class QueuePanel(QTabWidget):
    selectionChanged = Signal()
    callChosen = Signal(object)  # TicketView: a waiting row double-clicked

    def __init__(
        self,
        gui: GuiContext,
        counter: int,
        parent: QWidget | None = None,
        feed: CounterFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.gui = gui
        tasks = feed if feed is not None else gui.tasks
        now, zone = gui.services.now, gui.services.zone
        self.waiting = QueueTableModel(lambda: waiting_rows(gui, counter), tasks, now, zone, self)
        self.no_shows = QueueTableModel(lambda: no_show_rows(gui, counter), tasks, now, zone, self)
        self.no_shows.headers[QueueTableModel.WAIT] = self.tr("Sejak dilewati")
        self.waiting_view = make_table(self.waiting)
        self.no_show_view = make_table(self.no_shows)
        self.addTab(self.waiting_view, "")
        self.addTab(self.no_show_view, "")
        for model in (self.waiting, self.no_shows):
            model.refreshed.connect(self._retitle)
            model.rowsRemoved.connect(self._selection_changed)
        for view in (self.waiting_view, self.no_show_view):
            view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.currentChanged.connect(self._selection_changed)
        self.waiting_view.doubleClicked.connect(self._double_clicked)
        changed = feed.changed if feed is not None else gui.watcher.changed
        subscribe(changed, {Topic.QUEUE}, self.refresh, owner=self)
        self._retitle()
        self.refresh()

    def _selection_changed(self, *_args: object) -> None:
        # A Python slot, not signal-to-signal: PySide 6.12 miscounts the dropped arguments.
        self.selectionChanged.emit()

    def refresh(self) -> None:
        self.waiting.refresh()
        self.no_shows.refresh()

    def tick(self) -> None:
        self.waiting.tick()
        self.no_shows.tick()

    def _retitle(self) -> None:
        self.setTabText(0, self.tr("Menunggu (%1)").replace("%1", str(self.waiting.rowCount())))
        self.setTabText(1, self.tr("Tidak hadir (%1)").replace("%1", str(self.no_shows.rowCount())))

    def _selected(self, view: QTableView, model: QueueTableModel) -> TicketView | None:
        rows = view.selectionModel().selectedRows()
        return model.ticket_at(rows[0].row()) if rows else None

    def selected_waiting(self) -> TicketView | None:
        return self._selected(self.waiting_view, self.waiting) if self.currentIndex() == 0 else None

    def selected_no_show(self) -> TicketView | None:
        return (
            self._selected(self.no_show_view, self.no_shows) if self.currentIndex() == 1 else None
        )

    def _double_clicked(self) -> None:
        ticket = self.selected_waiting()
        if ticket is not None:
            self.callChosen.emit(ticket)
