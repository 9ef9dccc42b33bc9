"""``gui/tasks.py``: lanes by purpose, every error logged and shown, late answers for deleted
owners dropped, and the one coalescing refresher."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from pst_kiosk.domain.errors import UserError
from pst_kiosk.gui.tasks import Lane, Refresher, TaskRunner


def test_lanes_keep_an_action_off_the_reads_thread(qtbot):
    tasks = TaskRunner()
    threads: dict[str, str] = {}
    gate = threading.Event()
    tasks.run(lambda: gate.wait(5), lane=Lane.READ, what="slow read")
    tasks.run(lambda: threads.setdefault("action", threading.current_thread().name),
              lane=Lane.ACTION)
    qtbot.waitUntil(lambda: "action" in threads, timeout=2000)  # not queued behind the read
    assert tasks.running() == ["read: slow read"]
    gate.set()
    assert tasks.flush() and tasks.idle


def test_an_unhandled_error_is_logged_with_its_traceback_and_shown(qtbot, caplog):
    tasks = TaskRunner()
    shown: list[BaseException] = []
    tasks.add_sink(shown.append)

    def broken() -> None:
        raise RuntimeError("disk on fire")

    tasks.run(broken, what="the purge")
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert str(shown[0]) == "disk on fire"
    [record] = [r for r in caplog.records if r.name == "pst_kiosk.gui.tasks"]
    assert record.levelname == "ERROR" and "the purge" in record.getMessage()
    assert record.exc_info and record.exc_info[1] is shown[0]


def test_a_handled_error_is_logged_and_not_shown_twice(caplog):
    tasks = TaskRunner(inline=True)
    shown: list[BaseException] = []
    handled: list[BaseException] = []
    tasks.add_sink(shown.append)
    tasks.run(lambda: (_ for _ in ()).throw(UserError("busy", "Sibuk", "Busy")),
              on_error=handled.append)
    assert [e.code for e in handled] == ["busy"] and shown == []  # type: ignore[attr-defined]
    assert any(r.levelname == "WARNING" and "busy" in r.getMessage() for r in caplog.records)


def test_an_error_in_the_answer_is_reported_not_raised_into_qt():
    tasks = TaskRunner(inline=True)
    shown: list[BaseException] = []
    tasks.add_sink(shown.append)
    tasks.run(lambda: 1, lambda value: [][value])
    assert isinstance(shown[0], IndexError)


def test_an_answer_for_a_deleted_owner_is_dropped(qtbot):
    tasks = TaskRunner()
    owner = QObject()
    got: list[int] = []
    gate = threading.Event()
    tasks.run(lambda: gate.wait(5) and 7, got.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    gate.set()
    assert tasks.flush()
    assert got == []


def test_the_refresher_folds_a_burst_into_one_more_fetch(qtbot):
    tasks = TaskRunner()
    owner = QObject()
    gate = threading.Event()
    fetches: list[int] = []
    applied: list[int] = []

    def fetch() -> int:
        fetches.append(1)
        gate.wait(5)
        return len(fetches)

    refresher = Refresher(owner, tasks, fetch, applied.append)
    for _ in range(20):
        refresher.refresh()
    assert refresher.busy
    gate.set()
    qtbot.waitUntil(lambda: applied == [1, 2], timeout=3000)
    assert tasks.flush() and len(fetches) == 2 and not refresher.busy


def test_the_refresher_shows_its_errors_and_recovers():
    tasks = TaskRunner(inline=True)
    shown: list[BaseException] = []
    tasks.add_sink(shown.append)
    answers = iter([OSError("database away"), 5])

    def fetch() -> int:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    applied: list[int] = []
    owner = QObject()
    refresher = Refresher(owner, tasks, fetch, applied.append)
    refresher.refresh()
    assert isinstance(refresher.error, OSError) and isinstance(shown[0], OSError)
    refresher.refresh()
    assert applied == [5] and refresher.error is None


def test_to_main_brings_a_worker_s_call_to_the_ui_thread(qtbot):
    """The report dialog's progress: sent from the worker, shown on the UI thread."""
    tasks = TaskRunner()
    main = threading.current_thread()
    seen: list[tuple[int, bool]] = []
    gone = QObject()

    def work() -> None:
        tasks.to_main(lambda n: seen.append((n, threading.current_thread() is main)), 50)
        tasks.to_main(lambda n: seen.append((n, False)), 99, owner=gone)

    gone.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(gone), timeout=2000)
    tasks.run(work, lane=Lane.IO)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert tasks.flush()
    qtbot.wait(20)
    assert seen == [(50, True)]  # and nothing for the deleted owner
