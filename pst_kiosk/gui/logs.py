"""Each face's log: ``<data folder>/logs/<face>.log`` (rotated), and warnings on stderr.

Every error a background task meets is logged here with its traceback (``gui/tasks.py``)
before it is shown to the person at the screen, so an officer's "it said something went
wrong" can be read back afterwards.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


def log_path(data_dir: Path, faces: tuple[str, ...]) -> Path:
    return data_dir / "logs" / f"{'-'.join(faces) or 'pst-kiosk'}.log"


def start_logging(data_dir: Path, faces: tuple[str, ...]) -> Path | None:
    """Send ``pst_kiosk`` records to the face's log file and warnings to stderr. Returns the
    file, or ``None`` when the folder cannot be written (then stderr only, said there)."""
    root = logging.getLogger("pst_kiosk")
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(console)
    path = log_path(data_dir, faces)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8", delay=True)
    except OSError as error:
        root.warning("no log file at %s: %s", path, error)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
