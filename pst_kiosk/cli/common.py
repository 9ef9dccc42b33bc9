"""What the command modules share: the configuration of the start, and services on it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pst_kiosk import config as config_module
from pst_kiosk.config import Config
from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.context import ServiceContext


def emit(payload: Any) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def config_from(args: argparse.Namespace) -> Config:
    """The configuration resolved once for this process: ``--config`` and ``--database-url``
    from the command line, then the environment, then the file (``config.load``)."""
    return config_module.load(
        getattr(args, "config", None), database_url=getattr(args, "database_url", None)
    )


def context_from(args: argparse.Namespace) -> ServiceContext:
    return open_context(config_from(args))
