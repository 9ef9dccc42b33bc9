"""Small helpers shared by tests: configurations with many counters, child processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pst_kiosk.config import sample_path

REPO = Path(__file__).resolve().parents[1]


def config_with_counters(path: Path, count: int, letters: tuple[str, ...] = ("K", "R")) -> Path:
    """The sample configuration with ``count`` counters all serving ``letters``."""
    text = sample_path().read_text(encoding="utf-8")
    head, _, tail = text.partition("[[counters]]")
    tail = tail[tail.index("[queue]"):]
    services = ", ".join(f'"{x}"' for x in letters)
    counters = "".join(
        f'[[counters]]\nnumber = {n}\nname = "Loket {n}"\nservices = [{services}]\n\n'
        for n in range(1, count + 1)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + counters + tail, encoding="utf-8")
    return path


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pst_kiosk", *args],
        capture_output=True, text=True, env=env or child_env(), timeout=120,
    )


_ENDED_BY = {"done": "finished", "no_show": "skipped", "transferred": "transferred"}


def insert_tickets(session, rows: list[dict]) -> list[int]:
    """Ticket rows written directly (a queue service run would take minutes), each called
    one with the one call row it would have had (``ticket_call``); returns the ticket ids."""
    from sqlalchemy import insert

    from pst_kiosk.store.models import Ticket, TicketCall

    keys = set().union(*rows) | {"waiting_since"}
    full = [{k: r.get(k) for k in keys} | {"waiting_since": r.get("waiting_since")
                                           or r["queued_at"]} for r in rows]
    ids = session.execute(insert(Ticket).returning(Ticket.id, sort_by_parameter_order=True), full).scalars().all()
    calls = [
        {"ticket_id": ticket_id, "day": r["day"], "service_id": r["service_id"],
         "counter_id": r.get("counter_id"), "staff_id": r.get("staff_id"),
         "entered_at": r["waiting_since"],
         "clock_start": r.get("wait_started_at") or r["issued_at"], "called_at": r["called_at"],
         "ended_at": r.get("finished_at") or (r["called_at"] if r["status"] == "no_show" else None),
         "ended_by": _ENDED_BY.get(r["status"])}
        for ticket_id, r in zip(ids, full, strict=True) if r.get("called_at") is not None
    ]
    if calls:
        session.execute(insert(TicketCall), calls)
    return list(ids)


class FailingWrite:
    """A real database fault on one kind of write: a trigger that aborts it while installed.

    ``FailingWrite(db, "ticket", "UPDATE", "NEW.status = 'done'")`` makes the database refuse
    the finishing of any ticket, the way a full disk or a dropped link refuses a statement in
    the middle of a use case, on SQLite and on PostgreSQL alike."""

    def __init__(self, db, table: str, event: str, when: str) -> None:
        self.db, self.table, self.event, self.when = db, table, event, when

    def __enter__(self) -> FailingWrite:
        from sqlalchemy import text

        with self.db.engine.begin() as conn:
            if self.db.is_sqlite:
                conn.execute(text(
                    f"CREATE TRIGGER pst_test_fault BEFORE {self.event} ON {self.table} "
                    f"WHEN {self.when} BEGIN SELECT RAISE(ABORT, 'injected fault'); END"))
            else:
                conn.execute(text(
                    "CREATE FUNCTION pst_test_fault() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'injected fault'; END $$"))
                conn.execute(text(
                    f"CREATE TRIGGER pst_test_fault BEFORE {self.event} ON {self.table} "
                    f"FOR EACH ROW WHEN ({self.when}) EXECUTE FUNCTION pst_test_fault()"))
        return self

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import text

        with self.db.engine.begin() as conn:
            if self.db.is_sqlite:
                conn.execute(text("DROP TRIGGER pst_test_fault"))
            else:
                conn.execute(text(f"DROP TRIGGER pst_test_fault ON {self.table}"))
                conn.execute(text("DROP FUNCTION pst_test_fault()"))
