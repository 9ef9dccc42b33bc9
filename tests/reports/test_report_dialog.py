"""The supervisor's report dialog, driven like a user with pytest-qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from report_scenario import DAY, build_day, pdf_words

from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.report_dialog import ReportDialog

SCREENSHOTS = Path(__file__).parents[2] / "docs" / "screenshots"


@pytest.fixture
def dialog(qtbot, ctx, clock, tmp_path: Path):
    build_day(ctx, clock)
    gui = GuiContext.create(ctx)  # a real thread pool: the work leaves the UI thread
    window = ReportDialog(gui, folder=tmp_path)
    qtbot.addWidget(window)
    window.show()
    yield window
    gui.close()


def test_daily_pdf_off_the_ui_thread(qtbot, dialog: ReportDialog, tmp_path: Path):
    assert dialog.out.text() == str(tmp_path / "laporan-harian-2026-11-30.pdf")
    assert dialog.end.isHidden()
    qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    assert not dialog.create.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: dialog.progress.value() == 100, timeout=20000)
    assert dialog.create.isEnabled()
    assert "halaman" in dialog.status.text()
    assert "Tiket antrean diambil 10" in pdf_words(tmp_path / "laporan-harian-2026-11-30.pdf")
    if os.environ.get("PST_SCREENSHOTS") and dialog.gui.services.db.is_sqlite:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "report_dialog.png"))


def test_range_and_export(qtbot, dialog: ReportDialog, tmp_path: Path):
    dialog.kind.setCurrentIndex(dialog.kind.findData("range"))
    assert dialog.end.isVisibleTo(dialog)
    dialog.start.setDate(QDate(2026, 11, 28))
    dialog.end.setDate(QDate(2026, 12, 2))
    assert dialog.out.text().endswith("laporan-2026-11-28_2026-12-02.pdf")
    with qtbot.waitSignal(dialog.finished_report, timeout=20000) as done:
        qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    assert "Tren harian" in pdf_words(done.args[0])
    dialog.kind.setCurrentIndex(dialog.kind.findData("guestbook"))
    with qtbot.waitSignal(dialog.finished_report, timeout=20000) as done:
        qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    assert Path(done.args[0]).name == "buku-tamu-2026-11-28_2026-12-02.xlsx"
    assert "disamarkan" in dialog.status.text()


def test_reversed_range_is_explained(qtbot, dialog: ReportDialog):
    dialog.kind.setCurrentIndex(dialog.kind.findData("range"))
    dialog.start.setDate(QDate(2026, 12, 2))
    dialog.end.setDate(QDate(2026, 11, 28))
    qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sebelum tanggal awal" in dialog.status.text(), timeout=20000)
    assert dialog.progress.value() == 0 and dialog.create.isEnabled()


def test_user_typed_name_is_kept(qtbot, dialog: ReportDialog, tmp_path: Path):
    dialog.out.clear()
    qtbot.keyClicks(dialog.out, str(tmp_path / "milik-saya.pdf"))
    dialog.start.setDate(QDate(2026, 12, 1))
    assert dialog.out.text() == str(tmp_path / "milik-saya.pdf")
    assert DAY.isoformat() not in dialog.out.text()


def test_the_reports_layer_sends_steps_and_the_dialog_words_them(qtbot, dialog, ctx, tmp_path):
    """Progress arrives as ``ReportStep`` values, never as Indonesian text, and the dialog
    words each step in its own language."""
    from pst_kiosk.gui import i18n
    from pst_kiosk.reports import export
    from pst_kiosk.reports.daily import build_daily
    from pst_kiosk.reports.progress import ReportStep

    steps: list[object] = []
    build_daily(ctx, DAY, tmp_path / "d.pdf", steps.append)
    assert steps == [ReportStep.GATHER, ReportStep.BUILD, ReportStep.WRITE, ReportStep.DONE]
    steps.clear()
    export.export(ctx, "tickets", DAY, DAY, tmp_path / "t.csv", progress=steps.append)
    assert steps == [ReportStep.GATHER, ReportStep.WRITE, ReportStep.DONE]
    assert [dialog.step_text(s) for s in ReportStep] == [
        "Mengumpulkan data", "Menyusun halaman", "Menulis berkas", "Selesai"]
    try:
        i18n.set_language("en")
        assert [dialog.step_text(s) for s in ReportStep] == [
            "Gathering data", "Laying out the pages", "Writing the file", "Done"]
    finally:
        i18n.set_language("id")
