"""Start the faces asked for in one Qt application on the configured database.

The configuration (environment overrides included) is resolved once, here, and handed to
every face. Each face is imported by name only when asked for (``FACES``): the kiosk never
loads the counter's Widgets or the report dialog's reportlab, and the layer contracts still
see every import.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pst_kiosk import config as config_module
from pst_kiosk.domain.errors import UserError

if TYPE_CHECKING:
    from pst_kiosk.gui.context import GuiContext

Opener = Callable[["GuiContext", argparse.Namespace, bool], Any]


def _kiosk() -> Opener:
    from pst_kiosk.gui.kiosk import open_face

    return open_face


def _counter() -> Opener:
    from pst_kiosk.gui.counter import open_face

    return open_face


def _board() -> Opener:
    from pst_kiosk.gui.board import open_face

    return open_face


FACES: dict[str, Callable[[], Opener]] = {"kiosk": _kiosk, "counter": _counter, "board": _board}


def prepare_environment(faces: tuple[str, ...] = ("kiosk",)) -> None:
    """Settings Qt reads at start: the virtual keyboard for the kiosk's text fields (only
    there: in the Widgets counter it would be a separate window that takes the focus)."""
    if "kiosk" in faces:
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault(
        "ESCPOS_CAPABILITIES_PICKLE_DIR", str(Path.home() / ".cache" / "pst-escpos")
    )


def _keep_house(gui: GuiContext, faces: tuple[str, ...]) -> None:
    """Background chores, off the UI thread: purge expired personal data and the online desk's
    7-day sweep (every face), and on the counter PC the end-of-day export to the configured
    folder (idempotent; a PC that was off at closing catches up) and the office mailbox."""
    from PySide6.QtCore import QTimer

    from pst_kiosk.gui.tasks import Lane
    from pst_kiosk.services.online_desk.housekeeping import mail_chore, sweep_chore
    from pst_kiosk.services.retention import purge

    def chores() -> None:
        purge(gui.services)
        sweep_chore(gui.services)
        if "counter" in faces and gui.services.config.reports.auto_export_dir.strip():
            from pst_kiosk.reports.autoexport import catch_up

            catch_up(gui.services)

    def sweep() -> None:  # an error is logged and shown by the face (gui/tasks.py)
        gui.tasks.run(chores, lane=Lane.IO, what="housekeeping (purge, end-of-day export)")

    timer = QTimer(gui.watcher)
    timer.setInterval(15 * 60 * 1000)
    timer.timeout.connect(sweep)
    timer.start()
    QTimer.singleShot(5000, sweep)  # after the face is up, never in the way of its first frame
    if "counter" in faces and gui.services.config.mail.enabled:
        mail = QTimer(gui.watcher)
        mail.setInterval(max(1, gui.services.config.mail.fetch_every_minutes) * 60 * 1000)
        mail.timeout.connect(lambda: gui.tasks.run(lambda: mail_chore(gui.services),
                                                   lane=Lane.IO, what="office mailbox"))
        mail.start()
        QTimer.singleShot(8000, mail.timeout.emit)


def run(args: argparse.Namespace, faces: tuple[str, ...], windowed: bool = False) -> int:
    prepare_environment(faces)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.logs import start_logging
    from pst_kiosk.services.bootstrap import open_context

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PST Kiosk")
    app.setOrganizationName("BPS Provinsi Maluku Utara")
    try:
        config = config_module.load(
            getattr(args, "config", None), database_url=getattr(args, "database_url", None)
        )
        services = open_context(config)
    except UserError as error:
        QMessageBox.critical(None, "PST Kiosk", error.message("id") + "\n\n" + error.message("en"))
        return 2
    start_logging(config.data_dir, faces)
    gui = GuiContext.create(services)
    _keep_house(gui, faces)
    opened = [FACES[face]()(gui, args, windowed) for face in faces]
    if not opened:
        print("Tidak ada tampilan yang tersedia. / No face available.", file=sys.stderr)
        return 1
    if config.exit_after_ms:  # installation checks: open, then quit
        from PySide6.QtCore import QTimer

        QTimer.singleShot(config.exit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        gui.close()
