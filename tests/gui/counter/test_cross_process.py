"""Counters and kiosks in different processes on one database (SQLite file and PostgreSQL):
a ticket issued elsewhere appears without any click, and two counter windows in two
processes never call the same ticket."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.queue import QueueService
from tests.gui.counter.conftest import PASSWORD, drain, signed_in

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def live_ctx(db_url):
    """Services on the real clock: other processes number tickets by the real day."""
    context = open_context(database_url=db_url)
    AccountService(context).create("sari", "Sari Wulandari", "frontliner", PASSWORD)
    AccountService(context).create("budi", "Budi Santoso", "frontliner", PASSWORD)
    yield context
    context.db.dispose()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def test_ticket_from_another_process_appears_without_any_click(live_ctx, db_url, qtbot, qapp):
    from pst_kiosk.gui.counter import CounterWindow

    gui = GuiContext.create(live_ctx)
    try:
        window = CounterWindow(gui, counter=1)
        qtbot.addWidget(window)
        window.show()
        desk = signed_in(qtbot, window)
        qtbot.waitUntil(lambda: desk.figures.figures is not None)
        assert desk.queue_panel.waiting.rowCount() == 0
        issued = subprocess.run(
            [sys.executable, "-m", "pst_kiosk", "--database-url", db_url, "queue", "issue", "K"],
            capture_output=True,
            text=True,
            env=_env(),
            cwd=ROOT,
            check=True,
            timeout=60,
        )
        code = json.loads(issued.stdout)["code"]
        qtbot.waitUntil(lambda: desk.queue_panel.waiting.rowCount() == 1)
        assert desk.queue_panel.waiting.ticket_at(0).code == code
        qtbot.waitUntil(lambda: desk.actions_by_name["call_next"].isEnabled())
        qtbot.waitUntil(lambda: desk.figures.figures.waiting == 1)
    finally:
        drain(gui, qapp)


@pytest.mark.slow
def test_two_counter_windows_in_two_processes_never_share_a_ticket(live_ctx, db_url):
    queue = QueueService(live_ctx)
    issued = {queue.issue("K").code for _ in range(30)}
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("counter_worker.py")),
                db_url,
                str(counter),
                user,
                PASSWORD,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
            cwd=ROOT,
        )
        for counter, user in ((1, "sari"), (2, "budi"))
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    first, second = results
    assert not set(first) & set(second)
    assert len(first) + len(second) == len(issued)
    assert set(first) | set(second) == issued
    assert first and second  # both counters really worked the queue
    assert [t.status for t in queue.today()] == ["done"] * len(issued)
