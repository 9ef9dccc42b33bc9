"""The "Layanan Online" tab: the online desk beside the walk-in queue.

Left, the lists (open, due today, overdue, waiting for the requester, closed) with each
request's working time left, and today's appointments; right, the request with its messages
and the actions it allows. Everything is read off the UI thread through the desk's one lane
(``CounterFeed``) whenever the database changes, so a new email appears by itself; actions run
with the feed held, like the counter's, and their answer is shown first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.domain.online_number import whatsapp_link
from pst_kiosk.gui import theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.messages import describe, language
from pst_kiosk.gui.counter.online import actions
from pst_kiosk.gui.counter.online.detail import DetailPanel
from pst_kiosk.gui.counter.online.supervision import ClosuresDialog, SupervisorStrip
from pst_kiosk.gui.counter.refresh import CounterFeed, Refresher, run_for
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.models.online_table import OnlineTableModel
from pst_kiosk.gui.online_texts import OnlineTexts
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.accounts import StaffView
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.online_desk import (
    AppointmentView,
    DeskCounts,
    DeskList,
    OnlineDesk,
    RequestRow,
)

LISTS = (DeskList.OPEN, DeskList.DUE_TODAY, DeskList.OVERDUE, DeskList.WAITING, DeskList.CLOSED)


@dataclass(frozen=True)
class Snapshot:
    rows: list[RequestRow]
    counts: DeskCounts
    appointments: list[AppointmentView]
    overdue: list[RequestRow]


class OnlineTab(QWidget):
    def __init__(self, gui: GuiContext, staff: StaffView, feed: CounterFeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.staff, self.feed = gui, staff, feed
        self.desk = OnlineDesk(gui.services)
        self.texts = OnlineTexts(self)
        zone, now = gui.services.zone, gui.services.now
        self.which = DeskList.OPEN
        self.model = OnlineTableModel(now, zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            OnlineTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for column, width in ((OnlineTableModel.NUMBER, 128), (OnlineTableModel.TIME, 170),
                              (OnlineTableModel.REQUESTER, 130), (OnlineTableModel.STATUS, 150),
                              (OnlineTableModel.CONVERSATION, 170)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.filters = QButtonGroup(self)
        self.filter_buttons: dict[DeskList, QPushButton] = {}
        bar = QHBoxLayout()
        for n, which in enumerate(LISTS, start=1):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"list_{which.value}")
            button.setShortcut(QKeySequence(f"Alt+{n}"))
            self.filters.addButton(button)
            self.filter_buttons[which] = button
            button.clicked.connect(lambda _c=False, w=which: self.choose(w))
            bar.addWidget(button)
        self.filter_buttons[DeskList.OPEN].setChecked(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, nama, email, WA… (Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.new_button = QPushButton(self.tr("Permintaan baru (Ctrl+N)"))
        self.new_button.setObjectName("online_new")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.clicked.connect(self.register)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        bar.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.strip = SupervisorStrip(staff.supervises, zone)
        self.strip.openRequest.connect(self.open_request)
        self.strip.closuresRequested.connect(self.edit_closures)
        self.appointments = QListWidget()
        self.appointments.setMaximumHeight(84)
        self.appointments_title = QLabel(self.tr("Janji hari ini"))
        self.appointments_title.setStyleSheet("font-weight: 700;")
        self.detail = DetailPanel(zone, now)
        self.detail.actionRequested.connect(self.act)
        self.detail.reply.textChanged.connect(self.detail.update_actions)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addLayout(search_row)
        column.addWidget(self.table, 1)
        column.addWidget(self.appointments_title)
        column.addWidget(self.appointments)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 6)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([780, 580])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)
        self.counts: DeskCounts | None = None
        self._label_filters()
        self.refresher = Refresher(self, feed, self._fetch, self._apply,
                                   what="online desk: the list, counts and appointments")
        subscribe(feed.changed, {Topic.ONLINE, Topic.CLOSURES}, self.refresh, owner=self)
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self.model.tick)
        self._minute.start()
        self.refresh()

    # ------------------------------------------------------------ the list
    def refresh(self) -> None:
        self.refresher.refresh()

    def _fetch(self) -> Snapshot:
        which, search = self.which, self.search.text()
        overdue = self.desk.requests(DeskList.OVERDUE) if self.staff.supervises else []
        return Snapshot(self.desk.requests(which, search), self.desk.counts(),
                        self.desk.appointments_of(), overdue)

    def _apply(self, snapshot: Snapshot) -> None:
        selected = self.selected_id()
        self.model.apply(snapshot.rows)
        self.counts = snapshot.counts
        self._label_filters()
        self.strip.show_counts(snapshot.counts)
        self.strip.show_overdue(snapshot.overdue)
        self._show_appointments(snapshot.appointments)
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectRow(row)
                self._load(selected)

    def _label_filters(self) -> None:
        c = self.counts
        values = {DeskList.OPEN: c.open if c else None,
                  DeskList.DUE_TODAY: c.due_today if c else None,
                  DeskList.OVERDUE: c.overdue if c else None,
                  DeskList.WAITING: c.waiting if c else None, DeskList.CLOSED: None}
        names = {DeskList.OPEN: self.tr("Terbuka"), DeskList.DUE_TODAY: self.tr("Jatuh tempo hari ini"),
                 DeskList.OVERDUE: self.tr("Terlambat"),
                 DeskList.WAITING: self.tr("Menunggu pemohon"), DeskList.CLOSED: self.tr("Ditutup")}
        for which, button in self.filter_buttons.items():
            n = values[which]
            button.setText(names[which] + (f" ({n})" if n is not None else ""))
            if which is DeskList.OVERDUE and n:
                button.setStyleSheet(f"color: {theme.RED}; font-weight: 700;")

    def _show_appointments(self, appointments: list[AppointmentView]) -> None:
        self.appointments.clear()
        zone = self.gui.services.zone
        for a in appointments:
            state = label(Kind.APPOINTMENT_STATUS, a.status, language()) + (
                f" {a.ticket_code}" if a.ticket_code else "")
            self.appointments.addItem(
                f"{local_time(a.starts_at, zone):%H:%M} · {a.code} · {a.requester_name} · "
                f"{self.texts.kind(a.kind)} · {a.officer_name or '—'} · {a.request_number} · "
                f"{state}")
        if not appointments:
            self.appointments.addItem(self.tr("Tidak ada janji hari ini."))

    def choose(self, which: DeskList) -> None:
        self.which = which
        self.filter_buttons[which].setChecked(True)
        self.refresh()

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row is not None else None

    def _selected(self) -> None:
        request_id = self.selected_id()
        if request_id is None:
            self.detail.show_request(None)
        elif self.detail.view is None or self.detail.view.id != request_id:
            self._load(request_id)

    def _load(self, request_id: int) -> None:
        run_for(self, self.feed, lambda: self.desk.get(request_id),
                lambda view: self.detail.show_request(view)
                if self.selected_id() == view.id else None, self.show_error)

    def open_request(self, request_id: int) -> None:
        """From the overdue list: show it in the open list and select it."""
        self.search.clear()
        self.choose(DeskList.OPEN)
        run_for(self, self.feed, lambda: self.desk.get(request_id), self._focus, self.show_error)

    def _focus(self, view: Any) -> None:
        row = self.model.row_of(view.id)
        if row >= 0:
            self.table.selectRow(row)
        self.detail.show_request(view)

    # ------------------------------------------------------------ actions
    def register(self) -> None:
        actions.register(self)

    def act(self, name: str) -> None:
        view = self.detail.view
        if view is None or self.detail.busy:
            return
        if name == "whatsapp":
            QDesktopServices.openUrl(QUrl(whatsapp_link(view.whatsapp, self.detail.text())))
            return
        getattr(actions, name)(self, view)

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None] | None = None) -> None:
        """One action off the UI thread with the feed held: its answer is shown first."""
        self.detail.busy = True
        self.detail.update_actions()
        self.feed.hold()

        def ok(result: Any) -> None:
            self.detail.busy = False
            self.message.hide()
            done(result)
            self.detail.update_actions()
            self.feed.release(dirty=False)  # the online topic it changed follows

        def error(exc: BaseException) -> None:
            self.detail.busy = False
            (failed or self.show_error)(exc)
            self.detail.update_actions()
            self.feed.release(dirty=False)

        run_for(self, self.gui.tasks, work, ok, error, lane=Lane.ACTION)

    def edit_closures(self) -> None:
        actor = self.staff.actor
        dialog = ClosuresDialog(
            lambda work, done: run_for(self, self.gui.tasks, work, done, done, lane=Lane.ACTION),
            self.desk.closures, lambda d, r: self.desk.add_closure(d, r, actor=actor),
            lambda d: self.desk.remove_closure(d, actor=actor), self)
        dialog.open()
        self.closures_dialog = dialog

    def show_error(self, error: BaseException) -> None:
        self.show_message(describe(error), theme.AMBER)

    def show_message(self, text: str, colour: str = theme.BPS_BLUE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"background: {colour}; color: white; padding: 6px;"
                                   " border-radius: 6px; font-weight: 600;")
        self.message.show()
