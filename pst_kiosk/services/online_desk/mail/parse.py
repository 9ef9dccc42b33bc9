"""One message of the mailbox as plain values: who, when, what, how it threads.

The text kept is the plain-text part (or the HTML part reduced to text), at most
``MAX_TEXT`` characters; attachments are kept by name only (the files stay in the mailbox).
Automatic replies ("out of office", RFC 3834 ``Auto-Submitted``) are recognised so that they
do not count as the requester's reply.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

MAX_TEXT = 20_000
_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class ParsedMail:
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    subject: str
    from_name: str
    from_address: str
    date: datetime | None
    text: str
    attachments: tuple[str, ...]
    automatic: bool

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this one answers, nearest first (In-Reply-To, then References)."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids += [r for r in reversed(self.references) if r not in ids]
        return tuple(ids)


def parse(raw: bytes) -> ParsedMail:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    name, address = _sender(message)
    return ParsedMail(
        message_id=_first_id(message.get("Message-ID", "")),
        in_reply_to=_first_id(message.get("In-Reply-To", "")),
        references=tuple(_MSGID.findall(str(message.get("References", "")))),
        subject=" ".join(str(message.get("Subject", "")).split()),
        from_name=name, from_address=address, date=_date(message),
        text=_text(message)[:MAX_TEXT], attachments=_attachments(message),
        automatic=_automatic(message),
    )


def _first_id(value: object) -> str:
    found = _MSGID.findall(str(value or ""))
    return found[0] if found else ""


def _sender(message: EmailMessage) -> tuple[str, str]:
    pairs = getaddresses([str(message.get("Reply-To") or message.get("From", ""))])
    name, address = pairs[0] if pairs else ("", "")
    if not address:
        pairs = getaddresses([str(message.get("From", ""))])
        name, address = pairs[0] if pairs else ("", "")
    return " ".join(name.split()), address.strip().lower()


def _date(message: EmailMessage) -> datetime | None:
    try:
        value = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError):
        return None
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):  # an unknown or lying charset: keep what reads
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if part.get_content_subtype() == "html":
        content = _html_to_text(content)
    return content.replace("\r\n", "\n").strip()


def _html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style).*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _attachments(message: EmailMessage) -> tuple[str, ...]:
    names = []
    for part in message.iter_attachments():
        filename = part.get_filename()
        if filename:
            names.append(" ".join(str(filename).split()))
    return tuple(names)


def _automatic(message: EmailMessage) -> bool:
    auto = str(message.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(message.get("Precedence", "")).strip().lower()
    return (auto not in ("", "no") or precedence in ("auto_reply", "bulk", "junk")
            or message.get("X-Autoreply") is not None)
