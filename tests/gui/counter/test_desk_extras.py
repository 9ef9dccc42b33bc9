"""Lock after inactivity, the first admin, crash recovery of a draft, printer alerts with
reprint, and the supervisor's view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.consultation import ConsultationService
from pst_kiosk.services.printjobs import PrintJobService
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import PrintJob
from tests.gui.counter.conftest import PASSWORD, sign_in, signed_in


def test_locks_after_inactivity_and_only_the_password_opens_it(ctx, staff, make_window, qtbot):
    QueueService(ctx).issue("K")
    window = make_window(idle_lock_ms=300)
    desk = signed_in(qtbot, window)
    qtbot.waitUntil(desk.actions_by_name["call_next"].isEnabled)
    desk.call_next()
    qtbot.waitUntil(lambda: desk.current is not None)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.stack.currentWidget() is window.sign_in
    assert window.sign_in.username.isReadOnly() and window.sign_in.username.text() == "sari"
    sign_in(qtbot, window, "sari", "salah-sandi")
    qtbot.waitUntil(lambda: "salah" in window.sign_in.error.text())
    assert window.locked
    sign_in(qtbot, window, "sari", PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.desk is desk and desk.current is not None  # the visitor is still there


def test_first_run_offers_the_first_admin(ctx, make_window, qtbot):
    window = make_window()
    page = window.sign_in
    qtbot.waitUntil(lambda: page.first_run and page.full_name.isVisible())
    qtbot.keyClicks(page.full_name, "Admin PST")
    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.repeat, PASSWORD)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.desk is not None)
    assert window.desk.staff.role == "admin" and window.desk.supervisor is not None
    assert AccountService(ctx).has_accounts()


def test_draft_survives_a_crash(ctx, staff, gui, make_window, qtbot):
    ticket = QueueService(ctx).issue("K")
    window = make_window()
    desk = signed_in(qtbot, window)
    qtbot.waitUntil(desk.actions_by_name["call_next"].isEnabled)
    desk.call_next()
    qtbot.waitUntil(lambda: desk.current is not None)
    qtbot.keyClicks(desk.notes.data_requested, "Inflasi Ternate 2025")
    qtbot.waitUntil(
        lambda: (
            (n := ConsultationService(ctx).note(ticket.id, staff["sari"].id)) is not None
            and n.data_requested == "Inflasi Ternate 2025"
        )
    )
    window.hide()  # the PC "crashes": a new window starts on the same database
    again = make_window()
    desk2 = signed_in(qtbot, again)
    qtbot.waitUntil(lambda: desk2.current is not None and desk2.current.id == ticket.id)
    qtbot.waitUntil(lambda: desk2.notes.data_requested.text() == "Inflasi Ternate 2025")


def test_printer_alert_offers_a_reprint(ctx, staff, make_window, qtbot):
    ticket = QueueService(ctx).issue("K", print_ticket=True)
    jobs = PrintJobService(ctx)
    job = jobs.claim_next()
    jobs.mark_failed(job.id, "paper_out: Kertas habis / Paper out", retry=False)
    window = make_window()
    desk = signed_in(qtbot, window)
    alerts = desk.alerts
    qtbot.waitUntil(lambda: alerts.isVisible() and bool(alerts.buttons))
    assert ticket.code in alerts.message.text() and ticket.code in alerts.buttons[0].text()
    qtbot.mouseClick(alerts.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not alerts.isVisible())
    with ctx.db.read() as session:
        kinds = [j.kind for j in session.exec(select(PrintJob).order_by(PrintJob.id)).all()]
    assert kinds == ["ticket", "reprint"]


def test_supervisor_sees_every_counter_and_who_is_on_duty(ctx, staff, make_window, qtbot):
    queue = QueueService(ctx)
    queue.issue("K")
    queue.issue("R")
    AccountService(ctx).sign_in("sari", PASSWORD, counter=2)
    queue.call_next(2, staff_id=staff["sari"].id)
    window = make_window()
    desk = signed_in(qtbot, window, "budi")
    view = desk.supervisor
    assert view is not None and desk.tabs.count() == 3  # the counter, supervisor, online
    qtbot.waitUntil(lambda: view.counters.rowCount() == 2 and view.staff.rowCount() == 2)
    assert view.counters.item(1, 2).text() == "K-001"
    assert view.counters.item(1, 4).text() == "Sari Wulandari"
    names = {view.staff.item(r, 0).text() for r in range(2)}
    assert names == {"Sari Wulandari", "Budi Santoso"}
    qtbot.waitUntil(lambda: view.queues.rowCount() == 1)


def test_supervisor_opens_the_reports(ctx, staff, make_window, qtbot):
    window = make_window()
    desk = signed_in(qtbot, window, "budi")
    view = desk.supervisor
    assert view.report_button.isEnabled()
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report_dialog is not None and view.report_dialog.isVisible())
    view.report_dialog.close()
