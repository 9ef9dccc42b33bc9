"""Printer status where the printer answers: online, paper near end, paper out, cover open.

Uses the real-time ``DLE EOT n`` requests, which a printer answers at once even while it is
stopped (paper out, cover open), unlike ``GS r`` which queues behind print data. Each reply
is one byte of the form ``0xx1xx10``; anything else is treated as no answer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from pst_kiosk.printing.connections import PrinterConnection
from pst_kiosk.printing.errors import PrinterFailure

DLE_EOT = b"\x10\x04"
_PRINTER, _OFFLINE_CAUSE, _PAPER = 1, 2, 4


class Paper(StrEnum):
    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said. ``answered`` False: it said nothing (or cannot talk back)."""

    answered: bool
    online: bool | None = None
    paper: Paper = Paper.UNKNOWN
    cover_open: bool | None = None

    @property
    def ready(self) -> bool:
        """Fit to print: answered, online, with paper (near end still prints)."""
        return self.answered and self.online is not False and self.paper is not Paper.OUT

    def problem(self) -> PrinterFailure | None:
        """Why it cannot print now, in words for the counter; ``None`` if it can."""
        if not self.answered:
            return no_answer()
        if self.paper is Paper.OUT:
            return PrinterFailure(
                "printer_paper_out",
                "Kertas printer habis. Ganti gulungan kertas, lalu cetak ulang.",
                "The printer is out of paper. Load a new roll, then reprint.",
            )
        if self.cover_open:
            return PrinterFailure(
                "printer_cover_open",
                "Tutup printer terbuka. Tutup, lalu cetak ulang.",
                "The printer cover is open. Close it, then reprint.",
            )
        if self.online is False:
            return PrinterFailure(
                "printer_offline",
                "Printer sedang offline. Periksa printer, lalu cetak ulang.",
                "The printer is offline. Check it, then reprint.",
            )
        return None

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "paper": self.paper.value, "ready": self.ready}


def no_answer() -> PrinterFailure:
    return PrinterFailure(
        "printer_no_answer",
        "Printer tersambung tetapi tidak menjawab. Matikan dan nyalakan printer, lalu cetak ulang.",
        "The printer is connected but does not answer. Switch it off and on, then reprint.",
    )


def _valid(reply: bytes) -> int | None:
    if len(reply) >= 1 and reply[-1] & 0x93 == 0x12:
        return reply[-1]
    return None


def _ask(connection: PrinterConnection, n: int) -> int | None:
    connection.write(DLE_EOT + bytes([n]))
    return _valid(connection.read(1))


def query_status(connection: PrinterConnection) -> PrinterStatus:
    """Ask an open connection for its status; ``answered=False`` if it stays silent."""
    if not connection.answers_status:
        return PrinterStatus(answered=False)
    printer = _ask(connection, _PRINTER)
    if printer is None:
        return PrinterStatus(answered=False)
    online = not printer & 0x08
    cause = _ask(connection, _OFFLINE_CAUSE)
    cover_open = None if cause is None else bool(cause & 0x04)
    stopped_by_paper_end = cause is not None and bool(cause & 0x20)
    paper_byte = _ask(connection, _PAPER)
    if paper_byte is None:
        paper = Paper.OUT if stopped_by_paper_end else Paper.UNKNOWN
    elif paper_byte & 0x60:
        paper = Paper.OUT
    elif paper_byte & 0x0C:
        paper = Paper.NEAR_END
    else:
        paper = Paper.OK
    return PrinterStatus(answered=True, online=online, paper=paper, cover_open=cover_open)
