"""Printers for the printing tests: loopback sockets, and the emupos emulator when present."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from loopback import CapturePrinter, SilentPrinter

from pst_kiosk.config import PrinterConfig

TIMEOUT = 0.5  # seconds: short, so failure cases end quickly


@pytest.fixture
def capture_printer() -> Iterator[CapturePrinter]:
    printer = CapturePrinter()
    yield printer
    printer.close()


@pytest.fixture
def silent_printer() -> Iterator[SilentPrinter]:
    printer = SilentPrinter()
    yield printer
    printer.close()


def network(port: int, profile: str = "TM-T88III") -> PrinterConfig:
    return dataclasses.replace(
        PrinterConfig(),
        connection="network",
        host="127.0.0.1",
        port=port,
        profile=profile,
        timeout_seconds=TIMEOUT,
    )


@pytest.fixture(scope="module")
def emupos(tmp_path_factory: pytest.TempPathFactory):
    """The emupos emulator with an 80 mm and a 58 mm printer, for this test module.

    Absent emupos fails the test under CI (``CI`` set: ``.ci/emupos.sh`` must have run) and
    skips it elsewhere.
    """
    import os

    from emupos_runner import Emupos, binary

    executable = binary()
    if executable is None:
        message = "emupos not found: run `bash .ci/emupos.sh` (or set PST_EMUPOS)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    emulator = Emupos(executable, tmp_path_factory.mktemp("emupos"))
    yield emulator
    emulator.stop()
