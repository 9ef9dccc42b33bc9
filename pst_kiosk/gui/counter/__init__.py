"""The counter face (Qt Widgets): the frontliner's desk and the supervisor's view.

``pst-kiosk counter [--counter N]`` opens it maximised; the no-argument single-PC launch
opens it in a window beside the kiosk and the board.
"""

from __future__ import annotations

import argparse

from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.window import CounterWindow

__all__ = ["CounterWindow", "open_face"]


def open_face(gui: GuiContext, args: argparse.Namespace, windowed: bool) -> CounterWindow:
    window = CounterWindow(gui, counter=getattr(args, "counter", None))
    screen_number = getattr(args, "screen", None)
    if screen_number is not None:
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if 0 <= screen_number < len(screens):
            window.setScreen(screens[screen_number])
            window.move(screens[screen_number].geometry().topLeft())
    if windowed:
        window.resize(1366, 768)
        window.show()
    else:
        window.showMaximized()
    return window
