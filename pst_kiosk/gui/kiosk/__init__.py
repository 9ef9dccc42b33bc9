"""The visitor's touchscreen: Qt Quick pages over ``KioskBackend``.

``open_face`` loads ``ui/kiosk/Main.qml`` full screen (the visitor cannot leave it; staff can,
behind a long press on the logo and a PIN) on the screen asked for.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from pst_kiosk.gui import i18n, qml_theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.kiosk.backend import KioskBackend
from pst_kiosk.gui.kiosk.checkin import CheckInBackend
from pst_kiosk.gui.kiosk.labels_model import KioskLabels
from pst_kiosk.gui.kiosk.qr import QrImageProvider
from pst_kiosk.paths import ui_dir
from pst_kiosk.printing.spooler import PrintSpooler

__all__ = ["KioskBackend", "open_face"]
START_LATEST_MS = 1000


def open_face(gui: GuiContext, args: argparse.Namespace | None = None,
              windowed: bool = False, spooler: PrintSpooler | None = None) -> QQuickWindow:
    """The kiosk window, with the print spooler of this kiosk's printer running beside it."""
    qml_theme.register()
    engine = QQmlApplicationEngine(QCoreApplication.instance())
    backend = KioskBackend(gui, engine)
    if spooler is None and gui.services.config.printer.connection != "none":
        spooler = PrintSpooler(gui.services)
    if spooler is not None:
        backend.spooler = spooler  # started with the first frame (``KioskBackend.start``)
        engine.destroyed.connect(lambda *_: spooler.stop(1.0))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: spooler.stop(2.0))
    backend.engine = engine
    i18n.set_language(backend.language)
    engine.addImageProvider("qr", QrImageProvider())
    engine.rootContext().setContextProperty("kiosk", backend)
    backend.checkin = CheckInBackend(backend)  # "Saya punya janji" (issue 13)
    engine.rootContext().setContextProperty("checkin", backend.checkin)
    engine.rootContext().setContextProperty("kioskLabels", KioskLabels(backend, engine))
    engine.rootContext().setContextProperty("kioskWindowed", windowed)
    engine.load(QUrl.fromLocalFile(str(ui_dir() / "kiosk" / "Main.qml")))
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("ui/kiosk/Main.qml failed to load")
    window = roots[0]
    assert isinstance(window, QQuickWindow)
    window.installEventFilter(backend.idle)
    screen_number = getattr(args, "screen", None) if args is not None else None
    screens = QGuiApplication.screens()
    if screen_number is not None and 0 <= screen_number < len(screens):
        window.setScreen(screens[screen_number])
        window.setGeometry(screens[screen_number].geometry())
    backend.fullScreenRequested.connect(
        lambda full: window.showFullScreen() if full else window.showNormal())
    # Database reads and the spooler's first look wait for the first frame (at most 1 s):
    # started earlier, their threads take the GIL from the QML engine while the page loads.
    window.frameSwapped.connect(backend.start, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(START_LATEST_MS, backend.start)
    if windowed:
        _fit_to_screen(window)
        window.show()
    else:
        window.showFullScreen()
    window.backend = backend  # type: ignore[attr-defined]
    window.engine = engine  # type: ignore[attr-defined]
    return window


def _fit_to_screen(window: QQuickWindow) -> None:
    """A windowed kiosk (single-PC launch, trials) keeps its portrait shape but fits the
    screen it is on, so the bottom buttons are never off-screen on a 1080-line monitor."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    if window.height() <= room.height() and window.width() <= room.width():
        return
    scale = min(room.height() * 0.95 / window.height(), room.width() * 0.95 / window.width())
    width, height = int(window.width() * scale), int(window.height() * scale)
    window.setGeometry(room.x() + 20, room.y() + (room.height() - height) // 2, width, height)
