"""The online desk's list as a table model, updated row by row from a keyed diff.

A refresh brings the whole list (``RequestRow`` values, already judged by the services); the
model compares it with what it shows by request id in one pass with an index, so 10,000 rows
cost a dictionary lookup each, and only rows whose values changed are repainted. The working
time left is in words in its own column and coloured with it (amber on the due day, red when
overdue): never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.online_sla import DueKind
from pst_kiosk.gui import theme
from pst_kiosk.gui.online_texts import OnlineTexts
from pst_kiosk.services.online_desk import RequestRow

Index = QModelIndex | QPersistentModelIndex
RESET_ABOVE = 50  # rows out of place
_COLOURS = {DueKind.OVERDUE: theme.RED, DueKind.DUE_TODAY: theme.AMBER, DueKind.ON_TRACK: theme.OK}


class OnlineTableModel(QAbstractTableModel):
    NUMBER, TIME, REQUESTER, TITLE, STATUS, CONVERSATION, CHANNEL, RECEIVED = range(8)
    RequestIdRole = Qt.ItemDataRole.UserRole + 1
    DueKindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, now: Callable[[], datetime], zone: ZoneInfo,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now, self._zone = now, zone
        self._rows: list[RequestRow] = []
        self._texts = OnlineTexts(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [self.tr("Nomor"), self.tr("Waktu"), self.tr("Pemohon"),
                        self.tr("Permintaan"), self.tr("Status"), self.tr("Percakapan"),
                        self.tr("Saluran"), self.tr("Diterima")]
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.headers) - 1))

    # ------------------------------------------------------------ reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == self.RequestIdRole:
            return row.id
        if role == self.DueKindRole:
            return row.due.kind.value if row.due else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TIME and row.due:
            return QColor(_COLOURS[row.due.kind])
        if role == Qt.ItemDataRole.FontRole and (
                column == self.NUMBER or (column == self.TIME and row.due is not None
                                          and row.due.kind is not DueKind.ON_TRACK)
                or (column == self.CONVERSATION and row.new_from_requester)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TIME and row.due_at:
            due = local_time(row.due_at, self._zone)
            return self.tr("Batas jawab: %1 WIT").replace("%1", due.strftime("%d-%m-%Y %H:%M"))
        return None

    def _display(self, row: RequestRow, column: int) -> str:
        now = self._now()
        if column == self.NUMBER:
            return row.number
        if column == self.CHANNEL:
            return self._texts.channel(row.channel)
        if column == self.REQUESTER:
            return row.requester_name
        if column == self.TITLE:
            return row.title
        if column == self.STATUS:
            return self._texts.status(row.status)
        if column == self.TIME:
            return self._texts.clock(row, now)
        if column == self.CONVERSATION:
            return self._texts.conversation(row, now)
        return local_time(row.received_at, self._zone).strftime("%d-%m %H:%M")

    def row_at(self, row: int) -> RequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def numbers(self) -> list[str]:
        return [r.number for r in self._rows]

    # ------------------------------------------------------------ updating
    def apply(self, rows: list[RequestRow]) -> None:
        """Turn the shown rows into ``rows``: removals, then inserts and moves in order, then
        repaints of the rows whose values changed. A list that changed order wholesale
        (another filter chosen) is one reset, cheaper than hundreds of moves."""
        wanted = {r.id for r in rows}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        misplaced = sum(1 for old, new in zip(self._rows, rows, strict=False) if old.id != new.id)
        if misplaced > RESET_ABOVE:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        for i, new in enumerate(rows):
            if i < len(self._rows) and self._rows[i].id == new.id:
                continue
            current = next((j for j in range(i + 1, len(self._rows))
                            if self._rows[j].id == new.id), -1)
            if current == -1:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, new)
                self.endInsertRows()
            else:
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), i)
                self._rows.insert(i, self._rows.pop(current))
                self.endMoveRows()
        self._repaint(rows)

    def _repaint(self, rows: list[RequestRow]) -> None:
        last = len(self.headers) - 1
        for i, new in enumerate(rows):
            if self._rows[i] != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def tick(self) -> None:
        """Repaint the time to conversation columns (a minute passed: "sisa" may change)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, self.TIME),
                                  self.index(len(self._rows) - 1, self.CONVERSATION))
