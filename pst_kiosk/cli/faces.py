"""``pst-kiosk kiosk|counter|board`` and the no-argument single-PC launch.

The GUI is imported only here, when a face is asked for, so scripts stay light.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kiosk = sub.add_parser("kiosk", help="layar sentuh pengunjung")
    kiosk.add_argument("--screen", type=int)
    kiosk.add_argument("--windowed", action="store_true")
    kiosk.set_defaults(handler=lambda a: _launch(a, ("kiosk",)))
    counter = sub.add_parser("counter", help="meja petugas (loket)")
    counter.add_argument("--counter", type=int)
    counter.add_argument("--screen", type=int)
    counter.set_defaults(handler=lambda a: _launch(a, ("counter",)))
    board = sub.add_parser("board", help="papan antrian ruang tunggu")
    board.add_argument("--screen", type=int)
    board.set_defaults(handler=lambda a: _launch(a, ("board",)))


def run_all(args: argparse.Namespace) -> int:
    return _launch(args, ("kiosk", "counter", "board"), windowed=True)


def _launch(args: argparse.Namespace, faces: tuple[str, ...], windowed: bool = False) -> int:
    from pst_kiosk.gui.app import run

    return run(args, faces, windowed=windowed or getattr(args, "windowed", False))
