"""Start the faces asked for in one Qt application on the configured database."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module
from pathlib import Path

from pst_kiosk.domain.errors import UserError


def prepare_environment(faces: tuple[str, ...] = ("kiosk",)) -> None:
    """Settings Qt reads at start: the virtual keyboard for the kiosk's text fields (only
    there: in the Widgets counter it would be a separate window that takes the focus)."""
    if "kiosk" in faces:
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault(
        "ESCPOS_CAPABILITIES_PICKLE_DIR", str(Path.home() / ".cache" / "pst-escpos")
    )


def _keep_house(gui, faces: tuple[str, ...]) -> None:  # noqa: ANN001 - GuiContext
    """Background chores, off the UI thread: purge expired personal data (every face), and
    on the counter PC the end-of-day export to the configured folder (idempotent; a PC that
    was off at closing catches up)."""
    from PySide6.QtCore import QTimer

    from pst_kiosk.services.retention import purge

    def chores() -> None:
        purge(gui.services)
        if "counter" in faces and gui.services.config.reports.auto_export_dir.strip():
            from pst_kiosk.reports.autoexport import catch_up

            catch_up(gui.services)

    def sweep() -> None:
        gui.tasks.run(chores, on_error=lambda _error: None)

    timer = QTimer(gui.watcher)
    timer.setInterval(15 * 60 * 1000)
    timer.timeout.connect(sweep)
    timer.start()
    QTimer.singleShot(5000, sweep)  # after the face is up, never in the way of its first frame


def run(args: argparse.Namespace, faces: tuple[str, ...], windowed: bool = False) -> int:
    prepare_environment(faces)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.services.bootstrap import open_context

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PST Kiosk")
    app.setOrganizationName("BPS Provinsi Maluku Utara")
    try:
        services = open_context(
            config_path=Path(args.config) if getattr(args, "config", None) else None,
            database_url=getattr(args, "database_url", None),
        )
    except UserError as error:
        QMessageBox.critical(None, "PST Kiosk", error.message("id") + "\n\n" + error.message("en"))
        return 2
    gui = GuiContext.create(services)
    _keep_house(gui, faces)
    opened = []
    for face in faces:
        try:
            module = import_module(f"pst_kiosk.gui.{face}")
        except ModuleNotFoundError as exc:
            if exc.name != f"pst_kiosk.gui.{face}":
                raise
            continue  # a face not built yet
        opened.append(module.open_face(gui, args, windowed=windowed))
    if not opened:
        print("Tidak ada tampilan yang tersedia. / No face available.", file=sys.stderr)
        return 1
    smoke_ms = os.environ.get("PST_EXIT_AFTER_MS")  # installation checks: open, then quit
    if smoke_ms:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(smoke_ms), app.quit)
    try:
        return app.exec()
    finally:
        gui.close()
