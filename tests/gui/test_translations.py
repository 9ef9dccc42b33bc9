"""Every face speaks English too: no unfinished string, and each built .qm matches its .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pst_kiosk.paths import resources_dir

TS_FILES = sorted((resources_dir() / "translations").glob("*_en.ts"))


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.stem for p in TS_FILES])
def test_translation_is_finished_and_built(ts: Path, tmp_path: Path):
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, f"{ts.name} has untranslated strings"
    assert "<message>" in text
    built = tmp_path / "fresh.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(built)], check=True, capture_output=True)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run pyside6-lrelease"
    assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is older than {ts.name}"


def test_every_face_has_its_translation():
    assert {p.stem for p in TS_FILES} >= {"kiosk_en", "counter_en", "board_en", "reports_en"}
