"""Open the configured database, ready for use: schema current, services/counters synced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pst_kiosk import config as config_module
from pst_kiosk.config import Config
from pst_kiosk.domain.clock import Clock, utc_now
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.reference import sync_from_config
from pst_kiosk.store.engine import Database
from pst_kiosk.store.migrate import ensure_schema


def open_context(
    config: Config | None = None,
    *,
    config_path: Path | None = None,
    database_url: str | None = None,
    clock: Clock = utc_now,
) -> ServiceContext:
    """Services on the configured database. ``config`` is the one resolved at start; without
    it the configuration is loaded now (``config_path``, ``database_url`` from the command
    line), which is the start of a script or a test."""
    if config is None:
        config = config_module.load(config_path, database_url=database_url)
    elif database_url:
        config = replace(config, database_url=database_url)
    db = Database(config.effective_database_url())
    ensure_schema(db)
    sync_from_config(db, config)
    return ServiceContext(db=db, config=config, clock=clock)
