"""The waiting-room board (Qt Quick): ``pst-kiosk board [--screen N]``.

``open_face`` builds the backend and the announcer, loads ``ui/board/Board.qml`` and puts the
window full screen on the chosen screen (windowed in the single-PC launch and in tests).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from pst_kiosk.gui import qml_theme
from pst_kiosk.gui.announcer import Announcer
from pst_kiosk.gui.board.backend import BoardBackend
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.paths import ui_dir

__all__ = ["BoardBackend", "BoardFace", "open_face"]


class BoardFace(QObject):
    """The board's parts kept together (and alive): engine, backend, announcer, window."""

    def __init__(self, gui: GuiContext, announcer: Announcer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        board_config = gui.services.config.board
        qml_theme.register()
        self.engine = QQmlApplicationEngine(self)  # first child: deleted before the backend
        self.announcer = announcer or Announcer(
            board_config.voice, board_config.announce_english, gui.tasks, parent=self
        )
        self.backend = BoardBackend(gui, self.announcer, parent=self)
        self.engine.setInitialProperties({"board": self.backend})
        self.engine.load(QUrl.fromLocalFile(str(ui_dir() / "board" / "Board.qml")))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("ui/board/Board.qml did not load")
        self.window: QQuickWindow = roots[0]
        self.window.destroyed.connect(self.backend.close)

    def show(self, screen: int | None = None, windowed: bool = False) -> None:
        screens = QGuiApplication.screens()
        if screen is not None and not 0 <= screen < len(screens):
            print(f"Layar {screen} tidak ada ({len(screens)} layar); memakai layar utama. / "
                  f"Screen {screen} does not exist; using the primary screen.", file=sys.stderr)
            screen = None
        target = screens[screen] if screen is not None else QGuiApplication.primaryScreen()
        if target is not None:
            self.window.setScreen(target)
            self.window.setGeometry(target.geometry() if not windowed else
                                    target.availableGeometry().adjusted(40, 40, -40, -40))
        if windowed:
            self.window.show()
        else:
            self.window.showFullScreen()

    def close(self) -> None:
        """Stop reading and speaking; the window closes too (idempotent)."""
        self.backend.close()
        if self.window is not None:
            self.window.close()


def open_face(gui: GuiContext, args: argparse.Namespace | Any, windowed: bool = False) -> QQuickWindow:
    face = BoardFace(gui)
    face.show(getattr(args, "screen", None), windowed)
    face.window._pst_board = face  # type: ignore[attr-defined]  # keeps the face alive
    return face.window
