"""What a queue ticket says, as lines fitted to a paper width: no printer, no bytes.

One layout feeds the thermal printer (ESC/POS text mode), the PDF rendition and the golden
files, so the three can never disagree. Widths come from the printer profile as a number of
columns; this module never assumes a paper size. Nothing personal goes on a ticket: no name,
no ID number (UU 27/2022), only the code, the service and the time.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pst_kiosk.domain import labels

PROMISE_ID = "Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai."
PROMISE_EN = "You will be served within 10 minutes after the previous visitor has finished."
FREE_ID = "TIDAK DIPUNGUT BIAYA"
FREE_EN = "Free of charge"
COMPLAINTS_TITLE = "Saran & pengaduan / Complaints:"
COMPLAINT_CHANNELS = (
    "Kotak saran di ruang PST",
    "pengaduan.bps.go.id",
    "bps8200@bps.go.id",
    "SMS/WA 081370208715",
)
QR_PREFIX = "PST-MALUT"
MAX_CODE_SCALE = 4

_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


class Kind(StrEnum):
    TEXT = "text"
    RULE = "rule"  # a full-width line of dashes
    QR = "qr"  # a QR code of ``text``
    BLANK = "blank"


@dataclass(frozen=True)
class Line:
    """One printed line. ``scale`` magnifies width and height (the code); ``small`` is font B."""

    text: str = ""
    kind: Kind = Kind.TEXT
    align: Align = Align.CENTER
    bold: bool = False
    scale: int = 1
    small: bool = False


@dataclass(frozen=True)
class Columns:
    """Characters per line of the profile's font A (normal) and font B (small)."""

    normal: int
    small: int

    def for_line(self, small: bool, scale: int = 1) -> int:
        return (self.small if small else self.normal) // max(1, scale)


@dataclass(frozen=True)
class TicketFacts:
    """Everything a ticket shows, as plain values (built from a ticket by the printing layer)."""

    office_name: str
    office_unit: str
    office_address: str
    office_phone: str
    office_website: str
    code: str
    service_name_id: str
    service_name_en: str
    issued_local: datetime  # aware, in the office's zone
    people_ahead: int | None = None
    estimated_wait_minutes: int | None = None
    priority_reason: str = ""
    reprint: bool = False


@dataclass(frozen=True)
class TicketLayout:
    lines: tuple[Line, ...]
    columns: Columns
    qr_payload: str = ""

    def plain_text(self) -> str:
        """A rough text picture (font B and magnified lines centred on font A's width):
        for the kiosk's log and quick looks, not for exact geometry."""
        out: list[str] = []
        for line in self.lines:
            if line.kind is Kind.RULE:
                out.append("-" * self.columns.normal)
            elif line.kind is Kind.QR:
                out.append(f"[QR {line.text}]".center(self.columns.normal).rstrip())
            elif line.kind is Kind.BLANK:
                out.append("")
            else:
                text = " ".join(line.text) if line.scale > 1 else line.text
                if line.align is Align.CENTER:
                    text = text.center(self.columns.normal)
                out.append(text.rstrip())
        return "\n".join(out) + "\n"


def ascii_text(text: str) -> str:
    """Printer-safe text: typographic marks to ASCII, accents dropped (code page 437 safe)."""
    text = (
        text.replace("–", "-")
        .replace("—", "-")
        .replace("’", "'")
        .replace("·", "-")
        .replace("“", '"')
        .replace("”", '"')
        .replace("±", "+/-")
    )
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_date_text(moment: datetime) -> str:
    """``Senin, 30 November 2026``: Indonesian names whatever the machine's locale."""
    return f"{_DAYS[moment.weekday()]}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def local_time_text(moment: datetime) -> str:
    """``10:00 WIT``: the office zone's own abbreviation."""
    return f"{moment:%H:%M} {moment.tzname() or ''}".strip()


def local_datetime_text(moment: datetime) -> str:
    return f"{local_date_text(moment)} {local_time_text(moment)}"


def qr_payload(facts: TicketFacts) -> str:
    """Non-personal: who issued it, the code and the day, e.g. ``PST-MALUT|K-007|2026-11-30``."""
    return f"{QR_PREFIX}|{facts.code}|{facts.issued_local.date().isoformat()}"


