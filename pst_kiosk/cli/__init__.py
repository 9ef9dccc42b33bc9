"""``pst-kiosk``: the faces, and JSON commands for scripts and for the day a screen is down.

Each command group lives in its own module and registers itself through ``register``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from pst_kiosk.domain.errors import UserError

GROUPS = (
    "pst_kiosk.cli.queue",
    "pst_kiosk.cli.db",
    "pst_kiosk.cli.faces",
    "pst_kiosk.cli.printer",
    "pst_kiosk.cli.report",
    "pst_kiosk.cli.staff",
    "pst_kiosk.cli.privacy",
)


def emit(payload: Any) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pst-kiosk",
        description="PST Kiosk — antrian dan buku tamu PST BPS Provinsi Maluku Utara. "
        "Tanpa argumen: membuka kios, loket dan papan pada satu PC.",
    )
    parser.add_argument("--config", help="berkas konfigurasi TOML (default: folder pengguna)")
    parser.add_argument("--database-url", help="URL basis data (menimpa konfigurasi)")
    sub = parser.add_subparsers(dest="command")
    for name in GROUPS:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
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
