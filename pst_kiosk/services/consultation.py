"""Consultation notes, the visitor behind a ticket, and follow-up tickets.

A note is saved as a draft while the frontliner types (one draft per ticket and staff member,
updated in place), so a crash or a power cut loses at most the last second of typing; it
becomes final when the consultation is finished. A follow-up to another PST service (library,
sale of products, recommendation…) is a new ticket of that service for the same guest-book
visit, issued through the queue so its number comes from the same locked sequence.

Personal data (name, contacts, the last four digits of the ID) is returned here for the staff
face only; the kiosk and the board never call this module.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlmodel import Session, col, select

from pst_kiosk.domain.enums import Outcome
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.subjects import is_subject
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import QueueService, TicketView
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import ConsultationNote, Service, Staff, Ticket, Visit, Visitor

EARLIER_VISITS = 10


@dataclass(frozen=True)
class NoteFields:
    """What the notes form holds: everything a frontliner types."""

    topic: str = ""
    data_requested: str = ""
    data_given: str = ""
    outcome: str = ""
    notes: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))


@dataclass(frozen=True)
class NoteView:
    id: int
    ticket_id: int
    ticket_code: str
    day: date
    visitor_id: int | None
    staff_id: int | None
    staff_name: str
    topic: str
    data_requested: str
    data_given: str
    outcome: str
    notes: str
    followup_service: str | None  # letter
    followup_ticket_id: int | None
    followup_ticket_code: str | None
    is_draft: bool
    updated_at: datetime

    @property
    def fields(self) -> NoteFields:
        return NoteFields(self.topic, self.data_requested, self.data_given, self.outcome,
                          self.notes)


@dataclass(frozen=True)
class EarlierVisit:
    visit_id: int
    day: date
    service_name_id: str
    service_name_en: str
    purpose: str
    notes: tuple[NoteView, ...]


@dataclass(frozen=True)
class VisitorCard:
    """The guest-book entry of a ticket's visit and what is known of the visitor before it."""

    visit_id: int
    visitor_id: int | None
    name: str
    institution: str
    institution_type: str
    occupation: str
    education: str
    sex: str
    birth_year: int | None
    id_type: str
    id_last4: str
    phone: str
    email: str
    purpose: str
    data_needed: str
    registered_at: datetime
    purged: bool
    earlier: tuple[EarlierVisit, ...]


class ConsultationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.queue = QueueService(ctx)

    # ---------------------------------------------------------------- the visitor
    def visitor_card(self, ticket_id: int) -> VisitorCard | None:
        """``None`` when the ticket has no guest-book entry (e.g. issued from the CLI)."""
        with self.ctx.db.read() as session:
            ticket = _ticket(session, ticket_id)
            visit = session.get(Visit, ticket.visit_id) if ticket.visit_id else None
            if visit is None:
                return None
            visitor = session.get(Visitor, visit.visitor_id) if visit.visitor_id else None
            earlier = self._earlier(session, visit, ticket.id or 0) if visitor else ()
            return VisitorCard(
                visit_id=visit.id or 0,
                visitor_id=visitor.id if visitor else None,
                name=(visitor.name or "") if visitor else "",
                institution=(visitor.institution or "") if visitor else "",
                institution_type=visit.institution_type or "",
                occupation=visit.occupation or "",
                education=visit.education or "",
                sex=visit.sex or "",
                birth_year=visitor.birth_year if visitor else None,
                id_type=visitor.id_type if visitor else "",
                id_last4=(visitor.id_last4 or "") if visitor else "",
                phone=(visitor.phone or "") if visitor else "",
                email=(visitor.email or "") if visitor else "",
                purpose=visit.purpose or "",
                data_needed=visit.data_needed or "",
                registered_at=visit.created_at,
                purged=bool(visitor and visitor.purged_at),
                earlier=earlier,
            )

    def _earlier(self, session: Session, visit: Visit, ticket_id: int) -> tuple[EarlierVisit, ...]:
        visits = session.exec(
            select(Visit)
            .where(Visit.visitor_id == visit.visitor_id, Visit.id != visit.id)
            .order_by(col(Visit.created_at).desc())
            .limit(EARLIER_VISITS)
        ).all()
        if not visits:
            return ()
        ids = [v.id for v in visits]
        notes: dict[int, list[NoteView]] = {}
        rows = session.exec(
            select(ConsultationNote, Ticket)
            .join(Ticket, col(Ticket.id) == col(ConsultationNote.ticket_id))
            .where(col(Ticket.visit_id).in_(ids), col(ConsultationNote.is_draft).is_(False),
                   Ticket.id != ticket_id)
            .order_by(col(ConsultationNote.updated_at))
        ).all()
        for note, ticket in rows:
            notes.setdefault(ticket.visit_id or 0, []).append(_note_view(session, note, ticket))
        services = {s.id: s for s in session.exec(select(Service)).all()}
        result = []
        for v in visits:
            service = services.get(v.service_id)
            result.append(EarlierVisit(
                visit_id=v.id or 0, day=v.day,
                service_name_id=service.name_id if service else "",
                service_name_en=service.name_en if service else "",
                purpose=v.purpose or "", notes=tuple(notes.get(v.id or 0, ())),
            ))
        return tuple(result)

    # ---------------------------------------------------------------- notes
    def note(self, ticket_id: int, staff_id: int | None) -> NoteView | None:
        """This staff member's note (draft or final) on a ticket: restores a form after a crash."""
        with self.ctx.db.read() as session:
            row = _find_note(session, ticket_id, staff_id)
            return None if row is None else _note_view(session, row)

    def save_draft(self, ticket_id: int, staff_id: int | None, note: NoteFields) -> NoteView:
        """Upsert the one draft of this ticket and staff member. Not audited: it is typing."""
        with self.ctx.db.write() as session:
            row = self._editable(session, ticket_id, staff_id)
            _apply(row, note, self.ctx.now())
            session.add(row)
            session.flush()
            notify(session, Topic.NOTES)
            return _note_view(session, row)

    def finalise(self, ticket_id: int, staff_id: int | None, note: NoteFields, *,
                 actor: str = "counter") -> NoteView:
        """The note as it will be reported: a known topic and an outcome are required."""
        _check_final(note)
        with self.ctx.db.write() as session:
            return self._finalise_in(session, ticket_id, staff_id, note, actor)

    def finish_with_note(self, ticket_id: int, staff_id: int | None, note: NoteFields, *,
                         actor: str = "counter") -> TicketView:
        """The counter's "Selesai": the note becomes final and the ticket is finished in one
        transaction, so a failure leaves both as they were and the frontliner simply tries
        again. An empty form finishes the ticket without a note."""
        if not note.is_empty():
            _check_final(note)
        with self.ctx.db.write() as session:
            if not note.is_empty():
                self._finalise_in(session, ticket_id, staff_id, note, actor)
            return self.queue.finish_in(session, ticket_id, actor=actor)

    def _finalise_in(self, session: Session, ticket_id: int, staff_id: int | None,
                     note: NoteFields, actor: str) -> NoteView:
        row = self._editable(session, ticket_id, staff_id)
        now = self.ctx.now()
        _apply(row, note, now)
        row.is_draft = False
        session.add(row)
        session.flush()
        audit.record(session, now, actor, "finalise", "consultation_note", row.id,
                     ticket_id=ticket_id, topic=note.topic, outcome=note.outcome)
        notify(session, Topic.NOTES)
        return _note_view(session, row)

    def follow_up(self, ticket_id: int, service_letter: str, staff_id: int | None, *,
                  actor: str = "counter", print_ticket: bool = True) -> TicketView:
        """A ticket of another PST service for the same visit, recorded on the note, in one
        transaction with its number and print job: either both are there or neither."""
        with self.ctx.db.write() as session:
            ticket = _ticket(session, ticket_id)
            service = session.get(Service, ticket.service_id)
            existing = _find_note(session, ticket_id, staff_id)
            if existing is not None and existing.followup_ticket_id is not None:
                code = session.get(Ticket, existing.followup_ticket_id)
                raise UserError(
                    "followup_exists",
                    f"Tiket tindak lanjut sudah dibuat ({code.code if code else '?'}).",
                    f"A follow-up ticket was already issued ({code.code if code else '?'}).",
                )
            if service is not None and service.letter == service_letter.upper():
                raise UserError(
                    "followup_same_service",
                    "Tindak lanjut harus ke layanan lain.",
                    "A follow-up must go to another service.",
                )
            issued = self.queue.issue_in(session, service_letter,
                                         priority_reason=ticket.priority_reason,
                                         visit_id=ticket.visit_id, actor=actor,
                                         print_ticket=print_ticket)
            row = existing or self._new_note(session, ticket_id, staff_id)
            target = session.exec(select(Service).where(Service.letter == issued.service_letter)
                                  ).first()
            row.followup_service_id = target.id if target else None
            row.followup_ticket_id = issued.id
            row.updated_at = self.ctx.now()
            session.add(row)
            audit.record(session, self.ctx.now(), actor, "follow_up", "ticket", ticket_id,
                         new_code=issued.code)
            notify(session, Topic.NOTES)
            return issued

    # ---------------------------------------------------------------- helpers
    def _editable(self, session: Session, ticket_id: int, staff_id: int | None
                  ) -> ConsultationNote:
        row = _find_note(session, ticket_id, staff_id)
        if row is None:
            return self._new_note(session, ticket_id, staff_id)
        if not row.is_draft:
            raise UserError(
                "note_final",
                "Catatan konsultasi ini sudah final.",
                "This consultation note is already final.",
            )
        return row

    def _new_note(self, session: Session, ticket_id: int, staff_id: int | None
                  ) -> ConsultationNote:
        ticket = _ticket(session, ticket_id)
        visit = session.get(Visit, ticket.visit_id) if ticket.visit_id else None
        now = self.ctx.now()
        row = ConsultationNote(ticket_id=ticket_id, staff_id=staff_id,
                               visitor_id=visit.visitor_id if visit else None,
                               created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        return row


def _check_final(note: NoteFields) -> None:
    if note.topic and not is_subject(note.topic):
        raise UserError("unknown_topic", "Topik tidak dikenal.", "Unknown topic.")
    if not note.outcome:
        raise UserError(
            "outcome_missing",
            "Pilih hasil konsultasi (terpenuhi, sebagian, tidak tersedia, dirujuk).",
            "Choose the outcome (fulfilled, partly, not available, referred).",
        )
    try:
        Outcome(note.outcome)
    except ValueError:
        raise UserError("unknown_outcome", "Hasil konsultasi tidak dikenal.",
                        "Unknown outcome.") from None


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise UserError("unknown_ticket", f"Tiket {ticket_id} tidak ditemukan.",
                        f"Ticket {ticket_id} was not found.")
    return ticket


def _find_note(session: Session, ticket_id: int, staff_id: int | None
               ) -> ConsultationNote | None:
    staff = (col(ConsultationNote.staff_id).is_(None) if staff_id is None
             else ConsultationNote.staff_id == staff_id)
    return session.exec(
        select(ConsultationNote)
        .where(ConsultationNote.ticket_id == ticket_id, staff)
        .order_by(col(ConsultationNote.id).desc())
    ).first()


def _apply(row: ConsultationNote, note: NoteFields, now: datetime) -> None:
    row.topic, row.data_requested, row.data_given = note.topic, note.data_requested, note.data_given
    row.outcome, row.notes, row.updated_at = note.outcome, note.notes, now


def _note_view(session: Session, note: ConsultationNote, ticket: Ticket | None = None
               ) -> NoteView:
    ticket = ticket or session.get(Ticket, note.ticket_id)
    assert ticket is not None
    staff = session.get(Staff, note.staff_id) if note.staff_id else None
    followup = session.get(Ticket, note.followup_ticket_id) if note.followup_ticket_id else None
    service = session.get(Service, note.followup_service_id) if note.followup_service_id else None
    return NoteView(
        id=note.id or 0, ticket_id=note.ticket_id, ticket_code=ticket.code, day=ticket.day,
        visitor_id=note.visitor_id, staff_id=note.staff_id,
        staff_name=staff.full_name if staff else "",
        topic=note.topic, data_requested=note.data_requested, data_given=note.data_given,
        outcome=note.outcome, notes=note.notes,
        followup_service=service.letter if service else None,
        followup_ticket_id=note.followup_ticket_id,
        followup_ticket_code=followup.code if followup else None,
        is_draft=note.is_draft, updated_at=note.updated_at,
    )
