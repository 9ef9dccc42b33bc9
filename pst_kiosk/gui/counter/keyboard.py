"""The counter is typed on a physical keyboard, whatever input method the process has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def keep_physical_keyboard(root: QWidget) -> None:
    """The counter is typed on a real keyboard. ``pst-kiosk`` sets ``QT_IM_MODULE`` to Qt
    Virtual Keyboard for the kiosk; with Widgets that keyboard is a separate window that
    takes the focus (and F2… with it), so the counter's text fields opt out of it."""
    for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        if isinstance(field, QPlainTextEdit):
            field.viewport().setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
