"""Where a visitor goes next: another service (a new ticket keeping their arrival order) or
another counter (the same ticket, waiting for that counter only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.gui.counter.messages import language
from pst_kiosk.services.queue import TicketView
from pst_kiosk.services.reference import CounterInfo, ServiceInfo


class TransferDialog(QDialog):
    def __init__(
        self,
        ticket: TicketView,
        services: list[ServiceInfo],
        counters: list[CounterInfo],
        own_counter: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alihkan %1").replace("%1", ticket.code))
        self.to_service = QRadioButton(self.tr("Ke layanan lain"))
        self.to_counter = QRadioButton(self.tr("Ke loket lain"))
        group = QButtonGroup(self)
        group.addButton(self.to_service)
        group.addButton(self.to_counter)
        self.service = QComboBox()
        for info in services:
            if info.letter != ticket.service_letter:
                self.service.addItem(f"{info.letter} — {info.name(language())}", info.letter)
        self.counter = QComboBox()
        for counter in counters:
            if counter.number != own_counter and ticket.service_letter in counter.letters:
                self.counter.addItem(counter.name, counter.number)
        self.to_service.setChecked(True)
        self.to_counter.setEnabled(self.counter.count() > 0)
        self.to_service.toggled.connect(self._sync)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.to_service, 0, 0)
        grid.addWidget(self.service, 0, 1)
        grid.addWidget(self.to_counter, 1, 0)
        grid.addWidget(self.counter, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tiket %1 dialihkan ke:").replace("%1", ticket.code)))
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self._sync()

    def _sync(self) -> None:
        self.service.setEnabled(self.to_service.isChecked())
        self.counter.setEnabled(self.to_counter.isChecked())

    def target(self) -> dict[str, object]:
        """Keyword arguments for ``QueueService.transfer``."""
        if self.to_counter.isChecked():
            return {"to_counter": self.counter.currentData()}
        return {"to_service": self.service.currentData()}
