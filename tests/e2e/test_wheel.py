"""The installed wheel, not the source tree, carries the QML, resources and migrations."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(REPO)], check=True, timeout=300)
    return next(out.glob("pst_kiosk-*.whl"))


def test_wheel_contains_ui_resources_and_migrations(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pst_kiosk/_resources/sample_config.toml" in names
    assert any(n.startswith("pst_kiosk/_ui/") and n.endswith(".qml") for n in names)
    assert any(n.startswith("pst_kiosk/store/migrations/versions/") for n in names)
    assert "pst_kiosk/store/migrations/env.py" in names


@pytest.mark.slow
def test_installed_wheel_opens_the_faces_offscreen(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True, timeout=300)
    # dependencies come from the test environment; the package itself only from the wheel
    purelib = Path(sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"])
    (purelib / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", PST_EXIT_AFTER_MS="1500")
    where = subprocess.run([str(python), "-c", "import pst_kiosk, sys; print(pst_kiosk.__file__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert str(venv) in where.stdout, "imported from the source tree, not the wheel"
    run = subprocess.run([str(venv / "bin" / "pst-kiosk")], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
