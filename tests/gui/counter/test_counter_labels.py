"""On a busy day that stores every code, no label of the counter shows one: the visitor card
of every ticket, the queue table, the notes form's choices, who is signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTextBrowser, QWidget

from pst_kiosk.gui import i18n
from pst_kiosk.gui.counter.notes_form import NotesForm
from pst_kiosk.gui.counter.visitor_panel import VisitorPanel
from pst_kiosk.gui.models.queue_table import QueueRow, QueueTableModel
from pst_kiosk.gui.tasks import TaskRunner
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.queue import QueueService
from tests.busy_day import build_busy_day, raw_codes_in
from tests.gui.counter.conftest import sign_in


def _texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.toPlainText() for w in widget.findChildren(QTextBrowser)]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for table in widget.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount()) if table.item(r, c) is not None]
    return texts


def _visitor_card_texts(gui, qtbot, ticket) -> list[str]:
    panel = VisitorPanel(gui)
    qtbot.addWidget(panel)
    panel.show_ticket(ticket)
    qtbot.waitUntil(lambda: panel.card is not None, timeout=5000)
    return _texts(panel)


def test_visitor_cards_show_labels_never_codes(ctx, clock, gui, qtbot):
    day = build_busy_day(ctx, clock)
    queue = QueueService(ctx)
    for name, ticket_id in day.tickets.items():
        texts = _visitor_card_texts(gui, qtbot, queue.get(ticket_id))
        for text in texts:
            assert raw_codes_in(text) == set(), (name, text)
    # the returning visitor's card: this visit's profile and the morning's notes, labelled
    shown = " ".join(_visitor_card_texts(gui, qtbot, queue.get(day.tickets["v0_again"])))
    assert "ASN/TNI/Polri / D4/S1" in shown
    assert "Kementerian/Lembaga/Pemerintah Daerah" in shown
    assert "Sosial lainnya" in shown and "Terpenuhi sebagian" in shown
    assert "KTP ••••0001" in shown


def test_queue_table_shows_every_priority_reason_by_its_label(ctx, clock):
    build_busy_day(ctx, clock)
    tickets = QueueService(ctx).today()
    model = QueueTableModel(lambda: [], TaskRunner(inline=True), ctx.now, ctx.zone)
    model.apply([QueueRow(t, t.issued_at) for t in tickets])
    shown = {model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
             for row in range(model.rowCount()) for column in range(model.columnCount())}
    assert {"Lansia", "Penyandang disabilitas", "Ibu hamil", "Membawa anak kecil"} <= shown
    assert all(raw_codes_in(str(text)) == set() for text in shown)


def test_the_notes_form_offers_outcomes_by_their_label_in_both_languages(ctx, gui, qtbot):
    staff = AccountService(ctx).create("sari", "Sari Wulandari", "frontliner", "kopi-pagi-7")
    form = NotesForm(gui, staff)
    qtbot.addWidget(form)
    outcomes = [form.outcome.itemText(i) for i in range(1, form.outcome.count())]
    assert outcomes == ["Terpenuhi", "Terpenuhi sebagian", "Data tidak tersedia", "Dirujuk"]
    assert [form.outcome.itemData(i) for i in range(1, form.outcome.count())] == \
        ["fulfilled", "partly", "not_available", "referred"]
    try:
        i18n.set_language("en")
        english = NotesForm(gui, staff)
        qtbot.addWidget(english)
        assert [english.outcome.itemText(i) for i in range(1, english.outcome.count())] == \
            ["Fulfilled", "Partly fulfilled", "Data not available", "Referred"]
    finally:
        i18n.set_language("id")


def test_the_signed_in_officer_and_the_supervisor_view_show_roles_by_label(
        ctx, staff, make_window, qtbot):
    window = make_window()
    sign_in(qtbot, window, "budi")
    qtbot.waitUntil(lambda: window.desk is not None and "Budi Santoso" in window.who.text())
    assert "Penyelia" in window.who.text() and "supervisor" not in window.who.text()
    view = window.desk.supervisor
    window.desk.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.staff.rowCount() == 1, timeout=5000)
    roles = [view.staff.item(0, c).text() for c in range(view.staff.columnCount())]
    assert "Penyelia" in roles and "supervisor" not in roles
