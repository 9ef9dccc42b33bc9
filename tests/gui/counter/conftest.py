"""A counter window on a fresh database, driven like a frontliner drives it."""

from __future__ import annotations

import gc
import os

import pytest

from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.accounts import AccountService

PASSWORD = "kopi-pagi-7"


@pytest.fixture(autouse=True)
def no_virtual_keyboard():
    """The kiosk's conftest sets ``QT_IM_MODULE=qtvirtualkeyboard`` at import, for the whole
    session, before the one QApplication exists. The counter (Widgets) never runs under it in
    production (``gui/app.py`` sets it only for the kiosk face), and under it these tests
    hang or lose their F-keys to the keyboard window; so they need their own session:
    ``pytest tests/gui/counter``."""
    if os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard":
        pytest.skip(
            "counter GUI tests need a session without the kiosk's virtual keyboard: "
            "run `pytest tests/gui/counter` on its own"
        )


@pytest.fixture
def staff(ctx):
    accounts = AccountService(ctx)
    return {
        "sari": accounts.create("sari", "Sari Wulandari", "frontliner", PASSWORD),
        "budi": accounts.create("budi", "Budi Santoso", "supervisor", PASSWORD),
    }


@pytest.fixture
def gui(ctx, qapp):
    context = GuiContext.create(ctx)
    yield context
    drain(context, qapp)


def drain(context: GuiContext, qapp) -> None:
    """Close the windows (a desk saves its draft), then let the work in flight finish, then
    collect the test's Python garbage here, on the main thread.

    A closed window's wrapper lives on in reference cycles (slots that close over it); left
    to the cyclic collector, it was collected whenever a worker thread happened to allocate,
    and its QObject destructor then ran on that thread: it took Qt's connection lock and
    waited for the GIL that the main thread held while waiting for that lock (seen as a
    hung run of the counter tests, py-spy: ``gc_collect_main`` → ``~QObject`` on a task
    thread, ``QObject::connectImpl`` on the main thread)."""
    for window in qapp.topLevelWidgets():
        window.close()
    context.close()
    qapp.processEvents()
    gc.collect()


@pytest.fixture
def make_window(gui, qtbot):
    from pst_kiosk.gui.counter import CounterWindow

    def make(counter: int = 1, context: GuiContext | None = None, **kwargs) -> CounterWindow:
        window = CounterWindow(context or gui, counter=counter, **kwargs)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    return make


def sign_in(qtbot, window, username: str = "sari", password: str = PASSWORD) -> None:
    page = window.sign_in
    qtbot.waitUntil(lambda: page.submit.isEnabled() and page.counter_box.count() > 0)
    if not page.username.isReadOnly():
        page.username.clear()
        qtbot.keyClicks(page.username, username)
    page.password.clear()
    qtbot.keyClicks(page.password, password)
    qtbot.mouseClick(page.submit, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)


def signed_in(qtbot, window, username: str = "sari", password: str = PASSWORD):
    sign_in(qtbot, window, username, password)
    qtbot.waitUntil(
        lambda: (
            window.desk is not None
            and window.stack.currentWidget() is window.desk
            and not window.locked
        )
    )
    desk = window.desk
    qtbot.waitUntil(lambda: bool(desk.services))  # reference data loaded
    return desk


def press(qtbot, desk, key, modifier=None) -> None:
    """A function key on the desk, as the frontliner presses it."""
    from PySide6.QtCore import Qt

    desk.setFocus()
    qtbot.keyClick(desk, key, modifier or Qt.KeyboardModifier.NoModifier)
