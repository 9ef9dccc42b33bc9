"""How figures read in Indonesian: 1.234 · 75,0% · 04:30 · Senin, 30 November 2026.

One module so that the PDF, the spreadsheets and the tests that read the PDF back format a
figure the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from pst_kiosk.domain.sla import format_duration

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
DASH = "–"


def number(value: int | None) -> str:
    return DASH if value is None else f"{value:,}".replace(",", ".")


def percent(share: float | None) -> str:
    """A share 0..1 as ``75,0%``; ``–`` when there is nothing to divide."""
    return DASH if share is None else f"{share * 100:.1f}%".replace(".", ",")


def duration(seconds: float | None) -> str:
    """``mm:ss`` under an hour, ``j:mm:ss`` above, halves rounded up: ``sla.format_duration``,
    the one formatter every face uses too."""
    return format_duration(seconds)


def decimal(value: float | None, places: int = 2) -> str:
    return DASH if value is None else f"{value:.{places}f}".replace(".", ",")


def long_date(day: date, weekday: bool = True) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]}, {text}" if weekday else text


def short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def month_name(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def local_stamp(instant: datetime) -> str:
    """An instant already in local time, as ``30 November 2026 16:00``."""
    return f"{long_date(instant.date(), weekday=False)} {instant:%H:%M}"
