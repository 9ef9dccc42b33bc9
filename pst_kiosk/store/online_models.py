"""Tables of the online desk: requests, their messages, imported mail, appointments.

A request keeps its whole history: every message both ways is a row, a closed request is only
marked closed. The personal data of a requester (name, email, WhatsApp number) lives on the
request row and is what the retention purge blanks; the statistics (channel, subject, the
clock instants) stay.

Email is imported exactly once: each IMAP message is a ``online_mail_uid`` row keyed by
(mailbox, UIDVALIDITY, UID), written in the same transaction as the request or message it
became, so a crash between fetch and commit leaves nothing half done and the next fetch
takes the message again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from pst_kiosk.store.types import UTCDateTime


def _at(nullable: bool = True, index: bool = False) -> object:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class OnlineRequest(SQLModel, table=True):
    """A consultation asked for by web, WhatsApp, email, phone or a visitor who continues
    online; due 3 working days after it became complete (``domain/online_sla``)."""

    __tablename__ = "online_request"
    __table_args__ = (
        UniqueConstraint("number", name="uq_online_request_number"),
        Index("ix_online_request_status_due", "status", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=16)  # PST-2026-00042
    channel: str = Field(max_length=12)
    web_transaction: str = ""  # the pst.bps.go.id transaction number
    requester_name: str = ""
    institution: str = ""
    email: str = ""
    whatsapp: str = ""
    consent_at: datetime | None = _at()  # type: ignore[assignment]
    consent_version: str = ""
    subject: str = ""  # a key of domain/subjects.py
    title: str = ""  # the email subject or a short heading
    data_requested: str = ""
    missing: str = ""  # what was missing before it became complete
    supplied_at: datetime | None = _at()  # type: ignore[assignment]  # when that came
    status: str = Field(default="received", max_length=12)
    close_reason: str = Field(default="", max_length=12)
    received_at: datetime = _at(nullable=False, index=True)  # type: ignore[assignment]
    complete_at: datetime | None = _at()  # type: ignore[assignment]
    due_at: datetime | None = _at()  # type: ignore[assignment]
    answered_at: datetime | None = _at()  # type: ignore[assignment]  # the first answer
    last_officer_at: datetime | None = _at()  # type: ignore[assignment]
    last_requester_at: datetime | None = _at()  # type: ignore[assignment]
    closed_at: datetime | None = _at()  # type: ignore[assignment]
    updated_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    staff_id: int | None = Field(default=None, foreign_key="staff.id")  # the officer on it
    origin_ticket_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("ticket.id", name="fk_online_request_origin_ticket"))
    )
    purged_at: datetime | None = _at()  # type: ignore[assignment]


class OnlineSequence(SQLModel, table=True):
    """The last request number given per year: numbers come from one locked row."""

    __tablename__ = "online_sequence"

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_seq: int = 0


class OnlineMessage(SQLModel, table=True):
    """One message of a request, either way, on any channel; never overwritten."""

    __tablename__ = "online_message"
    __table_args__ = (
        Index("ix_online_message_request", "request_id", "at"),
        Index("ix_online_message_mail_id", "mail_message_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="online_request.id")
    direction: str = Field(max_length=3)  # in | out
    channel: str = Field(max_length=12)
    at: datetime = _at(nullable=False)  # type: ignore[assignment]
    kind: str = Field(default="message", max_length=12)  # message | answer | request
    text: str = ""  # the text, or the officer's summary of a call or a chat
    attachments: str = ""  # file names, one per line
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    mail_message_id: str = ""  # the Message-ID header, for threading
    mail_in_reply_to: str = ""
    mail_references: str = ""
    mail_subject: str = ""
    mail_to: str = ""
    send_status: str = Field(default="", max_length=8)  # domain.enums.SendStatus
    send_error: str = ""
    sent_at: datetime | None = _at()  # type: ignore[assignment]


class OnlineMailUid(SQLModel, table=True):
    """One message of the office mailbox, taken once: what it became, in the same commit."""

    __tablename__ = "online_mail_uid"

    mailbox: str = Field(primary_key=True, max_length=200)  # user@host/folder
    uidvalidity: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    uid: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    message_id: int | None = Field(default=None, foreign_key="online_message.id")
    outcome: str = Field(max_length=12)  # request | reply | duplicate | own
    imported_at: datetime = _at(nullable=False)  # type: ignore[assignment]


class Appointment(SQLModel, table=True):
    """A follow-up by appointment: at the PST (checked in at the kiosk by its code) or by video."""

    __tablename__ = "appointment"
    __table_args__ = (
        UniqueConstraint("code", "day", name="uq_appointment_code_day"),
        Index(
            "uq_appointment_ticket",
            "ticket_id",
            unique=True,
            sqlite_where=text("ticket_id IS NOT NULL"),
            postgresql_where=text("ticket_id IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="online_request.id", index=True)
    kind: str = Field(max_length=8)  # walk_in | video
    day: date = Field(index=True)  # the local day: a code is valid on it only
    starts_at: datetime = _at(nullable=False)  # type: ignore[assignment]
    code: str = Field(max_length=8)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")  # the officer
    meeting_link: str = ""
    service_letter: str = Field(default="K", max_length=1)
    status: str = Field(default="booked", max_length=12)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    checked_in_at: datetime | None = _at()  # type: ignore[assignment]
    created_at: datetime = _at(nullable=False)  # type: ignore[assignment]
