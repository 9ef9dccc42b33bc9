"""Backups: SQLite's online backup API (safe while faces run); PostgreSQL says how."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pst_kiosk.domain.errors import UserError
from pst_kiosk.store.engine import Database


def backup(db: Database, target: Path) -> dict[str, object]:
    source = db.sqlite_path
    if source is None:
        raise UserError(
            "backup_postgresql",
            "Untuk PostgreSQL gunakan pg_dump, mis.: pg_dump -Fc -f pst.dump NAMA_DB",
            "For PostgreSQL use pg_dump, e.g.: pg_dump -Fc -f pst.dump DBNAME",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
    return {"backup": str(target), "bytes": target.stat().st_size, "integrity_check": check}
