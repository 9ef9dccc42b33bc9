"""The faces' background chores: expired personal data purged, end-of-day export written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pst_kiosk.gui.app import _keep_house
from pst_kiosk.gui.context import GuiContext


def test_counter_pc_writes_the_end_of_day_export_by_itself(qtbot, sqlite_ctx, tmp_path: Path):
    folder = tmp_path / "ekspor"
    sqlite_ctx.config = replace(sqlite_ctx.config, reports=replace(
        sqlite_ctx.config.reports, auto_export_dir=str(folder)))
    gui = GuiContext.create(sqlite_ctx, inline_tasks=True)
    _keep_house(gui, ("counter",))
    # the clock stands on Monday 30 Nov 10:00 WIT: Friday 27 Nov is over and due
    qtbot.waitUntil(lambda: any(folder.rglob("*2026-11-27*.pdf")), timeout=15000)
    gui.close()


def test_kiosk_pc_does_not_export(qtbot, sqlite_ctx, tmp_path: Path):
    folder = tmp_path / "ekspor"
    sqlite_ctx.config = replace(sqlite_ctx.config, reports=replace(
        sqlite_ctx.config.reports, auto_export_dir=str(folder)))
    gui = GuiContext.create(sqlite_ctx, inline_tasks=True)
    _keep_house(gui, ("kiosk",))
    qtbot.wait(6000)
    assert not folder.exists()
    gui.close()