def code_scale(code: str, columns: Columns) -> int:
    """The largest magnification (≤ 4) at which the code still fits on one line."""
    return max(1, min(MAX_CODE_SCALE, columns.normal // max(1, len(code))))


class _Lines(list[Line]):
    """Lines being built, each text wrapped to the width of its font and scale."""

    def __init__(self, columns: Columns) -> None:
        super().__init__()
        self.columns = columns

    def add(
        self,
        text: str,
        *,
        align: Align = Align.CENTER,
        bold: bool = False,
        scale: int = 1,
        small: bool = False,
    ) -> None:
        width = self.columns.for_line(small, scale)
        for part in textwrap.wrap(ascii_text(text), width, break_on_hyphens=False) or [""]:
            self.append(Line(part, Kind.TEXT, align, bold, scale, small))

    def add_fitted(self, text: str, *, bold: bool = False) -> None:
        """One line if at all possible: font A, else font B, else wrapped in font A."""
        text = ascii_text(text)
        small = len(text) > self.columns.normal and len(text) <= self.columns.small
        self.add(text, bold=bold, small=small)

    def mark(self, kind: Kind, text: str = "") -> None:
        self.append(Line(text, kind))


def build_ticket(facts: TicketFacts, columns: Columns) -> TicketLayout:
    """The ticket of DESIGN.md: office, service, big code, time, people ahead, promise,
    "Tidak dipungut biaya", complaint channels and a QR code."""
    lines = _Lines(columns)
    add = lines.add
    lines.add_fitted(facts.office_name, bold=True)
    lines.add_fitted(facts.office_unit)
    add(facts.office_address, small=True)
    add(f"Telp. {facts.office_phone} - {facts.office_website}", small=True)
    lines.mark(Kind.RULE)
    if facts.reprint:
        add("** CETAK ULANG / REPRINT **", bold=True)
    add("Nomor antrian / Queue number")
    add(facts.code, bold=True, scale=code_scale(facts.code, columns))
    add(facts.service_name_id, bold=True)
    if facts.service_name_en:
        add(facts.service_name_en, small=True)
    if facts.priority_reason:
        reason = labels.label(labels.Kind.PRIORITY_REASON, facts.priority_reason)
        add(f"Layanan prioritas: {reason[:1].lower()}{reason[1:]}", bold=True)
    when = local_datetime_text(facts.issued_local)
    if len(when) <= columns.normal:
        add(when)
    else:
        add(local_date_text(facts.issued_local))
        add(local_time_text(facts.issued_local))
    if facts.people_ahead is not None:
        add(f"Antrian di depan Anda: {facts.people_ahead} orang")
        add(f"People ahead of you: {facts.people_ahead}", small=True)
    if facts.estimated_wait_minutes:
        add(f"Perkiraan tunggu: +/- {facts.estimated_wait_minutes} menit")
    lines.mark(Kind.RULE)
    add(PROMISE_ID)
    add(PROMISE_EN, small=True)
    lines.mark(Kind.BLANK)
    add(FREE_ID, bold=True)
    add(FREE_EN, small=True)
    payload = qr_payload(facts)
    lines.mark(Kind.QR, payload)
    lines.mark(Kind.RULE)
    add(COMPLAINTS_TITLE, bold=True, align=Align.LEFT)
    for channel in COMPLAINT_CHANNELS:
        add(f"- {channel}", align=Align.LEFT)
    lines.mark(Kind.BLANK)
    add("Terima kasih / Thank you", small=True)
    return TicketLayout(tuple(lines), columns, payload)


def build_test_page(
    office_name: str, printer: str, columns: Columns, now_local: datetime
) -> TicketLayout:
    """A short page for ``pst-kiosk printer test``: proves width, emphasis, big text and QR."""
    lines = _Lines(columns)
    add = lines.add
    add(office_name, bold=True)
    add("UJI CETAK / TEST PRINT", bold=True)
    lines.mark(Kind.RULE)
    add(f"Printer: {printer}", align=Align.LEFT)
    add(f"Kolom/columns: {columns.normal} / {columns.small}", align=Align.LEFT)
    add(local_date_text(now_local), align=Align.LEFT)
    add(local_time_text(now_local), align=Align.LEFT)
    add(("1234567890" * 10)[: columns.normal], align=Align.LEFT)
    add("TEST", bold=True, scale=code_scale("TEST", columns))
    payload = f"{QR_PREFIX}|TEST|{now_local.date().isoformat()}"
    lines.mark(Kind.QR, payload)
    add(FREE_ID, bold=True)
    return TicketLayout(tuple(lines), columns, payload)
