"""The kiosk's "Saya punya janji": a requester with a follow-up appointment types the six-digit
booking code and gets a ticket without the guest book (the desk already knows them), called
first from the booked time (``services/online_desk/checkin``).

A small object of its own beside ``KioskBackend`` (QML sees it as ``checkin``); it borrows the
kiosk's page, ticket screen, print watch and idle reset, so the journey ends exactly like a
walk-in's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.errors import UserError
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.online_desk import CheckIn, OnlineDesk

PAGE = "appointment"


class CheckInBackend(QObject):
    changed = Signal()

    def __init__(self, kiosk: Any, parent: QObject | None = None) -> None:
        super().__init__(parent or kiosk)
        self.kiosk = kiosk
        self.desk = OnlineDesk(kiosk.ctx)
        self._error = ""
        self._busy = False
        self._generation = 0
        kiosk.formCleared.connect(self._forget)

    @Property(str, notify=changed)
    def error(self) -> str:
        return self._error

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def open(self) -> None:  # noqa: A003 - the QML verb
        self._forget()
        self.kiosk.journey.set_page(PAGE)

    @Slot()
    def cancel(self) -> None:
        self.kiosk.reset()

    @Slot(str)
    def submit(self, code: str) -> None:
        if self._busy:
            return
        self._set(busy=True, error="")
        generation = self._generation
        spooler = self.kiosk.spooler

        def work() -> CheckIn:
            done = self.desk.check_in(code, printer=spooler.name if spooler else "")
            if spooler is not None:
                spooler.wake()
            return done

        self.kiosk.gui.tasks.run(work, lambda done: self._done(generation, done),
                                 lambda error: self._failed(generation, error),
                                 lane=Lane.ACTION, owner=self, what="kiosk: appointment check-in")

    def _done(self, generation: int, done: CheckIn) -> None:
        if generation != self._generation:
            return
        self._set(busy=False)
        language = self.kiosk.language
        when = local_time(done.starts_at, self.kiosk.ctx.zone).strftime("%H:%M")
        if language == "en":
            note = (f"Welcome, {done.requester_name}. Your appointment is at {when} WIT"
                    + (f" with {done.officer_name}" if done.officer_name else "") + ". "
                    + ("You will be called first at that time." if done.early
                       else "You will be called first."))
        else:
            note = (f"Selamat datang, {done.requester_name}. Janji Anda pukul {when} WIT"
                    + (f" dengan {done.officer_name}" if done.officer_name else "") + ". "
                    + ("Anda dipanggil pertama pada waktu itu." if done.early
                       else "Anda dipanggil pertama."))
        self.kiosk.journey.present(done.ticket, {"note": note, "appointment": True,
                                                 "ahead": 0 if not done.early
                                                 else done.ticket.people_ahead or 0})

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, UserError):
            error = UserError("kiosk_error", "Terjadi gangguan. Silakan coba lagi atau hubungi "
                              "petugas.", "Something went wrong. Please try again or ask the "
                              "officer.")
        self._set(busy=False, error=error.message(self.kiosk.language))

    def _forget(self) -> None:
        self._generation += 1
        self._set(busy=False, error="")

    def _set(self, *, busy: bool | None = None, error: str | None = None) -> None:
        if busy is not None:
            self._busy = busy
        if error is not None:
            self._error = error
        self.changed.emit()
