"""The CLI as a script would use it: JSON out, exit 2 with a plain message on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli


def test_issue_call_finish_from_the_command_line(db_url: str):
    args = ("--database-url", db_url)
    issued = run_cli(*args, "queue", "issue", "K")
    assert issued.returncode == 0, issued.stderr
    assert json.loads(issued.stdout)["code"] == "K-001"
    called = json.loads(run_cli(*args, "queue", "call", "--counter", "1").stdout)
    assert called["code"] == "K-001" and called["counter_number"] == 1
    finished = json.loads(run_cli(*args, "queue", "finish", "k1").stdout)
    assert finished["status"] == "done"
    listing = json.loads(run_cli(*args, "queue", "list", "--all").stdout)
    assert [t["status"] for t in listing] == ["done"]
    empty = json.loads(run_cli(*args, "queue", "call", "--counter", "1").stdout)
    assert empty["ticket"] is None


def test_bad_input_exits_2_with_a_message(db_url: str):
    result = run_cli("--database-url", db_url, "queue", "issue", "Z")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"] == "unknown_service"
    assert "Layanan 'Z' tidak ada" in result.stderr


def test_services_and_backup(sqlite_url: str, tmp_path: Path):
    listing = json.loads(run_cli("--database-url", sqlite_url, "services").stdout)
    assert [s["letter"] for s in listing["services"]] == ["K", "P", "J", "R", "A"]
    run_cli("--database-url", sqlite_url, "queue", "issue", "K")
    backup = run_cli("--database-url", sqlite_url, "db", "backup", str(tmp_path / "b.sqlite3"))
    assert backup.returncode == 0, backup.stderr
    assert json.loads(backup.stdout)["integrity_check"] == "ok"
    upgraded = json.loads(run_cli("--database-url", sqlite_url, "db", "upgrade").stdout)
    assert upgraded["from"] == upgraded["to"]
