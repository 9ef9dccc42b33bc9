"""One counter in its own process: a real counter window (offscreen) signed in, pressing F2
and F5 until nobody is waiting; prints the codes it called as JSON.

Used by the test that runs two of these on one database.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QT_IM_MODULE", None)  # a counter types on a physical keyboard


def main(url: str, counter: int, username: str, password: str) -> int:
    from PySide6.QtCore import QDeadlineTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.counter import CounterWindow
    from pst_kiosk.services.bootstrap import open_context

    gui = GuiContext.create(open_context(database_url=url))
    window = CounterWindow(gui, counter=counter)
    window.show()

    def wait(condition, ms: int = 20000) -> None:
        deadline = QDeadlineTimer(ms)
        while not condition():
            if deadline.hasExpired():
                raise SystemExit(f"counter {counter}: timed out")
            QTest.qWait(5)

    wait(lambda: window.sign_in.submit.isEnabled())
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(password)
    window.sign_in.submit.click()
    wait(lambda: window.desk is not None)
    desk = window.desk
    wait(lambda: desk.queue_panel.waiting.rowCount() > 0)
    called = []
    while True:
        wait(lambda: not desk.busy)
        if desk.queue_panel.waiting.rowCount() == 0:
            QTest.qWait(200)  # let the change feed catch up before deciding it is over
            if desk.queue_panel.waiting.rowCount() == 0 and not desk.busy:
                break
        if not desk.actions_by_name["call_next"].isEnabled():
            QTest.qWait(5)
            continue
        QTest.keyClick(desk, Qt.Key.Key_F2)
        wait(lambda: not desk.busy)
        if desk.current is None:
            continue  # the other counter took the last one: "nobody is waiting"
        called.append(desk.current.code)
        QTest.keyClick(desk, Qt.Key.Key_F5)
        wait(lambda: desk.current is None and not desk.busy)
    print(json.dumps(called))
    window.close()
    gui.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]))
