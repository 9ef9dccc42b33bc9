"""One benchmark process: times ``rounds`` issues, then ``rounds`` call-next (+ finish)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pst_kiosk import config as config_module
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.engine import Database


def main(url: str, config_path: str, counter: int, rounds: int, go_file: str) -> None:
    queue = QueueService(ServiceContext(Database(url), config_module.load(Path(config_path))))
    queue.summary()  # warm the connection pool and statement caches
    while not Path(go_file).exists():
        time.sleep(0.0005)
    issue_ms, call_ms, codes, called = [], [], [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        ticket = queue.issue("K", actor="bench")
        issue_ms.append((time.perf_counter() - t0) * 1000)
        codes.append(ticket.code)
    for _ in range(rounds):
        t0 = time.perf_counter()
        ticket = queue.call_next(counter, actor="bench")
        call_ms.append((time.perf_counter() - t0) * 1000)
        if ticket is not None:
            called.append(ticket.id)
            queue.finish(ticket.id, actor="bench")
    json.dump({"issue_ms": issue_ms, "call_ms": call_ms, "codes": codes, "called": called},
              sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
