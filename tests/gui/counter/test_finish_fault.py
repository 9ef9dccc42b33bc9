"""Issue 18: F5 wrote the final note and then finished the ticket in a second transaction; a
fault between them left the note final and the ticket called, and F5 again was refused
("note already final"). Pressed as the frontliner presses it, with a real database fault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pst_kiosk.services.consultation import ConsultationService
from pst_kiosk.services.queue import QueueService
from tests.gui.counter.conftest import press, signed_in
from tests.helpers import FailingWrite


def test_f5_after_a_fault_simply_works_again(ctx, staff, make_window, qtbot):
    ticket = QueueService(ctx).issue("K")
    window = make_window()
    desk = signed_in(qtbot, window)
    qtbot.waitUntil(lambda: desk.queue_panel.waiting.rowCount() == 1)
    press(qtbot, desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.current is not None and not desk.busy)
    notes = desk.notes
    notes.topic.setCurrentIndex(notes.topic.findData("poverty"))
    notes.outcome.setCurrentIndex(notes.outcome.findData("fulfilled"))
    qtbot.keyClicks(notes.notes, "Data kemiskinan 2025")

    with FailingWrite(ctx.db, "ticket", "UPDATE", "NEW.status = 'done'"):
        press(qtbot, desk, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: desk.message.isVisible() and not desk.busy, timeout=5000)
    assert QueueService(ctx).get(ticket.id).status == "called"
    note = ConsultationService(ctx).note(ticket.id, staff["sari"].id)
    assert note is None or note.is_draft  # nothing half-done

    press(qtbot, desk, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: desk.current is None and not desk.busy, timeout=5000)
    assert QueueService(ctx).get(ticket.id).status == "done"
    final = ConsultationService(ctx).note(ticket.id, staff["sari"].id)
    assert final is not None and not final.is_draft and final.notes == "Data kemiskinan 2025"
