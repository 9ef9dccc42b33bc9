"""Run the emupos ESC/POS emulator (its own Python 3.13 venv, see .ci/emupos.sh) for tests.

Two simulated printers on free ports, with the paper geometry of our two profiles (80 mm:
512 dots like the TM-T88III; 58 mm: 384 dots like the POS-5890), receipts written to a
temporary folder as PNG, text and JSON, faults set through the control API.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

DEFAULT = Path.home() / ".cache" / "pst-emupos-venv" / "bin" / "emupos"
DEVICES = {"t80": (512, 180), "t58": (384, 203)}  # width in dots, dpi

PROFILE = """type: printer
name: PST {device} ({width} dots)
dpi: {dpi}
width_dots: {width}
font_a: {{ width: 12, height: 24 }}
font_b: {{ width: 9, height: 17 }}
code_pages:
  0: PC437
default_code_page: 0
drawer_sensor_open_level: high
serial: {{ baud: 9600, data_bits: 8, parity: none, stop_bits: 1 }}
"""


def binary() -> Path | None:
    path = Path(os.environ.get("PST_EMUPOS") or DEFAULT)
    return path if path.is_file() and os.access(path, os.X_OK) else None


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


class Emupos:
    def __init__(self, executable: Path, folder: Path) -> None:
        self.folder = folder
        self.api_port = _free_port()
        self.ports = {device: _free_port() for device in DEVICES}
        devices = []
        for device, (width, dpi) in DEVICES.items():
            (folder / f"{device}.yaml").write_text(
                PROFILE.format(device=device, width=width, dpi=dpi), encoding="utf-8"
            )
            devices.append(
                f"  - id: {device}\n    type: printer\n    profile: ./{device}.yaml\n"
                f"    connections: [ {{ tcp: {{ host: 127.0.0.1, port: {self.ports[device]} }} }} ]\n"
                f"    job_idle_timeout_ms: 500\n    receipts_dir: ./receipts\n"
            )
        (folder / "emupos.yaml").write_text(
            f"schema: 1\napi: {{ host: 127.0.0.1, port: {self.api_port} }}\ndevices:\n"
            + "".join(devices),
            encoding="utf-8",
        )
        self.log = (folder / "emupos.log").open("wb")
        self.process = subprocess.Popen(
            [str(executable), "run", "--config", str(folder / "emupos.yaml")],
            cwd=folder,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        self._wait_healthy()

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.api_port}/api/v1"

    def _wait_healthy(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"emupos exited: {(self.folder / 'emupos.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{self.api}/health", timeout=1) as reply:
                    if json.load(reply).get("status") == "ok":
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("emupos did not become healthy")

    def fault(self, device: str, fault: str, active: bool = True) -> None:
        request = urllib.request.Request(
            f"{self.api}/devices/{device}/faults/{fault}", method="PUT" if active else "DELETE"
        )
        with urllib.request.urlopen(request, timeout=5):
            pass

    def receipts(self, device: str) -> list[Path]:
        """Completed receipts of ``device`` (their .txt files), oldest first."""
        return sorted((self.folder / "receipts").glob(f"{device}-*.txt"))

    def wait_receipts(self, device: str, count: int, timeout: float = 10.0) -> list[Path]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.receipts(device)) < count:
            time.sleep(0.05)
        return self.receipts(device)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.log.close()
