"""What the printer did with the ticket on screen: ``printing`` → ``printed`` | ``problem``.

The spooler prints beside the kiosk and records the outcome in the print-job table; the watch
reads the job's status when the change feed says the printer's state moved, and every
``POLL_MS`` besides (a job left pending makes no news). Still not printed after
``patience_ms``, or failed for good: ``problem``, and the screen asks the visitor to show the
ticket to the officer. A read that fails is logged (``gui.tasks``) and the patience decides.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.gui.tasks import Refresher
from pst_kiosk.services.feed import Topic
from pst_kiosk.services.guestbook import GuestBookService

POLL_MS = 300
PATIENCE_MS = 8000  # still not printed after this: show the fallback message


class PrintWatch(QObject):
    stateChanged = Signal()
    problem = Signal()  # the ticket must stay on screen for the officer

    def __init__(self, gui: GuiContext, book: GuestBookService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.state = ""
        self.patience_ms = PATIENCE_MS
        self.error: BaseException | None = None  # the last failed read, if any
        self._job: int | None = None
        self._waited = 0
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._reader = Refresher(self, gui.tasks, self._read, self._seen,
                                 on_error=self._read_failed, what="kiosk: print status")
        subscribe(gui.watcher.changed, {Topic.PRINTER}, self._look, owner=self)

    def watch(self, job_id: int | None) -> None:
        """Follow the print job of the ticket just issued (``None``: nothing will print)."""
        self._job, self._waited, self.error = job_id, 0, None
        self._set_state("printing")
        if job_id is None:
            self._set_state("problem")
        else:
            self._timer.start()

    def stop(self) -> None:
        """The visitor is gone: forget the job (the caller tells QML)."""
        self._timer.stop()
        self._job = None
        self.state = ""

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit()
            if state == "problem":
                self.problem.emit()

    def _tick(self) -> None:
        self._waited += POLL_MS
        self._look()

    def _look(self) -> None:
        if self._job is not None and self.state == "printing":
            self._reader.refresh()

    def _read(self) -> tuple[int | None, str]:
        job = self._job  # read on the worker: compared again when the answer is back
        return job, (self.book.print_status(job) if job is not None else "")

    def _seen(self, answer: tuple[int | None, str]) -> None:
        job, status = answer
        if job is None or job != self._job:
            return  # an answer about a visitor who has already gone
        if status == "printed":
            self._timer.stop()
            self._set_state("printed")
        elif status == "failed" or self._waited >= self.patience_ms:
            self._timer.stop()
            self._set_state("problem")

    def _read_failed(self, error: BaseException) -> None:
        self.error = error
        if self._job is not None and self._waited >= self.patience_ms:
            self._timer.stop()
            self._set_state("problem")
