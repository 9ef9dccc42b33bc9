"""What the kiosk's QML sees: one object, ``kiosk``, with the visitor's journey as properties
and slots. The work is done by four parts, one job each:

- ``journey.Journey``: the visitor's steps and what they typed;
- ``print_watch.PrintWatch``: what the printer did with the ticket on screen;
- ``staff_panel.StaffPanel``: the staff's settings behind the PIN;
- ``idle_guard.IdleGuard``: an idle visitor's half-filled form is forgotten.

This facade keeps the property and slot names QML binds to, the language, the people waiting
per service (re-read when the change feed says the queue changed) and the kiosk's notice:
where an error of the kiosk's background work is shown (it is in the log too).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.errors import UserError
from pst_kiosk.gui import i18n
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.kiosk.idle_guard import IdleGuard
from pst_kiosk.gui.kiosk.journey import KIOSK_ERROR, Journey
from pst_kiosk.gui.kiosk.models import ServiceListModel
from pst_kiosk.gui.kiosk.print_watch import PrintWatch
from pst_kiosk.gui.kiosk.staff_panel import StaffPanel
from pst_kiosk.gui.tasks import Lane, Refresher
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.queue import QueueService

PROBLEM_SCREEN_SECONDS = 60  # a printer problem keeps the ticket on screen for the officer
NOTICE_MS = 20_000


def _warm_up() -> None:
    """Imports left out of the start, made while the kiosk waits for its first visitor."""
    import qrcode  # noqa: F401 - the ticket screen's QR code (drawn on the UI thread)

    from pst_kiosk.printing.escpos_setup import printer_module

    printer_module()  # python-escpos, for the spooler's first ticket


class KioskBackend(QObject):
    pageChanged = Signal()
    busyChanged = Signal()
    languageChanged = Signal()
    visitorChanged = Signal()
    errorsChanged = Signal()
    ticketChanged = Signal()
    printStateChanged = Signal()
    settingsChanged = Signal()
    staffChanged = Signal()
    staffUnlocked = Signal(bool)
    noticeChanged = Signal()
    formCleared = Signal()  # QML destroys every page holding visitor data
    fullScreenRequested = Signal(bool)
    started = Signal()  # after the first frame: QML compiles the other pages

    def __init__(self, gui: GuiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.ctx = gui.services
        self.engine: Any = None  # the QML engine, retranslated when the language changes
        self.staff = StaffPanel(gui, self)
        self.config_dir = self.staff.config_dir
        language, idle_seconds = self.staff.effective()
        self._language = language if language in i18n.LANGUAGES else "id"
        self.services = ServiceListModel(self.ctx.config.services, self)
        self.services.set_language(self._language)
        self.journey = Journey(gui, self.services, lambda: self._language, self)
        self.book = self.journey.book
        self.print_watch = PrintWatch(gui, self.book, self)
        self.idle = IdleGuard(idle_seconds, self._form_on_screen, self)
        self._notice = ""
        self._notice_timer = QTimer(self, singleShot=True)
        self._notice_timer.timeout.connect(lambda: self._set_notice(""))
        queue = QueueService(self.ctx)
        self._summary = Refresher(self, gui.tasks, queue.summary, self.services.update,
                                  what="kiosk: people waiting per service")
        self._started = False
        self._connect_parts()
        gui.tasks.add_sink(self._show_error, owner=self)

    def _connect_parts(self) -> None:
        """The parts' signals are the facade's: QML binds to the facade only."""
        journey, staff, watch = self.journey, self.staff, self.print_watch
        journey.pageChanged.connect(self.pageChanged)
        journey.busyChanged.connect(self.busyChanged)
        journey.visitorChanged.connect(self.visitorChanged)
        journey.errorsChanged.connect(self.errorsChanged)
        journey.ticketChanged.connect(self.ticketChanged)
        watch.stateChanged.connect(self.printStateChanged)
        staff.settingsChanged.connect(self.settingsChanged)
        staff.openChanged.connect(self.staffChanged)
        staff.unlocked.connect(self.staffUnlocked)
        staff.fullScreenRequested.connect(self.fullScreenRequested)
        journey.issued.connect(watch.watch)
        journey.ticketScreenOver.connect(self.finishTicket)
        watch.problem.connect(
            lambda: journey.keep_ticket_on_screen(PROBLEM_SCREEN_SECONDS))
        self.idle.timedOut.connect(self.idleTimeout)

    @property
    def spooler(self) -> Any:
        """The PrintSpooler beside this kiosk (started with the first frame)."""
        return self.journey.spooler

    @spooler.setter
    def spooler(self, spooler: Any) -> None:
        self.journey.spooler = spooler

    @Slot()
    def start(self) -> None:
        """Once, after the first frame: people waiting per service, and the print spooler."""
        if self._started:
            return
        self._started = True
        subscribe(self.gui.watcher.changed, {Topic.QUEUE}, self.refreshServices, owner=self)
        self.refreshServices()
        if self.spooler is not None:
            self.spooler.start()
        self.gui.tasks.run(_warm_up, lane=Lane.IO, owner=self, what="kiosk: warm-up imports")
        self.started.emit()

    # -------------------------------------------------------------- the notice (errors)
    def _show_error(self, error: BaseException) -> None:
        shown = error if isinstance(error, UserError) else KIOSK_ERROR
        self._set_notice(shown.message(self._language))
        self._notice_timer.start(NOTICE_MS)

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit()

    # -------------------------------------------------------------- properties
    def _check(self) -> Any:
        return self.journey.check

    page = Property(str, lambda self: self.journey.page, notify=pageChanged)
    busy = Property(bool, lambda self: self.journey.busy, notify=busyChanged)
    language = Property(str, lambda self: self._language, notify=languageChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)
    serviceModel = Property(QObject, lambda self: self.services, constant=True)
    officeName = Property(str, lambda self: self.ctx.config.office.name, constant=True)
    officeUnit = Property(str, lambda self: self.ctx.config.office.unit, constant=True)
    officeContact = Property(str, lambda self: " · ".join(
        (self.ctx.config.office.address, self.ctx.config.office.phone,
         self.ctx.config.office.website)), constant=True)
    serviceName = Property(str, lambda self: self.services.name_of(self.journey.service)
                           if self.journey.service else "", notify=visitorChanged)
    serviceLetter = Property(str, lambda self: self.journey.service, notify=visitorChanged)
    returning = Property(bool, lambda self: self._check() is not None and self._check().returning,
                         notify=visitorChanged)
    visitorName = Property(str, lambda self: (self._check().profile or {}).get("name", "")
                           if self._check() else "", notify=visitorChanged)
    form = Property("QVariantMap", lambda self: self.journey.form(), notify=visitorChanged)
    idLast4 = Property(str, lambda self: self._check().facts.last4 if self._check() else "",
                       notify=visitorChanged)
    idError = Property(str, lambda self: self.journey.id_error, notify=errorsChanged)
    fieldErrors = Property("QVariantMap", lambda self: dict(self.journey.field_errors),
                           notify=errorsChanged)
    message = Property(str, lambda self: self.journey.message, notify=errorsChanged)
    choices = Property("QVariantMap", lambda self: {
        name: [{"code": c.code, "label": c.label(self._language)} for c in items]
        for name, items in gf.CHOICES.items()}, notify=languageChanged)
    requiredFields = Property("QStringList", lambda self: sorted(gf.REQUIRED), constant=True)
    consentText = Property(str, lambda self: gf.consent_text(self._language),
                           notify=languageChanged)
    ticket = Property("QVariantMap", lambda self: dict(self.journey.ticket), notify=ticketChanged)
    # "printing" | "printed" | "problem" (show the screen to the officer)
    printState = Property(str, lambda self: self.print_watch.state, notify=printStateChanged)
    idleTimeoutSeconds = Property(int, lambda self: self.idle.seconds, notify=settingsChanged)
    ticketScreenSeconds = Property(int, lambda self: self.ctx.config.kiosk.ticket_screen_seconds,
                                   constant=True)
    photoEnabled = Property(bool, lambda self: self.ctx.config.kiosk.photo_enabled, constant=True)
    defaultLanguage = Property(str, lambda self: self.staff.effective()[0],
                               notify=settingsChanged)
    staffOpen = Property(bool, lambda self: self.staff.is_open, notify=staffChanged)
    pinIsFactory = Property(bool, lambda self: self.staff.pin_is_factory, notify=staffChanged)

    # -------------------------------------------------------------- language
    @Slot(str)
    def setLanguage(self, language: str) -> None:  # noqa: N802
        if language not in i18n.LANGUAGES or language == self._language:
            return
        self._language = language
        i18n.set_language(language)
        self.services.set_language(language)
        if self.engine is not None:
            self.engine.retranslate()
        self.languageChanged.emit()
        self.visitorChanged.emit()

    # -------------------------------------------------------------- journey
    @Slot(str)
    def chooseService(self, letter: str) -> None:  # noqa: N802
        self.journey.choose(letter)

    @Slot(str, str)
    def submitId(self, id_type: str, number: str) -> None:  # noqa: N802
        self.journey.submit_id(id_type, number)

    @Slot("QVariantMap")
    def submitGuest(self, values: dict[str, Any]) -> None:  # noqa: N802
        self.journey.submit_guest(values)

    @Slot(bool)
    def answerConsent(self, agreed: bool) -> None:  # noqa: N802
        self.journey.answer_consent(agreed)

    @Slot(str)
    def issueTicket(self, priority_reason: str) -> None:  # noqa: N802
        self.journey.issue(priority_reason)

    @Slot()
    def back(self) -> None:
        self.journey.back()

    @Slot()
    def finishTicket(self) -> None:  # noqa: N802
        self.reset()

    @Slot()
    def reset(self) -> None:
        """Forget the visitor: every page with their data is destroyed by QML."""
        self.journey.clear()
        self.print_watch.stop()
        self.formCleared.emit()
        self.visitorChanged.emit()
        self.errorsChanged.emit()
        self.ticketChanged.emit()
        self.printStateChanged.emit()
        self.journey.set_page("welcome")
        self.staff.close()

    @Slot()
    def refreshServices(self) -> None:  # noqa: N802
        self._summary.refresh()

    # -------------------------------------------------------------- idle
    def _form_on_screen(self) -> bool:
        return self.journey.page not in ("welcome", "ticket") or self.staff.is_open

    @Slot()
    def touch(self) -> None:
        self.idle.touch()

    @Slot()
    def idleTimeout(self) -> None:  # noqa: N802
        if self.journey.page != "ticket":
            self.reset()

    # -------------------------------------------------------------- staff
    @Slot()
    def openStaff(self) -> None:  # noqa: N802
        self.journey.message = ""
        self.staff.open()
        self.touch()

    @Slot(str)
    def unlockStaff(self, pin: str) -> None:  # noqa: N802
        self.staff.unlock(pin)

    @Slot(str, int, str)
    def saveSettings(self, language: str, idle_seconds: int, new_pin: str) -> None:  # noqa: N802
        self.idle.seconds = self.staff.save(language, idle_seconds, new_pin)

    @Slot()
    def closeStaff(self) -> None:  # noqa: N802
        self.staff.close()

    @Slot()
    def exitFullScreen(self) -> None:  # noqa: N802
        self.staff.exit_full_screen()

    @Slot(result=bool)
    def mayClose(self) -> bool:  # noqa: N802
        return self.staff.allow_close
