"""Ticket codes: service letter + daily sequence, ``K-007``."""

from __future__ import annotations

import re

from pst_kiosk.domain.errors import UserError

_CODE = re.compile(r"^([A-Z])-?(\d{1,4})$")


def format_code(letter: str, seq: int) -> str:
    return f"{letter}-{seq:03d}"


def parse_code(text: str) -> tuple[str, int]:
    """``"k7"``, ``"K-007"`` → ``("K", 7)``; what staff type at the counter or CLI."""
    match = _CODE.match(text.strip().upper())
    if not match:
        raise UserError(
            "bad_ticket_code",
            f"Nomor antrian '{text}' tidak dikenali (contoh: K-007).",
            f"Ticket number '{text}' is not recognised (example: K-007).",
        )
    return match.group(1), int(match.group(2))
