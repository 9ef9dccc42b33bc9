"""Printers for the printing tests: loopback sockets, and the emupos emulator when present."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback import CapturePrinter, SilentPrinter


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
