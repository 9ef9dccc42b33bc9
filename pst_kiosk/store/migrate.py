"""Schema upgrades, run once under a lock: never raced by several processes.

SQLite: a lock file beside the database; PostgreSQL: a session advisory lock. Any face that
finds the schema old upgrades it; the others wait for the lock and then find it current.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from filelock import FileLock
from sqlalchemy import text

from pst_kiosk.store.engine import Database

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x50535400  # "PST\0"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()


def _upgrade_locked(db: Database) -> None:
    if is_current(db):
        return
    cfg = _config()
    with db.engine.connect() as conn:
        conn.execution_options(pst_write=True)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()


def upgrade(db: Database) -> str:
    """Bring the schema to head; returns the revision now in place."""
    path = db.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(path) + ".migrate.lock", timeout=120):
            _upgrade_locked(db)
    else:
        with db.engine.connect() as lock_conn:
            lock_conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            try:
                _upgrade_locked(db)
            finally:
                lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                lock_conn.commit()
    return head_revision()


def ensure_schema(db: Database) -> None:
    """What a face calls at start: cheap when current, an upgrade under lock when old."""
    if not is_current(db):
        upgrade(db)
