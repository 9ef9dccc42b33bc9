"""Request numbers (``PST-2026-00042``) and booking codes (``428 913``).

A request number is the year it was received (office zone) and a sequence that restarts each
year. It goes into the subject of every email the desk sends, in square brackets, so a reply
finds its request even when the requester's mail program drops the In-Reply-To header.

A booking code is what a requester with a follow-up appointment types at the kiosk: six
digits (the kiosk's number pad; read out over WhatsApp without confusion between O and 0),
valid on the day of the appointment only.
"""

from __future__ import annotations

import re
import secrets

from pst_kiosk.domain.errors import UserError

PREFIX = "PST"
_NUMBER = re.compile(r"\bPST-(\d{4})-(\d{5})\b", re.IGNORECASE)
_IN_SUBJECT = re.compile(r"\[\s*PST-(\d{4})-(\d{5})\s*\]", re.IGNORECASE)
CODE_DIGITS = 6


def format_number(year: int, seq: int) -> str:
    return f"{PREFIX}-{year:04d}-{seq:05d}"


def parse_number(text: str) -> str:
    """``"pst-2026-42"`` is refused, ``" PST-2026-00042 "`` → ``"PST-2026-00042"``."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        raise UserError(
            "bad_request_number",
            f"Nomor permintaan '{text}' tidak dikenali (contoh: PST-2026-00042).",
            f"Request number '{text}' is not recognised (example: PST-2026-00042).",
        )
    return format_number(int(match.group(1)), int(match.group(2)))


def number_in_subject(subject: str) -> str | None:
    """The request number a subject carries in square brackets (the last one wins: replies
    stack "Re: Re: … [PST-…]")."""
    found = _IN_SUBJECT.findall(subject or "")
    if not found:
        return None
    year, seq = found[-1]
    return format_number(int(year), int(seq))


def tagged_subject(subject: str, number: str) -> str:
    """The subject of a reply from the desk: "Re: <subject> [PST-…]", the tag added once."""
    subject = (subject or "").strip() or "Permintaan data"
    if number_in_subject(subject) != number:
        subject = f"{subject} [{number}]"
    return subject if re.match(r"(?i)^re:", subject) else f"Re: {subject}"


def new_booking_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def normalise_booking_code(text: str) -> str:
    """What the visitor typed (``"428 913"``, ``"428-913"``) → ``"428913"``."""
    digits = re.sub(r"[\s\-.]", "", text or "")
    if not (digits.isdigit() and len(digits) == CODE_DIGITS):
        raise UserError(
            "bad_booking_code",
            f"Kode janji terdiri dari {CODE_DIGITS} angka, misalnya 428913.",
            f"A booking code has {CODE_DIGITS} digits, for example 428913.",
        )
    return digits


def whatsapp_link(number: str, text: str = "") -> str:
    """The ``wa.me`` link that opens the requester's chat in the office's WhatsApp app, with
    ``text`` ready to send. Indonesian numbers as people write them (``0812…``, ``+62 812…``)
    become the international form WhatsApp wants (``62812…``)."""
    from urllib.parse import quote

    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    link = f"https://wa.me/{digits}"
    return link + (f"?text={quote(text)}" if text else "")
