"""The visitor's steps at the kiosk: welcome → id → guest → consent → priority → ticket.

One ``Journey`` holds what one visitor typed and chose, and nothing else: ``clear`` forgets
it all (a new visitor, the idle guard, the end of the ticket screen). The ID check and the
ticket are committed off the UI thread on the ``ACTION`` lane, so a tap gets its pressed look
in the next frame; an answer that comes back for a visitor who was already forgotten (the
``generation`` moved on) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.ticket_layout import QR_PREFIX
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.kiosk.models import ServiceListModel
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.guestbook import (
    CONSENT_REQUIRED,
    FieldErrors,
    GuestBookService,
    GuestEntry,
    IdCheck,
    Registration,
)

PAGES = ("welcome", "id", "guest", "consent", "priority", "ticket")
ID_CODES = ("nik_", "sim_", "passport_", "other_", "id_")
KIOSK_ERROR = UserError(
    "kiosk_error",
    "Terjadi gangguan. Silakan coba lagi atau hubungi petugas.",
    "Something went wrong. Please try again or ask the officer.",
)


class Journey(QObject):
    pageChanged = Signal()
    busyChanged = Signal()
    visitorChanged = Signal()
    errorsChanged = Signal()
    ticketChanged = Signal()
    issued = Signal(object)  # the print job id of the new ticket (or None)
    ticketScreenOver = Signal()  # the ticket screen's time is up: forget the visitor

    def __init__(self, gui: GuiContext, services: ServiceListModel,
                 language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.book = GuestBookService(gui.services)
        self.services = services
        self._language = language
        self.spooler: Any = None  # the PrintSpooler beside this kiosk, woken at each ticket
        self.page = "welcome"
        self.busy = False
        self.generation = 0  # results of a forgotten visitor's tasks are dropped
        self._back = QTimer(self, singleShot=True)
        self._back.timeout.connect(self.ticketScreenOver)
        self._forget()

    # -------------------------------------------------------------- state
    def _forget(self) -> None:
        self.service = ""
        self.id_type = "ktp"
        self.id_number = ""
        self.check: IdCheck | None = None
        self.values: dict[str, str] = {}
        self.consent = False
        self.id_error = ""
        self.field_errors: dict[str, str] = {}
        self.message = ""
        self.ticket: dict[str, Any] = {}

    def _drop_personal_data(self) -> None:
        self.values, self.check, self.id_number = {}, None, ""

    def set_page(self, page: str) -> None:
        if page != self.page:
            self.page = page
            self.pageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit()

    def _text(self, error: UserError) -> str:
        return error.message(self._language())

    def form(self) -> dict[str, str]:
        """The values the guest book page starts with (last visit, NIK facts, or typed)."""
        if self.values:
            return dict(self.values)
        return self.check.as_form() if self.check else {}

    def clear(self) -> None:
        """Forget the visitor (the caller tells QML, which destroys their pages)."""
        self.generation += 1
        self._back.stop()
        self._forget()
        self._set_busy(False)

    def keep_ticket_on_screen(self, seconds: int) -> None:
        self._back.start(seconds * 1000)

    # -------------------------------------------------------------- steps
    def choose(self, letter: str) -> None:
        self._forget()
        self.service = letter
        self.visitorChanged.emit()
        self.errorsChanged.emit()
        self.set_page("id")

    def submit_id(self, id_type: str, number: str) -> None:
        """Check the ID and look up a returning visitor, off the UI thread."""
        if self.busy:
            return
        self._set_busy(True)
        generation = self.generation
        self.gui.tasks.run(
            lambda: self.book.check_id(id_type, number),
            lambda check: self._id_checked(generation, id_type, number, check),
            lambda error: self._failed(generation, error, id_field=True),
            lane=Lane.ACTION, owner=self, what="kiosk: check the ID",
        )

    def _id_checked(self, generation: int, id_type: str, number: str, check: IdCheck) -> None:
        if generation != self.generation:
            return
        self._set_busy(False)
        self.id_type, self.id_number, self.check = id_type, number, check
        self.values = {}
        self.id_error = ""
        self.errorsChanged.emit()
        self.visitorChanged.emit()
        self.set_page("guest")

    def submit_guest(self, values: dict[str, Any]) -> None:
        """Field rules are pure and fast: checked right here, shown next to each field."""
        self.values = {k: str(v or "").strip() for k, v in values.items()}
        problems = gf.check_fields(self.values, self.gui.services.today())
        self.field_errors = {p.field: p.message(self._language()) for p in problems}
        self.message = ""
        self.errorsChanged.emit()
        if not problems:
            self.set_page("consent")

    def answer_consent(self, agreed: bool) -> None:
        self.consent = agreed
        if agreed:
            self.message = ""
            self.errorsChanged.emit()
            self.set_page("priority")
            return
        # nothing of the visitor is kept: the refusal is said, then the journey ends
        self._drop_personal_data()
        self.message = self._text(UserError(*CONSENT_REQUIRED))
        self.errorsChanged.emit()

    def issue(self, priority_reason: str) -> None:
        """Guest book + visit + ticket + print job, committed off the UI thread."""
        if self.busy:
            return
        self._set_busy(True)
        entry = GuestEntry(self.id_type, self.id_number, self.service, dict(self.values),
                           self.consent, priority_reason)
        generation, spooler, book = self.generation, self.spooler, self.book

        def commit() -> Registration:
            done = book.register(entry, printer=spooler.name if spooler else "")
            if spooler is not None:  # the job is committed: print now, not after the next frame
                spooler.wake()
            return done

        self.gui.tasks.run(commit, lambda done: self._issued(generation, done),
                           lambda error: self._failed(generation, error),
                           lane=Lane.ACTION, owner=self, what="kiosk: issue the ticket")

    def _issued(self, generation: int, done: Registration) -> None:
        if generation != self.generation:
            return
        self.present(done.ticket, {"returning": done.returning})

    def present(self, ticket: Any, extra: dict[str, Any]) -> None:
        """The ticket screen for an issued ticket (also the appointment check-in's)."""
        self._set_busy(False)
        self.ticket = {
            "code": ticket.code,
            "service": self.services.name_of(ticket.service_letter),
            "ahead": ticket.people_ahead or 0,
            "wait": ticket.estimated_wait_minutes or 0,
            "priority": ticket.priority_reason,
            "qr": f"{QR_PREFIX}|{ticket.code}|{ticket.day.isoformat()}",
            "note": "",
            **extra,
        }
        self._drop_personal_data()  # no longer needed on this screen
        self.keep_ticket_on_screen(self.gui.services.config.kiosk.ticket_screen_seconds)
        self.issued.emit(ticket.print_job_id)  # a printer problem keeps it on screen longer
        self.ticketChanged.emit()
        self.set_page("ticket")

    def _failed(self, generation: int, error: BaseException, id_field: bool = False) -> None:
        """Shown on the page the visitor is on (the error itself is in the kiosk's log)."""
        if generation != self.generation:
            return
        self._set_busy(False)
        shown = error if isinstance(error, UserError) else KIOSK_ERROR
        if isinstance(shown, FieldErrors):
            self.field_errors = {p.field: p.message(self._language()) for p in shown.problems}
            self.set_page("guest")
        elif id_field or shown.code.startswith(ID_CODES):
            self.id_error = self._text(shown)
            self.set_page("id")
        else:
            self.message = self._text(shown)
        self.errorsChanged.emit()

    def back(self) -> None:
        if self.page not in PAGES:  # a page of its own (the appointment check-in)
            return
        index = PAGES.index(self.page)
        if 0 < index < PAGES.index("ticket"):
            self.message = ""
            self.errorsChanged.emit()
            self.set_page(PAGES[index - 1])
