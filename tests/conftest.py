"""Isolate every test from the machine: config and data in a temporary folder, a fresh
database per test, parametrised over SQLite (a real file) and the PostgreSQL server at
127.0.0.1:5432 (a schema of its own per test, dropped after)."""

from __future__ import annotations

import os
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(Path.home() / ".cache" / "pst-escpos"))

PG_BASE = os.environ.get("PST_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pg_available() -> bool:
    import psycopg

    try:
        psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3).close()
        return True
    except psycopg.Error:
        return False


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """Fail a test that leaves work running behind it (after napari's
    ``_dangling_qthread_pool``): a task of ``gui.tasks`` still in flight, or a thread it
    started (a print spooler, say) still alive once its fixtures are torn down. Such leftovers
    are what made teardowns order their deletes by hand; a test must stop what it starts."""
    before = set(threading.enumerate())
    yield
    leftovers: list[str] = []
    if "pst_kiosk.gui.tasks" in sys.modules:
        from pst_kiosk.gui.tasks import TaskRunner

        for runner in TaskRunner.live():
            if not runner.flush(3000):
                leftovers += runner.running()
    deadline = time.monotonic() + 3.0
    started = [t for t in threading.enumerate() if t not in before and t.is_alive()
               and not isinstance(t, threading._DummyThread)]
    for thread in started:
        thread.join(max(0.0, deadline - time.monotonic()))
    leftovers += [f"thread {t.name}" for t in started if t.is_alive()]
    assert not leftovers, f"the test left work running: {leftovers}"


@pytest.fixture(autouse=True)
def isolated_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "machine"
    monkeypatch.setenv("PST_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("PST_CONFIG", str(home / "config" / "config.toml"))
    monkeypatch.delenv("PST_DATABASE_URL", raising=False)
    return home


def _pg_schema_url() -> Iterator[str]:
    import psycopg

    if not pg_available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is not reachable: CI must test it")
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'pst.sqlite3'}"
    else:
        yield from _pg_schema_url()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'pst.sqlite3'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_schema_url()


@pytest.fixture
def clock():
    """A clock standing at 10:00 WIT on a working day, moved by the test."""
    from pst_kiosk.domain.clock import FixedClock

    return FixedClock(datetime(2026, 11, 30, 1, 0, tzinfo=UTC))  # Monday 10:00 WIT


@pytest.fixture
def ctx(db_url: str, clock):
    """Services on a migrated database with the sample configuration."""
    from pst_kiosk.services.bootstrap import open_context

    context = open_context(database_url=db_url, clock=clock)
    yield context
    context.db.dispose()


@pytest.fixture
def sqlite_ctx(sqlite_url: str, clock):
    from pst_kiosk.services.bootstrap import open_context

    context = open_context(database_url=sqlite_url, clock=clock)
    yield context
    context.db.dispose()
