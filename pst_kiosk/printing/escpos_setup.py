"""Import python-escpos the one safe way: with a fixed folder for its capabilities pickle.

Without ``ESCPOS_CAPABILITIES_PICKLE_DIR`` every ``import escpos`` leaves a new temporary folder
behind (STACK_NOTES.md), and a missing folder makes the import fail outright.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

from platformdirs import user_cache_dir


def prepare() -> None:
    """Point python-escpos at a cache folder that exists; call before importing ``escpos``."""
    folder = os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR")
    if not folder:
        folder = str(Path(user_cache_dir("pst-kiosk", "BPS")) / "escpos")
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = folder
    Path(folder).mkdir(parents=True, exist_ok=True)


def printer_module() -> ModuleType:
    prepare()
    import escpos.printer

    return escpos.printer
