"""A request's way through the desk: complete (the clock starts), messages both ways, the
answer, close and reopen. Each is a ``*_in(ctx, session, …)`` step in the caller's write
transaction, refused outside ``domain/online_states``, audit-logged with the actor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain import online_sla
from pst_kiosk.domain.clock import as_utc, local_day
from pst_kiosk.domain.enums import CloseReason, Direction, OnlineChannel, OnlineStatus, SendStatus
from pst_kiosk.domain.online_states import (
    CLOSE_REASONS_FROM,
    OnlineAction,
    status_before_close,
)
from pst_kiosk.domain.subjects import is_subject
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import records, refusals
from pst_kiosk.services.online_desk.calendar import work_calendar
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import OnlineMessage, OnlineRequest

TOPIC = Topic.ONLINE
A = OnlineAction


@dataclass(frozen=True)
class Reply:
    """A message from the officer: the answer, or a question (what is missing…)."""

    text: str
    channel: str = ""  # default: the request's own channel
    attachments: tuple[str, ...] = field(default_factory=tuple)


def complete_in(ctx: ServiceContext, session: Session, key: int | str, *, actor: str,
                missing: str = "", supplied_at: datetime | None = None,
                consent: bool = False, staff_id: int | None = None) -> OnlineRequest:
    """The request is clear and its requirements complete: the 3-working-day clock starts now.

    ``missing``: what the officer had to ask for, ``supplied_at``: when the requester sent it
    (kept for the record; the clock still starts at this call, the moment it is judged
    complete)."""
    request = records.for_action(session, key, A.COMPLETE)
    now = ctx.now()
    if consent and request.consent_at is None:
        request.consent_at, request.consent_version = now, gf.CONSENT_VERSION
    if request.consent_at is None:
        raise refusals.consent_required(request.number)
    if not request.subject:
        raise refusals.field("subject", f"{request.number}: pilih bidang statistik dahulu.",
                             f"{request.number}: choose a subject first.")
    request.status, request.complete_at = OnlineStatus.COMPLETE, now
    request.due_at = online_sla.due_at(now, work_calendar(session), ctx.zone,
                                       ctx.config.online.hours)
    request.missing = missing.strip()
    request.supplied_at = as_utc(supplied_at) if supplied_at else None
    request.staff_id = request.staff_id or staff_id
    request.updated_at = now
    session.add(request)
    audit.record(session, now, actor, "complete", "online_request", request.id,
                 number=request.number, due_at=request.due_at, missing=request.missing)
    notify(session, TOPIC)
    return request


def reply_in(ctx: ServiceContext, session: Session, key: int | str, reply: Reply, *,
             answer: bool, actor: str, staff_id: int | None = None,
             office_address: str = "") -> tuple[OnlineRequest, OnlineMessage]:
    """An officer's message; ``answer``: it gives the information asked for (the first one
    stops the clock). By email it is queued (``send_status`` pending) in this transaction and
    sent after the commit (``mail.outbox``), so a failed send is never lost nor a sent one
    unrecorded."""
    request = records.for_action(session, key, A.ANSWER if answer else A.WRITE)
    if not reply.text.strip():
        raise refusals.field("text", "Tulis isi pesannya.", "Write the message.")
    now = ctx.now()
    channel = reply.channel or request.channel
    mail: dict[str, str] = {}
    if channel == OnlineChannel.EMAIL:
        if not request.email:
            raise refusals.no_email(request.number)
        from pst_kiosk.services.online_desk.mail import threading as mail_threading

        mail = mail_threading.reply_headers(session, request, office_address)
        mail["send_status"] = SendStatus.PENDING.value
    message = records.add_message(
        session, request, direction=Direction.OUT, channel=channel, at=now, text=reply.text,
        kind="answer" if answer else "message", attachments=reply.attachments,
        staff_id=staff_id, **mail)
    if answer:
        request.status = OnlineStatus.ANSWERED
        request.answered_at = request.answered_at or now
    request.staff_id = request.staff_id or staff_id
    session.add(request)
    audit.record(session, now, actor, "answer" if answer else "write", "online_request",
                 request.id, number=request.number, channel=channel, message=message.id)
    notify(session, TOPIC)
    return request, message


def receive_in(ctx: ServiceContext, session: Session, key: int | str, text: str, *,
               actor: str, channel: str = "", at: datetime | None = None,
               attachments: tuple[str, ...] = (), counts: bool = True, kind: str = "message",
               **mail: str) -> OnlineRequest:
    """A message from the requester (pasted from WhatsApp, noted from a call, or imported
    from the mailbox): it ends the 7-day silence. A closed request keeps it and stays
    closed: the officer decides whether to reopen."""
    request = records.for_action(session, key, A.RECEIVE)
    now = ctx.now()
    records.add_message(session, request, direction=Direction.IN,
                        channel=channel or request.channel, at=as_utc(at) if at else now,
                        text=text, attachments=attachments, counts=counts, kind=kind, **mail)
    audit.record(session, now, actor, "receive", "online_request", request.id,
                 number=request.number)
    notify(session, TOPIC)
    return request


def close_in(ctx: ServiceContext, session: Session, key: int | str, reason: str, *,
             actor: str, note: str = "") -> OnlineRequest:
    request = records.for_action(session, key, A.CLOSE)
    try:
        why = CloseReason(reason)
    except ValueError:
        raise refusals.close_reason(request.number, reason, request.status) from None
    if request.status not in CLOSE_REASONS_FROM[why]:
        raise refusals.close_reason(request.number, why.value, request.status)
    now = ctx.now()
    if why is CloseReason.NO_RESPONSE:
        silent = online_sla.silent_since(request.last_officer_at, request.last_requester_at)
        if silent is None or now < online_sla.no_response_close_due(silent):
            since = silent or now
            raise refusals.not_silent_long_enough(
                request.number, local_day(since, ctx.zone), (now - since).days)
    close(ctx, session, request, why, actor, note=note)
    return request


def close(ctx: ServiceContext, session: Session, request: OnlineRequest, why: CloseReason,
          actor: str, **detail: object) -> None:
    now = ctx.now()
    request.status, request.close_reason, request.closed_at = OnlineStatus.CLOSED, why, now
    request.updated_at = now
    session.add(request)
    audit.record(session, now, actor, "close", "online_request", request.id,
                 number=request.number, reason=why.value, **detail)
    notify(session, TOPIC)


def reopen_in(ctx: ServiceContext, session: Session, key: int | str, *, actor: str,
              note: str = "") -> OnlineRequest:
    """Back to where its history says it was (received, complete or answered); the due
    instant and the first answer are kept, the closing is in the audit log."""
    request = records.for_action(session, key, A.REOPEN)
    now = ctx.now()
    was = request.close_reason
    request.status = status_before_close(request.complete_at is not None,
                                         request.answered_at is not None)
    request.close_reason, request.closed_at, request.updated_at = "", None, now
    session.add(request)
    audit.record(session, now, actor, "reopen", "online_request", request.id,
                 number=request.number, was=was, note=note)
    notify(session, TOPIC)
    return request


EDITABLE = ("requester_name", "institution", "email", "whatsapp", "subject", "title",
            "data_requested", "web_transaction")


def edit_in(ctx: ServiceContext, session: Session, key: int | str, changes: dict[str, str], *,
            actor: str, consent: bool = False) -> OnlineRequest:
    request = records.for_action(session, key, A.EDIT)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise refusals.field(sorted(unknown)[0], "Isian ini tidak dapat diubah.",
                             "This field cannot be changed.")
    values = {k: str(v).strip() for k, v in changes.items()}
    if "whatsapp" in values:
        values["whatsapp"] = gf.normalise_phone(values["whatsapp"])
    if "email" in values:
        values["email"] = values["email"].lower()
    if values.get("subject") and not is_subject(values["subject"]):
        raise refusals.field("subject", f"Bidang '{values['subject']}' tidak dikenal.",
                             f"Unknown subject '{values['subject']}'.")
    now = ctx.now()
    for name, value in values.items():
        setattr(request, name, value)
    if consent and request.consent_at is None:
        request.consent_at, request.consent_version = now, gf.CONSENT_VERSION
    request.updated_at = now
    session.add(request)
    audit.record(session, now, actor, "edit", "online_request", request.id,
                 number=request.number, fields=sorted(values), consent=consent)
    notify(session, TOPIC)
    return request
