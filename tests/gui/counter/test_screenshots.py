"""The counter as a frontliner sees it mid-morning, grabbed at 1366×768 and 1920×1080.

``PST_UPDATE_SCREENSHOTS=1`` writes the PNGs to ``docs/screenshots/`` for review; otherwise
they go to the test's temporary folder (the grab itself is still checked)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.consultation import ConsultationService, NoteFields
from pst_kiosk.services.printjobs import PrintJobService
from pst_kiosk.services.queue import QueueService
from tests.gui.counter.conftest import PASSWORD, drain, signed_in
from tests.services.visitors import add_visit

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def _morning(ctx, clock):
    accounts = AccountService(ctx)
    sari = accounts.create("sari", "Sari Wulandari", "supervisor", PASSWORD)
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    visitor_id, old_visit = add_visit(ctx, name="Nur Aisyah", purpose="Tugas kuliah", at=clock.now)
    old = queue.issue("K", visit_id=old_visit)
    queue.call_next(1, staff_id=sari.id)
    notes.finalise(
        old.id,
        sari.id,
        NoteFields(
            "hdi",
            "IPM Maluku Utara 2023",
            "Publikasi IPM 2023",
            "partly",
            "Minta juga IPM per kabupaten",
        ),
    )
    queue.finish(old.id)
    clock.advance(minutes=20)
    _, visit = add_visit(
        ctx,
        visitor_id=visitor_id,
        purpose="Skripsi tentang kemiskinan",
        data_needed="Persentase penduduk miskin per kabupaten 2020-2025",
    )
    current = queue.issue("K", visit_id=visit)
    for letter, reason in (("K", ""), ("P", "elderly"), ("K", ""), ("J", ""), ("R", "")):
        queue.issue(letter, priority_reason=reason, print_ticket=letter == "J")
        clock.advance(minutes=1)
    job = PrintJobService(ctx).claim_next()
    if job is not None:
        PrintJobService(ctx).mark_failed(job.id, "paper_out: Kertas habis / Paper out", retry=False)
    clock.advance(minutes=2)
    return current


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_counter_screenshots(sqlite_ctx, clock, qtbot, qapp, tmp_path, size):
    from pst_kiosk.gui.counter import CounterWindow

    current = _morning(sqlite_ctx, clock)
    gui = GuiContext.create(sqlite_ctx)
    try:
        window = CounterWindow(gui, counter=1)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        desk = signed_in(qtbot, window)
        panel = desk.queue_panel
        qtbot.waitUntil(lambda: panel.waiting.row_of(current.id) >= 0)
        panel.waiting_view.selectRow(panel.waiting.row_of(current.id))
        qtbot.waitUntil(desk.actions_by_name["call_chosen"].isEnabled)
        desk.call_chosen()
        qtbot.waitUntil(lambda: desk.current is not None and desk.current.id == current.id)
        qtbot.waitUntil(lambda: desk.visitor.fields["name"].text() == "Nur Aisyah")
        qtbot.waitUntil(lambda: desk.alerts.isVisible())
        desk.queue.start(current.id)
        clock.advance(minutes=7, seconds=40)
        qtbot.waitUntil(lambda: desk.current.status == "serving")
        notes = desk.notes
        notes.topic.setCurrentIndex(notes.topic.findData("poverty"))
        qtbot.keyClicks(notes.data_requested, "Persentase penduduk miskin 2020-2025")
        qtbot.keyClicks(notes.data_given, "BRS Profil Kemiskinan Maret 2025")
        qtbot.keyClicks(notes.notes, "Perlu data per kecamatan; arahkan ke perpustakaan.")
        qtbot.waitUntil(lambda: "Draf tersimpan" in notes.state.text(), timeout=5000)
        desk.tick()
        qtbot.wait(50)
        target = DOCS if os.environ.get("PST_UPDATE_SCREENSHOTS") else tmp_path
        target.mkdir(parents=True, exist_ok=True)
        name = f"counter_{size[0]}x{size[1]}.png"
        assert window.grab().save(str(target / name))
        assert QImage(str(target / name)).size().width() == size[0]
        if desk.supervisor is not None:
            desk.tabs.setCurrentWidget(desk.supervisor)
            qtbot.waitUntil(lambda: desk.supervisor.counters.rowCount() == 2)
            assert window.grab().save(str(target / f"counter_supervisor_{size[0]}x{size[1]}.png"))
    finally:
        drain(gui, qapp)
