"""Guard against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` on every ``Signal.emit()``;
after a few thousand emits a face aborted with "deallocating True or False". We pin 6.11.3;
this test fails if an upgrade brings such a leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_true_and_none_alive(qapp):
    emitter = _Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(1000):
        emitter.plain.emit()
        emitter.carrying.emit(None)
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert abs(after[0] - before[0]) < 10 and abs(after[1] - before[1]) < 10, (before, after)
