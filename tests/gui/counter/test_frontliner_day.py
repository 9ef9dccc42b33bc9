"""A frontliner's day at the counter, driven with keys and clicks on both backends:
sign in, call, serve with notes, follow-up ticket, finish, transfer, skip and re-queue,
sign out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from pst_kiosk.services.consultation import ConsultationService
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import AuditLog, ConsultationNote
from tests.gui.counter.conftest import PASSWORD, press, sign_in, signed_in
from tests.services.visitors import add_visit


def _status(ctx, code):
    return QueueService(ctx).find(code).status


def test_wrong_password_says_so_then_right_one_opens_the_desk(ctx, staff, make_window, qtbot):
    window = make_window()
    sign_in(qtbot, window, "sari", "bukan-sandinya")
    qtbot.waitUntil(lambda: "salah" in window.sign_in.error.text())
    assert window.desk is None
    desk = signed_in(qtbot, window)
    assert desk.staff.username == "sari" and desk.supervisor is None
    assert "Sari Wulandari" in window.who.text()


def test_frontliners_day(ctx, clock, staff, make_window, qtbot):
    queue = QueueService(ctx)
    _, visit_id = add_visit(ctx, name="Nur Aisyah", purpose="Skripsi tentang kemiskinan")
    first = queue.issue("K", visit_id=visit_id)
    second = queue.issue("K")
    third = queue.issue("K")

    window = make_window()
    desk = signed_in(qtbot, window)
    actions = desk.actions_by_name
    qtbot.waitUntil(lambda: desk.queue_panel.waiting.rowCount() == 3)
    assert not actions["finish"].isEnabled() and not actions["skip"].isEnabled()
    assert actions["call_next"].isEnabled()

    # Call: F2 shows the visitor with the guest-book entry; the queue loses the row.
    clock.advance(minutes=3)
    press(qtbot, desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.current is not None and desk.current.code == first.code)
    qtbot.waitUntil(lambda: desk.visitor.fields["name"].text() == "Nur Aisyah")
    assert "kemiskinan" in desk.visitor.fields["purpose"].text()
    qtbot.waitUntil(lambda: desk.queue_panel.waiting.rowCount() == 2)
    assert desk.visitor.wait_clock.text() == "03:00"
    assert desk.visitor.head_clock.title().endswith(second.code)
    assert not actions["call_next"].isEnabled()
    assert actions["skip"].isEnabled() and actions["recall"].isEnabled()

    # Recall, then start: F3, F4.
    press(qtbot, desk, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: desk.current.call_count == 2)
    press(qtbot, desk, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: desk.current.status == "serving")
    assert not actions["skip"].isEnabled()

    # Notes typed become a draft in the database without any save button.
    notes = desk.notes
    notes.topic.setCurrentIndex(notes.topic.findData("poverty"))
    qtbot.keyClicks(notes.data_requested, "Persentase penduduk miskin 2020-2025")
    qtbot.keyClicks(notes.data_given, "BRS Kemiskinan Maret 2025")
    notes.outcome.setCurrentIndex(notes.outcome.findData("fulfilled"))
    qtbot.keyClicks(notes.notes, "Minta data per kabupaten juga")

    def draft():
        return ConsultationService(ctx).note(first.id, staff["sari"].id)

    qtbot.waitUntil(lambda: (d := draft()) is not None and d.notes.endswith("juga"), timeout=5000)
    assert draft().is_draft

    # Follow-up to the library issues a P ticket for the same visit.
    notes.followup_service.setCurrentIndex(notes.followup_service.findData("P"))
    qtbot.mouseClick(notes.followup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "P-001" in notes.followup_result.text())
    follow = queue.find("P-001")
    assert follow.visit_id == visit_id and follow.status == "waiting"
    qtbot.waitUntil(lambda: desk.queue_panel.waiting.rowCount() == 3)  # P-001 joins this queue

    # Finish: F5 makes the note final and frees the counter.
    clock.advance(minutes=6)
    press(qtbot, desk, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: desk.current is None)
    assert _status(ctx, first.code) == "done"
    final = draft()
    assert not final.is_draft and final.outcome == "fulfilled" and final.topic == "poverty"
    assert final.followup_ticket_code == "P-001"

    # Next visitor is transferred to another counter (F7, choose counter 2).
    qtbot.waitUntil(actions["call_next"].isEnabled)
    press(qtbot, desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.current is not None and desk.current.code == second.code)
    press(qtbot, desk, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: desk.transfer_dialog is not None and desk.transfer_dialog.isVisible())
    dialog = desk.transfer_dialog
    dialog.to_counter.click()
    dialog.counter.setCurrentIndex(dialog.counter.findData(2))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: desk.current is None)
    moved = queue.find(second.code)
    assert moved.status == "waiting" and moved.target_counter_number == 2
    # It waits for counter 2 now, so counter 1 no longer lists it.
    qtbot.waitUntil(lambda: second.id not in desk.queue_panel.waiting.ticket_ids())

    # The third does not come: F6 skips; when they come back, F8 re-queues them.
    qtbot.waitUntil(actions["call_next"].isEnabled)
    press(qtbot, desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.current is not None and desk.current.code == third.code)
    press(qtbot, desk, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: desk.current is None)
    assert _status(ctx, third.code) == "no_show"
    panel = desk.queue_panel
    qtbot.waitUntil(lambda: panel.no_shows.rowCount() == 1)
    assert not desk.actions_by_name["requeue"].isEnabled()
    panel.setCurrentIndex(1)
    panel.no_show_view.selectRow(0)
    qtbot.waitUntil(lambda: desk.actions_by_name["requeue"].isEnabled())
    press(qtbot, desk, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: panel.no_shows.rowCount() == 0)
    qtbot.waitUntil(lambda: third.id in panel.waiting.ticket_ids())
    assert _status(ctx, third.code) == "waiting"

    # The follow-up ticket is chosen from the queue and called out of order (Ctrl+Return).
    panel.setCurrentIndex(0)
    panel.waiting_view.selectRow(panel.waiting.row_of(follow.id))
    qtbot.waitUntil(lambda: desk.actions_by_name["call_chosen"].isEnabled())
    press(qtbot, desk, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.current is not None and desk.current.code == "P-001")
    press(qtbot, desk, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: desk.current is None)

    # Today's figures follow along.
    qtbot.waitUntil(lambda: desk.figures.figures is not None and desk.figures.figures.served == 2)

    # Sign out: back to the sign-in page, recorded in the audit log.
    press(
        qtbot,
        desk,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.desk is None and window.stack.currentWidget() is window.sign_in)

    def actions_logged():
        with ctx.db.read() as session:
            return [
                a.action
                for a in session.exec(select(AuditLog).where(AuditLog.actor == "staff:sari")).all()
            ]

    qtbot.waitUntil(lambda: "sign_out" in actions_logged())
    logged = actions_logged()
    for action in (
        "sign_in",
        "call",
        "recall",
        "start",
        "finish",
        "transfer",
        "skip",
        "requeue",
        "finalise",
        "follow_up",
    ):
        assert action in logged, action
    with ctx.db.read() as session:
        assert len(session.exec(select(ConsultationNote)).all()) == 1
    assert PASSWORD  # the same password opens the desk again later
