"""Consultation notes and follow-ups on both backends, with a visitor from the guest book."""

from __future__ import annotations

import pytest
from sqlmodel import select

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.consultation import ConsultationService, NoteFields
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import ConsultationNote
from tests.services.visitors import add_visit


@pytest.fixture
def staff(ctx):
    return AccountService(ctx).create("sari", "Sari Frontliner", "frontliner", "kopi-pagi-7")


def test_draft_is_one_row_updated_in_place(ctx, staff):
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    ticket = queue.issue("K")
    queue.call_next(1, staff_id=staff.id)
    notes.save_draft(ticket.id, staff.id, NoteFields(topic="poverty"))
    saved = notes.save_draft(ticket.id, staff.id, NoteFields(topic="poverty", notes="garis"))
    assert saved.is_draft and saved.notes == "garis"
    with ctx.db.read() as session:
        assert len(session.exec(select(ConsultationNote)).all()) == 1
    # A fresh service object (as after a crash) finds the draft again.
    again = ConsultationService(ctx).note(ticket.id, staff.id)
    assert again is not None and again.fields == NoteFields(topic="poverty", notes="garis")


def test_finalise_needs_an_outcome_and_then_is_closed(ctx, staff):
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    ticket = queue.issue("K")
    with pytest.raises(UserError) as err:
        notes.finalise(ticket.id, staff.id, NoteFields(topic="poverty"))
    assert err.value.code == "outcome_missing"
    with pytest.raises(UserError) as err:
        notes.finalise(ticket.id, staff.id, NoteFields(topic="astrology", outcome="fulfilled"))
    assert err.value.code == "unknown_topic"
    final = notes.finalise(ticket.id, staff.id,
                           NoteFields("poverty", "P0 2024", "Tabel P0", "fulfilled", ""))
    assert not final.is_draft and final.outcome == "fulfilled"
    with pytest.raises(UserError) as err:
        notes.save_draft(ticket.id, staff.id, NoteFields(notes="late"))
    assert err.value.code == "note_final"


def test_follow_up_issues_a_ticket_of_another_service_for_the_same_visit(ctx, staff):
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    _, visit_id = add_visit(ctx)
    ticket = queue.issue("K", visit_id=visit_id, priority_reason="elderly")
    queue.call_next(1, staff_id=staff.id)
    with pytest.raises(UserError) as err:
        notes.follow_up(ticket.id, "K", staff.id)
    assert err.value.code == "followup_same_service"
    follow = notes.follow_up(ticket.id, "P", staff.id, print_ticket=False)
    assert follow.code == "P-001" and follow.visit_id == visit_id
    assert follow.priority_reason == "elderly" and follow.status == "waiting"
    note = notes.note(ticket.id, staff.id)
    assert note is not None and note.followup_ticket_code == "P-001"
    assert note.followup_service == "P"
    with pytest.raises(UserError) as err:
        notes.follow_up(ticket.id, "J", staff.id)
    assert err.value.code == "followup_exists"


def test_visitor_card_with_earlier_visits_and_their_notes(ctx, clock, staff):
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    earlier_at = clock.now
    visitor_id, first_visit = add_visit(ctx, purpose="Tugas kuliah", at=earlier_at)
    first = queue.issue("K", visit_id=first_visit)
    queue.call_next(1, staff_id=staff.id)
    notes.finalise(first.id, staff.id, NoteFields("hdi", "IPM 2023", "Publikasi IPM",
                                                  "partly", "kembali minggu depan"))
    queue.finish(first.id)
    clock.advance(minutes=30)
    _, second_visit = add_visit(ctx, visitor_id=visitor_id, purpose="Skripsi")
    second = queue.issue("K", visit_id=second_visit)
    card = notes.visitor_card(second.id)
    assert card is not None
    assert (card.name, card.institution, card.purpose) == ("Nur Aisyah", "Universitas Khairun",
                                                           "Skripsi")
    assert [v.purpose for v in card.earlier] == ["Tugas kuliah"]
    [old_note] = card.earlier[0].notes
    assert old_note.ticket_code == first.code and old_note.notes == "kembali minggu depan"
    assert old_note.staff_name == "Sari Frontliner"


def test_ticket_without_guest_book_has_no_card(ctx):
    ticket = QueueService(ctx).issue("K")
    assert ConsultationService(ctx).visitor_card(ticket.id) is None
