"""Revision 0006 reshapes ``online_request`` and keeps the rows already in it."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from pst_kiosk.store.engine import Database
from pst_kiosk.store.migrate import _config, upgrade


def test_old_online_requests_get_numbers_statuses_and_contacts(db_url: str):
    db = Database(db_url)
    cfg = _config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.commit()
    with db.engine.begin() as conn:
        for contact, status, at in (("a@contoh.id", "open", "2025-12-31 16:00:00"),
                                    ("0812345678", "no_response", "2026-01-02 01:00:00"),
                                    ("", "incomplete", "2026-01-03 01:00:00")):
            conn.execute(text(
                "INSERT INTO online_request (channel, requester_name, contact, subject, "
                "received_at, status, notes) VALUES ('email', 'X', :c, '', :at, :s, 'data')"),
                {"c": contact, "s": status, "at": at})
    upgrade(db)
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT number, status, close_reason, email, whatsapp, data_requested "
            "FROM online_request ORDER BY id")).all()
        seq = conn.execute(text("SELECT year, last_seq FROM online_sequence")).all()
    # 2025-12-31 16:00 UTC is already 1 January 2026 in Ternate
    assert [tuple(r) for r in rows] == [
        ("PST-2026-00001", "complete", "", "a@contoh.id", "", "data"),
        ("PST-2026-00002", "closed", "no_response", "", "0812345678", "data"),
        ("PST-2026-00003", "received", "", "", "", "data"),
    ]
    assert [tuple(r) for r in seq] == [(2026, 3)]
    db.dispose()
