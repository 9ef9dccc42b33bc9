"""Print jobs: the durable queue between a committed ticket and the paper.

A ticket is committed with its job in one transaction (``QueueService.issue``); a spooler then
claims jobs one at a time, atomically (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, ``BEGIN
IMMEDIATE`` on SQLite), so two spoolers never print the same job. A failed attempt goes back
to the queue until the retry policy gives up; then the job is "failed" and the counter is
told. A reprint is a new job for the same ticket, so the record keeps every attempt. A job
left "printing" by a crash is failed, not retried: it may have printed, and a duplicate
ticket in a visitor's hand is worse than a reprint button.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, update
from sqlmodel import Session, col, select

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import ACTIVE_AT_COUNTER, PrintStatus, TicketStatus
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.ticket_code import parse_code
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import PrintJob, Service, Ticket

P = PrintStatus
KIND_TICKET, KIND_REPRINT, KIND_TEST = "ticket", "reprint", "test"
EXPIRED = (
    "print_expired: Tiket tidak tercetak tepat waktu; cetak ulang bila perlu. / "
    "The ticket was not printed in time; reprint it if needed."
)
INTERRUPTED = (
    "print_interrupted: Pencetakan terputus; periksa apakah tiket sudah keluar "
    "sebelum mencetak ulang. / Printing was interrupted; check whether the ticket "
    "came out before reprinting."
)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard the spooler tries before it gives up and tells the counter.

    ``delays`` are the pauses before the 2nd, 3rd… attempt; ``expire_after``: a job not
    printed by then is failed instead of printed late, for a visitor long gone from the kiosk.
    """

    max_attempts: int = 3
    delays: tuple[timedelta, ...] = (timedelta(seconds=1), timedelta(seconds=3))
    expire_after: timedelta = timedelta(minutes=5)
    interrupted_after: timedelta = timedelta(minutes=1)

    def delay_before(self, attempt: int) -> timedelta:
        """The pause before attempt number ``attempt`` (2, 3…)."""
        if attempt <= 1 or not self.delays:
            return timedelta(0)
        return self.delays[min(attempt - 2, len(self.delays) - 1)]


@dataclass(frozen=True)
class PrintJobView:
    id: int
    ticket_id: int | None
    ticket_code: str | None
    kind: str
    status: str
    attempts: int
    last_error: str
    printer: str
    created_at: datetime
    updated_at: datetime
    printed_at: datetime | None

    @property
    def error_code(self) -> str:
        return self.last_error.split(":", 1)[0] if self.last_error else ""

    def as_dict(self) -> dict[str, object]:
        return {
            k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in vars(self).items()
        } | {"error_code": self.error_code}


@dataclass(frozen=True)
class PrinterAlert:
    """What the counter shows: today's tickets that did not print and were not reprinted."""

    failed: tuple[PrintJobView, ...] = field(default_factory=tuple)
    pending: int = 0

    @property
    def active(self) -> bool:
        return bool(self.failed)

    @property
    def last_error(self) -> str:
        return self.failed[0].last_error if self.failed else ""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(job.ticket_code or "" for job in self.failed)

    def message(self, language: str = "id") -> str:
        """One line for the counter's status bar, in the staff's language."""
        if not self.failed:
            return ""
        codes = ", ".join(self.codes)
        if language == "en":
            return f"Not printed: {codes}. Check the printer, then reprint."
        return f"Tidak tercetak: {codes}. Periksa printer, lalu cetak ulang."

    def as_dict(self) -> dict[str, object]:
        return {
            "active": self.active,
            "pending": self.pending,
            "codes": list(self.codes),
            "last_error": self.last_error,
            "message": self.message("id"),
            "message_en": self.message("en"),
            "failed": [job.as_dict() for job in self.failed],
        }


