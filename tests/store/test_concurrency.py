"""Eight real processes issue and call at once: no number twice, no ticket at two counters."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.store.models import AuditLog, Ticket
from tests.helpers import REPO, child_env, config_with_counters

PROCESSES = 8
ROUNDS = 60  # each round: issue + call next + finish = 3 write operations


@pytest.mark.slow
def test_eight_processes_never_duplicate(db_url: str, tmp_path: Path) -> None:
    config_path = config_with_counters(tmp_path / "cfg.toml", PROCESSES)
    ctx = open_context(config_path=config_path, database_url=db_url)  # migrate once, first
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, str(REPO / "tests/store/queue_worker.py"), db_url,
             str(config_path), str(n), str(ROUNDS), str(go)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
        )
        for n in range(1, PROCESSES + 1)
    ]
    go.touch()
    lines = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        lines += [json.loads(line) for line in out.splitlines()]

    issued = [x for x in lines if x["op"] == "issue"]
    called = [x for x in lines if x["op"] == "call"]
    assert len(issued) == PROCESSES * ROUNDS
    assert len({x["id"] for x in issued}) == len(issued)
    assert len({x["code"] for x in issued}) == len(issued), "two tickets got the same code"
    assert not [i for i, n in Counter(x["id"] for x in called).items() if n > 1], \
        "a ticket was called by two counters"

    with ctx.db.read() as session:
        total = session.execute(select(func.count()).select_from(Ticket)).scalar_one()
        distinct = session.execute(
            select(func.count()).select_from(
                select(Ticket.day, Ticket.service_id, Ticket.seq).distinct().subquery())
        ).scalar_one()
        calls = session.execute(
            select(AuditLog.entity_id, func.count()).where(AuditLog.action == "call")
            .group_by(AuditLog.entity_id).having(func.count() > 1)
        ).all()
        per_service = session.execute(
            select(Ticket.service_id, func.max(Ticket.seq), func.count())
            .group_by(Ticket.service_id)
        ).all()
    assert total == distinct == PROCESSES * ROUNDS
    assert calls == []
    for _service, max_seq, count in per_service:
        assert max_seq == count, "numbers have a gap or a repeat"
    ctx.db.dispose()
