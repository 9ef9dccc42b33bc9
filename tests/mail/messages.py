"""Emails as requesters' mail programs write them."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def mail(sender: str, subject: str, body: str, *, name: str = "", message_id: str = "",
         in_reply_to: str = "", references: str = "", attachment: str = "",
         auto: bool = False) -> tuple[str, bytes]:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>" if name else sender
    message["To"] = "bps8200@bps.go.id"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = message_id or make_msgid(domain=sender.rpartition("@")[2])
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    if auto:
        message["Auto-Submitted"] = "auto-replied"
    message.set_content(body)
    if attachment:
        message.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv",
                               filename=attachment)
    return message["Message-ID"], message.as_bytes()
