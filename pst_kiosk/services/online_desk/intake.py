"""Registering a request: checked fields, a yearly number from one locked row, the first
message (what the requester wrote, or the officer's summary of a call), consent as at the
kiosk, all in the caller's write transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.clock import as_utc, local_day
from pst_kiosk.domain.enums import Direction, OnlineChannel, OnlineStatus
from pst_kiosk.domain.online_number import format_number
from pst_kiosk.domain.subjects import is_subject
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import records, refusals
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import OnlineRequest, OnlineSequence

TOPIC = Topic.ONLINE


@dataclass(frozen=True)
class NewRequest:
    """What the officer types (or the mail importer reads) for a new request."""

    channel: str
    requester_name: str
    email: str = ""
    whatsapp: str = ""
    institution: str = ""
    consent: bool = False
    subject: str = ""  # a key of domain/subjects.py
    title: str = ""
    data_requested: str = ""
    web_transaction: str = ""  # pst.bps.go.id
    first_message: str = ""
    attachments: tuple[str, ...] = ()
    received_at: datetime | None = None  # when it reached the office (default: now)
    origin_ticket_id: int | None = None  # a walk-in visitor who continues online


def check(new: NewRequest, *, from_mail: bool = False) -> NewRequest:
    """The request with its fields trimmed, or the first problem as a ``UserError``.

    Typed at the desk, a request needs a name, a way back to the requester (email and/or
    WhatsApp: the standard's requirement for the online service), a subject and consent, as
    the kiosk asks it. Imported from the mailbox, only the sender is known: consent and the
    subject are asked before it can be marked complete."""
    channel = new.channel.strip().lower()
    if channel not in set(OnlineChannel):
        raise refusals.field("channel", f"Saluran '{new.channel}' tidak dikenal.",
                             f"Unknown channel '{new.channel}'.")
    name = " ".join(new.requester_name.split())
    email = new.email.strip().lower()
    whatsapp = gf.normalise_phone(new.whatsapp)
    if len(name) < 2 and not from_mail:
        raise refusals.field("requester_name", "Nama pemohon wajib diisi.",
                             "The requester's name is required.")
    for key, value in (("email", email), ("phone", whatsapp)):
        problem = gf.check_fields({key: value}, datetime.now().date()) if value else []
        problem = [p for p in problem if p.field == key]
        if problem and from_mail:  # a sender address we cannot write back to: kept blank
            email = "" if key == "email" else email
        elif problem:
            raise refusals.field("email" if key == "email" else "whatsapp",
                                 problem[0].message_id, problem[0].message_en)
    if not (email or whatsapp) and not from_mail:
        raise refusals.field("email", "Isi email dan/atau nomor WhatsApp pemohon.",
                             "Give the requester's email and/or WhatsApp number.")
    if channel == OnlineChannel.WEB and not new.web_transaction.strip():
        raise refusals.field("web_transaction", "Nomor transaksi pst.bps.go.id wajib diisi.",
                             "The pst.bps.go.id transaction number is required.")
    if new.subject and not is_subject(new.subject):
        raise refusals.field("subject", f"Bidang '{new.subject}' tidak dikenal.",
                             f"Unknown subject '{new.subject}'.")
    if not from_mail:
        if not new.subject:
            raise refusals.field("subject", "Pilih bidang statistik.", "Choose a subject.")
        if not new.consent:
            raise refusals.field("consent", "Persetujuan pemrosesan data pribadi wajib dicatat.",
                                 "Consent to the processing of personal data is required.")
    return NewRequest(
        channel=channel, requester_name=name or email, email=email, whatsapp=whatsapp,
        institution=new.institution.strip(), consent=new.consent, subject=new.subject,
        title=" ".join(new.title.split())[:200], data_requested=new.data_requested.strip(),
        web_transaction=new.web_transaction.strip(), first_message=new.first_message,
        attachments=new.attachments, received_at=new.received_at,
        origin_ticket_id=new.origin_ticket_id,
    )


def register_in(ctx: ServiceContext, session: Session, new: NewRequest, *, actor: str,
                staff_id: int | None = None, **mail: str) -> OnlineRequest:
    """A checked request (``check``) as a row with its number and first message."""
    now = ctx.now()
    received = as_utc(new.received_at) if new.received_at else now
    year = local_day(received, ctx.zone).year
    request = OnlineRequest(
        number=format_number(year, next_seq(session, year)), channel=new.channel,
        web_transaction=new.web_transaction, requester_name=new.requester_name,
        institution=new.institution, email=new.email, whatsapp=new.whatsapp,
        consent_at=now if new.consent else None,
        consent_version=gf.CONSENT_VERSION if new.consent else "",
        subject=new.subject, title=new.title or new.data_requested[:80],
        data_requested=new.data_requested, status=OnlineStatus.RECEIVED,
        received_at=received, updated_at=now, staff_id=staff_id,
        origin_ticket_id=new.origin_ticket_id,
    )
    session.add(request)
    session.flush()
    text = new.first_message.strip() or new.data_requested
    records.add_message(session, request, direction=Direction.IN, channel=new.channel,
                        at=received, text=text, kind="request", attachments=new.attachments,
                        **mail)
    audit.record(session, now, actor, "register", "online_request", request.id,
                 number=request.number, channel=new.channel)
    notify(session, TOPIC)
    return request


def next_seq(session: Session, year: int) -> int:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    table = OnlineSequence.__table__  # type: ignore[attr-defined]
    stmt = (
        dialect.insert(table)
        .values(year=year, last_seq=1)
        .on_conflict_do_update(index_elements=["year"], set_={"last_seq": table.c.last_seq + 1})
        .returning(table.c.last_seq)
    )
    return int(session.execute(stmt).scalar_one())
