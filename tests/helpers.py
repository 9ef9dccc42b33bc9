"""Small helpers shared by tests: configurations with many counters, child processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pst_kiosk.config import sample_path

REPO = Path(__file__).resolve().parents[1]


def config_with_counters(path: Path, count: int, letters: tuple[str, ...] = ("K", "R")) -> Path:
    """The sample configuration with ``count`` counters all serving ``letters``."""
    text = sample_path().read_text(encoding="utf-8")
    head, _, tail = text.partition("[[counters]]")
    tail = tail[tail.index("[queue]"):]
    services = ", ".join(f'"{x}"' for x in letters)
    counters = "".join(
        f'[[counters]]\nnumber = {n}\nname = "Loket {n}"\nservices = [{services}]\n\n'
        for n in range(1, count + 1)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + counters + tail, encoding="utf-8")
    return path


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pst_kiosk", *args],
        capture_output=True, text=True, env=env or child_env(), timeout=120,
    )
