"""What a supervisor sees of the online desk: the counts, the overdue list, and the office
closures (days off beyond the national calendar) they may add or remove."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.clock import local_time
from pst_kiosk.gui import theme
from pst_kiosk.gui.counter.messages import describe
from pst_kiosk.gui.online_texts import OnlineTexts
from pst_kiosk.services.online_desk import Closure, DeskCounts, RequestRow


class SupervisorStrip(QWidget):
    """Counts for everyone; the overdue list and the closures for a supervisor."""

    openRequest = Signal(int)
    closuresRequested = Signal()

    def __init__(self, supervises: bool, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.supervises = zone, supervises
        self.texts = OnlineTexts(self)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.overdue = QTableWidget(0, 4)
        self.overdue.setHorizontalHeaderLabels(
            [self.tr("Nomor"), self.tr("Pemohon"), self.tr("Batas"), self.tr("Terlambat")])
        self.overdue.verticalHeader().hide()
        self.overdue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overdue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overdue.setMaximumHeight(96)
        self.overdue.cellDoubleClicked.connect(self._open)
        self.closures = QPushButton(self.tr("Hari tutup kantor…"))
        self.closures.clicked.connect(self.closuresRequested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.counts, 1)
        head.addWidget(self.closures)
        layout.addLayout(head)
        self.overdue_title = QLabel(self.tr("Terlambat (supervisor)"))
        self.overdue_title.setStyleSheet(f"color: {theme.RED}; font-weight: 700;")
        layout.addWidget(self.overdue_title)
        layout.addWidget(self.overdue)
        for widget in (self.closures, self.overdue, self.overdue_title):
            widget.setVisible(supervises)
        self._ids: list[int] = []

    def show_counts(self, counts: DeskCounts) -> None:
        self.counts.setText(
            self.tr("Terbuka %1 · belum lengkap %2 · jatuh tempo hari ini %3 · TERLAMBAT %4 · "
                    "menunggu pemohon %5 · pesan baru %6 · ditutup hari ini %7 "
                    "(tanpa tanggapan %8)")
            .replace("%1", str(counts.open)).replace("%2", str(counts.received))
            .replace("%3", str(counts.due_today)).replace("%4", str(counts.overdue))
            .replace("%5", str(counts.waiting)).replace("%6", str(counts.new_messages))
            .replace("%7", str(counts.closed_today)).replace("%8", str(counts.no_response_today)))

    def show_overdue(self, rows: list[RequestRow]) -> None:
        self.overdue.setRowCount(len(rows))
        self._ids = [r.id for r in rows]
        for i, row in enumerate(rows):
            due = local_time(row.due_at, self.zone).strftime("%d-%m %H:%M") if row.due_at else ""
            late = self.texts.due(row.due) if row.due else ""
            for j, text in enumerate((row.number, row.requester_name, due, late)):
                self.overdue.setItem(i, j, QTableWidgetItem(text))

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ids):
            self.openRequest.emit(self._ids[row])


class ClosuresDialog(QDialog):
    """Office closures: a day added moves the due time of the requests it falls in."""

    def __init__(self, run: Callable[[Callable[[], Any], Callable[[Any], None]], None],
                 load: Callable[[], list[Closure]], add: Callable[[date, str], Closure],
                 remove: Callable[[date], Closure], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hari tutup kantor"))
        self._run, self._load, self._add, self._remove = run, load, add, remove
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Alasan")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. gangguan listrik, rapat kerja"))
        self.add_button = QPushButton(self.tr("Tambah"))
        self.remove_button = QPushButton(self.tr("Hapus yang dipilih"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        for widget in (self.day, self.reason, self.add_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Di luar hari libur nasional dan cuti bersama. Batas "
                                        "jawab permintaan yang terkena ikut bergeser.")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        self.resize(520, 420)
        self.closures: list[Closure] = []
        self.reload()

    def reload(self) -> None:
        self._run(self._load, self._show)

    def _show(self, closures: list[Closure]) -> None:
        self.closures = closures
        self.table.setRowCount(len(closures))
        for i, c in enumerate(closures):
            self.table.setItem(i, 0, QTableWidgetItem(c.day.strftime("%d-%m-%Y")))
            self.table.setItem(i, 1, QTableWidgetItem(c.reason))

    def add(self) -> None:
        day, reason = self.day.date().toPython(), self.reason.text()
        self._run(lambda: self._add(day, reason), self._done)

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.closures):
            day = self.closures[row].day
            self._run(lambda: self._remove(day), self._done)

    def _done(self, result: Any) -> None:
        if isinstance(result, BaseException):
            self.message.setText(describe(result))
            self.message.setStyleSheet(f"color: {theme.RED}; font-weight: 600;")
            return
        self.message.setText("")
        self.reason.clear()
        self.reload()
