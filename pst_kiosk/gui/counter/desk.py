"""The frontliner's desk: actions with shortcuts, the queue, the visitor, the notes.

Every action runs its service call through ``gui.tasks.run`` and comes back with the new
ticket state; while one runs, the actions are disabled so a double press is not a double
call. Each action is enabled only when it applies to the visitor at the counter (or to the
row selected in the queue), and says why in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.ticket_states import AT_COUNTER, allows
from pst_kiosk.gui import theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.alerts import PrinterAlerts
from pst_kiosk.gui.counter.desk_actions import make_actions
from pst_kiosk.gui.counter.figures_strip import FiguresStrip
from pst_kiosk.gui.counter.keyboard import keep_physical_keyboard
from pst_kiosk.gui.counter.messages import describe
from pst_kiosk.gui.counter.notes_form import NotesForm
from pst_kiosk.gui.counter.online import OnlineTab
from pst_kiosk.gui.counter.queue_panel import QueuePanel
from pst_kiosk.gui.counter.refresh import CounterFeed, run_for
from pst_kiosk.gui.counter.supervisor import SupervisorView
from pst_kiosk.gui.counter.transfer_dialog import TransferDialog
from pst_kiosk.gui.counter.visitor_panel import VisitorPanel
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.accounts import StaffView
from pst_kiosk.services.consultation import ConsultationService
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.queue import QueueService, TicketView
from pst_kiosk.services.reference import CounterInfo, ServiceInfo, list_counters, list_services


class Desk(QWidget):
    lockRequested = Signal()
    signOutRequested = Signal()
    ticketShown = Signal(object)  # TicketView | None: the visitor now at the counter

    def __init__(
        self, gui: GuiContext, staff: StaffView, counter: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.gui, self.staff, self.counter = gui, staff, counter
        self.queue = QueueService(gui.services)
        self.consultation = ConsultationService(gui.services)
        self.current: TicketView | None = None
        self.busy = False
        self.services: list[ServiceInfo] = []
        self.counters: list[CounterInfo] = []
        self.transfer_dialog: TransferDialog | None = None
        self._generation = 0  # bumped by every action: older reads of the counter are stale

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.feed = CounterFeed(gui.watcher.changed, gui.tasks, self)
        self.queue_panel = QueuePanel(gui, counter, feed=self.feed)
        self.visitor = VisitorPanel(gui)
        self.notes = NotesForm(gui, staff)
        self.figures = FiguresStrip(gui, feed=self.feed)
        self.alerts = PrinterAlerts(gui, staff, feed=self.feed)
        self.toolbar = QToolBar()
        self.actions_by_name = make_actions(self, self.toolbar)

        splitter = QSplitter()
        splitter.addWidget(self.queue_panel)
        splitter.addWidget(self.visitor)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 5)
        splitter.setChildrenCollapsible(False)
        self.queue_panel.setMinimumWidth(340)
        splitter.setSizes([400, 520, 440])
        counter_page = QWidget()
        page = QVBoxLayout(counter_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.message)
        page.addWidget(self.alerts)
        page.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(counter_page, self.tr("Loket %1").replace("%1", str(counter)))
        self.supervisor: SupervisorView | None = None
        if staff.supervises:
            self.supervisor = SupervisorView(gui, feed=self.feed)
            self.tabs.addTab(self.supervisor, self.tr("Supervisor"))
        self.online = OnlineTab(gui, staff, feed=self.feed)  # the online desk (issue 13)
        self.tabs.addTab(self.online, self.tr("Layanan Online"))
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.figures, 1)
        layout.addLayout(bottom)

        keep_physical_keyboard(self)
        self.queue_panel.selectionChanged.connect(self.update_actions)
        self.queue_panel.waiting.refreshed.connect(self._queue_refreshed)
        self.queue_panel.callChosen.connect(lambda _t: self.call_chosen())
        self.notes.followUpIssued.connect(self._followed_up)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.tick)
        self._clock.start()
        run_for(self, gui.tasks, self._load_reference, self._reference_loaded, self.show_error)
        subscribe(self.feed.changed, {Topic.QUEUE}, self.reread_counter, owner=self)
        self.reread_counter()
        self.update_actions()

    def reread_counter(self) -> None:
        """Follow changes made elsewhere (another terminal, the CLI) to this counter's ticket."""
        generation = self._generation

        def apply(ticket: TicketView | None) -> None:
            if self.busy or generation != self._generation or ticket == self.current:
                return
            self.show_ticket(ticket)

        run_for(self, self.feed, lambda: self.queue.active_at(self.counter), apply, self.show_error)

    # ------------------------------------------------------------ actions
    def update_actions(self) -> None:
        ticket, free = self.current, self.current is None and not self.busy
        status = ticket.status if ticket and not self.busy else None
        # What the queue allows in each status is one table (domain/ticket_states.py).
        enabled = {action.value: allows(action, status) for action in AT_COUNTER}
        enabled |= {
            "call_next": free and self.queue_panel.waiting.rowCount() > 0,
            "call_chosen": free and self.queue_panel.selected_waiting() is not None,
            "requeue": not self.busy and self.queue_panel.selected_no_show() is not None,
        }
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(bool(on))

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run an action off the UI thread with the change feed held: its answer is shown
        first, then one refresh of everything follows (see ``CounterFeed``)."""
        self.busy = True
        self._generation += 1
        self.feed.hold()
        self.update_actions()

        def ok(result: Any) -> None:
            self.busy = False
            self._generation += 1
            self.message.hide()
            done(result)
            self.update_actions()
            self.feed.release()

        def failed(error: BaseException) -> None:
            self.busy = False
            self._generation += 1
            self.show_error(error)
            self.update_actions()
            self.feed.release()

        run_for(self, self.gui.tasks, work, ok, failed, lane=Lane.ACTION)

    def call_next(self) -> None:
        if not self.actions_by_name["call_next"].isEnabled():
            return
        self._run(
            lambda: self.queue.call_next(
                self.counter, staff_id=self.staff.id, actor=self.staff.actor
            ),
            self._called,
        )

    def call_chosen(self) -> None:
        chosen = self.queue_panel.selected_waiting()
        if chosen is None or self.current is not None or self.busy:
            return
        self._run(
            lambda: self.queue.call(
                chosen.id, self.counter, staff_id=self.staff.id, actor=self.staff.actor
            ),
            self._called,
        )

    def _called(self, ticket: TicketView | None) -> None:
        if ticket is None:
            self.show_error(None, self.tr("Tidak ada yang menunggu."))
        self.show_ticket(ticket)  # the queue follows with the feed's release

    def recall(self) -> None:
        self._change(lambda t: self.queue.recall(t.id, actor=self.staff.actor), keep=True)

    def start(self) -> None:
        self._change(lambda t: self.queue.start(t.id, actor=self.staff.actor), keep=True)

    def skip(self) -> None:
        self._change(lambda t: self.queue.skip(t.id, actor=self.staff.actor), keep=False)

    def finish(self) -> None:
        ticket = self.current
        if ticket is None or not self.actions_by_name["finish"].isEnabled():
            return

        def work() -> TicketView:
            return self.consultation.finish_with_note(
                ticket.id, self.staff.id, self.notes.fields(), actor=self.staff.actor
            )

        self.notes.when_idle(lambda: self._run(work, lambda _t: self._left()))

    def _change(self, work: Callable[[TicketView], TicketView], keep: bool) -> None:
        ticket = self.current
        if ticket is None or self.busy:
            return
        done = self.show_ticket if keep else (lambda _t: self._left())
        if keep:
            self._run(lambda: work(ticket), done)
        else:
            self.notes.save_draft()
            self.notes.when_idle(lambda: self._run(lambda: work(ticket), done))

    def _left(self) -> None:
        """The visitor is done at this counter (finished, skipped or transferred)."""
        self.show_ticket(None)  # the queue follows with the feed's release

    def transfer(self) -> None:
        ticket = self.current
        if ticket is None or self.busy:
            return
        dialog = self.transfer_dialog = TransferDialog(
            ticket, self.services, self.counters, self.counter, self
        )
        dialog.accepted.connect(lambda: self._transfer(ticket, dialog.target()))
        dialog.finished.connect(self._back_to_desk)
        dialog.open()

    def _back_to_desk(self) -> None:
        """Give the keyboard back to the desk so F2… work at once after the dialog."""
        self.window().activateWindow()
        self.setFocus()

    def _transfer(self, ticket: TicketView, target: dict[str, Any]) -> None:
        self.notes.save_draft()

        def done(new: TicketView) -> None:
            self.show_info(
                self.tr("%1 dialihkan: %2").replace("%1", ticket.code).replace("%2", new.code)
            )
            self._left()

        self.notes.when_idle(
            lambda: self._run(
                lambda: self.queue.transfer(ticket.id, actor=self.staff.actor, **target), done
            )
        )

    def requeue(self) -> None:
        chosen = self.queue_panel.selected_no_show()
        if chosen is None or self.busy:
            return
        self._run(
            lambda: self.queue.requeue(chosen.id, actor=self.staff.actor),
            lambda t: self.show_info(self.tr("%1 kembali ke antrean.").replace("%1", t.code)),
        )

    def _followed_up(self, ticket: TicketView) -> None:
        self.show_info(self.tr("Tiket tindak lanjut %1 dibuat.").replace("%1", ticket.code))

    # ------------------------------------------------------------ display
    def show_ticket(self, ticket: TicketView | None) -> None:
        self.current = ticket
        self.visitor.show_ticket(ticket)
        self.notes.load(ticket)
        self.update_actions()
        self.ticketShown.emit(ticket)

    def show_error(self, error: BaseException | None, text: str | None = None) -> None:
        self.message.setText(text if text is not None else describe(error or Exception()))
        self.message.setStyleSheet(
            f"background: {theme.AMBER}; color: white; padding: 6px;"
            " border-radius: 6px; font-weight: 600;"
        )
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            f"background: {theme.BPS_BLUE}; color: white; padding: 6px;"
            " border-radius: 6px; font-weight: 600;"
        )
        self.message.show()

    def _queue_refreshed(self) -> None:
        self.visitor.set_head(self.queue_panel.waiting.head())
        self.update_actions()

    def tick(self) -> None:
        self.queue_panel.tick()
        self.visitor.tick(self.gui.services.now())
        if self.supervisor is not None:
            self.supervisor.tick()

    def _load_reference(self) -> tuple[list[ServiceInfo], list[CounterInfo]]:
        return list_services(self.gui.services.db), list_counters(self.gui.services.db)

    def _reference_loaded(self, result: tuple[list[ServiceInfo], list[CounterInfo]]) -> None:
        self.services, self.counters = result
        own = next((c for c in self.counters if c.number == self.counter), None)
        self.notes.set_services([s for s in self.services])
        if own is None:
            self.show_error(
                None,
                self.tr("Loket %1 tidak ada dalam konfigurasi.").replace("%1", str(self.counter)),
            )

    def stop(self) -> None:
        """Before the desk is thrown away: save what was typed, stop the clock."""
        self._clock.stop()
        self.notes.save_draft()
