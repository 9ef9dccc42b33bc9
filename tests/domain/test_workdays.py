"""The office's working days, against the real 2026 Indonesian holidays and cuti bersama."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pst_kiosk.domain.workdays import WorkCalendar

WIT = ZoneInfo("Asia/Jayapura")


def wit(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIT)


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    return WorkCalendar()


# --- what the holidays library says for 2026 (checked by hand against the output) -----------


def test_idul_fitri_2026_and_its_cuti_bersama(calendar: WorkCalendar) -> None:
    assert calendar.reason(date(2026, 3, 20)) == "Cuti Bersama Hari Raya Idul Fitri"
    assert calendar.reason(date(2026, 3, 21)) == "Hari Raya Idul Fitri"
    assert calendar.reason(date(2026, 3, 22)) == "Hari kedua dari Hari Raya Idul Fitri"
    assert calendar.reason(date(2026, 3, 23)) == "Cuti Bersama Hari Raya Idul Fitri"
    assert calendar.reason(date(2026, 3, 24)) == "Cuti Bersama Hari Raya Idul Fitri"
    # Nyepi and its cuti bersama run straight into Idul Fitri: Wed 18 to Tue 24 March.
    assert calendar.reason(date(2026, 3, 18)) == "Cuti Bersama Hari Suci Nyepi"
    assert calendar.reason(date(2026, 3, 19)) == "Hari Suci Nyepi"
    off = [date(2026, 3, d) for d in range(18, 25)]
    assert not any(calendar.is_working_day(d) for d in off)
    assert calendar.is_working_day(date(2026, 3, 17))
    assert calendar.is_working_day(date(2026, 3, 25))


def test_christmas_2026_with_cuti_bersama_on_the_24th(calendar: WorkCalendar) -> None:
    assert calendar.reason(date(2026, 12, 24)) == "Cuti Bersama Hari Raya Natal"
    assert calendar.reason(date(2026, 12, 25)) == "Hari Raya Natal"
    assert not calendar.is_working_day(date(2026, 12, 24))
    assert not calendar.is_working_day(date(2026, 12, 25))
    assert calendar.is_working_day(date(2026, 12, 31))  # New Year's Eve is worked
    assert not calendar.is_working_day(date(2027, 1, 1))


def test_cuti_bersama_count_2026(calendar: WorkCalendar) -> None:
    cuti = [d for d, name in calendar.holidays_in(2026).items() if name.startswith("Cuti Bersama")]
    assert len(cuti) == 8  # as STACK_NOTES.md found
    assert all(d.year == 2026 for d in calendar.holidays_in(2026))


def test_weekends_and_plain_days(calendar: WorkCalendar) -> None:
    assert calendar.is_working_day(date(2026, 11, 27))  # Friday
    assert not calendar.is_working_day(date(2026, 11, 28))  # Saturday
    assert not calendar.is_working_day(date(2026, 11, 29))  # Sunday
    assert calendar.reason(date(2026, 11, 28)) is None  # a plain weekend has no holiday name
    assert calendar.reason(date(2026, 11, 30)) is None  # a working day neither
    # A holiday on a Sunday still has its name (Waisak 2026).
    assert calendar.reason(date(2026, 5, 31)) == "Hari Raya Waisak"


def test_holiday_years_are_loaded_on_first_use_and_kept() -> None:
    cal = WorkCalendar(years=[2026])
    assert set(cal._holidays) == {2026}
    assert not cal.is_working_day(date(2027, 1, 1))
    assert set(cal._holidays) == {2026, 2027}
    first = cal._holidays[2027]
    cal.is_working_day(date(2027, 6, 1))
    assert cal._holidays[2027] is first


# --- office closures ------------------------------------------------------------------------


def test_office_closures_from_days() -> None:
    cal = WorkCalendar(closures=[date(2026, 11, 30)])
    assert not cal.is_working_day(date(2026, 11, 30))
    assert cal.reason(date(2026, 11, 30)) == "Kantor tutup"
    assert cal.is_working_day(date(2026, 12, 1))


def test_office_closures_with_reasons_and_on_a_holiday() -> None:
    cal = WorkCalendar(
        closures={
            date(2026, 11, 30): "Rapat kerja BPS",
            date(2026, 12, 25): "",
            date(2026, 12, 2): "",
        }
    )
    assert cal.reason(date(2026, 11, 30)) == "Rapat kerja BPS"
    assert cal.reason(date(2026, 12, 2)) == "Kantor tutup"
    assert cal.reason(date(2026, 12, 25)) == "Hari Raya Natal; Kantor tutup"


# --- adding working days --------------------------------------------------------------------


def test_friday_afternoon_is_due_wednesday_same_time(calendar: WorkCalendar) -> None:
    due = calendar.add_working_days(wit(2026, 11, 27, 14, 0), 3, WIT)
    assert due == wit(2026, 12, 2, 14, 0)
    assert due.tzinfo is UTC
    assert due == datetime(2026, 12, 2, 5, 0, tzinfo=UTC)


def test_utc_input_is_read_in_the_office_zone(calendar: WorkCalendar) -> None:
    # Friday 20:00 UTC is Saturday 05:00 in Ternate: a non-working day there.
    due = calendar.add_working_days(datetime(2026, 11, 27, 20, 0, tzinfo=UTC), 3, WIT)
    assert due == wit(2026, 12, 3, 0, 0)  # end of Wednesday
    # Thursday 23:30 UTC is Friday 08:30 WIT: a working day.
    due = calendar.add_working_days(datetime(2026, 11, 26, 23, 30, tzinfo=UTC), 3, WIT)
    assert due == wit(2026, 12, 2, 8, 30)


def test_naive_start_is_taken_as_utc(calendar: WorkCalendar) -> None:
    naive = datetime(2026, 11, 27, 5, 0)  # as SQLite hands it back
    assert calendar.add_working_days(naive, 3, WIT) == wit(2026, 12, 2, 14, 0)


@pytest.mark.parametrize(
    "start",
    [wit(2026, 11, 28, 9, 0), wit(2026, 11, 29, 23, 59), wit(2026, 11, 28, 0, 0)],
)
def test_complete_on_a_weekend_counts_from_monday_start(
    calendar: WorkCalendar, start: datetime
) -> None:
    assert calendar.add_working_days(start, 3, WIT) == wit(2026, 12, 3, 0, 0)
    assert calendar.add_working_days(start, 1, WIT) == wit(2026, 12, 1, 0, 0)


def test_complete_at_midnight_of_a_working_day_counts_that_whole_day(
    calendar: WorkCalendar,
) -> None:
    assert calendar.add_working_days(wit(2026, 11, 30, 0, 0), 3, WIT) == wit(2026, 12, 3, 0, 0)
    one_microsecond_later = wit(2026, 11, 30, 0, 0) + timedelta(microseconds=1)
    assert calendar.add_working_days(one_microsecond_later, 3, WIT) == wit(2026, 12, 3) + timedelta(
        microseconds=1
    )


def test_end_of_day_due_is_not_pushed_past_a_holiday_that_follows() -> None:
    # Thursday 3 Dec closed: the 72 working hours from Monday 00:00 still end Wed 24:00.
    cal = WorkCalendar(closures=[date(2026, 12, 3)])
    assert cal.add_working_days(wit(2026, 11, 30, 0, 0), 3, WIT) == wit(2026, 12, 3, 0, 0)


def test_office_closure_pushes_the_due_day() -> None:
    cal = WorkCalendar(closures=[date(2026, 11, 30)])
    assert cal.add_working_days(wit(2026, 11, 27, 14, 0), 3, WIT) == wit(2026, 12, 3, 14, 0)


def test_idul_fitri_2026_week(calendar: WorkCalendar) -> None:
    # Complete Tuesday 17 March 10:00; 18–24 March are off: Wed 25, Thu 26, Fri 27.
    assert calendar.add_working_days(wit(2026, 3, 17, 10, 0), 3, WIT) == wit(2026, 3, 27, 10, 0)
    # Complete on the Idul Fitri day itself: the count starts Wednesday 25 March 00:00.
    assert calendar.add_working_days(wit(2026, 3, 21, 10, 0), 3, WIT) == wit(2026, 3, 28, 0, 0)


def test_christmas_2026(calendar: WorkCalendar) -> None:
    # Wednesday 23 Dec 14:00: 24, 25 off, weekend → Mon 28, Tue 29, Wed 30.
    assert calendar.add_working_days(wit(2026, 12, 23, 14, 0), 3, WIT) == wit(2026, 12, 30, 14, 0)


def test_span_across_the_year_end(calendar: WorkCalendar) -> None:
    # Tue 29 Dec 09:00 → Wed 30, Thu 31, (Fri 1 Jan 2027 holiday, weekend) Mon 4 Jan.
    start = wit(2026, 12, 29, 9, 0)
    due = calendar.add_working_days(start, 3, WIT)
    assert due == wit(2027, 1, 4, 9, 0)
    assert calendar.working_days_between(start, due, WIT) == 3.0


def test_zero_and_negative(calendar: WorkCalendar) -> None:
    start = wit(2026, 11, 28, 9, 0)
    assert calendar.add_working_days(start, 0, WIT) == start
    with pytest.raises(ValueError):
        calendar.add_working_days(start, -1, WIT)


# --- working time between two instants ------------------------------------------------------


def test_working_days_between(calendar: WorkCalendar) -> None:
    friday = wit(2026, 11, 27, 14, 0)
    assert calendar.working_days_between(friday, wit(2026, 12, 2, 14, 0), WIT) == 3.0
    assert calendar.working_days_between(friday, wit(2026, 11, 27, 20, 0), WIT) == 0.25
    # Friday 14:00 to Monday 02:00: 10 hours of Friday and 2 of Monday = half a day.
    assert calendar.working_days_between(friday, wit(2026, 11, 30, 2, 0), WIT) == 0.5
    # The weekend itself holds no working time.
    assert calendar.working_days_between(wit(2026, 11, 28), wit(2026, 11, 30), WIT) == 0.0
    assert calendar.working_days_between(wit(2026, 12, 2, 14, 0), friday, WIT) == -3.0
    assert calendar.working_days_between(friday, friday, WIT) == 0.0
    # Over the Idul Fitri week: Tue 17 March 00:00 to Thu 26 March 00:00 is Tue 17 + Wed 25.
    assert calendar.working_days_between(wit(2026, 3, 17), wit(2026, 3, 26), WIT) == 2.0


def test_between_is_the_inverse_of_add_for_every_hour_of_hard_weeks() -> None:
    """Every hour start from Nyepi/Idul Fitri and Christmas/New Year, with a closure."""
    cal = WorkCalendar(closures=[date(2026, 12, 31)])
    for first in (wit(2026, 3, 14), wit(2026, 12, 19)):
        for hour in range(24 * 14):
            start = first + timedelta(hours=hour, minutes=17 * (hour % 3))
            for n in (1, 3):
                due = cal.add_working_days(start, n, WIT)
                assert due > start
                assert cal.working_days_between(start, due, WIT) == n, (start, n)
                assert cal.working_days_between(start, due - timedelta(minutes=1), WIT) < n
