"""The two clocks of the online consultation (SERVICE_STANDARD.md, "Procedure, online").

**Answer** — "maksimal 3 hari kerja setelah permintaan jelas dan persyaratan pelayanan
lengkap". We count it the common administrative way: the answer is due **by the close of
office hours on the third working day after the day the request became complete**.

* "The day it became complete" is the calendar day in the office's zone (WIT) of the moment
  the officer marked it complete; never the UTC date (07:00 WIT is still the day before in
  UTC). A request completed on a weekend, a holiday or a closure counts from that day too.
* The three working days are the ones strictly after that day: Monday to Friday, minus the
  national holidays and cuti bersama (``holidays`` Indonesia, categories public + government)
  and the office closures entered by a supervisor (``WorkCalendar``).
* The due instant is the close of office hours of the third one (config ``[online]``:
  Monday–Thursday 07:30–16:00, Friday 07:30–16:30 by default). An answer at that instant is
  on time.

Worked examples (WIT): complete Monday 09:00 or Monday 23:59 → due Thursday 16:00; complete
Friday 14:00 → due Wednesday 16:00; complete on Christmas (Friday 25 Dec 2026) → due
Wednesday 30 Dec 16:00; complete Wednesday 30 Dec 2026 → Thursday 31, (1 Jan holiday, the
weekend, 5 Jan Isra Mikraj) Monday 4, Wednesday 6 Jan 2027 → due 6 Jan 16:00.

Only "complete" starts the clock: a request still waiting for its requirements has no due
time. A request answered late stays late however it ends.

**Close** — the officer closes a conversation as "no response" when the requester has not
replied for 7 days after the officer's last message. The standard says days, not working
days: 7 calendar days of 24 hours, from that message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.workdays import WorkCalendar

ANSWER_WORKING_DAYS = 3
NO_RESPONSE_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class OfficeHours:
    """Opening and closing time of the office, one pair for Monday–Thursday and one for
    Friday (the Indonesian civil service's five-day week)."""

    opens: time = time(7, 30)
    closes: time = time(16, 0)
    friday_opens: time = time(7, 30)
    friday_closes: time = time(16, 30)

    @classmethod
    def parse(cls, weekdays: str, friday: str) -> OfficeHours:
        """From config text ``"07:30-16:00"``; ``ValueError`` with the reason if malformed."""
        opens, closes = _span(weekdays)
        friday_opens, friday_closes = _span(friday)
        return cls(opens, closes, friday_opens, friday_closes)

    def closing(self, day: date) -> time:
        return self.friday_closes if day.weekday() == 4 else self.closes

    def opening(self, day: date) -> time:
        return self.friday_opens if day.weekday() == 4 else self.opens


def _span(text: str) -> tuple[time, time]:
    try:
        start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError as exc:
        raise ValueError(f"'{text}' is not HH:MM-HH:MM") from exc
    if not start < end:
        raise ValueError(f"'{text}': the office must open before it closes")
    return start, end


def due_day(complete_day: date, calendar: WorkCalendar) -> date:
    """The third working day after the day the request became complete."""
    day = complete_day
    for _ in range(ANSWER_WORKING_DAYS):
        day = calendar.next_working_day(day)
    return day


def due_at(complete_at: datetime, calendar: WorkCalendar, zone: ZoneInfo,
           hours: OfficeHours | None = None) -> datetime:
    """When the answer is due, in UTC (module docstring). A naive value is taken as UTC."""
    hours = hours or OfficeHours()
    day = due_day(as_utc(complete_at).astimezone(zone).date(), calendar)
    return datetime.combine(day, hours.closing(day), tzinfo=zone).astimezone(UTC)


def is_overdue(due_at: datetime, answered_at: datetime | None, now: datetime) -> bool:
    """Late if answered after the due instant, or still unanswered after it.

    An answer at the due instant itself is on time.
    """
    moment = answered_at if answered_at is not None else now
    return as_utc(moment) > as_utc(due_at)


class DueKind(StrEnum):
    ON_TRACK = "on_track"  # due on a later day
    DUE_TODAY = "due_today"  # due by closing time today (amber on the desk)
    OVERDUE = "overdue"  # past the due instant, not answered (red)


@dataclass(frozen=True)
class DueState:
    """Where an unanswered, complete request stands against its due instant at ``now``.

    ``working_days``: for ON_TRACK, the working days left after today up to and including the
    due day (due Thursday, seen on Monday: 3); for OVERDUE, the working days that have begun
    since the due day (0 on the due day itself after closing time).
    """

    kind: DueKind
    working_days: int
    due_local: datetime


def due_state(due_at: datetime, now: datetime, calendar: WorkCalendar,
              zone: ZoneInfo) -> DueState:
    due_local = as_utc(due_at).astimezone(zone)
    today = as_utc(now).astimezone(zone).date()
    if as_utc(now) > as_utc(due_at):
        return DueState(DueKind.OVERDUE, working_days_after(due_local.date(), today, calendar),
                        due_local)
    if due_local.date() <= today:
        return DueState(DueKind.DUE_TODAY, 0, due_local)
    return DueState(DueKind.ON_TRACK, working_days_after(today, due_local.date(), calendar),
                    due_local)


def working_days_after(first: date, last: date, calendar: WorkCalendar) -> int:
    """Working days ``d`` with ``first < d <= last`` (0 when ``last <= first``)."""
    count, day = 0, first
    while True:
        day = calendar.next_working_day(day)
        if day > last:
            return count
        count += 1


def no_response_close_due(last_officer_message_at: datetime) -> datetime:
    """From when the request may be closed as "no response": 7 days after the officer's last
    message with no reply from the requester since."""
    return as_utc(last_officer_message_at) + NO_RESPONSE_AFTER


def silent_since(last_officer_at: datetime | None, last_requester_at: datetime | None
                 ) -> datetime | None:
    """The officer's last message if the requester has not written since, else ``None``: the
    start of the 7-day silence (a reply on day 6 ends it). A message of the requester stamped
    the same instant as ours (a request answered within the second it was typed in) came
    before it."""
    if last_officer_at is None:
        return None
    if last_requester_at is not None and as_utc(last_requester_at) > as_utc(last_officer_at):
        return None
    return as_utc(last_officer_at)
