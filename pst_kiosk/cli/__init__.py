"""``pst-kiosk``: the faces, and JSON commands for scripts and for the day a screen is down.

Each command group lives in its own module and registers itself through ``register``. The
groups are imported by name (not through ``importlib``) so the layer contracts see them; each
keeps its heavy imports (reportlab, the GUI) inside the command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from pst_kiosk.cli import db, faces, online, printer, privacy, queue, report, staff
from pst_kiosk.cli.common import emit
from pst_kiosk.domain.errors import UserError

__all__ = ["build_parser", "emit", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pst-kiosk",
        description="PST Kiosk — antrian dan buku tamu PST BPS Provinsi Maluku Utara. "
        "Tanpa argumen: membuka kios, loket dan papan pada satu PC.",
    )
    parser.add_argument("--config", help="berkas konfigurasi TOML (default: folder pengguna)")
    parser.add_argument("--database-url", help="URL basis data (menimpa konfigurasi)")
    sub = parser.add_subparsers(dest="command")
    for group in (queue, db, faces, printer, report, staff, privacy, online):
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from pst_kiosk.cli.faces import run_all

        handler = run_all
    try:
        return handler(args)
    except UserError as error:
        emit(error.as_dict())
        print(error.message("id"), file=sys.stderr)
        return 2
