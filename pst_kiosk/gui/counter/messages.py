"""Errors in plain words for the staff, in the language the face is shown in.

The error itself is already in the counter's log, with its traceback (``gui/tasks.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pst_kiosk.domain.errors import UserError
from pst_kiosk.gui.labels import language

__all__ = ["describe", "language"]


def describe(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error.message(language())
    return QCoreApplication.translate(
        "messages", "Terjadi kesalahan yang tidak terduga: %1"
    ).replace("%1", str(error))
