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
