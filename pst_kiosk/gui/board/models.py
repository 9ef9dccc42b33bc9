"""List models the board's QML reads: calls per counter and waiting per service.

Rows are plain dicts keyed by a stable id; ``replace`` updates them in place (insert, move,
remove, ``dataChanged``) so QML delegates keep their state and animate only what changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

Row = dict[str, Any]
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """A list of dict rows exposed to QML under the dict's keys as role names."""

    def __init__(self, roles: tuple[str, ...], key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._roles = roles
        self._key = key
        self._rows: list[Row] = []

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt API
        return {Qt.ItemDataRole.UserRole + i: QByteArray(r.encode()) for i, r in enumerate(self._roles)}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number = role - Qt.ItemDataRole.UserRole
        if role == Qt.ItemDataRole.DisplayRole:
            number = 0
        if not 0 <= number < len(self._roles):
            return None
        return self._rows[index.row()].get(self._roles[number])

    def rows(self) -> list[Row]:
        return list(self._rows)

    def replace(self, new_rows: list[Row]) -> None:
        """Make the rows equal to ``new_rows`` with the smallest set of model signals."""
        wanted = {row[self._key] for row in new_rows}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i][self._key] not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        for i, row in enumerate(new_rows):
            keys = [r[self._key] for r in self._rows]
            if i < len(self._rows) and keys[i] == row[self._key]:
                if self._rows[i] != row:
                    self._rows[i] = dict(row)
                    self.dataChanged.emit(self.index(i), self.index(i))
            elif row[self._key] in keys:
                j = keys.index(row[self._key])  # j > i: rows before i are settled
                self.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
                self._rows.insert(i, self._rows.pop(j))
                self.endMoveRows()
                if self._rows[i] != row:
                    self._rows[i] = dict(row)
                    self.dataChanged.emit(self.index(i), self.index(i))
            else:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, dict(row))
                self.endInsertRows()


def counters_model(parent: Any = None) -> RowsModel:
    """Per counter: the number it calls now (or ``""``) and the ones it called before."""
    return RowsModel(("number", "name", "code", "service", "previous", "active"), "number", parent)


def waiting_model(parent: Any = None) -> RowsModel:
    """Per service: how many wait and the estimated wait of a ticket taken now."""
    return RowsModel(("letter", "name", "nameEn", "waiting", "estimate"), "letter", parent)
