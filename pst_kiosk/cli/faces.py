"""``pst-kiosk kiosk|counter|board`` and the no-argument single-PC launch.

The GUI is imported only here, when a face is asked for, so scripts stay light.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from pst_kiosk.cli.common import context_from

FACES = ("kiosk", "counter", "board")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kiosk = sub.add_parser("kiosk", help="layar sentuh pengunjung")
    counter = sub.add_parser("counter", help="meja petugas (loket)")
    counter.add_argument("--counter", type=int, help="nomor loket di PC ini")
    board = sub.add_parser("board", help="papan antrian ruang tunggu")
    for face, parser in zip(FACES, (kiosk, counter, board), strict=True):
        parser.add_argument("--screen", type=int, help="nomor layar (0, 1, …)")
        parser.add_argument("--windowed", action="store_true", help="jendela, bukan layar penuh")
        parser.set_defaults(handler=lambda a, f=face: _launch(a, f))


def run_all(args: argparse.Namespace) -> int:
    """One PC, three faces, each in its own process and window.

    Separate processes keep faces independent: a fault in one leaves the others running,
    and the kiosk's language switch (a process-wide Qt translator) never changes the board.
    The schema is brought up to date once, here, before any face starts.
    """
    context_from(args).db.dispose()
    base = [sys.executable, "-m", "pst_kiosk"]
    if getattr(args, "config", None):
        base += ["--config", args.config]
    if getattr(args, "database_url", None):
        base += ["--database-url", args.database_url]
    children = [subprocess.Popen([*base, face, "--windowed"]) for face in FACES]
    try:
        codes = [child.wait() for child in children]
    except KeyboardInterrupt:
        for child in children:
            child.terminate()
        codes = [child.wait() for child in children]
    return max(codes)


def _launch(args: argparse.Namespace, face: str) -> int:
    from pst_kiosk.gui.app import run

    return run(args, (face,), windowed=args.windowed)
