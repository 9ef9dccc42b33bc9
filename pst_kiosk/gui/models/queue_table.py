"""Waiting tickets as a table model that changes row by row, never by reset.

When the queue changes (the change feed's ``queue`` topic) the model fetches the new list off
the UI thread (``Refresher``: one fetch in flight, the rest folded) and applies the difference
by ticket id: rows that left are removed, new ones inserted, moved
ones moved and changed ones repainted (``dataChanged``). Views keep their selection and scroll
position, and a screen reader or a QML ListView sees the same small steps a person does.
The wait clocks tick once a second by repainting only the clock column: no query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from pst_kiosk.domain import sla
from pst_kiosk.domain.clock import local_time
from pst_kiosk.gui import labels, theme
from pst_kiosk.gui.labels import Kind
from pst_kiosk.gui.tasks import Refresher, RunsTasks
from pst_kiosk.services.queue import TicketView

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class QueueRow:
    """A waiting ticket, the instant the clock of its row runs from (entering the queue, or
    the skip for a no-show: it never restarts while the visitor waits) and, for the head of
    the queue, the start of the standard's 10-minute clock (``domain/sla.py``)."""

    ticket: TicketView
    wait_start: datetime
    clock_start: datetime | None = None


class QueueTableModel(QAbstractTableModel):
    CODE, SERVICE, PRIORITY, QUEUED, WAIT = range(5)
    TicketIdRole = Qt.ItemDataRole.UserRole + 1
    ClockStateRole = Qt.ItemDataRole.UserRole + 2

    refreshed = Signal()

    def __init__(
        self,
        fetch: Callable[[], list[QueueRow]],
        tasks: RunsTasks,
        now: Callable[[], datetime],
        zone: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now, self._zone = now, zone
        self._rows: list[QueueRow] = []
        self._refresher = Refresher(self, tasks, fetch, self.apply, what="queue table")
        self.headers = [
            self.tr("Nomor"),
            self.tr("Layanan"),
            self.tr("Prioritas"),
            self.tr("Ambil"),
            self.tr("Menunggu"),
        ]

    # ------------------------------------------------------------ reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        ticket, column = row.ticket, index.column()
        if role == self.TicketIdRole:
            return ticket.id
        if role == self.ClockStateRole:
            return self.wait_state(row).value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WAIT:
            return QColor(theme.CLOCK_COLOURS[self.wait_state(row).value])
        if role == Qt.ItemDataRole.FontRole and column in (self.CODE, self.WAIT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and ticket.target_counter_number:
            return self.tr("Dialihkan ke loket %1").replace("%1", str(ticket.target_counter_number))
        return None

    def _display(self, row: QueueRow, column: int) -> str:
        ticket = row.ticket
        if column == self.CODE:
            return ticket.code
        if column == self.SERVICE:
            return ticket.service_name_id
        if column == self.PRIORITY:
            return labels.text(Kind.PRIORITY_REASON, ticket.priority_reason) \
                if ticket.priority else ""
        if column == self.QUEUED:
            return local_time(ticket.issued_at, self._zone).strftime("%H:%M")
        return sla.format_duration(self.wait(row))

    def wait(self, row: QueueRow) -> Any:
        return sla.elapsed(row.wait_start, None, self._now())

    def wait_state(self, row: QueueRow) -> sla.ClockState:
        return sla.state_of(self.wait(row))

    def ticket_at(self, row: int) -> TicketView | None:
        return self._rows[row].ticket if 0 <= row < len(self._rows) else None

    def head(self) -> QueueRow | None:
        return self._rows[0] if self._rows else None

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.ticket.id == ticket_id), -1)

    def ticket_ids(self) -> list[int]:
        return [r.ticket.id for r in self._rows]

    # ------------------------------------------------------------ updating
    def refresh(self) -> None:
        """Fetch off the UI thread; calls while one is in flight fold into one more fetch."""
        self._refresher.refresh()

    def apply(self, rows: list[QueueRow]) -> None:
        """Turn the current rows into ``rows`` by removals, moves, inserts and repaints."""
        wanted = {r.ticket.id for r in rows}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].ticket.id not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        for i, new in enumerate(rows):
            current = self.row_of(new.ticket.id)
            if current == -1:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, new)
                self.endInsertRows()
                continue
            if current != i:  # current > i: rows before i already match
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), i)
                self._rows.insert(i, self._rows.pop(current))
                self.endMoveRows()
            if self._rows[i] != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        self.refreshed.emit()

    def tick(self) -> None:
        """Repaint the wait clocks (once a second)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.WAIT),
                self.index(len(self._rows) - 1, self.WAIT),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, self.ClockStateRole],
            )
