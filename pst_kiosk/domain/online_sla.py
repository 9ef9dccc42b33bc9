"""The two clocks of the online consultation (SERVICE_STANDARD.md, "Procedure, online").

Answer: "served within at most 3 working days after the request is clear and the
requirements are complete"; the clock starts when the officer marks the request complete,
never at its first message (an incomplete request has no due time). Working days and the
exact rule for adding them are in ``workdays``.

Close: the officer may close a conversation as "no response" when the requester has not
replied for 7 days. The standard says days, not working days: calendar days of 24 hours.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.workdays import WorkCalendar

ANSWER_WORKING_DAYS = 3
NO_RESPONSE_AFTER = timedelta(days=7)


def due_at(complete_at: datetime, calendar: WorkCalendar, zone: ZoneInfo) -> datetime:
    """When the answer is due: ``complete_at`` + 3 working days, in UTC."""
    return calendar.add_working_days(complete_at, ANSWER_WORKING_DAYS, zone)


def is_overdue(due_at: datetime, answered_at: datetime | None, now: datetime) -> bool:
    """Late if answered after the due instant, or still unanswered after it.

    An answer at the due instant itself is on time.
    """
    moment = answered_at if answered_at is not None else now
    return as_utc(moment) > as_utc(due_at)


def no_response_close_due(last_answer_at: datetime) -> datetime:
    """From when the request may be closed as "no response": 7 days after our last answer
    with no reply from the requester since."""
    return as_utc(last_answer_at) + NO_RESPONSE_AFTER
