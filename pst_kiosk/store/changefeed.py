"""Tell every process that the data changed, with the database's own signal.

SQLite: ``PRAGMA data_version`` changes when another connection commits; polled on a
dedicated connection. PostgreSQL: the services ``NOTIFY pst_changes`` inside their
transaction (delivered at commit); a listening connection exposes its socket so a GUI can
wait on it (``QSocketNotifier``) instead of polling.
"""

from __future__ import annotations

import select
import sqlite3
import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from pst_kiosk.store.engine import Database

if TYPE_CHECKING:
    import psycopg

CHANNEL = "pst_changes"  # + "_" + the schema, so two offices (or two tests) never cross


def notify(session: Session, topic: str = "queue") -> None:
    """Announce a change at commit (PostgreSQL); SQLite needs nothing, data_version moves."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:c || '_' || current_schema(), :t)"),
            {"c": CHANNEL, "t": topic},
        )


class ChangeFeed:
    """A listener on one database: ``poll()`` says whether anything changed since last time."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._sqlite: sqlite3.Connection | None = None
        self._pg: psycopg.Connection[Any] | None = None
        self._version: int | None = None
        self.connect()

    def connect(self) -> None:
        """(Re)open the listening connection; raises if the database is unreachable."""
        self.close()
        url = make_url(self.db.url)
        if self.db.is_sqlite:
            self._sqlite = sqlite3.connect(url.database or ":memory:", check_same_thread=False)
            self._version = self._data_version()
        else:
            import psycopg  # only here: a SQLite kiosk never pays for the driver (≈9 MB)
            import psycopg.sql

            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._pg = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
            row = self._pg.execute("SELECT current_schema()").fetchone()
            channel = f"{CHANNEL}_{row[0] if row else 'public'}"
            self._pg.execute(psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(channel)))

    @property
    def uses_socket(self) -> bool:
        return self._pg is not None

    def fileno(self) -> int:
        """The socket to watch for readability (PostgreSQL only)."""
        assert self._pg is not None
        return self._pg.pgconn.socket

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> bool:
        """True when another connection committed since the last poll. Never blocks."""
        if self._sqlite is not None:
            version = self._data_version()
            changed = version != self._version
            self._version = version
            return changed
        assert self._pg is not None
        changed = False
        for _ in self._pg.notifies(timeout=0, stop_after=None):
            changed = True
        return changed

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds for a change (for scripts and benchmarks)."""
        if self._pg is not None:
            readable, _, _ = select.select([self.fileno()], [], [], timeout)
            return bool(readable) and self.poll()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.poll():
                return True
            time.sleep(0.005)
        return False

    def close(self) -> None:
        for conn in (self._sqlite, self._pg):
            if conn is not None:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001 - closing a broken connection
                    pass
        self._sqlite = None
        self._pg = None
