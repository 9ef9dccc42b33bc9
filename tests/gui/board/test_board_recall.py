"""Calls, recalls and the models behind the board, on both databases."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from pst_kiosk.gui.announcer import Announcer
from pst_kiosk.gui.board import BoardFace
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.queue import QueueService
from tests.gui.board.conftest import qml_text


def test_calls_recalls_and_finish_reach_the_board(qtbot, ctx) -> None:
    queue = QueueService(ctx)
    for letter in "KKR":
        queue.issue(letter)
    gui = GuiContext.create(ctx, inline_tasks=True)
    face = BoardFace(gui, Announcer("chime"))
    face.show(windowed=True)
    testers = [QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
               for m in (face.backend.counters_model, face.backend.waiting_model)]
    calls: list[tuple[str, int, bool]] = []
    face.backend.called.connect(lambda code, counter, recall: calls.append((code, counter, recall)))
    try:
        qtbot.waitUntil(lambda: face.backend.fresh, timeout=10_000)
        waiting = {r["letter"]: r["waiting"] for r in face.backend.waiting_model.rows()}
        assert waiting["K"] == 2 and waiting["R"] == 1

        first = queue.call_next(1)
        assert first is not None
        qtbot.waitUntil(lambda: calls == [("K-001", 1, False)], timeout=5_000)
        assert face.backend.currentCode == "K-001"

        queue.recall(first.id)
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=5_000)
        assert calls[1] == ("K-001", 1, True)
        assert list(face.announcer.recent).count("Nomor antrian K-001, silakan ke loket 1") == 2

        second = queue.call_next(2)
        assert second is not None
        qtbot.waitUntil(lambda: face.backend.currentCode == "K-002", timeout=5_000)
        assert qml_text(face.window, "currentCounter") == "LOKET 2"

        queue.finish(second.id)
        qtbot.waitUntil(lambda: face.backend.currentCode == "K-001", timeout=5_000)
        rows = {r["number"]: r for r in face.backend.counters_model.rows()}
        assert rows[2]["code"] == "" and rows[2]["previous"] == "K-002"
        assert rows[1]["code"] == "K-001"
        waiting = {r["letter"]: r["waiting"] for r in face.backend.waiting_model.rows()}
        assert waiting["K"] == 0 and waiting["R"] == 1
        assert len(calls) == 3  # finishing announces nothing
    finally:
        del testers
        face.close()
        gui.close()


def test_a_board_started_late_does_not_read_out_the_morning(qtbot, ctx) -> None:
    queue = QueueService(ctx)
    queue.issue("K")
    queue.call_next(1)
    gui = GuiContext.create(ctx, inline_tasks=True)
    face = BoardFace(gui, Announcer("chime"))
    try:
        qtbot.waitUntil(lambda: face.backend.currentCode == "K-001", timeout=10_000)
        assert list(face.announcer.recent) == []
    finally:
        face.close()
        gui.close()
