"""Which request a message answers, and the headers that make our reply answer it.

A message belongs to a request when its In-Reply-To or References name a message of that
request (ours or the requester's), or, failing that, when its subject carries the request's
number in brackets (``[PST-2026-00042]``, which every reply from the desk has): some mail
programs drop the headers, few drop the subject.
"""

from __future__ import annotations

from email.utils import make_msgid

from sqlmodel import Session, col, select

from pst_kiosk.domain.enums import Direction, OnlineChannel
from pst_kiosk.domain.online_number import number_in_subject, tagged_subject
from pst_kiosk.services.online_desk.mail.parse import ParsedMail
from pst_kiosk.store.models import OnlineMessage, OnlineRequest

MAX_REFERENCES = 20


def find_request(session: Session, mail: ParsedMail) -> OnlineRequest | None:
    ids = [i for i in mail.thread_ids if i]
    if ids:
        found = session.exec(
            select(OnlineMessage.request_id).where(col(OnlineMessage.mail_message_id).in_(ids))
        ).all()
        if found:
            return session.get(OnlineRequest, found[0])
    number = number_in_subject(mail.subject)
    if number is not None:
        return session.exec(select(OnlineRequest).where(OnlineRequest.number == number)).first()
    return None


def already_imported(session: Session, message_id: str) -> int | None:
    """The message row an email with this Message-ID already became (a mailbox whose
    UIDVALIDITY changed hands every message out again under new UIDs)."""
    if not message_id:
        return None
    return session.exec(
        select(OnlineMessage.id).where(OnlineMessage.mail_message_id == message_id)
    ).first()


def reply_headers(session: Session, request: OnlineRequest, office_address: str
                  ) -> dict[str, str]:
    """Subject, To, Message-ID, In-Reply-To and References of the desk's next email."""
    last_in = session.exec(
        select(OnlineMessage)
        .where(OnlineMessage.request_id == request.id,
               OnlineMessage.direction == Direction.IN.value,
               OnlineMessage.channel == OnlineChannel.EMAIL.value,
               OnlineMessage.mail_message_id != "")
        .order_by(col(OnlineMessage.at).desc(), col(OnlineMessage.id).desc())
    ).first()
    references: list[str] = []
    in_reply_to = ""
    subject = request.title
    if last_in is not None:
        references = [r for r in last_in.mail_references.split() if r]
        references.append(last_in.mail_message_id)
        in_reply_to = last_in.mail_message_id
        subject = last_in.mail_subject or subject
    domain = office_address.rpartition("@")[2] or "pst.local"
    return {
        "mail_subject": tagged_subject(subject, request.number),
        "mail_to": request.email,
        "mail_message_id": make_msgid(idstring=request.number.lower(), domain=domain),
        "mail_in_reply_to": in_reply_to,
        "mail_references": " ".join(references[-MAX_REFERENCES:]),
    }
