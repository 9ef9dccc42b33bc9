"""Personal fields as they may leave the office in a spreadsheet (UU 27/2022).

Always masked, with no switch to turn it off: a spreadsheet is copied and mailed, and the
guest book itself stays in the application for whoever needs the full record. The ID number
is never exported at all: only ``****`` and the last four digits that are stored.
"""

from __future__ import annotations


def name(value: str) -> str:
    """``Budi Santoso`` → ``B*** S***``: enough to recognise a visit, not to identify a person."""
    return " ".join(f"{word[0]}***" for word in value.split())


def phone(value: str) -> str:
    """``081234565678`` → ``0812****5678``; short numbers keep only their last two digits."""
    digits = "".join(ch for ch in value if ch.isdigit() or ch == "+")
    if not digits:
        return ""
    if len(digits) >= 9:
        return f"{digits[:4]}****{digits[-4:]}"
    return f"****{digits[-2:]}"


def email(value: str) -> str:
    """``budi.santoso@gmail.com`` → ``b***@gmail.com``."""
    value = value.strip()
    if "@" not in value:
        return "***" if value else ""
    local, domain = value.rsplit("@", 1)
    return f"{local[:1]}***@{domain}"


def id_number(last4: str) -> str:
    return f"****{last4}" if last4 else ""
