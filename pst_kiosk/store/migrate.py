"""Schema upgrades, run once under a lock: never raced by several processes.

SQLite: a lock file beside the database; PostgreSQL: a session advisory lock. Any face that
finds the schema old upgrades it; the others wait for the lock and then find it current.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock
from sqlalchemy import inspect, text

from pst_kiosk.store.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x50535400  # "PST\0"
# Alembic (with Mako and Pygments) costs ~70 ms of every start; it is imported only when the
# quick check below cannot say that the schema is current.
_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]*)?\s*=\s*(.+?)\s*$", re.M)
_EXTRA = re.compile(r"^(?:branch_labels|depends_on)(?:\s*:[^=]*)?\s*=\s*(.+?)\s*$", re.M)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _plain_head() -> str | None:
    """The head read from the version files' headers, when the history is a plain chain.

    ``None`` (let Alembic decide) for anything else: merges, branches, dependencies, a file
    whose header does not read as expected.
    """
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        if any(extra != "None" for extra in _EXTRA.findall(source)):
            return None
        revisions.add(revision[1])
        if down[1] != "None":
            single = re.fullmatch(r"['\"]([^'\"]+)['\"]", down[1])
            if single is None:
                return None
            downs.add(single[1])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def _stored_revisions(db: Database) -> list[str]:
    """What ``alembic_version`` holds, by plain SQL (empty when the table does not exist)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return []
        return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()


def _upgrade_locked(db: Database) -> None:
    if is_current(db):
        return
    from alembic import command

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
    head = _plain_head()
    if head is not None and _stored_revisions(db) == [head]:
        return  # current: Alembic is not even imported
    if not is_current(db):
        upgrade(db)
