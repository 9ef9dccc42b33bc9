"""``pst-kiosk privacy purge``: remove personal data past the retention period (scheduler)."""

from __future__ import annotations

import argparse

from pst_kiosk.cli.common import context_from, emit
from pst_kiosk.services.retention import purge


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    privacy = sub.add_parser("privacy", help="data pribadi: hapus yang melewati masa simpan")
    actions = privacy.add_subparsers(dest="action", required=True)
    actions.add_parser("purge", help="hapus data pribadi & foto lama; statistik tetap").set_defaults(
        handler=lambda args: emit(purge(context_from(args), actor="cli").as_dict()) or 0)
