"""A separate process that plays one counter: issue, call next, finish, as fast as it can.

Prints one JSON line per acknowledged operation (after commit), so the parent knows what
each process was told. Started by the concurrency tests and by bench/bench_queue.py.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pst_kiosk import config as config_module
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.engine import Database


def main(url: str, config_path: str, counter: int, rounds: int, go_file: str) -> None:
    config = config_module.load(Path(config_path))
    queue = QueueService(ServiceContext(Database(url), config))
    while not Path(go_file).exists():  # start together
        time.sleep(0.001)
    out = sys.stdout
    for i in range(rounds):
        letter = "K" if i % 3 else "R"
        ticket = queue.issue(letter, actor=f"worker{counter}")
        out.write(json.dumps({"op": "issue", "id": ticket.id, "code": ticket.code,
                              "service": letter}) + "\n")
        try:
            called = queue.call_next(counter, actor=f"worker{counter}")
        except UserError as error:
            out.write(json.dumps({"op": "error", "code": error.code}) + "\n")
            continue
        if called is not None:
            out.write(json.dumps({"op": "call", "id": called.id, "code": called.code}) + "\n")
            queue.finish(called.id, actor=f"worker{counter}")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
