"""``pst-kiosk printer …`` as an administrator or a script uses it, against a real socket."""

from __future__ import annotations

import json
from pathlib import Path

from escpos_dump import dump
from loopback import refused_port

from pst_kiosk.config import sample_path
from tests.helpers import run_cli


def config_for(tmp_path: Path, port: int, profile: str = "POS-5890") -> Path:
    text = sample_path().read_text(encoding="utf-8")
    text = text.replace("port = 9100", f"port = {port}")
    text = text.replace('profile = "TM-T88III"', f'profile = "{profile}"')
    text = text.replace("timeout_seconds = 2.0", "timeout_seconds = 0.5")
    path = tmp_path / "printer-config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def cli(config: Path, url: str, *args: str):
    result = run_cli("--config", str(config), "--database-url", url, "printer", *args)
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def test_test_page_status_reprint_jobs_pdf(tmp_path, sqlite_url, capture_printer):
    config = config_for(tmp_path, capture_printer.port)
    result, status = cli(config, sqlite_url, "status")
    assert result.returncode == 0, result.stderr
    assert status["ready"] is True and status["paper"] == "ok"

    result, job = cli(config, sqlite_url, "test")
    assert result.returncode == 0, result.stderr
    assert job["kind"] == "test" and job["status"] == "printed"
    assert "UJI CETAK / TEST PRINT" in dump(capture_printer.payloads()[0])

    issued = run_cli("--config", str(config), "--database-url", sqlite_url, "queue", "issue", "K")
    code = json.loads(issued.stdout)["code"]
    result, job = cli(config, sqlite_url, "reprint", code.lower().replace("-", ""))
    assert result.returncode == 0, result.stderr
    assert job["status"] == "printed" and job["ticket_code"] == code
    assert code.encode() in capture_printer.payloads()[1]

    result, jobs = cli(config, sqlite_url, "jobs")
    assert [(j["kind"], j["status"]) for j in jobs] == [("reprint", "printed"), ("test", "printed")]

    result, made = cli(config, sqlite_url, "pdf", code, "--out", str(tmp_path / "t.pdf"))
    assert result.returncode == 0 and (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")


def test_printer_down_is_reported_and_recorded(tmp_path, sqlite_url):
    config = config_for(tmp_path, refused_port())
    result, status = cli(config, sqlite_url, "status")
    assert result.returncode == 1 and status["error"] == "printer_unreachable"
    result, job = cli(config, sqlite_url, "test")
    assert result.returncode == 1 and job["status"] == "failed"
    assert job["error_code"] == "printer_unreachable"
    result, alert = cli(config, sqlite_url, "alert")
    assert alert["active"] is False  # a failed test page is not a visitor's ticket


def test_no_printer_configured_is_a_plain_user_error(tmp_path, sqlite_url):
    config = config_for(tmp_path, 9100)
    config.write_text(config.read_text().replace('connection = "network"', 'connection = "none"'))
    result, error = cli(config, sqlite_url, "test")
    assert result.returncode == 2 and error["error"] == "printer_not_configured"
    assert "Tidak ada printer" in result.stderr
