"""Numbering restarts exactly at local midnight in Ternate (WIT, UTC+9); instants are UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from pst_kiosk.services.queue import QueueService


def test_numbering_restarts_exactly_at_local_midnight(ctx, clock):
    queue = QueueService(ctx)
    clock.now = datetime(2026, 11, 30, 14, 59, 58, tzinfo=UTC)  # 23:59:58 WIT, Monday
    before = [queue.issue("K"), queue.issue("K")]
    clock.advance(seconds=1.999)  # 23:59:59.999 WIT: still Monday
    last_monday = queue.issue("K")
    clock.advance(seconds=0.001)  # 00:00:00.000 WIT Tuesday = 15:00 UTC Monday
    first_tuesday = queue.issue("K")
    second_tuesday = queue.issue("K")

    assert [t.code for t in before] + [last_monday.code] == ["K-001", "K-002", "K-003"]
    assert {t.day for t in [*before, last_monday]} == {date(2026, 11, 30)}
    assert (first_tuesday.code, first_tuesday.day) == ("K-001", date(2026, 12, 1))
    assert second_tuesday.code == "K-002"
    # Monday's waiting tickets are not Tuesday's queue
    assert [t.code for t in queue.waiting()] == ["K-001", "K-002"]
    assert all(t.day == date(2026, 12, 1) for t in queue.waiting())


def test_instants_are_stored_in_utc(ctx, clock):
    queue = QueueService(ctx)
    clock.now = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)  # 00:30 WIT on 1 December
    ticket = queue.issue("K")
    assert ticket.issued_at == clock.now and ticket.issued_at.tzinfo is not None
    with ctx.db.engine.connect() as conn:
        raw = conn.execute(text("SELECT issued_at, day FROM ticket WHERE id = :i"),
                           {"i": ticket.id}).one()
    stored = raw[0] if isinstance(raw[0], datetime) else datetime.fromisoformat(raw[0])
    if stored.tzinfo is None:  # SQLite keeps the naive UTC text
        assert stored == datetime(2026, 11, 30, 15, 30)
    else:  # PostgreSQL timestamptz
        assert stored.astimezone(UTC) == clock.now
    assert str(raw[1]) == "2026-12-01"  # the local day in Ternate, not the UTC date


def test_day_follows_the_configured_zone_not_the_machine(ctx, clock):
    queue = QueueService(ctx)
    clock.now = datetime(2026, 11, 30, 14, 0, tzinfo=UTC) + timedelta(hours=1)  # 00:00 WIT
    assert queue.issue("R").day == date(2026, 12, 1)
