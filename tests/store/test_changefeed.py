"""The change feed sees another process's commit (SQLite data_version, PostgreSQL NOTIFY)
and says what it was about: the topics the services named, so a face re-reads only what it
shows."""

from __future__ import annotations

import pytest

from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.printjobs import PrintJobService
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.changefeed import ChangeFeed, Topic, notify, touches
from tests.helpers import run_cli


@pytest.fixture
def feed_ctx(db_url: str):
    ctx = open_context(database_url=db_url)
    feed = ChangeFeed(ctx.db)
    yield feed, ctx
    feed.close()
    ctx.db.dispose()


def _settle(feed: ChangeFeed, timeout: float = 5.0) -> set[Topic]:
    """Everything announced until the feed has been quiet for a moment."""
    seen = set(feed.wait(timeout))
    while more := feed.wait(0.3):
        seen |= more
    return seen


def test_another_process_commit_is_seen_with_its_topic(feed_ctx, db_url: str):
    feed, _ctx = feed_ctx
    assert feed.poll() == frozenset()  # nothing happened yet
    result = run_cli("--database-url", db_url, "queue", "issue", "K")
    assert result.returncode == 0, result.stderr
    assert Topic.QUEUE in _settle(feed)
    assert feed.poll() == frozenset()  # consumed


def test_a_read_does_not_count_as_a_change(feed_ctx, db_url: str):
    feed, _ctx = feed_ctx
    assert run_cli("--database-url", db_url, "queue", "list").returncode == 0
    assert feed.wait(0.3) == frozenset()


def test_each_write_names_what_it_changed(feed_ctx):
    """A print job's state is the printer's topic only: the board, which shows the queue,
    has nothing to re-read (it used to re-read everything on every commit)."""
    feed, ctx = feed_ctx
    ticket = QueueService(ctx).issue("K", print_ticket=True)
    assert _settle(feed) == {Topic.QUEUE}
    jobs = PrintJobService(ctx)
    job = jobs.claim_next()
    assert job is not None and job.ticket_id == ticket.id
    jobs.mark_failed(job.id, "paper out", retry=False)
    assert _settle(feed) == {Topic.PRINTER}
    AccountService(ctx).create("sari", "Sari Wulandari", "frontliner", "kopi-pagi-7")
    assert _settle(feed) == {Topic.STAFF}


def test_topics_are_one_vocabulary(feed_ctx):
    _feed, ctx = feed_ctx
    with ctx.db.write() as session, pytest.raises(ValueError):
        notify(session, "qeue")  # a typo is refused, not sent to nobody
    assert touches({Topic.QUEUE}, {Topic.QUEUE, Topic.PRINTER})
    assert not touches({Topic.PRINTER}, {Topic.QUEUE})
    assert touches({Topic.ALL}, {Topic.QUEUE})  # unknown: every subscriber re-reads
