"""A clock held against the 10-minute promise: green, amber from 7 minutes, red past 10.

The badge only shows a duration it is given; whoever owns the clock (a ticket's wait, a
consultation) computes it with ``domain/sla.py``, so the colours mean the same on every face.
The state is also a dynamic property (``state``) for style sheets and tests.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pst_kiosk.domain import sla
from pst_kiosk.gui import theme


class ClockBadge(QWidget):
    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        large: bool = False,
        target: timedelta = sla.TARGET,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.state = sla.ClockState.OK
        self.duration: timedelta | None = None
        self._title = QLabel(title)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._value = QLabel("–")
        self._value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._value.setObjectName("clockValue")
        self._size = 26 if large else 16
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self._title)
        layout.addWidget(self._value)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._paint()

    def set_title(self, title: str) -> None:
        self._title.setText(title)

    def title(self) -> str:
        return self._title.text()

    def text(self) -> str:
        return self._value.text()

    def set_duration(self, duration: timedelta | None, *, running: bool = True) -> None:
        """``running`` false: a stopped clock (e.g. the wait once called), drawn outlined."""
        state = sla.state_of(duration, self.target)
        text = sla.format_duration(duration)
        if duration == self.duration and state == self.state and running == self._running:
            return
        self.duration, self.state, self._running = duration, state, running
        self._value.setText(text)
        self.setProperty("state", state.value)
        self._paint()

    _running = True

    def _paint(self) -> None:
        colour = (
            theme.CLOCK_COLOURS[self.state.value] if self.duration is not None else theme.TEXT_MUTED
        )
        if self._running:
            background, foreground = colour, "#ffffff"
        else:
            background, foreground = theme.SURFACE, colour
        self.setStyleSheet(
            f"ClockBadge {{ background: {background}; border: 2px solid {colour};"
            f" border-radius: 8px; }}"
            f"QLabel {{ color: {foreground}; background: transparent; }}"
            f"QLabel#clockValue {{ font-size: {self._size}pt; font-weight: 700; }}"
        )
