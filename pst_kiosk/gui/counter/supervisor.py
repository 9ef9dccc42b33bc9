"""The supervisor's view: every counter's state, all queues, staff on duty, and reports.

The report dialog (and reportlab behind it) is imported when the button is pressed, not when
the counter starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.clock import local_time
from pst_kiosk.gui import labels
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.queue_panel import make_table, waiting_rows
from pst_kiosk.gui.counter.refresh import CounterFeed
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.labels import Kind
from pst_kiosk.gui.models.queue_table import QueueTableModel
from pst_kiosk.gui.tasks import Refresher
from pst_kiosk.services.dayfigures import CounterState, DayFiguresService, StaffOnDuty
from pst_kiosk.services.feed import Topic


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class SupervisorView(QWidget):
    def __init__(
        self, gui: GuiContext, parent: QWidget | None = None, feed: CounterFeed | None = None
    ) -> None:
        super().__init__(parent)
        self.gui = gui
        tasks = feed if feed is not None else gui.tasks
        self.figures = DayFiguresService(gui.services)
        self.counters = _table(
            [
                self.tr("Loket"),
                self.tr("Layanan"),
                self.tr("Tiket"),
                self.tr("Status"),
                self.tr("Petugas"),
                self.tr("Dilayani"),
                self.tr("Menunggu"),
            ]
        )
        self.staff = _table(
            [
                self.tr("Petugas"),
                self.tr("Peran"),
                self.tr("Loket"),
                self.tr("Sejak"),
                self.tr("Keadaan"),
            ]
        )
        self.queues = QueueTableModel(
            lambda: waiting_rows(gui, None), tasks, gui.services.now, gui.services.zone, self
        )
        self.report_button = QPushButton(self.tr("Laporan"))
        self.report_button.clicked.connect(self.open_reports)
        self.report_dialog: QWidget | None = None

        left = QVBoxLayout()
        box = QGroupBox(self.tr("Loket"))
        QVBoxLayout(box).addWidget(self.counters)
        left.addWidget(box, 2)
        box = QGroupBox(self.tr("Petugas bertugas"))
        QVBoxLayout(box).addWidget(self.staff)
        left.addWidget(box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.report_button)
        left.addLayout(buttons)
        queues = QGroupBox(self.tr("Semua antrean"))
        QVBoxLayout(queues).addWidget(make_table(self.queues))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(queues, 2)

        self._refresher = Refresher(self, tasks, self._fetch, self._show,
                                    what="supervisor: counters and staff")
        changed = feed.changed if feed is not None else gui.watcher.changed
        subscribe(changed, {Topic.QUEUE, Topic.STAFF}, self._refresher.refresh, owner=self)
        subscribe(changed, {Topic.QUEUE}, self.queues.refresh, owner=self)
        self.refresh()

    def refresh(self) -> None:
        self._refresher.refresh()
        self.queues.refresh()

    def tick(self) -> None:
        self.queues.tick()

    def _fetch(self) -> tuple[list[CounterState], list[StaffOnDuty]]:
        return self.figures.counter_states(), self.figures.staff_on_duty()

    def _show(self, result: tuple[list[CounterState], list[StaffOnDuty]]) -> None:
        states, on_duty = result
        self.counters.setRowCount(len(states))
        for row, state in enumerate(states):
            values = [
                state.name,
                ", ".join(state.letters),
                state.ticket_code or "—",
                labels.text(Kind.TICKET_STATUS, state.ticket_status) or self.tr("kosong"),
                ", ".join(state.staff) or "—",
                str(state.served),
                str(state.waiting),
            ]
            for column, value in enumerate(values):
                self.counters.setItem(row, column, QTableWidgetItem(value))
        self.staff.setRowCount(len(on_duty))
        zone = self.gui.services.zone
        for row, member in enumerate(on_duty):
            values = [
                member.full_name,
                labels.text(Kind.ROLE, member.role),
                str(member.counter) if member.counter else "—",
                local_time(member.since, zone).strftime("%H:%M"),
                self.tr("terkunci") if member.locked else self.tr("aktif"),
            ]
            for column, value in enumerate(values):
                self.staff.setItem(row, column, QTableWidgetItem(value))

    def open_reports(self) -> None:
        from pst_kiosk.gui.report_dialog import ReportDialog

        dialog = self.report_dialog = ReportDialog(self.gui, self)
        dialog.open()