class PrintJobService:
    def __init__(self, ctx: ServiceContext, retry: RetryPolicy | None = None) -> None:
        self.ctx = ctx
        self.retry = retry or RetryPolicy()

    # ------------------------------------------------------------ the spooler's side
    def claim_next(self, printer: str = "") -> PrintJobView | None:
        """Take the oldest job that is due, for ``printer``; ``None`` if nothing is due.

        Jobs with no printer named are anyone's; the claim writes the printer's name.
        """
        with self.ctx.db.write() as session:
            now = self.ctx.now()
            self._expire(session, now)
            head = (
                select(PrintJob.id)
                .where(
                    col(PrintJob.status) == P.PENDING,
                    self._due(now),
                    or_(col(PrintJob.printer) == "", col(PrintJob.printer) == printer),
                )
                .order_by(col(PrintJob.id))
                .limit(1)
                .with_for_update(skip_locked=True)
                .scalar_subquery()
            )
            return self._take(session, col(PrintJob.id) == head, printer, now)

    def claim(self, job_id: int, printer: str = "") -> PrintJobView | None:
        """Take one chosen pending job now (CLI reprint); ``None`` if someone else has it."""
        with self.ctx.db.write() as session:
            return self._take(session, col(PrintJob.id) == job_id, printer, self.ctx.now())

    def _take(
        self, session: Session, which: object, printer: str, now: datetime
    ) -> PrintJobView | None:
        taken = session.execute(
            update(PrintJob)
            .where(which, col(PrintJob.status) == P.PENDING)  # type: ignore[arg-type]
            .values(
                status=P.PRINTING, attempts=PrintJob.attempts + 1, updated_at=now, printer=printer
            )
            .returning(col(PrintJob.id))
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        return None if taken is None else self._view(session, taken)

    def _due(self, now: datetime) -> ColumnElement[bool]:
        """First attempts at once; a retry only after its pause."""
        waits = [
            and_(
                col(PrintJob.attempts) == attempts,
                col(PrintJob.updated_at) <= now - self.retry.delay_before(attempts + 1),
            )
            for attempts in range(1, self.retry.max_attempts)
        ]
        return or_(col(PrintJob.attempts) == 0, *waits)

    def _expire(self, session: Session, now: datetime) -> None:
        session.execute(
            update(PrintJob)
            .where(
                col(PrintJob.status) == P.PENDING,
                col(PrintJob.created_at) < now - self.retry.expire_after,
            )
            .values(status=P.FAILED, last_error=EXPIRED, updated_at=now)
            .execution_options(synchronize_session=False)
        )

    def next_due_in(self) -> timedelta | None:
        """How long until a pending job is due (zero: now); ``None``: no pending job."""
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(PrintJob.attempts, PrintJob.updated_at).where(
                    col(PrintJob.status) == P.PENDING
                )
            ).all()
        if not rows:
            return None
        now = self.ctx.now()
        waits = [
            as_utc(updated) + self.retry.delay_before(attempts + 1) - now
            if attempts
            else timedelta(0)
            for attempts, updated in rows
        ]
        return max(timedelta(0), min(waits))

    def mark_printed(self, job_id: int) -> PrintJobView:
        with self.ctx.db.write() as session:
            job = self._printing(session, job_id)
            now = self.ctx.now()
            job.status, job.printed_at, job.updated_at, job.last_error = P.PRINTED, now, now, ""
            session.add(job)
            notify(session, Topic.PRINTER)
            return self._view(session, job.id or 0)

    def mark_failed(self, job_id: int, error: str, *, retry: bool = True) -> PrintJobView:
        """Record a failed attempt: back in the queue while attempts remain, else failed."""
        with self.ctx.db.write() as session:
            job = self._printing(session, job_id)
            again = retry and job.kind != KIND_TEST and job.attempts < self.retry.max_attempts
            job.status = P.PENDING if again else P.FAILED
            job.last_error, job.updated_at = error[:500], self.ctx.now()
            session.add(job)
            if not again:
                notify(session, Topic.PRINTER)
            return self._view(session, job.id or 0)

    def recover_interrupted(self) -> int:
        """Fail jobs a crashed spooler left "printing" (they may have printed: no retry)."""
        with self.ctx.db.write() as session:
            now = self.ctx.now()
            result = session.execute(
                update(PrintJob)
                .where(
                    col(PrintJob.status) == P.PRINTING,
                    col(PrintJob.updated_at) < now - self.retry.interrupted_after,
                )
                .values(status=P.FAILED, last_error=INTERRUPTED, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            count = int(result.rowcount or 0)  # type: ignore[attr-defined]
            if count:
                notify(session, Topic.PRINTER)
            return count

    def _printing(self, session: Session, job_id: int) -> PrintJob:
        job = session.get(PrintJob, job_id, populate_existing=True)
        if job is None:
            raise _unknown_job(job_id)
        if job.status != P.PRINTING:
            raise UserError(
                "print_job_not_claimed",
                f"Tugas cetak {job_id} berstatus '{job.status}', bukan sedang dicetak.",
                f"Print job {job_id} is '{job.status}', not being printed.",
            )
        return job

    # ------------------------------------------------------------ the staff's side
    def reprint(self, ticket_id: int, *, actor: str = "counter") -> PrintJobView:
        """A new job for the same ticket; the failed one stays in the record."""
        with self.ctx.db.write() as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                raise UserError(
                    "unknown_ticket",
                    f"Tiket {ticket_id} tidak ditemukan.",
                    f"Ticket {ticket_id} was not found.",
                )
            now = self.ctx.now()
            job = PrintJob(
                ticket_id=ticket.id,
                kind=KIND_REPRINT,
                status=P.PENDING,
                created_at=now,
                updated_at=now,
            )
            session.add(job)
            session.flush()
            audit.record(
                session, now, actor, "reprint", "ticket", ticket.id, code=ticket.code, job=job.id
            )
            notify(session, Topic.PRINTER)
            return self._view(session, job.id or 0)

    def reprint_code(
        self, code: str, *, day: date | None = None, actor: str = "counter"
    ) -> PrintJobView:
        """Reprint today's ticket by the code staff type (``K-007``, ``k7``)."""
        letter, seq = parse_code(code)
        with self.ctx.db.read() as session:
            ticket_id = session.exec(
                select(Ticket.id)
                .join(Service, col(Service.id) == col(Ticket.service_id))
                .where(
                    Ticket.day == (day or self.ctx.today()),
                    Service.letter == letter,
                    Ticket.seq == seq,
                )
            ).first()
        if ticket_id is None:
            raise UserError(
                "unknown_ticket", f"Tiket {code} tidak ditemukan.", f"Ticket {code} was not found."
            )
        return self.reprint(ticket_id, actor=actor)

    def start_test(self, printer: str) -> PrintJobView:
        """A test-page job, already claimed: ``pst-kiosk printer test`` prints it at once."""
        with self.ctx.db.write() as session:
            now = self.ctx.now()
            job = PrintJob(
                ticket_id=None,
                kind=KIND_TEST,
                status=P.PRINTING,
                attempts=1,
                printer=printer,
                created_at=now,
                updated_at=now,
            )
            session.add(job)
            session.flush()
            return self._view(session, job.id or 0)

    def get(self, job_id: int) -> PrintJobView:
        with self.ctx.db.read() as session:
            if session.get(PrintJob, job_id) is None:
                raise _unknown_job(job_id)
            return self._view(session, job_id)

    def jobs(
        self, *, status: str | None = None, limit: int = 50, ticket_id: int | None = None
    ) -> list[PrintJobView]:
        """Newest first: the record the counter and ``pst-kiosk printer jobs`` show."""
        with self.ctx.db.read() as session:
            query = select(PrintJob.id).order_by(col(PrintJob.id).desc()).limit(limit)
            if status:
                query = query.where(col(PrintJob.status) == status)
            if ticket_id is not None:
                query = query.where(col(PrintJob.ticket_id) == ticket_id)
            return [self._view(session, job_id or 0) for job_id in session.exec(query).all()]

    def alert(self) -> PrinterAlert:
        """Today's failed tickets still worth a reprint: the visitor is waiting or at the
        counter, and no later job for the same ticket is printed or on its way."""
        with self.ctx.db.read() as session:
            later_job = PrintJob.__table__.alias("later")  # type: ignore[attr-defined]
            superseded = (
                select(later_job.c.id)
                .where(
                    later_job.c.ticket_id == PrintJob.ticket_id,
                    later_job.c.id > PrintJob.id,
                    later_job.c.status.in_([P.PENDING, P.PRINTING, P.PRINTED]),
                )
                .exists()
            )
            relevant = (*ACTIVE_AT_COUNTER, TicketStatus.WAITING)
            failed_ids = session.exec(
                select(PrintJob.id)
                .join(Ticket, col(Ticket.id) == col(PrintJob.ticket_id))
                .where(
                    col(PrintJob.status) == P.FAILED,
                    Ticket.day == self.ctx.today(),
                    col(Ticket.status).in_(relevant),
                    ~superseded,
                )
                .order_by(col(PrintJob.updated_at).desc(), col(PrintJob.id).desc())
            ).all()
            pending = session.execute(
                select(func.count())
                .select_from(PrintJob)
                .where(col(PrintJob.status).in_([P.PENDING, P.PRINTING]))
            ).scalar_one()
            return PrinterAlert(
                tuple(self._view(session, i or 0) for i in failed_ids), int(pending)
            )

    # ------------------------------------------------------------ helpers
    def _view(self, session: Session, job_id: int) -> PrintJobView:
        job = session.get(PrintJob, job_id, populate_existing=True)
        assert job is not None
        code = None
        if job.ticket_id is not None:
            code = session.exec(select(Ticket.code).where(Ticket.id == job.ticket_id)).first()
        return PrintJobView(
            id=job.id or 0,
            ticket_id=job.ticket_id,
            ticket_code=code,
            kind=job.kind,
            status=job.status,
            attempts=job.attempts,
            last_error=job.last_error,
            printer=job.printer,
            created_at=job.created_at,
            updated_at=job.updated_at,
            printed_at=job.printed_at,
        )


def _unknown_job(job_id: int) -> UserError:
    return UserError(
        "unknown_print_job",
        f"Tugas cetak {job_id} tidak ditemukan.",
        f"Print job {job_id} was not found.",
    )
