"""What the kiosk's QML sees: one object with the visitor's journey as properties and slots.

The journey is welcome → id → guest → consent → priority → ticket. QML shows a page per step
and calls a slot per tap; every database call leaves the UI thread through ``gui.tasks``, so a
tap always gets its pressed state in the next frame. Idle visitors are forgotten: after
``idle_timeout_seconds`` without input, every half-filled page is destroyed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.ticket_layout import QR_PREFIX
from pst_kiosk.gui import i18n
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.kiosk import staff
from pst_kiosk.gui.kiosk.models import ServiceListModel
from pst_kiosk.services.guestbook import FieldErrors, GuestBookService, GuestEntry, IdCheck
from pst_kiosk.services.queue import QueueService

PAGES = ("welcome", "id", "guest", "consent", "priority", "ticket")
PRINT_POLL_MS = 300
PRINT_PATIENCE_MS = 8000  # still not printed after this: show the fallback message
PROBLEM_SCREEN_SECONDS = 60  # a printer problem keeps the ticket on screen for the officer
_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.TouchUpdate, QEvent.Type.MouseMove, QEvent.Type.Wheel,
}


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
    formCleared = Signal()  # QML destroys every page holding visitor data
    fullScreenRequested = Signal(bool)
    started = Signal()  # after the first frame: QML compiles the other pages

    def __init__(self, gui: GuiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.ctx = gui.services
        self.book = GuestBookService(self.ctx)
        self.queue = QueueService(self.ctx)
        self.config_dir = Path(self.ctx.config.path).parent
        self._staff = staff.load(self.config_dir)
        language, idle = self._staff.effective(self.ctx.config.kiosk)
        self._language = language if language in i18n.LANGUAGES else "id"
        self._idle_seconds = idle
        self.services = ServiceListModel(self.ctx.config.services, self)
        self.services.set_language(self._language)
        self._page = "welcome"
        self._busy = False
        self._staff_open = False
        self._generation = 0  # results of a cleared visitor's tasks are dropped
        self._clear_state()
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.idleTimeout)
        self._back = QTimer(self, singleShot=True)
        self._back.timeout.connect(self.finishTicket)
        self._print_poll = QTimer(self, interval=PRINT_POLL_MS)
        self._print_poll.timeout.connect(self._poll_print)
        self._print_waited = 0
        self.print_patience_ms = PRINT_PATIENCE_MS
        self.spooler: Any = None  # the PrintSpooler beside this kiosk, woken at each ticket
        self._started = False

    @Slot()
    def start(self) -> None:
        """Once, after the first frame: people waiting per service, and the print spooler."""
        if self._started:
            return
        self._started = True
        self.gui.watcher.changed.connect(self.refreshServices)
        self.refreshServices()
        if self.spooler is not None:
            self.spooler.start()
        self.gui.tasks.run(_warm_up, on_error=lambda _error: None)
        self.started.emit()

    # -------------------------------------------------------------- state
    def _clear_state(self) -> None:
        self._service = ""
        self._id_type = "ktp"
        self._id_number = ""
        self._check: IdCheck | None = None
        self._values: dict[str, str] = {}
        self._consent = False
        self._id_error = ""
        self._field_errors: dict[str, str] = {}
        self._message = ""
        self._ticket: dict[str, Any] = {}
        self._print_state = ""
        self._print_job: int | None = None

    def _set_page(self, page: str) -> None:
        if page != self._page:
            self._page = page
            self.pageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _text(self, error: UserError) -> str:
        return error.message(self._language)

    @Property(str, notify=pageChanged)
    def page(self) -> str:
        return self._page

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Property(QObject, constant=True)
    def serviceModel(self) -> QObject:  # noqa: N802
        return self.services

    @Property(str, constant=True)
    def officeName(self) -> str:  # noqa: N802
        return self.ctx.config.office.name

    @Property(str, constant=True)
    def officeUnit(self) -> str:  # noqa: N802
        return self.ctx.config.office.unit

    @Property(str, constant=True)
    def officeContact(self) -> str:  # noqa: N802
        office = self.ctx.config.office
        return f"{office.address} · {office.phone} · {office.website}"

    @Property(str, notify=visitorChanged)
    def serviceName(self) -> str:  # noqa: N802
        return self.services.name_of(self._service) if self._service else ""

    @Property(str, notify=visitorChanged)
    def serviceLetter(self) -> str:  # noqa: N802
        return self._service

    @Property(bool, notify=visitorChanged)
    def returning(self) -> bool:
        return self._check is not None and self._check.returning

    @Property(str, notify=visitorChanged)
    def visitorName(self) -> str:  # noqa: N802
        return (self._check.profile or {}).get("name", "") if self._check else ""

    @Property("QVariantMap", notify=visitorChanged)
    def form(self) -> dict[str, str]:
        """The values the guest book page starts with (last visit, NIK facts, or typed)."""
        if self._values:
            return dict(self._values)
        return self._check.as_form() if self._check else {}

    @Property(str, notify=visitorChanged)
    def idLast4(self) -> str:  # noqa: N802
        return self._check.facts.last4 if self._check else ""

    @Property(str, notify=errorsChanged)
    def idError(self) -> str:  # noqa: N802
        return self._id_error

    @Property("QVariantMap", notify=errorsChanged)
    def fieldErrors(self) -> dict[str, str]:  # noqa: N802
        return dict(self._field_errors)

    @Property(str, notify=errorsChanged)
    def message(self) -> str:
        return self._message

    @Property("QVariantMap", notify=languageChanged)
    def choices(self) -> dict[str, list[dict[str, str]]]:
        return {name: [{"code": c.code, "label": c.label(self._language)} for c in items]
                for name, items in gf.CHOICES.items()}

    @Property("QStringList", constant=True)
    def requiredFields(self) -> list[str]:  # noqa: N802
        return sorted(gf.REQUIRED)

    @Property(str, notify=languageChanged)
    def consentText(self) -> str:  # noqa: N802
        return gf.consent_text(self._language)

    @Property("QVariantMap", notify=ticketChanged)
    def ticket(self) -> dict[str, Any]:
        return dict(self._ticket)

    @Property(str, notify=printStateChanged)
    def printState(self) -> str:  # noqa: N802
        """``printing`` | ``printed`` | ``problem`` (show the screen to the officer)."""
        return self._print_state

    @Property(int, notify=settingsChanged)
    def idleTimeoutSeconds(self) -> int:  # noqa: N802
        return self._idle_seconds

    @Property(int, constant=True)
    def ticketScreenSeconds(self) -> int:  # noqa: N802
        return self.ctx.config.kiosk.ticket_screen_seconds

    @Property(bool, constant=True)
    def photoEnabled(self) -> bool:  # noqa: N802
        return self.ctx.config.kiosk.photo_enabled

    @Property(str, notify=settingsChanged)
    def defaultLanguage(self) -> str:  # noqa: N802
        return self._staff.effective(self.ctx.config.kiosk)[0]

    @Property(bool, notify=staffChanged)
    def staffOpen(self) -> bool:  # noqa: N802
        return self._staff_open

    @Property(bool, notify=staffChanged)
    def pinIsFactory(self) -> bool:  # noqa: N802
        return not self._staff.pin_hash

    # -------------------------------------------------------------- language
    @Slot(str)
    def setLanguage(self, language: str) -> None:  # noqa: N802
        if language not in i18n.LANGUAGES or language == self._language:
            return
        self._language = language
        i18n.set_language(language)
        self.services.set_language(language)
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.retranslate()
        self.languageChanged.emit()
        self.visitorChanged.emit()

    # -------------------------------------------------------------- journey
    @Slot(str)
    def chooseService(self, letter: str) -> None:  # noqa: N802
        self._clear_state()
        self._service = letter
        self.visitorChanged.emit()
        self.errorsChanged.emit()
        self._set_page("id")

    @Slot(str, str)
    def submitId(self, id_type: str, number: str) -> None:  # noqa: N802
        """Check the ID and look up a returning visitor, off the UI thread."""
        if self._busy:
            return
        self._set_busy(True)
        generation = self._generation
        self.gui.tasks.run(
            lambda: self.book.check_id(id_type, number),
            lambda check: self._id_checked(generation, id_type, number, check),
            lambda error: self._failed(generation, error, id_field=True),
        )

    def _id_checked(self, generation: int, id_type: str, number: str, check: IdCheck) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._id_type, self._id_number, self._check = id_type, number, check
        self._values = {}
        self._id_error = ""
        self.errorsChanged.emit()
        self.visitorChanged.emit()
        self._set_page("guest")

    @Slot("QVariantMap")
    def submitGuest(self, values: dict[str, Any]) -> None:  # noqa: N802
        """Field rules are pure and fast: checked right here, shown next to each field."""
        self._values = {k: str(v or "").strip() for k, v in values.items()}
        problems = gf.check_fields(self._values, self.ctx.today())
        self._field_errors = {p.field: p.message(self._language) for p in problems}
        self._message = ""
        self.errorsChanged.emit()
        if not problems:
            self._set_page("consent")

    @Slot(bool)
    def answerConsent(self, agreed: bool) -> None:  # noqa: N802
        self._consent = agreed
        if agreed:
            self._message = ""
            self.errorsChanged.emit()
            self._set_page("priority")
            return
        # nothing of the visitor is kept: the refusal is said, then the journey ends
        from pst_kiosk.services.guestbook import CONSENT_REQUIRED

        message = UserError(*CONSENT_REQUIRED).message(self._language)
        self._values, self._check, self._id_number = {}, None, ""
        self._message = message
        self.errorsChanged.emit()

    @Slot(str)
    def issueTicket(self, priority_reason: str) -> None:  # noqa: N802
        """Guest book + visit + ticket + print job, committed off the UI thread."""
        if self._busy:
            return
        self._set_busy(True)
        entry = GuestEntry(self._id_type, self._id_number, self._service, dict(self._values),
                           self._consent, priority_reason)
        generation = self._generation
        spooler = self.spooler

        def commit() -> Any:
            done = self.book.register(entry, printer=spooler.name if spooler else "")
            if spooler is not None:  # the job is committed: print now, not after the next frame
                spooler.wake()
            return done

        self.gui.tasks.run(commit, lambda done: self._issued(generation, done),
                           lambda error: self._failed(generation, error))

    def _issued(self, generation: int, done: Any) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        ticket = done.ticket
        self._ticket = {
            "code": ticket.code,
            "service": self.services.name_of(ticket.service_letter),
            "ahead": ticket.people_ahead or 0,
            "wait": ticket.estimated_wait_minutes or 0,
            "priority": ticket.priority_reason,
            "qr": f"{QR_PREFIX}|{ticket.code}|{ticket.day.isoformat()}",
            "returning": done.returning,
        }
        # the visitor's personal data is no longer needed on this screen
        self._values, self._check, self._id_number = {}, None, ""
        self._print_job = ticket.print_job_id
        self._print_waited = 0
        self._set_print_state("printing")
        self.ticketChanged.emit()
        self._set_page("ticket")
        self._print_poll.start()
        self._back.start(self.ctx.config.kiosk.ticket_screen_seconds * 1000)

    def _failed(self, generation: int, error: BaseException, id_field: bool = False) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if not isinstance(error, UserError):
            error = UserError("kiosk_error", "Terjadi gangguan. Silakan coba lagi atau hubungi "
                              "petugas.", "Something went wrong. Please try again or ask the "
                              "officer.")
        if isinstance(error, FieldErrors):
            self._field_errors = {p.field: p.message(self._language) for p in error.problems}
            self._set_page("guest")
        elif id_field or error.code.startswith(("nik_", "sim_", "passport_", "other_", "id_")):
            self._id_error = self._text(error)
            if self._page != "id":
                self._set_page("id")
        else:
            self._message = self._text(error)
        self.errorsChanged.emit()

    @Slot()
    def back(self) -> None:
        index = PAGES.index(self._page)
        if 0 < index < PAGES.index("ticket"):
            self._message = ""
            self.errorsChanged.emit()
            self._set_page(PAGES[index - 1])

    @Slot()
    def finishTicket(self) -> None:  # noqa: N802
        self.reset()

    @Slot()
    def reset(self) -> None:
        """Forget the visitor: every page with their data is destroyed by QML."""
        self._generation += 1
        self._back.stop()
        self._print_poll.stop()
        self._clear_state()
        self._set_busy(False)
        self.formCleared.emit()
        self.visitorChanged.emit()
        self.errorsChanged.emit()
        self.ticketChanged.emit()
        self.printStateChanged.emit()
        self._set_page("welcome")
        self._close_staff()

    # -------------------------------------------------------------- printing
    def _set_print_state(self, state: str) -> None:
        if state != self._print_state:
            self._print_state = state
            self.printStateChanged.emit()
            if state == "problem":
                self._back.start(PROBLEM_SCREEN_SECONDS * 1000)

    def _poll_print(self) -> None:
        job = self._print_job
        if job is None:
            self._print_poll.stop()
            self._set_print_state("problem")
            return
        self._print_waited += PRINT_POLL_MS
        generation = self._generation
        self.gui.tasks.run(lambda: self.book.print_status(job),
                           lambda status: self._print_status(generation, status),
                           lambda _error: None)

    def _print_status(self, generation: int, status: str) -> None:
        if generation != self._generation:
            return
        if status == "printed":
            self._print_poll.stop()
            self._set_print_state("printed")
        elif status == "failed" or self._print_waited >= self.print_patience_ms:
            self._print_poll.stop()
            self._set_print_state("problem")

    # -------------------------------------------------------------- services
    @Slot()
    def refreshServices(self) -> None:  # noqa: N802
        self.gui.tasks.run(self.queue.summary, self.services.update, lambda _error: None)

    # -------------------------------------------------------------- idle
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS:
            self.touch()
        return False

    @Slot()
    def touch(self) -> None:
        """Any input restarts the idle clock (not on the ticket screen: it has its own)."""
        if self._page not in ("welcome", "ticket") or self._staff_open:
            self._idle.start(self._idle_seconds * 1000)

    @Slot()
    def idleTimeout(self) -> None:  # noqa: N802
        if self._page != "ticket":
            self.reset()

    # -------------------------------------------------------------- staff
    @Slot()
    def openStaff(self) -> None:  # noqa: N802
        self._staff_open = True
        self._message = ""
        self.staffChanged.emit()
        self.touch()

    @Slot(str)
    def unlockStaff(self, pin: str) -> None:  # noqa: N802
        settings = self._staff
        self.gui.tasks.run(lambda: staff.check_pin(settings, pin, self.ctx.config.kiosk_pin), self._pin_checked,
                           lambda _error: self._pin_checked(False))

    staffUnlocked = Signal(bool)

    def _pin_checked(self, ok: bool) -> None:
        self.staffUnlocked.emit(bool(ok))

    @Slot(str, int, str)
    def saveSettings(self, language: str, idle_seconds: int, new_pin: str) -> None:  # noqa: N802
        settings = self._staff
        if language in i18n.LANGUAGES:
            settings.language = language
        settings.idle_timeout_seconds = max(15, min(int(idle_seconds), 600))
        pin = new_pin.strip()
        config_dir = self.config_dir

        def work() -> None:
            if len(pin) >= staff.MIN_PIN and pin.isdigit():
                settings.pin_hash = staff.hash_pin(pin)
            staff.save(config_dir, settings)

        self._idle_seconds = settings.idle_timeout_seconds
        self.gui.tasks.run(work, lambda _r: self._settings_saved(), lambda _e: None)

    def _settings_saved(self) -> None:
        self.settingsChanged.emit()
        self.staffChanged.emit()

    @Slot()
    def closeStaff(self) -> None:  # noqa: N802
        self._close_staff()

    def _close_staff(self) -> None:
        if self._staff_open:
            self._staff_open = False
            self.staffChanged.emit()

    @Slot()
    def exitFullScreen(self) -> None:  # noqa: N802
        """Staff only (the panel is behind the PIN): the window may now leave full screen."""
        self.allowClose = True
        self.fullScreenRequested.emit(False)

    allowClose = False

    @Slot(result=bool)
    def mayClose(self) -> bool:  # noqa: N802
        return bool(self.allowClose)
