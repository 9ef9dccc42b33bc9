"""The online desk's clocks: answer by the close of office hours on the third working day after
the day the request became complete; close after 7 silent calendar days.

The holiday and cuti bersama dates below are the official lists (SKB 3 Menteri) for 2025, 2026
and 2027, typed in here independently of the ``holidays`` package the product uses.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from pst_kiosk.domain.online_sla import (
    ANSWER_WORKING_DAYS,
    NO_RESPONSE_AFTER,
    DueKind,
    OfficeHours,
    due_at,
    due_state,
    is_overdue,
    no_response_close_due,
    silent_since,
    working_days_after,
)
from pst_kiosk.domain.workdays import WorkCalendar

WIT = ZoneInfo("Asia/Jayapura")

OFFICIAL_DAYS_OFF = {
    2025: ["01-01", "01-27", "01-28", "01-29", "03-28", "03-29", "03-31", "04-01", "04-02",
           "04-03", "04-04", "04-07", "04-18", "04-20", "05-01", "05-12", "05-13", "05-29",
           "05-30", "06-01", "06-06", "06-09", "06-27", "08-17", "08-18", "09-05", "12-25",
           "12-26"],
    2026: ["01-01", "01-16", "02-16", "02-17", "03-18", "03-19", "03-20", "03-21", "03-22",
           "03-23", "03-24", "04-03", "04-05", "05-01", "05-14", "05-15", "05-27", "05-28",
           "05-31", "06-01", "06-16", "08-17", "08-25", "12-24", "12-25"],
    2027: ["01-01", "01-05", "02-05", "02-06", "03-08", "03-09", "03-10", "03-11", "03-12",
           "03-15", "03-25", "03-26", "03-28", "05-01", "05-06", "05-17", "05-18", "05-19",
           "05-20", "06-01", "06-06", "08-15", "08-17", "12-24", "12-25", "12-26"],
}


def wit(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIT)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def test_the_standard_numbers() -> None:
    assert ANSWER_WORKING_DAYS == 3
    assert NO_RESPONSE_AFTER == timedelta(days=7)


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_the_calendar_agrees_with_the_official_lists_on_every_day(cal, year) -> None:
    off = {date.fromisoformat(f"{year}-{md}") for md in OFFICIAL_DAYS_OFF[year]}
    day = date(year, 1, 1)
    while day.year == year:
        expected = day.weekday() < 5 and day not in off
        assert cal.is_working_day(day) is expected, day
        day += timedelta(days=1)


@pytest.mark.parametrize(("complete", "due"), [
    # an ordinary week: Monday morning or Monday night → Thursday at closing time
    (wit(2026, 11, 30, 9, 0), wit(2026, 12, 3, 16, 0)),
    (wit(2026, 11, 30, 23, 59), wit(2026, 12, 3, 16, 0)),
    # Friday → Wednesday, the weekend skipped
    (wit(2026, 11, 27, 14, 0), wit(2026, 12, 2, 16, 0)),
    # the Friday before a long weekend: Independence Day Monday 17 Aug 2026
    (wit(2026, 8, 14, 10, 0), wit(2026, 8, 20, 16, 0)),
    # the Friday before Waisak + cuti bersama (Mon 12, Tue 13 May 2025): due on a Friday
    (wit(2025, 5, 9, 15, 30), wit(2025, 5, 16, 16, 30)),
    # the Friday before Nyepi and Idul Fitri 2026 (Wed 18 – Tue 24 March off)
    (wit(2026, 3, 13, 11, 0), wit(2026, 3, 25, 16, 0)),
    # on a holiday: Christmas Friday 25 Dec 2026 → Mon 28, Tue 29, Wed 30
    (wit(2026, 12, 25, 10, 0), wit(2026, 12, 30, 16, 0)),
    # on a cuti bersama day: Wed 2 Apr 2025 → Tue 8, Wed 9, Thu 10
    (wit(2025, 4, 2, 9, 0), wit(2025, 4, 10, 16, 0)),
    # on a Sunday
    (wit(2026, 11, 29, 12, 0), wit(2026, 12, 2, 16, 0)),
    # across the new year: 31 Dec, (1 Jan, weekend, 5 Jan Isra Mikraj) 4 Jan, 6 Jan 2027
    (wit(2026, 12, 30, 9, 0), wit(2027, 1, 6, 16, 0)),
    # across the new year 2025 → 2026: Tue 30, Wed 31, (1 Jan) Fri 2 Jan → Friday hours
    (wit(2025, 12, 29, 9, 0), wit(2026, 1, 2, 16, 30)),
    # just before Christmas 2025: Wed 24, (Thu 25, Fri 26) Mon 29, Tue 30
    (wit(2025, 12, 23, 16, 0), wit(2025, 12, 30, 16, 0)),
])
def test_due_by_closing_time_of_the_third_working_day_after(cal, complete, due) -> None:
    assert due_at(complete, cal, WIT) == due
    assert due_at(complete, cal, WIT).tzinfo is UTC


def test_at_23_59_wit_it_is_still_that_day_and_at_00_00_the_next() -> None:
    cal = WorkCalendar()
    # Thursday 23:59 WIT (14:59 UTC) counts from Thursday: Fri, Mon, Tue
    assert due_at(wit(2026, 11, 26, 23, 59), cal, WIT) == wit(2026, 12, 1, 16, 0)
    # one minute later it is Friday: Mon, Tue, Wed
    assert due_at(wit(2026, 11, 27, 0, 0), cal, WIT) == wit(2026, 12, 2, 16, 0)


def test_the_day_is_the_office_day_never_the_utc_date() -> None:
    # Friday 07:00 WIT is Thursday 22:00 UTC; a UTC reading would give Tuesday
    complete = datetime(2026, 11, 26, 22, 0, tzinfo=UTC)
    assert due_at(complete, WorkCalendar(), WIT) == wit(2026, 12, 2, 16, 0)
    # a naive value (as SQLite returns it) is UTC
    assert due_at(complete.replace(tzinfo=None), WorkCalendar(), WIT) == wit(2026, 12, 2, 16, 0)


def test_an_office_closure_is_not_a_working_day() -> None:
    cal = WorkCalendar(closures={date(2026, 12, 1): "Gangguan listrik"})
    assert due_at(wit(2026, 11, 27, 14, 0), cal, WIT) == wit(2026, 12, 3, 16, 0)
    # a closure on the day it became complete changes nothing: the count starts after it
    cal = WorkCalendar(closures={date(2026, 11, 30): "Rapat kerja"})
    assert due_at(wit(2026, 11, 30, 9, 0), cal, WIT) == wit(2026, 12, 3, 16, 0)


def test_office_hours_come_from_the_configuration() -> None:
    hours = OfficeHours.parse("08:00-15:30", "08:00-16:00")
    assert hours.closing(date(2026, 12, 3)) == time(15, 30)
    assert hours.closing(date(2026, 12, 4)) == time(16, 0)
    assert due_at(wit(2026, 11, 30, 9), WorkCalendar(), WIT, hours) == wit(2026, 12, 3, 15, 30)
    with pytest.raises(ValueError):
        OfficeHours.parse("16:00-07:30", "07:30-16:30")
    with pytest.raises(ValueError):
        OfficeHours.parse("pagi", "07:30-16:30")


def test_is_overdue_when_answered() -> None:
    due = wit(2026, 12, 2, 16, 0)
    later = wit(2026, 12, 9)
    assert not is_overdue(due, due - timedelta(seconds=1), later)
    assert not is_overdue(due, due, later)  # at the due instant: on time
    assert is_overdue(due, due + timedelta(seconds=1), later)
    assert not is_overdue(due, wit(2026, 11, 30, 9, 0), wit(2027, 1, 1))


def test_is_overdue_when_not_answered_yet() -> None:
    due = wit(2026, 12, 2, 16, 0)
    assert not is_overdue(due, None, due - timedelta(minutes=1))
    assert not is_overdue(due, None, due)
    assert is_overdue(due, None, due + timedelta(microseconds=1))


def test_due_state_counts_working_days_left_and_late(cal) -> None:
    due = wit(2026, 12, 3, 16, 0)  # Thursday
    assert due_state(due, wit(2026, 11, 30, 9), cal, WIT).kind is DueKind.ON_TRACK
    assert due_state(due, wit(2026, 11, 30, 9), cal, WIT).working_days == 3
    assert due_state(due, wit(2026, 12, 2, 17), cal, WIT).working_days == 1
    today = due_state(due, wit(2026, 12, 3, 8), cal, WIT)
    assert (today.kind, today.working_days) == (DueKind.DUE_TODAY, 0)
    assert due_state(due, due, cal, WIT).kind is DueKind.DUE_TODAY  # at the instant: on time
    evening = due_state(due, wit(2026, 12, 3, 16, 1), cal, WIT)
    assert (evening.kind, evening.working_days) == (DueKind.OVERDUE, 0)
    # Friday, then Monday: one and two working days late; the weekend adds nothing
    assert due_state(due, wit(2026, 12, 4, 9), cal, WIT).working_days == 1
    assert due_state(due, wit(2026, 12, 6, 9), cal, WIT).working_days == 1
    assert due_state(due, wit(2026, 12, 7, 9), cal, WIT).working_days == 2


def test_working_days_after_skips_days_off(cal) -> None:
    assert working_days_after(date(2026, 12, 23), date(2026, 12, 28), cal) == 1  # 24, 25 off
    assert working_days_after(date(2026, 12, 28), date(2026, 12, 28), cal) == 0


def test_no_response_close_due_is_seven_calendar_days() -> None:
    last_message = wit(2026, 12, 18, 16, 30)
    close_from = no_response_close_due(last_message)
    assert close_from == wit(2026, 12, 25, 16, 30)  # Christmas and weekends do not stretch it
    assert close_from.tzinfo is UTC
    assert no_response_close_due(datetime(2026, 12, 18, 7, 30)) == close_from


def test_silence_starts_at_the_officers_last_message_and_a_reply_ends_it() -> None:
    ours = wit(2026, 12, 1, 10)
    assert silent_since(None, None) is None  # nothing written to the requester yet
    assert silent_since(ours, None) == ours
    assert silent_since(ours, ours - timedelta(hours=1)) == ours
    assert silent_since(ours, ours + timedelta(days=6)) is None  # a reply on day 6
