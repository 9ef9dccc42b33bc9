"""Printer alerts from the spooler: tickets that did not print, each with a reprint button.

Shown only while something failed; the spooler and the kiosk share the same print-job table
(``services/printjobs.py``), so a reprint here is picked up by the spooler at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pst_kiosk.gui import theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.messages import describe, language
from pst_kiosk.gui.counter.refresh import CounterFeed
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.tasks import Lane, Refresher
from pst_kiosk.services.accounts import StaffView
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.printjobs import PrinterAlert, PrintJobService

MAX_BUTTONS = 4


class PrinterAlerts(QWidget):
    def __init__(
        self,
        gui: GuiContext,
        staff: StaffView,
        parent: QWidget | None = None,
        feed: CounterFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.gui, self.staff = gui, staff
        self.jobs = PrintJobService(gui.services)
        self.alert = PrinterAlert()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: white; font-weight: 600;")
        self.buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 10, 4)
        self._layout.addWidget(self.message, 1)
        self.setStyleSheet(f"PrinterAlerts {{ background: {theme.RED}; border-radius: 6px; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        tasks = feed if feed is not None else gui.tasks
        self._refresher = Refresher(self, tasks, self.jobs.alert, self.show_alert,
                                    what="counter: printer alerts")
        changed = feed.changed if feed is not None else gui.watcher.changed
        subscribe(changed, {Topic.PRINTER}, self.refresh, owner=self)
        self.hide()
        self._refresher.refresh()

    def refresh(self) -> None:
        self._refresher.refresh()

    def show_alert(self, alert: PrinterAlert) -> None:
        self.alert = alert
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.setVisible(alert.active)
        if not alert.active:
            return
        self.message.setText(alert.message(language()))
        for job in alert.failed[:MAX_BUTTONS]:
            if job.ticket_id is None:
                continue
            button = QPushButton(self.tr("Cetak ulang %1").replace("%1", job.ticket_code or ""))
            button.setToolTip(job.last_error)
            ticket_id = job.ticket_id
            button.clicked.connect(lambda _=False, t=ticket_id: self.reprint(t))
            self._layout.addWidget(button)
            self.buttons.append(button)

    def reprint(self, ticket_id: int) -> None:
        self.gui.tasks.run(
            lambda: self.jobs.reprint(ticket_id, actor=self.staff.actor),
            lambda _job: self.refresh(),
            lambda error: self.message.setText(describe(error)),
            lane=Lane.ACTION, owner=self, what="counter: reprint",
        )
