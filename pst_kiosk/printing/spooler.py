"""The spooler: a background thread that prints queued jobs, so the kiosk never waits.

Issuing a ticket only commits a row; this worker claims it, renders it, checks the printer,
sends the bytes with short timeouts, and records the outcome. Before any byte of a ticket is
sent the printer must say it is ready (where it can talk back): a printer out of paper or a
silent one gets nothing, so a later reprint cannot come out twice. A plain thread, no Qt: the
GUI wraps it, scripts and tests drive ``run_once`` directly.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from pst_kiosk.config import PrinterConfig
from pst_kiosk.domain.errors import UserError
from pst_kiosk.printing.connections import PrinterConnection, describe, open_connection
from pst_kiosk.printing.errors import PrinterFailure
from pst_kiosk.printing.status import Paper, PrinterStatus, no_answer, query_status
from pst_kiosk.printing.tickets import test_page_bytes, ticket_bytes
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.printjobs import (
    KIND_REPRINT,
    KIND_TEST,
    PrintJobService,
    PrintJobView,
    RetryPolicy,
)
from pst_kiosk.services.queue import QueueService

log = logging.getLogger(__name__)
Connector = Callable[[PrinterConfig], PrinterConnection]


@dataclass(frozen=True)
class SendResult:
    before: PrinterStatus
    after: PrinterStatus
    sent: int


def send(connection: PrinterConnection, data: bytes) -> SendResult:
    """Open, check, write, check again, close. Raises ``PrinterFailure`` on any problem."""
    connection.open()
    try:
        before = query_status(connection)
        problem = before.problem()
        if problem is not None and (before.answered or connection.status_required):
            raise problem
        connection.write(data)
        after = query_status(connection)
        if after.answered and after.paper is Paper.OUT:
            raise PrinterFailure(
                "printer_paper_out_while_printing",
                "Kertas habis saat mencetak. Ganti kertas; periksa tiket yang keluar sebelum "
                "mencetak ulang.",
                "Paper ran out while printing. Load paper; check what came out before reprinting.",
            )
        if not after.answered and connection.status_required:
            raise no_answer()
        return SendResult(before, after, len(data))
    finally:
        connection.close()


def printer_status(
    config: PrinterConfig, connect: Connector = open_connection
) -> dict[str, object]:
    """``pst-kiosk printer status``: ask the configured printer, never hang."""
    connection = connect(config)
    result: dict[str, object] = {"printer": connection.where, "profile": config.profile}
    try:
        connection.open()
    except PrinterFailure as failure:
        return result | {
            "reachable": False,
            "ready": False,
            "error": failure.code,
            "message": failure.message_id,
            "message_en": failure.message_en,
        }
    try:
        status = query_status(connection)
    finally:
        connection.close()
    problem = status.problem() if (status.answered or connection.status_required) else None
    result |= {"reachable": True, **status.as_dict()}
    if not status.answered and not connection.status_required:
        result["ready"] = None  # this kind of connection cannot tell
    if problem is not None:
        result |= {
            "error": problem.code,
            "message": problem.message_id,
            "message_en": problem.message_en,
        }
    return result


def _record(error: UserError | PrinterFailure) -> str:
    if isinstance(error, PrinterFailure):
        return error.as_record()
    return f"{error.code}: {error.message_id} / {error.message_en}"


class PrintSpooler:
    """Prints the queue of jobs for one printer, one job at a time."""

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        printer: PrinterConfig | None = None,
        retry: RetryPolicy | None = None,
        poll_seconds: float = 0.5,
        connect: Connector = open_connection,
        on_change: Callable[[PrintJobView], None] | None = None,
        name: str | None = None,
    ) -> None:
        self.ctx = ctx
        self.printer = printer or ctx.config.printer
        self.jobs = PrintJobService(ctx, retry)
        self.queue = QueueService(ctx)
        self.poll_seconds = poll_seconds
        self.connect = connect
        self.on_change = on_change
        self.name = name or f"{socket.gethostname()} {describe(self.printer)}"
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ the worker thread
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="pst-print-spooler", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the worker to finish its current job and end; waits at most ``timeout``."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """A job was just queued (e.g. by this kiosk): look now instead of at the next poll."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.jobs.recover_interrupted()
        except Exception:  # the database may be down at start: keep trying below
            log.exception("spooler: recovering interrupted jobs failed")
        while not self._stop.is_set():
            wait = self.poll_seconds
            try:
                # A read first: an idle kiosk must not take the write lock every poll.
                due = self.jobs.next_due_in()
                if due is not None and due.total_seconds() <= 0:
                    if self.run_once() is not None:
                        continue
                elif due is not None:
                    wait = min(wait, max(due.total_seconds(), 0.01))
            except Exception:  # never let the worker die; the database may be busy or away
                log.exception("spooler: cycle failed")
            self._wake.wait(wait)
            self._wake.clear()

    # ------------------------------------------------------------ one job
    def run_once(self) -> PrintJobView | None:
        """Claim and print the next due job; ``None`` when nothing is due."""
        job = self.jobs.claim_next(self.name)
        if job is None:
            return None
        return self.process(job)

    def drain(self) -> list[PrintJobView]:
        """Print every job that is due now (CLI ``printer spool --once``, tests)."""
        done = []
        while (job := self.run_once()) is not None:
            done.append(job)
        return done

    def process(self, job: PrintJobView) -> PrintJobView:
        """Print a claimed job and record the outcome; never raises for printer trouble."""
        try:
            data = self._render(job)
            connection = self.connect(self.printer)
        except UserError as error:  # configuration: no point in retrying
            return self._done(self.jobs.mark_failed(job.id, _record(error), retry=False))
        try:
            send(connection, data)
        except PrinterFailure as failure:
            log.warning("print job %s (%s) failed: %s", job.id, job.ticket_code, failure.code)
            return self._done(self.jobs.mark_failed(job.id, failure.as_record()))
        return self._done(self.jobs.mark_printed(job.id))

    def _render(self, job: PrintJobView) -> bytes:
        if job.kind == KIND_TEST or job.ticket_id is None:
            return test_page_bytes(self.ctx.config, self.ctx.now(), self.printer)
        ticket = self.queue.get(job.ticket_id)
        return ticket_bytes(ticket, self.ctx.config, self.printer, reprint=job.kind == KIND_REPRINT)

    def _done(self, job: PrintJobView) -> PrintJobView:
        if self.on_change is not None:
            try:
                self.on_change(job)
            except Exception:
                log.exception("spooler: on_change callback failed")
        return job
