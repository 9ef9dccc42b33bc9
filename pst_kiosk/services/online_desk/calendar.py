"""Office closures (entered by a supervisor) and the working calendar built from them.

The working calendar of the desk is the national holidays and cuti bersama (``holidays``)
plus the closures in the database, read in the same session as the request it is applied to,
so a closure entered on one PC counts on every PC from its next use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from pst_kiosk.domain import online_sla
from pst_kiosk.domain.clock import day_bounds_utc
from pst_kiosk.domain.workdays import DEFAULT_CLOSURE_REASON, WorkCalendar
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import refusals
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import OfficeClosure, OnlineRequest

TOPIC = Topic.ONLINE


@dataclass(frozen=True)
class Closure:
    day: date
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"day": self.day.isoformat(), "reason": self.reason}


def work_calendar(session: Session) -> WorkCalendar:
    rows = session.exec(select(OfficeClosure.day, OfficeClosure.reason)).all()
    return WorkCalendar(closures={day: reason for day, reason in rows})


def list_closures(ctx: ServiceContext, since: date | None = None) -> list[Closure]:
    with ctx.db.read() as session:
        query = select(OfficeClosure).order_by(col(OfficeClosure.day))
        if since is not None:
            query = query.where(OfficeClosure.day >= since)
        return [Closure(r.day, r.reason) for r in session.exec(query).all()]


def add_closure(ctx: ServiceContext, day: date, reason: str, actor: str) -> Closure:
    """A day the office is closed beyond the national calendar (power cut, office event…).

    The due instant of every request whose three working days span that day moves with it, in
    the same transaction: a closure is not a working day, whenever it was entered."""
    reason = reason.strip() or DEFAULT_CLOSURE_REASON
    with ctx.db.write() as session:
        if session.get(OfficeClosure, day) is not None:
            raise refusals.closure_exists(day)
        session.add(OfficeClosure(day=day, reason=reason))
        session.flush()
        moved = _move_due_dates(ctx, session, day)
        audit.record(session, ctx.now(), actor, "add", "office_closure", None,
                     day=day.isoformat(), reason=reason, due_moved=moved)
        notify(session, TOPIC)
        notify(session, Topic.CLOSURES)
    return Closure(day, reason)


def remove_closure(ctx: ServiceContext, day: date, actor: str) -> Closure:
    with ctx.db.write() as session:
        row = session.get(OfficeClosure, day)
        if row is None:
            raise refusals.unknown_closure(day)
        removed = Closure(row.day, row.reason)
        session.delete(row)
        session.flush()
        moved = _move_due_dates(ctx, session, day)
        audit.record(session, ctx.now(), actor, "remove", "office_closure", None,
                     day=day.isoformat(), reason=row.reason, due_moved=moved)
        notify(session, TOPIC)
        notify(session, Topic.CLOSURES)
    return removed


def _move_due_dates(ctx: ServiceContext, session: Session, day: date) -> list[str]:
    """Recompute the due instant of the requests completed before ``day`` and due on or after
    it; returns their numbers (for the audit row)."""
    start, end = day_bounds_utc(day, ctx.zone)
    rows = session.exec(
        select(OnlineRequest).where(col(OnlineRequest.complete_at) < end,
                                    col(OnlineRequest.due_at) >= start)
    ).all()
    calendar = work_calendar(session)
    hours = ctx.config.online.hours
    moved = []
    for request in rows:
        assert request.complete_at is not None
        due = online_sla.due_at(request.complete_at, calendar, ctx.zone, hours)
        if due != request.due_at:
            request.due_at = due
            session.add(request)
            moved.append(request.number)
    return moved
