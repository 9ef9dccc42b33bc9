"""``pst-kiosk online …`` and ``closures …`` as a scheduler or an admin uses them: JSON out,
exit 2 with the documented message on bad input, never a traceback."""

from __future__ import annotations

import json

from tests.helpers import run_cli


def test_a_whatsapp_request_from_the_command_line(sqlite_url: str):
    args = ("--database-url", sqlite_url, "online")
    added = run_cli(*args, "add", "--channel", "whatsapp", "--name", "Siti Rahma",
                    "--whatsapp", "081234567890", "--subject", "poverty", "--data",
                    "Garis kemiskinan 2025", "--consent")
    assert added.returncode == 0, added.stderr
    number = json.loads(added.stdout)["number"]
    assert number.startswith("PST-") and json.loads(added.stdout)["status"] == "received"
    complete = json.loads(run_cli(*args, "complete", number).stdout)
    assert complete["status"] == "complete" and complete["due_at"]
    answered = json.loads(run_cli(*args, "answer", number, "--text", "Terlampir.").stdout)
    assert answered["status"] == "answered" and answered["sent"] == []
    shown = json.loads(run_cli(*args, "show", number).stdout)
    assert [m["direction"] for m in shown["messages"]] == ["in", "out"]
    listed = json.loads(run_cli(*args, "list", "--which", "waiting").stdout)
    assert [r["number"] for r in listed] == [number]
    closed = json.loads(run_cli(*args, "close", number, "--reason", "fulfilled").stdout)
    assert closed["close_reason"] == "fulfilled"
    assert json.loads(run_cli(*args, "reopen", number).stdout)["status"] == "answered"
    assert json.loads(run_cli(*args, "sweep").stdout)["count"] == 0
    assert json.loads(run_cli(*args, "counts").stdout)["open"] == 1


def test_closures_add_list_remove(sqlite_url: str):
    args = ("--database-url", sqlite_url, "closures")
    added = run_cli(*args, "add", "2026-12-28", "--reason", "Rapat kerja")
    assert added.returncode == 0, added.stderr
    assert json.loads(run_cli(*args, "list").stdout) == [
        {"day": "2026-12-28", "reason": "Rapat kerja"}]
    assert json.loads(run_cli(*args, "remove", "2026-12-28").stdout)["removed"] is True
    again = run_cli(*args, "remove", "2026-12-28")
    assert again.returncode == 2 and json.loads(again.stdout)["error"] == "unknown_closure"


def test_bad_input_exits_2_with_a_message_and_no_traceback(sqlite_url: str):
    args = ("--database-url", sqlite_url)
    unknown = run_cli(*args, "online", "show", "PST-2026-00999")
    assert unknown.returncode == 2 and json.loads(unknown.stdout)["error"] == "unknown_request"
    assert "tidak ditemukan" in unknown.stderr
    no_consent = run_cli(*args, "online", "add", "--channel", "email", "--name", "Ani",
                         "--email", "ani@contoh.id", "--subject", "hdi")
    assert no_consent.returncode == 2 and json.loads(no_consent.stdout)["field"] == "consent"
    bad_date = run_cli(*args, "closures", "add", "28-12-2026")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    no_mail = run_cli(*args, "online", "fetch-mail")
    assert no_mail.returncode == 2 and json.loads(no_mail.stdout)["error"] == "mail_disabled"
    for result in (unknown, no_consent, bad_date, no_mail):
        assert "Traceback" not in result.stderr
