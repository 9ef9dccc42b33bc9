"""What the command modules share: opening the services from the global options."""

from __future__ import annotations

import argparse
from pathlib import Path

from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.context import ServiceContext


def context_from(args: argparse.Namespace) -> ServiceContext:
    return open_context(
        config_path=Path(args.config) if getattr(args, "config", None) else None,
        database_url=getattr(args, "database_url", None),
    )
