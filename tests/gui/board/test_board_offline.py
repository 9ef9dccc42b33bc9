"""A network cut: the board marks it, shows no stale number as current, and comes back."""

from __future__ import annotations

import psycopg
import pytest

from pst_kiosk.gui.announcer import Announcer
from pst_kiosk.gui.board import BoardFace
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.queue import QueueService
from tests.gui.board.conftest import find_item, qml_text


@pytest.mark.postgres
def test_a_cut_connection_hides_the_number_until_back(qtbot, pg_url) -> None:
    from pst_kiosk.services.bootstrap import open_context

    ctx = open_context(database_url=pg_url)
    queue = QueueService(ctx)
    queue.issue("K")
    queue.issue("K")
    queue.call_next(1)
    gui = GuiContext.create(ctx)
    face = BoardFace(gui, Announcer("chime", tasks=gui.tasks))
    face.show(windowed=True)
    seen: list[tuple[bool, str, bool]] = []

    def snapshot() -> None:
        mark = find_item(face.window.contentItem(), "reconnecting")
        seen.append((face.backend.fresh, qml_text(face.window, "currentCode"),
                     bool(mark.property("visible"))))

    try:
        qtbot.waitUntil(lambda: qml_text(face.window, "currentCode") == "K-001", timeout=10_000)
        assert not find_item(face.window.contentItem(), "reconnecting").property("visible")
        face.backend.stateChanged.connect(snapshot)

        # the server drops the board's listening connection, as a network cut does
        feed = gui.watcher._feed
        assert feed is not None and feed._pg is not None
        pid = feed._pg.info.backend_pid
        with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as c:
            c.execute("SELECT pg_terminate_backend(%s)", (pid,))
        qtbot.waitUntil(lambda: (False, "—", True) in seen, timeout=10_000)

        queue.call_next(2)  # a call made while the board is away
        qtbot.waitUntil(lambda: face.backend.fresh and gui.watcher.online, timeout=15_000)
        qtbot.waitUntil(lambda: qml_text(face.window, "currentCode") == "K-002", timeout=10_000)
        assert not find_item(face.window.contentItem(), "reconnecting").property("visible")
        assert "Nomor antrian K-002, silakan ke loket 2" in face.announcer.recent
        offline = [s for s in seen if not s[0]]
        assert offline and all(code == "—" and mark for _, code, mark in offline)
    finally:
        face.close()
        gui.close()
        ctx.db.dispose()
