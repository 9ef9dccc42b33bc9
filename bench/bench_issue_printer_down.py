"""Issuing is never slowed by the printer: issue latency with the spooler thread running
against a working printer, a refused port (unplugged), a silent one (hung) and no spooler.

The spooler uses the configuration's default timeout (2 s) and retry policy; the kiosk issues
tickets with ``print_ticket=True`` one after another, as a busy morning would. Run:
    .venv/bin/python bench/bench_issue_printer_down.py [--tickets 150] [--only sqlite]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "printing")]

import psycopg  # noqa: E402
from loopback import CapturePrinter, SilentPrinter, refused_port  # noqa: E402
from stats import line  # noqa: E402

from pst_kiosk.config import load  # noqa: E402
from pst_kiosk.printing.spooler import PrintSpooler  # noqa: E402
from pst_kiosk.services.bootstrap import open_context  # noqa: E402
from pst_kiosk.services.printjobs import PrintJobService  # noqa: E402
from pst_kiosk.services.queue import QueueService  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PG_DSN = "host=127.0.0.1 dbname=test user=postgres"
LETTERS = "KPJRA"


def scenario(name: str, url: str, config_path: Path, tickets: int, gap: float) -> None:
    capture = silent = None
    ctx = open_context(config_path=config_path, database_url=url)
    printer = dataclasses.replace(ctx.config.printer, connection="network", host="127.0.0.1")
    if name == "printer ok":
        capture = CapturePrinter()
        printer = dataclasses.replace(printer, port=capture.port)
    elif name == "unplugged (refused)":
        printer = dataclasses.replace(printer, port=refused_port())
    elif name == "silent (hung)":
        silent = SilentPrinter()
        printer = dataclasses.replace(printer, port=silent.port)
    spooler = None if name == "no spooler" else PrintSpooler(ctx, printer=printer, name="bench")
    if spooler is not None:
        spooler.start()
    queue = QueueService(ctx)
    times = []
    try:
        for n in range(tickets):
            started = time.perf_counter()
            queue.issue(LETTERS[n % len(LETTERS)], print_ticket=True)
            times.append((time.perf_counter() - started) * 1000)
            if spooler is not None:
                spooler.wake()
            time.sleep(gap)
        if capture is not None:  # let a working printer finish the queue before counting
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and PrintJobService(ctx).alert().pending:
                time.sleep(0.1)
    finally:
        if spooler is not None:
            spooler.stop()
        if capture is not None:
            capture.close()
        if silent is not None:
            silent.close()
    jobs = PrintJobService(ctx).jobs(limit=100000)
    states = {s: sum(j.status == s for j in jobs) for s in ("printed", "failed", "pending")}
    summary = " ".join(f"{k}={v}" for k, v in states.items())
    printed = len(capture.payloads()) if capture is not None else 0
    print(
        line(f"{ctx.db.dialect} {name}: issue()", times)
        + f"   jobs: {summary}"
        + (f" tickets on paper={printed}" if capture is not None else "")
    )
    ctx.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=150)
    parser.add_argument("--gap", type=float, default=0.02, help="seconds between tickets")
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    names = ["no spooler", "printer ok", "unplugged (refused)", "silent (hung)"]
    with tempfile.TemporaryDirectory() as folder:
        config_path = Path(folder) / "config.toml"
        load(config_path)  # writes the sample configuration
        for backend in ("sqlite", "postgresql"):
            if args.only and args.only != backend:
                continue
            for name in names:
                if backend == "sqlite":
                    url = f"sqlite:///{Path(folder) / (uuid.uuid4().hex + '.sqlite3')}"
                    scenario(name, url, config_path, args.tickets, args.gap)
                    continue
                schema = "bench_" + uuid.uuid4().hex[:10]
                try:
                    with psycopg.connect(PG_DSN, autocommit=True, connect_timeout=3) as conn:
                        conn.execute(f"CREATE SCHEMA {schema}")
                except psycopg.Error:
                    print("postgresql: not reachable at 127.0.0.1:5432, skipped")
                    break
                try:
                    url = f"{PG}?options=-csearch_path%3D{schema}"
                    scenario(name, url, config_path, args.tickets, args.gap)
                finally:
                    with psycopg.connect(PG_DSN, autocommit=True) as conn:
                        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


if __name__ == "__main__":
    main()
