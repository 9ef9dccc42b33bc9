"""One engine per database URL, with the pragmas and locking that keep tickets unique.

SQLite: WAL, ``synchronous=FULL`` (a power cut loses no acknowledged ticket), foreign keys,
a busy timeout, and ``BEGIN IMMEDIATE`` for every write transaction (without it concurrent
"read max + 1, insert" duplicates numbers). PostgreSQL: psycopg 3, row locks in the services.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import IO, Any

import portalocker
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from pst_kiosk.domain.errors import UserError

BUSY_TIMEOUT_MS = 10_000
_WRITE = "pst_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class WriterTurn:
    """Writers to one SQLite file take turns through an OS lock on a file beside it.

    The kernel queues the waiters and wakes them on release. SQLite's own busy handler
    polls with growing sleeps, and under a steady stream of writes from 8 processes one
    of them waited 9.9 s and another gave up ("database is locked"). The lock is held
    only for the few milliseconds of one transaction; a killed process drops it at once.
    """

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".writer.lock")
        self._threads = threading.Lock()
        self._handle: IO[bytes] | None = None

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._threads:
            if self._handle is None:
                self._handle = open(self.path, "a+b")  # noqa: SIM115 - kept for the process
            portalocker.lock(self._handle, portalocker.LockFlags.EXCLUSIVE)
            try:
                yield
            finally:
                portalocker.unlock(self._handle)


class Database:
    """The engine plus the two ways in: a read session and a write transaction."""

    def __init__(self, url: str, **engine_args: Any) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine_args.setdefault("connect_args", {"timeout": BUSY_TIMEOUT_MS / 1000})
            self.engine = create_engine(url, **engine_args)
            _configure_sqlite(self.engine)
            path = self.sqlite_path
            self._turn = WriterTurn(path) if path is not None else None
        else:
            self._turn = None
            engine_args.setdefault("pool_pre_ping", True)
            engine_args.setdefault("connect_args", {"connect_timeout": 5})
            self.engine = create_engine(url, **engine_args)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on exit, rolled back on any error."""
        turn = self._turn() if self._turn is not None else nullcontext()
        with _translate_lock_errors(), turn, self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin(), Session(bind=conn, expire_on_commit=False) as session:
                yield session
                session.flush()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _translate_lock_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translate_lock_errors() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise UserError(
                "database_locked",
                "Basis data sedang sibuk. Coba lagi sebentar; tidak ada data yang hilang.",
                "The database is busy. Try again in a moment; nothing was lost.",
            ) from exc
        if "could not connect" in text or "connection" in text:
            raise UserError(
                "database_unreachable",
                "Server basis data tidak dapat dihubungi. Periksa jaringan; tidak ada data yang hilang.",
                "The database server cannot be reached. Check the network; nothing was lost.",
            ) from exc
        raise
