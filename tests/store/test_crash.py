"""``kill -9`` in the middle of issuing loses no acknowledged ticket and corrupts nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.queue import QueueService
from tests.helpers import child_env

ISSUER = textwrap.dedent("""
    import sys
    from pst_kiosk.services.bootstrap import open_context
    from pst_kiosk.services.queue import QueueService
    queue = QueueService(open_context(database_url=sys.argv[1]))
    while True:
        ticket = queue.issue("K", print_ticket=True)
        print("ACK", ticket.code, flush=True)   # said only after the commit returned
""")


def test_kill_9_while_issuing_keeps_every_acknowledged_ticket(sqlite_url: str, tmp_path: Path):
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    open_context(database_url=sqlite_url).db.dispose()
    script = tmp_path / "issuer.py"
    script.write_text(ISSUER)
    acknowledged: list[str] = []
    rng = random.Random(7)
    for _round in range(5):
        child = subprocess.Popen([sys.executable, str(script), sqlite_url],
                                 stdout=subprocess.PIPE, text=True, env=child_env())
        assert child.stdout is not None
        target = rng.randint(5, 40)
        for _ in range(target):
            line = child.stdout.readline()
            assert line.startswith("ACK"), line
            acknowledged.append(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)  # mid-write: it was issuing the next one
        child.wait()
        leftovers = child.stdout.read().split()
        acknowledged += [w for w in leftovers if w.startswith("K-")]

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT code FROM ticket")}
        jobs = conn.execute("SELECT count(*) FROM print_job").fetchone()[0]
        tickets = conn.execute("SELECT count(*) FROM ticket").fetchone()[0]
    assert set(acknowledged) <= stored, "an acknowledged ticket was lost"
    assert len(stored) == tickets, "duplicate codes"
    assert jobs == tickets, "a ticket without its print job (or the reverse)"

    ctx = open_context(database_url=sqlite_url)
    following = QueueService(ctx).issue("K")
    assert following.code not in stored
    ctx.db.dispose()
