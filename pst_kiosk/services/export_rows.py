"""The rows of the spreadsheet exports (guest book, tickets, consultation notes), as stored.

Read here so that no layer above the services writes SQL; the exporter (``reports.export``)
masks the personal fields, puts labels on the codes and types the cells. Values stay what
the database holds: codes, local times, durations in seconds.

Guest book: one row per visit, in the order the visits were recorded, with
- every ticket of the visit in issue order (``ticket_codes``): the ticket taken at the kiosk
  first, then the follow-ups and service transfers made from it that day;
- the name, institution, phone and email given *on that visit* (the visit's snapshot), so a
  returning visitor who changed phone does not rewrite an earlier day; visits recorded
  before the snapshot existed fall back to the visitor row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.services.context import ServiceContext

# The range rule, the name lookups and the table handles are the report figures' own: one
# definition each (private there; the lead may make them public when he splits report_data).
from pst_kiosk.services.report_data import _NOTE, _T, _TICKET, _V, _VISIT, _check_range, _Names
from pst_kiosk.store.models import Visitor

_VISITOR = Visitor.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class GuestBookRow:
    """One guest-book entry with the personal fields as given (masked by the exporter)."""

    day: date
    time: datetime  # local
    ticket_codes: tuple[str, ...]  # in issue order: the kiosk's ticket first
    service: str
    name: str
    id_type: str
    id_last4: str
    sex: str
    age_group: str
    education: str
    occupation: str
    institution: str
    institution_type: str
    phone: str
    email: str
    purpose: str
    data_needed: str


@dataclass(frozen=True)
class TicketRow:
    day: date
    code: str
    service: str
    status: str
    priority_reason: str
    issued: datetime  # local
    called: datetime | None
    finished: datetime | None
    counter: str
    officer: str
    wait_seconds: float | None
    service_seconds: float | None


@dataclass(frozen=True)
class NoteRow:
    day: date
    ticket_code: str
    officer: str
    topic: str
    data_requested: str
    data_given: str
    outcome: str
    followup: str
    notes: str


def guest_book_rows(ctx: ServiceContext, start: date, end: date) -> list[GuestBookRow]:
    _check_range(start, end)
    zone = ctx.zone
    p = _VISITOR.c
    with ctx.db.read() as session:
        names = _Names.load(session)
        codes = _tickets_of_visits(session, start, end)
        rows = session.execute(
            select(_V.id, _V.day, _V.created_at, _V.service_id, _V.purpose, _V.data_needed,
                   _V.sex, _V.age_group, _V.education, _V.occupation, _V.institution_type,
                   _V.name, _V.institution, _V.phone, _V.email,
                   p.name.label("visitor_name"), p.institution.label("visitor_institution"),
                   p.phone.label("visitor_phone"), p.email.label("visitor_email"),
                   p.id_type, p.id_last4)
            .select_from(_VISIT.outerjoin(_VISITOR, _V.visitor_id == p.id))
            .where(_V.day.between(start, end))
            .order_by(_V.created_at, _V.id)
        ).all()
    result = []
    for r in rows:
        contact = _contact(r)
        result.append(GuestBookRow(
            day=r.day, time=local_time(r.created_at, zone), ticket_codes=codes.get(r.id, ()),
            service=names.services[r.service_id][1] if r.service_id in names.services else "",
            name=contact[0], id_type=r.id_type or "", id_last4=r.id_last4 or "",
            sex=r.sex or "", age_group=r.age_group or "", education=r.education or "",
            occupation=r.occupation or "", institution=contact[1],
            institution_type=r.institution_type or "", phone=contact[2], email=contact[3],
            purpose=r.purpose or "", data_needed=r.data_needed or "",
        ))
    return result


def _contact(r: Any) -> tuple[str, str, str, str]:
    """Name, institution, phone, email as given on the visit; the visitor row for a visit
    recorded before visits kept their own (no snapshot: ``name`` is empty)."""
    if r.name is not None:
        values: Sequence[str | None] = (r.name, r.institution, r.phone, r.email)
    else:
        values = (r.visitor_name, r.visitor_institution, r.visitor_phone, r.visitor_email)
    name, institution, phone, email = (v or "" for v in values)
    return name, institution, phone, email


def _tickets_of_visits(session: Any, start: date, end: date) -> dict[int, tuple[str, ...]]:
    rows = session.execute(
        select(_T.visit_id, _T.code)
        .select_from(_TICKET.join(_VISIT, _T.visit_id == _V.id))
        .where(_V.day.between(start, end))
        .order_by(_T.visit_id, _T.issued_at, _T.id)
    ).all()
    codes: dict[int, list[str]] = {}
    for visit_id, code in rows:
        codes.setdefault(visit_id, []).append(code)
    return {visit_id: tuple(c) for visit_id, c in codes.items()}


def _read(ctx: ServiceContext, start: date, end: date, query: Any) -> tuple[_Names, list[Any]]:
    """The names of services, counters and staff, and the rows of one query, in one read."""
    _check_range(start, end)
    with ctx.db.read() as session:
        return _Names.load(session), list(session.execute(query).all())


def ticket_rows(ctx: ServiceContext, start: date, end: date) -> list[TicketRow]:
    zone = ctx.zone
    names, rows = _read(ctx, start, end, (
        select(_T.day, _T.code, _T.service_id, _T.status, _T.priority_reason, _T.issued_at,
               _T.wait_started_at, _T.called_at, _T.finished_at, _T.counter_id, _T.staff_id)
        .where(_T.day.between(start, end))
        .order_by(_T.day, _T.issued_at, _T.id)
    ))
    result = []
    for r in rows:
        called = r.called_at
        wait = (called - (r.wait_started_at or r.issued_at)).total_seconds() if called else None
        service = ((r.finished_at - called).total_seconds()
                   if called and r.finished_at and r.status == TicketStatus.DONE else None)
        counter = names.counters.get(r.counter_id)
        result.append(TicketRow(
            day=r.day, code=r.code, service=names.services[r.service_id][1], status=r.status,
            priority_reason=r.priority_reason or "", issued=local_time(r.issued_at, zone),
            called=local_time(called, zone) if called else None,
            finished=local_time(r.finished_at, zone) if r.finished_at else None,
            counter=counter[1] if counter else "",
            officer=names.staff.get(r.staff_id, "") if r.staff_id else "",
            wait_seconds=wait, service_seconds=service,
        ))
    return result


def note_rows(ctx: ServiceContext, start: date, end: date) -> list[NoteRow]:
    note = _NOTE.c
    names, rows = _read(ctx, start, end, (
        select(_T.day, _T.code, note.staff_id, note.topic, note.data_requested,
               note.data_given, note.outcome, note.followup_service_id, note.notes)
        .select_from(_NOTE.join(_TICKET, note.ticket_id == _T.id))
        .where(_T.day.between(start, end), note.is_draft.is_(False))
        .order_by(_T.day, _T.issued_at, note.id)
    ))
    return [
        NoteRow(
            day=r.day, ticket_code=r.code,
            officer=names.staff.get(r.staff_id, "") if r.staff_id else "",
            topic=r.topic or "", data_requested=r.data_requested or "",
            data_given=r.data_given or "", outcome=r.outcome or "",
            followup=names.services[r.followup_service_id][1]
            if r.followup_service_id in names.services else "",
            notes=r.notes or "",
        )
        for r in rows
    ]
