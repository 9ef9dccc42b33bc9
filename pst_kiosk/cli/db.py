"""``pst-kiosk db upgrade|backup|check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from pst_kiosk.cli.common import config_from, emit
from pst_kiosk.store.backup import backup
from pst_kiosk.store.engine import Database
from pst_kiosk.store.migrate import current_revision, upgrade


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="basis data: upgrade, backup")
    actions = db.add_subparsers(dest="action", required=True)
    actions.add_parser("upgrade", help="perbarui skema (aman dijalankan berulang)").set_defaults(
        handler=_upgrade)
    back = actions.add_parser("backup", help="salin basis data SQLite dengan aman")
    back.add_argument("path")
    back.set_defaults(handler=_backup)


def _database(args: argparse.Namespace) -> Database:
    return Database(config_from(args).effective_database_url())


def _upgrade(args: argparse.Namespace) -> int:
    db = _database(args)
    before = current_revision(db)
    emit({"database": db.engine.url.render_as_string(hide_password=True), "from": before,
          "to": upgrade(db)})
    return 0


def _backup(args: argparse.Namespace) -> int:
    emit(backup(_database(args), Path(args.path)))
    return 0
