"""One message of the mailbox into the database, exactly once.

Everything a message becomes — a new request, or a message of the request it answers — and
the row that says its (mailbox, UIDVALIDITY, UID) was taken are written in one transaction.
A crash before the commit leaves no trace and the next fetch takes the message again; after
it, the UID row makes the next fetch skip it. Two PCs fetching at once collide on the UID
row's primary key, and the loser's transaction is rolled back whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import OnlineChannel
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import intake, lifecycle
from pst_kiosk.services.online_desk.mail import threading
from pst_kiosk.services.online_desk.mail.parse import ParsedMail, parse
from pst_kiosk.store.models import OnlineMailUid, OnlineMessage, OnlineRequest

ACTOR = "system:mail"


@dataclass(frozen=True)
class Imported:
    uid: int
    outcome: str  # request | reply | duplicate | own | seen
    request_number: str = ""


def import_message(ctx: ServiceContext, mailbox: str, uidvalidity: int, uid: int, raw: bytes,
                   received: datetime | None = None) -> Imported:
    mail = parse(raw)
    try:
        with ctx.db.write() as session:
            if session.get(OnlineMailUid, (mailbox, uidvalidity, uid)) is not None:
                return Imported(uid, "seen")
            outcome, request, message_id = _apply(ctx, session, mail, received)
            session.add(OnlineMailUid(mailbox=mailbox, uidvalidity=uidvalidity, uid=uid,
                                      message_id=message_id, outcome=outcome,
                                      imported_at=ctx.now()))
    except IntegrityError:
        return Imported(uid, "seen")  # another PC took it at the same moment
    return Imported(uid, outcome, request.number if request is not None else "")


def _apply(ctx: ServiceContext, session: Session, mail: ParsedMail, received: datetime | None
           ) -> tuple[str, OnlineRequest | None, int | None]:
    at = as_utc(received) if received else ctx.now()
    if mail.from_address and mail.from_address == ctx.config.mail.address.lower():
        return "own", None, None  # a copy of the office's own email
    duplicate = threading.already_imported(session, mail.message_id)
    if duplicate is not None:
        return "duplicate", None, duplicate
    headers = {"mail_message_id": mail.message_id, "mail_in_reply_to": mail.in_reply_to,
               "mail_references": " ".join(mail.references), "mail_subject": mail.subject}
    request = threading.find_request(session, mail)
    if request is not None:
        lifecycle.receive_in(ctx, session, request.id or 0,
                             mail.text or mail.subject, actor=ACTOR,
                             channel=OnlineChannel.EMAIL, at=at, attachments=mail.attachments,
                             counts=not mail.automatic, kind="auto" if mail.automatic
                             else "message", **headers)
        return "reply", request, _last_message_id(session, request)
    new = intake.check(intake.NewRequest(
        channel=OnlineChannel.EMAIL, requester_name=mail.from_name or mail.from_address,
        email=mail.from_address, title=mail.subject, data_requested=mail.text[:2000],
        first_message=mail.text or mail.subject, attachments=mail.attachments,
        received_at=at), from_mail=True)
    request = intake.register_in(ctx, session, new, actor=ACTOR,
                                 **headers)
    return "request", request, _last_message_id(session, request)


def _last_message_id(session: Session, request: OnlineRequest) -> int | None:
    return session.exec(
        select(OnlineMessage.id).where(OnlineMessage.request_id == request.id)
        .order_by(col(OnlineMessage.id).desc())
    ).first()
