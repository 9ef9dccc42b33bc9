"""Migrations: the models and the Alembic history agree; racing upgrades are safe."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from pst_kiosk.store.engine import Database
from pst_kiosk.store.migrate import current_revision, head_revision, is_current, upgrade
from tests.helpers import child_env


def test_migrations_build_exactly_the_models(db_url: str):
    db = Database(db_url)
    assert current_revision(db) is None
    upgrade(db)
    assert is_current(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []
    names = set(inspect(db.engine).get_table_names())
    assert {"ticket", "visitor", "visit", "print_job", "audit_log"} <= names
    db.dispose()


def test_unique_number_constraint_is_in_the_schema(db_url: str):
    db = Database(db_url)
    upgrade(db)
    uniques = inspect(db.engine).get_unique_constraints("ticket")
    assert any(set(u["column_names"]) == {"day", "service_id", "seq"} for u in uniques)
    indexes = {i["name"]: i for i in inspect(db.engine).get_indexes("ticket")}
    assert indexes["uq_ticket_counter_active"]["unique"]
    db.dispose()


def test_four_processes_upgrading_at_once_do_not_race(db_url: str):
    code = "import sys; from pst_kiosk.store.engine import Database; " \
           "from pst_kiosk.store.migrate import upgrade; print(upgrade(Database(sys.argv[1])))"
    children = [subprocess.Popen([sys.executable, "-c", code, db_url], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=child_env())
                for _ in range(4)]
    results = [c.communicate(timeout=120) for c in children]
    assert all(c.returncode == 0 for c in children), [err for _, err in results]
    assert {out.strip() for out, _ in results} == {head_revision()}
    db = Database(db_url)
    assert current_revision(db) == head_revision()
    db.dispose()


def test_upgrading_an_old_database_keeps_its_tickets(db_url: str):
    from alembic import command

    from pst_kiosk.services.bootstrap import open_context
    from pst_kiosk.services.queue import QueueService
    from pst_kiosk.store.migrate import _config

    db = Database(db_url)
    cfg = _config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    db.dispose()
    # an old schema: a face finds it old and upgrades it, under the lock, keeping the data
    from sqlalchemy import text

    with Database(db_url).engine.begin() as conn:
        conn.execute(text("INSERT INTO service (letter, name_id, name_en, active, sort) "
                          "VALUES ('K', 'Konsultasi', 'Consultation', true, 0)"))
        conn.execute(text("INSERT INTO ticket (day, service_id, seq, code, status, priority, "
                          "priority_reason, issued_at, queued_at, call_count) VALUES "
                          "('2026-11-30', 1, 1, 'K-001', 'waiting', 0, '', "
                          "'2026-11-30 01:00:00', '2026-11-30 01:00:00', 0)"))
    ctx = open_context(database_url=db_url)
    assert current_revision(ctx.db) == head_revision()
    assert QueueService(ctx).find("K-001", day=__import__("datetime").date(2026, 11, 30)).code == "K-001"
    ctx.db.dispose()
