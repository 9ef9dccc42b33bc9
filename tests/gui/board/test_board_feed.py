"""A call made by another process reaches the board and its voice, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

from pst_kiosk.gui.announcer import Announcer
from pst_kiosk.gui.board import BoardFace
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.queue import QueueService
from tests.gui.board.conftest import qml_text
from tests.helpers import child_env


def _call(db_url: str, counter: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pst_kiosk", "--database-url", db_url, "queue", "call",
         "--counter", str(counter)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
    )


def _open(qtbot, live_ctx):  # type: ignore[no-untyped-def]
    gui = GuiContext.create(live_ctx)
    face = BoardFace(gui, Announcer("chime", tasks=gui.tasks))
    face.show(windowed=True)
    qtbot.waitUntil(lambda: face.backend.fresh, timeout=10_000)
    return gui, face


def test_a_call_from_another_process_shows_and_is_announced(qtbot, live_ctx, db_url) -> None:
    QueueService(live_ctx).issue("K")
    gui, face = _open(qtbot, live_ctx)
    try:
        assert qml_text(face.window, "currentCode") == "—"
        child = _call(db_url, 1)
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert '"code": "K-001"' in out

        qtbot.waitUntil(lambda: qml_text(face.window, "currentCode") == "K-001", timeout=10_000)
        assert qml_text(face.window, "currentCounter") == "LOKET 1"
        qtbot.waitUntil(lambda: "Nomor antrian K-001, silakan ke loket 1"
                        in face.announcer.recent, timeout=5_000)
        row = face.backend.counters_model.rows()[0]
        assert (row["number"], row["code"], row["active"]) == (1, "K-001", True)
    finally:
        face.close()
        gui.close()


def test_two_calls_at_once_are_announced_one_after_the_other(qtbot, live_ctx, db_url) -> None:
    queue = QueueService(live_ctx)
    queue.issue("K")
    queue.issue("K")
    gui, face = _open(qtbot, live_ctx)
    events: list[tuple[str, str]] = []
    face.announcer.started.connect(lambda text: events.append(("started", text)))
    face.announcer.finished.connect(lambda text: events.append(("finished", text)))
    try:
        children = [_call(db_url, 1), _call(db_url, 2)]  # both at once
        for child in children:
            _, err = child.communicate(timeout=60)
            assert child.returncode == 0, err

        qtbot.waitUntil(lambda: len(events) == 4, timeout=20_000)
        kinds = [kind for kind, _ in events]
        assert kinds == ["started", "finished", "started", "finished"]  # never overlapping
        first, second = events[0][1], events[2][1]
        assert events[1][1] == first and events[3][1] == second
        announced = {first, second}
        # which counter took which number is a race; each call is announced exactly once
        codes = {t.code: t.counter_number for t in queue.recent_calls()}
        assert announced == {f"Nomor antrian {c}, silakan ke loket {n}" for c, n in codes.items()}
        rows = {r["number"]: r["code"] for r in face.backend.counters_model.rows()}
        assert rows == {n: c for c, n in codes.items()}
    finally:
        face.close()
        gui.close()


def test_the_board_re_reads_only_when_the_queue_changed(qtbot, ctx) -> None:
    """The feed passes what changed: a staff account made at the counter is not the board's
    business, a new ticket is (every commit used to make every face re-read everything)."""
    from pst_kiosk.services.accounts import AccountService
    from pst_kiosk.store.changefeed import Topic

    gui = GuiContext.create(ctx)
    topics: list[set[Topic]] = []
    gui.watcher.changed.connect(lambda changed: topics.append(set(changed)))
    face = BoardFace(gui, Announcer("chime", tasks=gui.tasks))
    reads: list[int] = []
    face.backend.refreshed.connect(lambda: reads.append(1))
    try:
        face.show(windowed=True)
        qtbot.waitUntil(lambda: face.backend.fresh, timeout=10_000)
        qtbot.wait(300)
        before = len(reads)
        AccountService(ctx).create("sari", "Sari Wulandari", "frontliner", "kopi-pagi-7")
        qtbot.waitUntil(lambda: {Topic.STAFF} in topics, timeout=5_000)
        qtbot.wait(300)
        assert len(reads) == before
        QueueService(ctx).issue("K")
        qtbot.waitUntil(lambda: {Topic.QUEUE} in topics, timeout=5_000)
        qtbot.waitUntil(lambda: len(reads) > before, timeout=5_000)
    finally:
        face.close()
        gui.close()
