"""Working days of the office, for the 3-working-day promise of the online service.

A working day is Monday to Friday, minus Indonesian national holidays and cuti bersama
(``holidays.Indonesia`` with categories "public" and "government": cuti bersama is in
"government"), minus the office closures the admin enters.

Working time is counted as every hour of every working day and no hour of any other day.
Adding n working days to an instant therefore gives:

* an instant inside a working day at time of day t > 00:00: the same wall-clock time t on
  the n-th working day after it (complete Friday 14:00 + 3 → Wednesday 14:00, the weekend
  skipped);
* an instant on a non-working day (weekend, holiday, closure): the count starts at 00:00 of
  the next working day, so the result is the end (24:00) of the n-th working day from there
  (complete Saturday + 3 → end of Wednesday, i.e. Thursday 00:00 as an instant);
* an instant exactly at 00:00 of a working day: the end of the n-th working day counting
  that day as the first.

``working_days_between`` is the inverse: the working time between two instants, in days,
so ``working_days_between(a, add_working_days(a, n)) == n`` in a zone without daylight
saving time (WIT has none).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import holidays

from pst_kiosk.domain.clock import as_utc

HOLIDAY_CATEGORIES = ("public", "government")
DEFAULT_CLOSURE_REASON = "Kantor tutup"
_ONE_DAY = timedelta(days=1)
_MICRO = timedelta(microseconds=1)


class WorkCalendar:
    """Which days the PST works; holiday data is made per year on first use and kept."""

    def __init__(
        self,
        closures: Iterable[date] | Mapping[date, str] = (),
        years: Iterable[int] = (),
    ) -> None:
        """``closures``: office closure days, or a mapping of day → reason (OfficeClosure).

        ``years``: years whose holidays to load now instead of on first use.
        """
        if isinstance(closures, Mapping):
            self._closures = {
                day: reason or DEFAULT_CLOSURE_REASON for day, reason in closures.items()
            }
        else:
            self._closures = dict.fromkeys(closures, DEFAULT_CLOSURE_REASON)
        self._holidays: dict[int, dict[date, str]] = {}
        self._lock = threading.Lock()
        for year in years:
            self._holidays_of(year)

    def is_working_day(self, day: date) -> bool:
        return (
            day.weekday() < 5
            and day not in self._holidays_of(day.year)
            and day not in self._closures
        )

    def reason(self, day: date) -> str | None:
        """Why a day is not worked: the holiday's Indonesian name and/or the closure reason.

        A plain Saturday or Sunday has no reason (None), nor has a working day.
        """
        names = [
            name for name in (self._holidays_of(day.year).get(day), self._closures.get(day)) if name
        ]
        return "; ".join(names) if names else None

    def holidays_in(self, year: int) -> dict[date, str]:
        """The national holidays and cuti bersama of a year (for the admin screen)."""
        return dict(self._holidays_of(year))

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        day += _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def add_working_days(self, start: datetime, n: int, zone: ZoneInfo) -> datetime:
        """The instant ``n`` working days of working time after ``start`` (module docstring).

        A naive ``start`` is taken as UTC (as SQLite returns it). The result is aware, in UTC.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, not {n}")
        start = as_utc(start)
        if n == 0:
            return start
        local = start.astimezone(zone)
        day, at = local.date(), local.time()
        if not self.is_working_day(day):
            day, at = self.next_working_day(day), time.min
        if at == time.min:
            n -= 1  # the whole first day counts: the result is that many days on, at 24:00
            for _ in range(n):
                day = self.next_working_day(day)
            return _local_midnight(day + _ONE_DAY, zone)
        for _ in range(n):
            day = self.next_working_day(day)
        return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)

    def working_days_between(self, a: datetime, b: datetime, zone: ZoneInfo) -> float:
        """Working time from ``a`` to ``b`` in working days (negative if ``b`` is before ``a``).

        Each working day counts by the share of its local hours that fall between the two
        instants, so 14:00 Friday to 14:00 the next Wednesday is exactly 3.0.
        """
        a, b = as_utc(a), as_utc(b)
        if b < a:
            return -self.working_days_between(b, a, zone)
        total = Fraction(0)
        day = a.astimezone(zone).date()
        last = b.astimezone(zone).date()
        while day <= last:
            if self.is_working_day(day):
                begin, end = _local_midnight(day, zone), _local_midnight(day + _ONE_DAY, zone)
                overlap = min(end, b) - max(begin, a)
                if overlap > timedelta(0):
                    total += Fraction(overlap // _MICRO, (end - begin) // _MICRO)
            day += _ONE_DAY
        return float(total)

    def _holidays_of(self, year: int) -> dict[date, str]:
        found = self._holidays.get(year)
        if found is None:
            with self._lock:
                found = self._holidays.setdefault(year, national_holidays(year))
        return found


_NATIONAL: dict[int, dict[date, str]] = {}
_NATIONAL_LOCK = threading.Lock()


def national_holidays(year: int) -> dict[date, str]:
    """The holidays and cuti bersama of a year, made once per process: a calendar is built
    for every read of the online desk (its closures come from the database), and making the
    holiday table is the slow part (~2 ms a year)."""
    found = _NATIONAL.get(year)
    if found is None:
        with _NATIONAL_LOCK:
            found = _NATIONAL.get(year)
            if found is None:
                made = holidays.Indonesia(years=year, language="id", categories=HOLIDAY_CATEGORIES)
                found = {day: str(name) for day, name in made.items() if day.year == year}
                _NATIONAL[year] = found
    return found


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)
