"""Issue and call-next latency with 1, 4 and 8 concurrent processes, SQLite and PostgreSQL,
on a database already holding a year of visits (≈125,000). Prints median, p95, duplicates.

    .venv/bin/python bench/bench_queue.py [--rounds 100] [--visits 125000] [--only sqlite]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from seed import seed_year  # noqa: E402
from stats import line  # noqa: E402

from pst_kiosk.services.bootstrap import open_context  # noqa: E402
from tests.helpers import child_env, config_with_counters  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def run(url: str, config_path: Path, processes: int, rounds: int, work: Path) -> dict:
    go = work / f"go-{uuid.uuid4().hex}"
    workers = [
        subprocess.Popen([sys.executable, str(ROOT / "bench/queue_worker.py"), url,
                          str(config_path), str(n), str(rounds), str(go)],
                         stdout=subprocess.PIPE, text=True, env=child_env())
        for n in range(1, processes + 1)
    ]
    time.sleep(1.5)  # let every process import and connect
    go.touch()
    results = [json.loads(w.communicate(timeout=600)[0]) for w in workers]
    issue = [x for r in results for x in r["issue_ms"]]
    call = [x for r in results for x in r["call_ms"]]
    codes = Counter(c for r in results for c in r["codes"])
    called = Counter(c for r in results for c in r["called"])
    return {"issue": issue, "call": call,
            "duplicate_codes": sum(n - 1 for n in codes.values() if n > 1),
            "double_calls": sum(n - 1 for n in called.values() if n > 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--visits", type=int, default=125_000)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pst-bench-"))
    config_path = config_with_counters(work / "config.toml", 8, ("K",))
    backends = []
    if args.only != "postgresql":
        backends.append(("SQLite", f"sqlite:///{work / 'bench.sqlite3'}", None))
    if args.only != "sqlite":
        schema = "bench_" + uuid.uuid4().hex[:8]
        with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as c:
            c.execute(f"CREATE SCHEMA {schema}")
        backends.append(("PostgreSQL", f"{PG}?options=-csearch_path%3D{schema}", schema))
    for name, url, schema in backends:
        ctx = open_context(config_path=config_path, database_url=url)
        t0 = time.perf_counter()
        seeded = seed_year(ctx, args.visits)
        print(f"\n== {name}: seeded {seeded} past visits/tickets in "
              f"{time.perf_counter() - t0:.1f} s; {args.rounds} issues + {args.rounds} calls "
              "per process")
        for processes in (1, 4, 8):
            r = run(url, config_path, processes, args.rounds, work)
            print(line(f"{name} issue, {processes} process(es)", r["issue"]))
            print(line(f"{name} call next, {processes} process(es)", r["call"]))
            print(f"{'':<44} duplicate codes={r['duplicate_codes']}  "
                  f"tickets called twice={r['double_calls']}")
        ctx.db.dispose()
        if schema:
            with psycopg.connect("host=127.0.0.1 dbname=test user=postgres",
                                 autocommit=True) as c:
                c.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
