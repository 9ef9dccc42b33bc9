"""Screenshots of the board in landscape and portrait, on a morning's queue.

``PST_SCREENSHOTS=1`` writes them to ``docs/screenshots/`` (reviewed by eye, committed);
otherwise to the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from pst_kiosk.gui.announcer import Announcer
from pst_kiosk.gui.board import BoardFace
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.queue import QueueService
from tests.gui.board.conftest import qml_text
from tests.helpers import REPO


def _settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _morning(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    queue = QueueService(ctx)
    for letter in "KKKKKKKPPJRRA":
        queue.issue(letter)
    for i, counter in enumerate((1, 2, 1, 2, 1)):
        ticket = queue.call_next(counter)
        assert ticket is not None
        clock.advance(minutes=4)
        if i < 3:
            queue.finish(ticket.id)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_board_screenshots(qtbot, sqlite_ctx, clock, tmp_path, size) -> None:
    _morning(sqlite_ctx, clock)
    gui = GuiContext.create(sqlite_ctx, inline_tasks=True)
    face = BoardFace(gui, Announcer("chime"))
    try:
        face.window.resize(*size)
        face.show(windowed=True)
        face.window.resize(*size)
        qtbot.waitUntil(lambda: qml_text(face.window, "currentCode") == "K-005", timeout=10_000)
        assert qml_text(face.window, "currentCounter") == "LOKET 1"
        _settle(800)
        image = face.window.grabWindow()
        assert (image.width(), image.height()) == size
        out = REPO / "docs" / "screenshots" if os.environ.get("PST_SCREENSHOTS") else tmp_path
        out.mkdir(parents=True, exist_ok=True)
        path = Path(out) / f"board_{size[0]}x{size[1]}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 20_000  # a real picture, not a blank window
    finally:
        face.close()
        gui.close()


def test_board_in_english(qtbot, sqlite_ctx, clock, tmp_path) -> None:
    from pst_kiosk.gui.i18n import set_language

    _morning(sqlite_ctx, clock)
    gui = GuiContext.create(sqlite_ctx, inline_tasks=True)
    face = BoardFace(gui, Announcer("chime"))
    try:
        face.show(windowed=True)
        qtbot.waitUntil(lambda: qml_text(face.window, "currentCounter") == "LOKET 1", timeout=10_000)
        set_language("en")
        face.engine.retranslate()
        qtbot.waitUntil(lambda: qml_text(face.window, "currentCounter") == "COUNTER 1",
                        timeout=5_000)
    finally:
        set_language("id")
        face.close()
        gui.close()
