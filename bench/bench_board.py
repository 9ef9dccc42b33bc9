"""Call committed (in another process) → board repainted, on SQLite and on PostgreSQL.

The board runs here, offscreen, as in production (real change watcher, worker-thread reads,
QML scene with its animations). A child process calls numbers one by one at counter 1 and
prints the CLOCK_MONOTONIC instant right after each commit; the board notes the instant of
the first frame swapped after its "current number" became that code. Prints median and p95.

    .venv/bin/python bench/bench_board.py [--calls 50] [--backend sqlite|postgresql|both]

Goals (issue 6): p95 ≤ 100 ms on SQLite (same PC), ≤ 50 ms on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PG_BASE = os.environ.get("PST_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_ADMIN = "host=127.0.0.1 dbname=test user=postgres"

CHILD = """
import sys, time
from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.queue import QueueService
url, calls, pause = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
queue = QueueService(open_context(database_url=url))
time.sleep(1.0)  # let the board settle
for _ in range(calls):
    ticket = queue.call_next(1)
    committed = time.monotonic_ns()
    print(ticket.code, committed, flush=True)
    time.sleep(pause)
    queue.finish(ticket.id)
    time.sleep(pause / 2)
"""


def measure(url: str, calls: int, pause: float) -> list[float]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from pst_kiosk.gui.announcer import Announcer
    from pst_kiosk.gui.board import BoardFace
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.services.bootstrap import open_context
    from pst_kiosk.services.queue import QueueService

    ctx = open_context(database_url=url)
    queue = QueueService(ctx)
    for _ in range(calls):
        queue.issue("K")
    gui = GuiContext.create(ctx)
    face = BoardFace(gui, Announcer("chime", tasks=gui.tasks))
    face.window.resize(1920, 1080)
    face.show(windowed=True)
    face.window.resize(1920, 1080)

    changed: list[str] = []  # codes that became current, awaiting their frame
    repainted: dict[str, int] = {}

    def on_state() -> None:
        code = face.backend.currentCode
        if code and code not in repainted and code not in changed:
            changed.append(code)

    def on_frame() -> None:
        now = time.monotonic_ns()
        while changed:
            repainted.setdefault(changed.pop(), now)

    face.backend.stateChanged.connect(on_state)
    face.window.frameSwapped.connect(on_frame, Qt.ConnectionType.DirectConnection)

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(calls), str(pause)],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: child.poll() is not None and loop.quit())
    poll.start(100)
    loop.exec()
    settle = QEventLoop()
    QTimer.singleShot(300, settle.quit)
    settle.exec()
    out = child.stdout.read() if child.stdout else ""
    face.close()
    gui.close()
    ctx.db.dispose()
    latencies = []
    for line in out.splitlines():
        code, committed = line.split()
        if code in repainted:
            latencies.append((repainted[code] - int(committed)) / 1e6)
        else:
            print(f"  {code}: never repainted", file=sys.stderr)
    return latencies


def report(name: str, values: list[float], goal: float) -> None:
    if len(values) < 2:
        print(f"{name}: not enough samples ({len(values)})")
        return
    p95 = statistics.quantiles(values, n=20, method="inclusive")[18]
    verdict = "meets" if p95 <= goal else "MISSES"
    print(f"{name:<11} n={len(values):<3} median {statistics.median(values):6.1f} ms   "
          f"p95 {p95:6.1f} ms   max {max(values):6.1f} ms   ({verdict} goal p95 ≤ {goal:.0f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between steps")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="pst-bench-board-"))
    os.environ["PST_DATA_DIR"] = str(home / "data")
    os.environ["PST_CONFIG"] = str(home / "config.toml")
    os.environ.pop("PST_DATABASE_URL", None)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - the board needs it alive
    print(f"call committed → board repainted, {args.calls} calls, platform "
          f"{QGuiApplication.platformName()}")
    if args.backend in ("sqlite", "both"):
        report("SQLite", measure(f"sqlite:///{home / 'bench.sqlite3'}", args.calls, args.pause),
               100)
    if args.backend in ("postgresql", "both"):
        import psycopg

        schema = "bench_" + uuid.uuid4().hex[:10]
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            url = f"{PG_BASE}?options=-csearch_path%3D{schema}"
            report("PostgreSQL", measure(url, args.calls, args.pause), 50)
        finally:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
