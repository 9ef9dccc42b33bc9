"""The service buttons of the welcome screen: names from the configuration at once, people
waiting and estimated wait filled in from the database whenever the change feed fires."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, Qt

from pst_kiosk.config import ServiceConfig
from pst_kiosk.services.queue import QueueSummary

LETTER, NAME, WAITING, WAIT_MINUTES, KNOWN = range(Qt.ItemDataRole.UserRole + 1,
                                                   Qt.ItemDataRole.UserRole + 6)


class ServiceListModel(QAbstractListModel):
    def __init__(self, services: tuple[ServiceConfig, ...], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = [
            {"letter": s.letter, "name_id": s.name_id, "name_en": s.name_en or s.name_id,
             "waiting": 0, "wait": 0, "known": False}
            for s in services
        ]
        self.language = "id"

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt API
        return {LETTER: QByteArray(b"letter"), NAME: QByteArray(b"name"),
                WAITING: QByteArray(b"waiting"), WAIT_MINUTES: QByteArray(b"waitMinutes"),
                KNOWN: QByteArray(b"known")}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (NAME, Qt.ItemDataRole.DisplayRole):
            return row["name_en"] if self.language == "en" else row["name_id"]
        return {LETTER: row["letter"], WAITING: row["waiting"], WAIT_MINUTES: row["wait"],
                KNOWN: row["known"]}.get(role)

    def name_of(self, letter: str) -> str:
        for row in self._rows:
            if row["letter"] == letter:
                return row["name_en"] if self.language == "en" else row["name_id"]
        return letter

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [NAME])

    def update(self, summary: list[QueueSummary]) -> None:
        """Change the rows in place: only the cells that moved are signalled."""
        by_letter = {s.letter: s for s in summary}
        for number, row in enumerate(self._rows):
            fresh = by_letter.get(row["letter"])
            if fresh is None:
                continue
            values = {"waiting": fresh.waiting, "wait": fresh.estimated_wait_minutes,
                      "known": True}
            if any(row[k] != v for k, v in values.items()):
                row.update(values)
                self.dataChanged.emit(self.index(number), self.index(number),
                                      [WAITING, WAIT_MINUTES, KNOWN])
