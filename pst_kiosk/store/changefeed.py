"""Tell every process what changed, with the database's own signal.

A service that changes what a face shows calls ``notify(session, topic)`` inside its write
transaction; ``Topic`` is the one list of topics. A listener's ``poll()`` returns the topics
committed since its last poll, so a face re-reads only what it shows.

SQLite: ``PRAGMA data_version`` changes when another connection commits (a few microseconds
to read, polled on a dedicated connection); ``notify`` bumps its topic's row in the tiny
``change_topic`` table in the same transaction, and only when ``data_version`` moved does
the listener read those rows to see which topics moved. PostgreSQL: ``NOTIFY pst_changes_<schema>``
with the topic as payload, delivered at commit; the listening connection exposes its socket
so a GUI can wait on it (``QSocketNotifier``) instead of polling.

Both backends agree: a write that does not call ``notify`` is not announced. ``Topic.ALL``
is never sent; it stands for "anything may have changed" (a listener that has just
(re)connected, or a payload it does not know).
"""

from __future__ import annotations

import logging
import select
import sqlite3
import time
from collections.abc import Set
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from pst_kiosk.store.engine import Database

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)
CHANNEL = "pst_changes"  # + "_" + the schema, so two offices (or two tests) never cross


class Topic(StrEnum):
    """What a write changed, in the words of the faces that show it."""

    QUEUE = "queue"  # tickets: issued, called, served, skipped, transferred
    PRINTER = "printer"  # print jobs that printed or failed for good (alerts, reprints)
    NOTES = "notes"  # consultation notes and follow-ups
    VISITORS = "visitors"  # the guest book's personal data (registered, purged)
    STAFF = "staff"  # accounts, sign-in, lock and sign-out (staff on duty)
    CONFIG = "config"  # services, counters and settings kept in the database
    ONLINE = "online"  # the online desk's requests
    COMPLAINTS = "complaints"
    SURVEY = "survey"
    CLOSURES = "closures"  # office closure days
    ALL = "all"  # not a topic a service sends: "anything may have changed"


EVERYTHING: frozenset[Topic] = frozenset({Topic.ALL})
NOTHING: frozenset[Topic] = frozenset()


def touches(changed: Set[Topic], wanted: Set[Topic]) -> bool:
    """Whether a face that shows ``wanted`` must re-read after ``changed``."""
    return Topic.ALL in changed or not changed.isdisjoint(wanted)


def notify(session: Session, topic: Topic | str = Topic.QUEUE) -> None:
    """Announce at commit that ``topic`` changed (inside the write transaction)."""
    name = Topic(topic)  # a misspelt topic is refused here, not sent to nobody
    if name is Topic.ALL:
        raise ValueError("Topic.ALL is what a listener infers, not something to send")
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:c || '_' || current_schema(), :t)"),
            {"c": CHANNEL, "t": name.value},
        )
    else:
        session.execute(
            text(
                "INSERT INTO change_topic (topic, version) VALUES (:t, 1) "
                "ON CONFLICT (topic) DO UPDATE SET version = change_topic.version + 1"
            ),
            {"t": name.value},
        )


def _topic(payload: str) -> Topic:
    try:
        return Topic(payload)
    except ValueError:  # a newer program's topic: treat it as "anything"
        return Topic.ALL


class ChangeFeed:
    """A listener on one database: ``poll()`` gives the topics changed since last time."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._sqlite: sqlite3.Connection | None = None
        self._pg: psycopg.Connection[Any] | None = None
        self._version: int | None = None
        self._topics: dict[str, int] = {}
        self.connect()

    def connect(self) -> None:
        """(Re)open the listening connection; raises if the database is unreachable."""
        self.close()
        url = make_url(self.db.url)
        if self.db.is_sqlite:
            self._sqlite = sqlite3.connect(url.database or ":memory:", check_same_thread=False)
            self._version = self._data_version()
            self._topics = self._topic_versions()
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

    def _topic_versions(self) -> dict[str, int]:
        assert self._sqlite is not None
        try:
            rows = self._sqlite.execute("SELECT topic, version FROM change_topic").fetchall()
        except sqlite3.OperationalError:  # a schema older than the table: cannot tell
            return {Topic.ALL.value: -1}
        return {str(topic): int(version) for topic, version in rows}

    def poll(self) -> frozenset[Topic]:
        """The topics other connections committed since the last poll. Never blocks."""
        if self._sqlite is not None:
            version = self._data_version()
            if version == self._version:
                return NOTHING
            self._version = version
            before, self._topics = self._topics, self._topic_versions()
            if Topic.ALL.value in self._topics:
                return EVERYTHING
            return frozenset(
                _topic(name) for name, count in self._topics.items() if before.get(name) != count
            )
        assert self._pg is not None
        return frozenset(
            _topic(note.payload) for note in self._pg.notifies(timeout=0, stop_after=None)
        )

    def wait(self, timeout: float) -> frozenset[Topic]:
        """Block up to ``timeout`` seconds for a change (for scripts and benchmarks)."""
        if self._pg is not None:
            readable, _, _ = select.select([self.fileno()], [], [], timeout)
            return self.poll() if readable else NOTHING
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if changed := self.poll():
                return changed
            time.sleep(0.005)
        return NOTHING

    def close(self) -> None:
        for conn in (self._sqlite, self._pg):
            if conn is not None:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001 - a broken connection is being dropped anyway
                    log.debug("closing the change feed's connection failed", exc_info=True)
        self._sqlite = None
        self._pg = None
