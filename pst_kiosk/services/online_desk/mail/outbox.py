"""Replies written in the desk go out over SMTP (TLS), after the commit that recorded them.

The answer and its ``pending`` message row are one transaction (``lifecycle.reply_in``); the
outbox then claims the row (``sending``), sends it, and marks it ``sent`` or ``failed`` with
the server's reason. A failed message stays on the request, shown as not sent, and is tried
again by the next ``send_pending`` (the counter's housekeeping, or the officer's retry). A PC
killed between the send and the mark leaves a ``sending`` row that is tried again after
``STALE_SENDING``: at worst the requester receives the same email twice, with the same
Message-ID, which mail programs show once.
"""

from __future__ import annotations

import mimetypes
import smtplib
import ssl
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from sqlalchemy import and_, or_, update
from sqlmodel import col

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import SendStatus
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk.mail import settings as mail_settings
from pst_kiosk.services.online_desk.mail.fetch import unreachable
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import OnlineMessage, OnlineRequest

STALE_SENDING = timedelta(minutes=10)
FOOTER = ("\n\n--\n{office}\nPelayanan Statistik Terpadu (PST) · {website}\n"
          "Nomor permintaan: {number}. Layanan ini tidak dipungut biaya.\n"
          "Balas email ini dengan tetap menyertakan nomor permintaan pada subjek.")


@dataclass(frozen=True)
class SendResult:
    message_id: int
    request_number: str
    status: str
    error: str = ""

    def as_dict(self) -> dict[str, object]:
        return vars(self)


def send_pending(ctx: ServiceContext, message_id: int | None = None,
                 settings: mail_settings.MailSettings | None = None) -> list[SendResult]:
    """Send the pending (and failed) emails, or only ``message_id``; one result each."""
    settings = settings or mail_settings.load(ctx.config)
    results = []
    for claimed in _claim(ctx, message_id):
        results.append(_send_one(ctx, settings, claimed))
    return results


def _claim(ctx: ServiceContext, message_id: int | None) -> list[int]:
    now = ctx.now()
    waiting = or_(col(OnlineMessage.send_status).in_([SendStatus.PENDING, SendStatus.FAILED]),
                  and_(OnlineMessage.send_status == SendStatus.SENDING,
                       col(OnlineMessage.at) < now - STALE_SENDING))
    with ctx.db.write() as session:
        query = update(OnlineMessage).where(waiting)
        if message_id is not None:
            query = query.where(OnlineMessage.id == message_id)
        rows = session.execute(
            query.values(send_status=SendStatus.SENDING).returning(OnlineMessage.id)
            .execution_options(synchronize_session=False)
        ).scalars().all()
    return sorted(int(r) for r in rows)


def _send_one(ctx: ServiceContext, settings: mail_settings.MailSettings, message_id: int
              ) -> SendResult:
    with ctx.db.read() as session:
        message = session.get(OnlineMessage, message_id)
        assert message is not None
        request = session.get(OnlineRequest, message.request_id)
        assert request is not None
    email = compose(ctx, settings, message, request)
    error = ""
    try:
        deliver(settings, email)
    except UserError as exc:
        error = exc.message_en
    with ctx.db.write() as session:
        row = session.get(OnlineMessage, message_id)
        assert row is not None
        row.send_status = SendStatus.FAILED if error else SendStatus.SENT
        row.send_error = error
        row.sent_at = None if error else ctx.now()
        session.add(row)
        audit.record(session, ctx.now(), "system:mail", "send_failed" if error else "sent",
                     "online_message", message_id, number=request.number, error=error)
        notify(session, Topic.ONLINE)
    return SendResult(message_id, request.number, row.send_status, error)


def compose(ctx: ServiceContext, settings: mail_settings.MailSettings, message: OnlineMessage,
            request: OnlineRequest) -> EmailMessage:
    office = ctx.config.office
    email = EmailMessage()
    email["From"] = formataddr((settings.mail.display_name, settings.mail.address))
    email["To"] = formataddr((request.requester_name, message.mail_to or request.email))
    email["Subject"] = message.mail_subject
    email["Message-ID"] = message.mail_message_id
    email["Date"] = format_datetime(as_utc(message.at))
    if message.mail_in_reply_to:
        email["In-Reply-To"] = message.mail_in_reply_to
    if message.mail_references:
        email["References"] = message.mail_references
    email.set_content(message.text + FOOTER.format(office=office.name, website=office.website,
                                                    number=request.number))
    for name in message.attachments.splitlines():
        path = Path(name)
        if path.is_file():
            kind = (mimetypes.guess_type(path.name)[0] or "application/octet-stream").split("/")
            email.add_attachment(path.read_bytes(), maintype=kind[0], subtype=kind[1],
                                 filename=path.name)
    return email


def deliver(settings: mail_settings.MailSettings, email: EmailMessage) -> None:
    mail = settings.mail
    context = settings.tls_context()
    try:
        if mail.smtp_security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(mail.smtp_host, mail.smtp_port,
                                                    timeout=mail.timeout_seconds,
                                                    context=context)
        else:
            server = smtplib.SMTP(mail.smtp_host, mail.smtp_port, timeout=mail.timeout_seconds)
        with server:
            server.ehlo()
            if mail.smtp_security == "starttls":
                server.starttls(context=context)
                server.ehlo()
            if server.has_extn("auth"):
                server.login(settings.smtp.username, settings.smtp.password)
            server.send_message(email)
    except smtplib.SMTPAuthenticationError:
        raise UserError(
            "mail_login_failed",
            f"Server SMTP {mail.smtp_host} menolak login {settings.smtp.username}.",
            f"The SMTP server {mail.smtp_host} refused the login of {settings.smtp.username}.",
        ) from None
    except (TimeoutError, smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise unreachable("SMTP", mail.smtp_host, mail.smtp_port, exc) from None
