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


def test_a_failing_chore_is_logged_and_shown(qtbot, sqlite_ctx, tmp_path: Path, caplog):
    """The chores' errors were dropped (``on_error=lambda _error: None``): an export folder
    that cannot be made failed every 15 minutes and nobody knew. Now it is in the face's
    log with its traceback and on the face's screen."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the export folder should be", encoding="utf-8")
    sqlite_ctx.config = replace(sqlite_ctx.config, reports=replace(
        sqlite_ctx.config.reports, auto_export_dir=str(blocker / "ekspor")))
    gui = GuiContext.create(sqlite_ctx, inline_tasks=True)
    shown: list[BaseException] = []
    gui.tasks.add_sink(shown.append)
    _keep_house(gui, ("counter",))
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert isinstance(shown[0], OSError)
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[1] is shown[0]]
    assert logged and logged[0].levelname == "ERROR"
    gui.close()


def test_every_face_sweeps_the_online_desk_at_start(qtbot, sqlite_ctx, clock):
    from datetime import timedelta

    from pst_kiosk.services.online_desk import OnlineDesk, Reply
    from tests.services.online_helpers import ACTOR, whatsapp_request

    desk = OnlineDesk(sqlite_ctx)
    request = desk.register(whatsapp_request(), actor=ACTOR)
    desk.write(request.id, Reply("Tahun berapa?"), actor=ACTOR)
    clock.advance(days=7, minutes=1)
    gui = GuiContext.create(sqlite_ctx, inline_tasks=True)
    _keep_house(gui, ("board",))
    qtbot.waitUntil(lambda: desk.get(request.id).status == "closed", timeout=15000)
    assert desk.get(request.id).row.close_reason == "no_response"
    assert timedelta(days=7) < clock.now - request.row.received_at
    gui.close()
