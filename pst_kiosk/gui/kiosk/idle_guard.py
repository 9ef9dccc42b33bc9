"""Idle visitors are forgotten: after ``seconds`` without input the journey is cleared.

An event filter on the kiosk window restarts the clock at every touch, key or wheel; the
clock runs only while ``watching()`` says a half-filled form is on screen (the welcome and
ticket screens have their own rules).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.TouchUpdate, QEvent.Type.MouseMove, QEvent.Type.Wheel,
}


class IdleGuard(QObject):
    timedOut = Signal()

    def __init__(self, seconds: int, watching: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._watching = watching
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.timedOut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False

    def touch(self) -> None:
        """Any input restarts the clock while a form is on screen."""
        if self._watching():
            self._timer.start(self.seconds * 1000)

    def stop(self) -> None:
        self._timer.stop()
