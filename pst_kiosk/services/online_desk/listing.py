"""The desk's list and the supervisor's counts, read in one query each.

Lists: ``open`` (not closed), ``due_today`` (complete, unanswered, due by closing time today),
``overdue`` (complete, unanswered, past due), ``waiting`` (the officer wrote last: the 7-day
silence runs), ``closed`` (newest first, the last ``CLOSED_LIMIT``), ``all`` (newest first,
``ALL_LIMIT``). A search narrows any list by number, name, email, WhatsApp number or title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from pst_kiosk.domain.clock import day_bounds_utc
from pst_kiosk.domain.enums import CloseReason, OnlineStatus
from pst_kiosk.domain.online_sla import DueKind
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import views
from pst_kiosk.services.online_desk.calendar import work_calendar
from pst_kiosk.store.models import OnlineRequest

R = OnlineRequest
# The closed and "all" lists show the newest requests; a search reaches the older ones. A
# desk list of years of requests is read by nobody and costs ~0.7 s a refresh at 10,000.
CLOSED_LIMIT = 300
ALL_LIMIT = 500
ROW_COLUMNS = tuple(getattr(R, name) for name in (
    "id", "number", "channel", "requester_name", "title", "subject", "status",
    "close_reason", "received_at", "complete_at", "due_at", "answered_at", "closed_at",
    "last_officer_at", "last_requester_at"))


class DeskList(StrEnum):
    OPEN = "open"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    WAITING = "waiting"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class DeskCounts:
    open: int
    received: int  # not yet complete
    due_today: int
    overdue: int
    waiting: int
    new_messages: int  # the requester wrote last
    closed_today: int
    no_response_today: int

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


def _waiting_clause() -> object:
    return and_(col(R.last_officer_at).is_not(None),
                or_(col(R.last_requester_at).is_(None),
                    col(R.last_requester_at) <= col(R.last_officer_at)))


def rows(ctx: ServiceContext, session: Session, which: DeskList, search: str = ""
         ) -> list[views.RequestRow]:
    now = ctx.now()
    query = select(*ROW_COLUMNS)  # plain rows, not ORM objects: a third of the time
    open_ = col(R.status) != OnlineStatus.CLOSED
    unanswered = and_(R.status == OnlineStatus.COMPLETE, col(R.due_at).is_not(None))
    if which is DeskList.OPEN:
        query = query.where(open_)
    elif which is DeskList.DUE_TODAY:
        end = day_bounds_utc(ctx.today(), ctx.zone)[1]
        query = query.where(unanswered, col(R.due_at) >= now, col(R.due_at) < end)
    elif which is DeskList.OVERDUE:
        query = query.where(unanswered, col(R.due_at) < now)
    elif which is DeskList.WAITING:
        query = query.where(open_, _waiting_clause())
    elif which is DeskList.CLOSED:
        query = query.where(R.status == OnlineStatus.CLOSED)
    text = search.strip().lower()
    if text:
        like = f"%{text}%"
        query = query.where(or_(func.lower(R.number).like(like),
                                func.lower(R.requester_name).like(like),
                                func.lower(R.email).like(like), col(R.whatsapp).like(like),
                                func.lower(R.title).like(like)))
    if which is DeskList.CLOSED:
        query = query.order_by(col(R.closed_at).desc(), col(R.id).desc()).limit(CLOSED_LIMIT)
    elif which is DeskList.ALL:
        query = query.order_by(col(R.received_at).desc(), col(R.id).desc()).limit(ALL_LIMIT)
    calendar = work_calendar(session)
    found = [views.row(r, now, calendar, ctx.zone) for r in session.execute(query).all()]
    return found if which in (DeskList.CLOSED, DeskList.ALL) else sorted(found, key=urgency)


def urgency(row: views.RequestRow) -> tuple[int, datetime, int]:
    """Overdue first (the most overdue on top), then due soonest, then a new message from the
    requester, then the rest by arrival."""
    if row.due is not None:
        rank = 0 if row.due.kind is DueKind.OVERDUE else 1 if row.due.kind is DueKind.DUE_TODAY \
            else 2
        return rank, row.due.due_local, row.id
    return (3 if row.new_from_requester else 4), row.received_at, row.id


def counts(ctx: ServiceContext, session: Session) -> DeskCounts:
    now = ctx.now()
    start, end = day_bounds_utc(ctx.today(), ctx.zone)
    live = session.exec(
        select(R.status, R.due_at, R.last_officer_at, R.last_requester_at)
        .where(col(R.status) != OnlineStatus.CLOSED)
    ).all()
    received = due_today = overdue = waiting = new = 0
    for status, due, officer, requester in live:
        received += status == OnlineStatus.RECEIVED
        if status == OnlineStatus.COMPLETE and due is not None:
            overdue += due < now
            due_today += now <= due < end
        if officer is not None and (requester is None or requester <= officer):
            waiting += 1
        elif requester is not None:
            new += 1
    closed = session.exec(
        select(R.close_reason, func.count()).where(R.status == OnlineStatus.CLOSED,
                                                   col(R.closed_at) >= start,
                                                   col(R.closed_at) < end)
        .group_by(col(R.close_reason))
    ).all()
    by_reason = {reason: int(n) for reason, n in closed}
    return DeskCounts(open=len(live), received=received, due_today=due_today, overdue=overdue,
                      waiting=waiting, new_messages=new, closed_today=sum(by_reason.values()),
                      no_response_today=by_reason.get(CloseReason.NO_RESPONSE, 0))
