"""The online desk's clocks: answer within 3 working days, close after 7 days of silence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from pst_kiosk.domain.online_sla import (
    ANSWER_WORKING_DAYS,
    NO_RESPONSE_AFTER,
    due_at,
    is_overdue,
    no_response_close_due,
)
from pst_kiosk.domain.workdays import WorkCalendar

WIT = ZoneInfo("Asia/Jayapura")


def wit(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIT)


def test_the_standard_numbers() -> None:
    assert ANSWER_WORKING_DAYS == 3
    assert NO_RESPONSE_AFTER == timedelta(days=7)


def test_due_at_skips_the_weekend() -> None:
    assert due_at(wit(2026, 11, 27, 14, 0), WorkCalendar(), WIT) == wit(2026, 12, 2, 14, 0)


def test_due_at_skips_idul_fitri_and_cuti_bersama_2026() -> None:
    assert due_at(wit(2026, 3, 17, 10, 0), WorkCalendar(), WIT) == wit(2026, 3, 27, 10, 0)


def test_due_at_skips_office_closures() -> None:
    cal = WorkCalendar(closures={date(2026, 12, 1): "Gangguan listrik"})
    assert due_at(wit(2026, 11, 27, 14, 0), cal, WIT) == wit(2026, 12, 3, 14, 0)


def test_due_at_from_a_naive_utc_value() -> None:
    assert due_at(datetime(2026, 11, 27, 5, 0), WorkCalendar(), WIT) == wit(2026, 12, 2, 14, 0)


def test_is_overdue_when_answered() -> None:
    due = wit(2026, 12, 2, 14, 0)
    later = wit(2026, 12, 9)
    assert not is_overdue(due, due - timedelta(seconds=1), later)
    assert not is_overdue(due, due, later)  # at the due instant: on time
    assert is_overdue(due, due + timedelta(seconds=1), later)
    # An answer given in time stays in time however late "now" is.
    assert not is_overdue(due, wit(2026, 11, 30, 9, 0), wit(2027, 1, 1))


def test_is_overdue_when_not_answered_yet() -> None:
    due = wit(2026, 12, 2, 14, 0)
    assert not is_overdue(due, None, due - timedelta(minutes=1))
    assert not is_overdue(due, None, due)
    assert is_overdue(due, None, due + timedelta(microseconds=1))


def test_is_overdue_compares_instants_not_wall_clocks() -> None:
    due = wit(2026, 12, 2, 14, 0)  # 05:00 UTC
    assert not is_overdue(due, datetime(2026, 12, 2, 5, 0, tzinfo=UTC), due)
    assert is_overdue(due, datetime(2026, 12, 2, 5, 1), due)  # naive = UTC, as from SQLite


def test_no_response_close_due_is_seven_calendar_days() -> None:
    last_answer = wit(2026, 12, 18, 16, 30)
    close_from = no_response_close_due(last_answer)
    # Calendar days, not working days: Christmas and weekends do not stretch it.
    assert close_from == wit(2026, 12, 25, 16, 30)
    assert close_from.tzinfo is UTC
    assert no_response_close_due(datetime(2026, 12, 18, 7, 30)) == close_from
