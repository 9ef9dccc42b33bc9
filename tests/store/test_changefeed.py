"""The change feed sees another process's commit (SQLite data_version, PostgreSQL NOTIFY)."""

from __future__ import annotations

from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.store.changefeed import ChangeFeed
from tests.helpers import run_cli


def test_another_process_commit_is_seen(db_url: str):
    ctx = open_context(database_url=db_url)
    feed = ChangeFeed(ctx.db)
    feed.poll()
    assert feed.poll() is False  # nothing happened yet
    result = run_cli("--database-url", db_url, "queue", "issue", "K")
    assert result.returncode == 0, result.stderr
    assert feed.wait(5.0) is True
    assert feed.poll() is False  # consumed
    feed.close()
    ctx.db.dispose()


def test_a_read_does_not_count_as_a_change(db_url: str):
    ctx = open_context(database_url=db_url)
    feed = ChangeFeed(ctx.db)
    feed.poll()
    assert run_cli("--database-url", db_url, "queue", "list").returncode == 0
    assert feed.wait(0.3) is False
    feed.close()
    ctx.db.dispose()
