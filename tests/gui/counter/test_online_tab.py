"""The "Layanan Online" tab driven as a frontliner drives it: a WhatsApp request registered,
completed, answered and gone from the due list; an email request appearing by itself; an
appointment booked; a supervisor's counts, overdue list and closures."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pst_kiosk.services.online_desk import OnlineDesk
from pst_kiosk.services.online_desk.mail.importer import import_message
from tests.gui.counter.conftest import signed_in
from tests.services.online_helpers import ACTOR, whatsapp_request

WIT = ZoneInfo("Asia/Jayapura")


def online_tab(qtbot, window):
    desk = signed_in(qtbot, window)
    desk.tabs.setCurrentWidget(desk.online)
    return desk.online


def click(qtbot, button) -> None:
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_whatsapp_request_registered_completed_answered_and_gone_from_the_due_list(
        ctx, clock, staff, make_window, qtbot):
    window = make_window()
    tab = online_tab(qtbot, window)
    click(qtbot, tab.new_button)
    dialog = tab.register_dialog
    dialog.channel.setCurrentIndex(dialog.channel.findData("whatsapp"))
    qtbot.keyClicks(dialog.name, "Siti Rahma")
    qtbot.keyClicks(dialog.whatsapp, "0812 3456 7890")
    dialog.subject.setCurrentIndex(dialog.subject.findData("poverty"))
    qtbot.keyClicks(dialog.title_edit, "Garis kemiskinan 2025")
    qtbot.keyClicks(dialog.message, "Selamat pagi, saya butuh data garis kemiskinan.")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # without consent: refused, kept open
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "Persetujuan" in dialog.problem.text() and dialog.isVisible()
    dialog.consent.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.numbers() == ["PST-2026-00001"])
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.view is not None)
    assert not tab.detail.buttons["answer"].isEnabled()  # not complete yet
    click(qtbot, tab.detail.buttons["complete"])
    complete = tab.complete_dialog
    qtbot.keyClicks(complete.missing, "Tahun data")
    qtbot.mouseClick(complete.buttons.button(complete.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.detail.view.status == "complete")
    assert "Sisa 3 hari kerja" in tab.detail.clock.text()
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=WIT).astimezone(UTC)  # Thursday: due today
    click(qtbot, tab.filter_buttons[tab.which.DUE_TODAY])
    qtbot.waitUntil(lambda: tab.model.numbers() == ["PST-2026-00001"]
                    and tab.model.data(tab.model.index(0, tab.model.TIME))
                    == "Hari ini s.d. 16:00")
    tab.table.selectRow(0)
    row = tab.model.row_at(0)
    assert row.due.kind.value == "due_today"
    qtbot.keyClicks(tab.detail.reply, "Berikut tabel garis kemiskinan 2025.")
    click(qtbot, tab.detail.buttons["answer"])
    qtbot.waitUntil(lambda: tab.detail.view.status == "answered")
    qtbot.waitUntil(lambda: tab.model.numbers() == [])  # gone from the due list
    assert "Dicatat" in tab.message.text()
    assert [m.direction for m in OnlineDesk(ctx).get(1).messages] == ["in", "out"]


def test_an_email_request_appears_by_itself(ctx, staff, make_window, qtbot):
    window = make_window()
    tab = online_tab(qtbot, window)
    qtbot.waitUntil(lambda: tab.counts is not None)
    raw = (b"From: Ani <ani@contoh.id>\r\nTo: bps8200@bps.go.id\r\nSubject: Data IPM\r\n"
           b"Message-ID: <ipm-1@contoh.id>\r\n\r\nMohon data IPM 2025.\r\n")
    import_message(ctx, "bps8200@bps.go.id@mail/INBOX", 1, 1, raw)  # as the fetcher does
    qtbot.waitUntil(lambda: tab.model.numbers() == ["PST-2026-00001"], timeout=5000)
    assert tab.model.data(tab.model.index(0, tab.model.CHANNEL)) == "Email"


def test_supervisor_sees_counts_overdue_and_edits_closures(ctx, clock, staff, make_window,
                                                          qtbot):
    online = OnlineDesk(ctx)
    late = online.register(whatsapp_request(), actor=ACTOR)
    online.complete(late.id, actor=ACTOR)
    clock.now = datetime(2026, 12, 4, 9, 0, tzinfo=WIT).astimezone(UTC)  # due Thursday: late
    window = make_window()
    from tests.gui.counter.conftest import sign_in

    sign_in(qtbot, window, "budi")
    qtbot.waitUntil(lambda: window.desk is not None)
    tab = window.desk.online
    window.desk.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.strip.overdue.rowCount() == 1)
    assert "TERLAMBAT 1" in tab.strip.counts.text()
    assert tab.strip.overdue.item(0, 3).text() == "TERLAMBAT 1 hari kerja"
    assert tab.strip.closures.isVisible()
    tab.edit_closures()
    dialog = tab.closures_dialog
    dialog.day.setDate(date(2026, 12, 7))
    qtbot.keyClicks(dialog.reason, "Rapat kerja")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert [c.reason for c in online.closures()] == ["Rapat kerja"]
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    dialog.close()
    QApplication.processEvents()


def test_a_frontliner_sees_no_overdue_list_nor_closures(ctx, staff, make_window, qtbot):
    window = make_window()
    tab = online_tab(qtbot, window)
    assert not tab.strip.closures.isVisible() and not tab.strip.overdue.isVisible()


def test_an_appointment_booked_at_the_desk_shows_in_todays_list(ctx, clock, staff, make_window,
                                                                qtbot):
    online = OnlineDesk(ctx)
    request = online.register(whatsapp_request(), actor=ACTOR)
    online.complete(request.id, actor=ACTOR)
    window = make_window()
    tab = online_tab(qtbot, window)
    qtbot.waitUntil(lambda: tab.model.numbers() == [request.number])
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.view is not None)
    click(qtbot, tab.detail.buttons["schedule"])
    qtbot.waitUntil(lambda: getattr(tab, "appointment_dialog", None) is not None)
    dialog = tab.appointment_dialog
    from PySide6.QtCore import QDate, QTime

    at = datetime(2026, 11, 30, 13, 30, tzinfo=WIT)  # typed as the office's wall clock
    dialog.starts.setDate(QDate(2026, 11, 30))
    dialog.starts.setTime(QTime(13, 30))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.detail.view.appointments) == 1 or dialog.problem.isVisible())
    assert not dialog.problem.isVisible(), dialog.problem.text()
    booked = tab.detail.view.appointments[0]
    assert booked.starts_at == at.astimezone(UTC) and booked.officer_name == "Sari Wulandari"
    assert booked.code in tab.message.text() and booked.code in tab.detail.reply.toPlainText()
    qtbot.waitUntil(lambda: booked.code in tab.appointments.item(0).text())
    assert tab.appointments.item(0).text().startswith("13:30")
