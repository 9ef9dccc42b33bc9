"""SQLModel tables: one place for the schema, mirrored by the Alembic migrations.

Personal data (names, contacts, ID) lives only in ``visitor``; a ``visit`` keeps an anonymous
snapshot of the profile (sex, age group, education…) so statistics survive the purge of
personal data after the retention period.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from pst_kiosk.store.types import UTCDateTime


def _at(nullable: bool = True, index: bool = False) -> object:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class Service(SQLModel, table=True):
    """A PST service with its ticket letter (K, P, J, R, A…), from the configuration."""

    id: int | None = Field(default=None, primary_key=True)
    letter: str = Field(max_length=1, unique=True)
    name_id: str
    name_en: str
    active: bool = True
    sort: int = 0


class Counter(SQLModel, table=True):
    """A counter (loket) with the service letters it serves, comma separated."""

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    name: str
    service_letters: str = ""
    active: bool = True


class Staff(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=64)
    full_name: str
    password_hash: str
    role: str = "frontliner"
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = _at()  # type: ignore[assignment]
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]


class Visitor(SQLModel, table=True):
    """A person who came, with personal data kept only until the retention limit."""

    id: int | None = Field(default=None, primary_key=True)
    id_type: str = "ktp"
    id_hash: str | None = Field(default=None, index=True, max_length=64)  # keyed hash (HMAC)
    id_last4: str | None = Field(default=None, max_length=4)
    name: str | None = None
    sex: str | None = Field(default=None, max_length=1)
    birth_year: int | None = None
    education: str | None = None
    occupation: str | None = None
    institution: str | None = None
    institution_type: str | None = None
    phone: str | None = None
    email: str | None = None
    photo_path: str | None = None
    photo_taken_at: datetime | None = _at()  # type: ignore[assignment]
    consent_at: datetime | None = _at()  # type: ignore[assignment]
    consent_version: str | None = None
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    last_visit_at: datetime | None = _at(index=True)  # type: ignore[assignment]
    purged_at: datetime | None = _at()  # type: ignore[assignment]


class Visit(SQLModel, table=True):
    """One guest-book entry; the profile columns are an anonymous snapshot for statistics."""

    id: int | None = Field(default=None, primary_key=True)
    visitor_id: int | None = Field(default=None, foreign_key="visitor.id", index=True)
    day: date = Field(index=True)
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    service_id: int | None = Field(default=None, foreign_key="service.id")
    purpose: str | None = None
    data_needed: str | None = None
    sex: str | None = Field(default=None, max_length=1)
    age_group: str | None = None
    education: str | None = None
    occupation: str | None = None
    institution_type: str | None = None
    # What the visitor gave on this visit, so a past day's export keeps that day's contact
    # even after a returning visitor changes it; ``name`` set means the snapshot was taken
    # (older visits fall back to the visitor row). Wiped by the retention purge.
    name: str | None = None
    institution: str | None = None
    phone: str | None = None
    email: str | None = None


class Ticket(SQLModel, table=True):
    """A queue ticket. ``queued_at`` orders the queue (priority first, then it)."""

    __table_args__ = (
        UniqueConstraint("day", "service_id", "seq", name="uq_ticket_day_service_seq"),
        # A counter serves one ticket at a time: the last guard under every race.
        Index(
            "uq_ticket_counter_active",
            "counter_id",
            unique=True,
            sqlite_where=text("status IN ('called', 'serving')"),
            postgresql_where=text("status IN ('called', 'serving')"),
        ),
        Index("ix_ticket_queue", "day", "status", "service_id", "priority", "queued_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date
    service_id: int = Field(foreign_key="service.id")
    seq: int
    code: str = Field(max_length=8)
    status: str = Field(default="waiting", max_length=12)
    priority: int = 0  # 1 = elderly, disabled, pregnant, with small children
    priority_reason: str = ""
    visit_id: int | None = Field(default=None, foreign_key="visit.id")
    origin_ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    target_counter_id: int | None = Field(default=None, foreign_key="counter.id")
    counter_id: int | None = Field(default=None, foreign_key="counter.id")
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    issued_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    queued_at: datetime = _at(nullable=False)  # type: ignore[assignment]  # the calling order
    # The current state; every call is kept apart in ``ticket_call``, the history figures read.
    waiting_since: datetime = _at(nullable=False)  # type: ignore[assignment]  # entered this wait
    wait_started_at: datetime | None = _at()  # type: ignore[assignment]  # of the current call
    called_at: datetime | None = _at()  # type: ignore[assignment]  # the current call
    last_called_at: datetime | None = _at()  # type: ignore[assignment]  # the last announcement
    call_count: int = 0
    started_at: datetime | None = _at()  # type: ignore[assignment]
    finished_at: datetime | None = _at()  # type: ignore[assignment]
    skipped_at: datetime | None = _at()  # type: ignore[assignment]
    cancelled_at: datetime | None = _at()  # type: ignore[assignment]
    closed_at: datetime | None = _at()  # type: ignore[assignment]  # by the day's end


class TicketCall(SQLModel, table=True):
    """One call of a ticket to a counter, never overwritten: the clocks of ``domain/sla.py``.

    A re-queue or a hand-over opens a new call and leaves the earlier ones as they were, so
    the first wait of a visitor who was skipped still counts, and each counter is charged
    only the service time of its own calls.
    """

    __tablename__ = "ticket_call"
    __table_args__ = (
        Index("ix_ticket_call_queue", "day", "service_id", "called_at"),
        # At most one call of a ticket is open (the counter is not done with it yet).
        Index(
            "uq_ticket_call_open",
            "ticket_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    day: date
    service_id: int = Field(foreign_key="service.id")
    counter_id: int | None = Field(default=None, foreign_key="counter.id")
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    entered_at: datetime = _at(nullable=False)  # type: ignore[assignment]  # entered the queue
    clock_start: datetime = _at(nullable=False)  # type: ignore[assignment]  # standard clock
    called_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    ended_at: datetime | None = _at()  # type: ignore[assignment]
    ended_by: str | None = Field(default=None, max_length=12)  # domain.sla.CallEnd


class DailySequence(SQLModel, table=True):
    """Last number given per local day and service: numbers come from one locked row."""

    __tablename__ = "daily_sequence"

    day: date = Field(primary_key=True)
    service_id: int = Field(primary_key=True, foreign_key="service.id")
    last_seq: int = 0


class ConsultationNote(SQLModel, table=True):
    """What was asked and given; saved as a draft while typed so a crash loses nothing."""

    __tablename__ = "consultation_note"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    visitor_id: int | None = Field(default=None, foreign_key="visitor.id", index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    topic: str = ""
    data_requested: str = ""
    data_given: str = ""
    outcome: str = ""
    followup_service_id: int | None = Field(default=None, foreign_key="service.id")
    followup_ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    notes: str = ""
    is_draft: bool = True
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    updated_at: datetime = _at(nullable=False)  # type: ignore[assignment]


class Complaint(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    channel: str
    received_at: datetime = _at(nullable=False, index=True)  # type: ignore[assignment]
    text: str = ""
    contact: str = ""
    answered_at: datetime | None = _at()  # type: ignore[assignment]
    answer: str = ""
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


class SurveyAnswer(SQLModel, table=True):
    """One IKM (Indeks Kepuasan Masyarakat) answer: nine elements scored 1–4."""

    __tablename__ = "survey_answer"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    day: date = Field(index=True)
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    u1: int
    u2: int
    u3: int
    u4: int
    u5: int
    u6: int
    u7: int
    u8: int
    u9: int
    comment: str = ""


class PrintJob(SQLModel, table=True):
    """A ticket to print: queued after the ticket is committed, done by the spooler."""

    __tablename__ = "print_job"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    kind: str = "ticket"  # ticket | reprint | test
    status: str = Field(default="pending", index=True)
    attempts: int = 0
    last_error: str = ""
    printer: str = ""
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    updated_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    printed_at: datetime | None = _at()  # type: ignore[assignment]


class OfficeClosure(SQLModel, table=True):
    """A day the office is closed beyond national holidays and cuti bersama."""

    __tablename__ = "office_closure"

    day: date = Field(primary_key=True)
    reason: str = ""


class AuditLog(SQLModel, table=True):
    """Who did what and when: every state change of the queue and of personal data."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _at(nullable=False, index=True)  # type: ignore[assignment]
    actor: str  # "staff:<username>", "kiosk", "cli", "system"
    action: str
    entity: str
    entity_id: int | None = None
    detail: str = ""  # JSON


class ChangeTopic(SQLModel, table=True):
    """How many times each change-feed topic was announced: SQLite's way to say what changed.

    ``changefeed.notify`` bumps the row of its topic in the same write transaction, so a
    listener that sees ``PRAGMA data_version`` move reads these few rows and learns which
    topics moved. PostgreSQL carries the topic in the NOTIFY payload instead and never
    writes here (a shared row would make every writer wait for the last one).
    """

    __tablename__ = "change_topic"

    topic: str = Field(primary_key=True, max_length=16)
    version: int = 0


# The online desk's tables live in their own module; imported here so that every user of the
# schema (Alembic, the tests, ``SQLModel.metadata``) sees them, and re-exported for the report.
from pst_kiosk.store.online_models import (  # noqa: E402, F401
    Appointment,
    OnlineMailUid,
    OnlineMessage,
    OnlineRequest,
    OnlineSequence,
)
