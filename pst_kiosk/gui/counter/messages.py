"""Errors in plain words for the staff, in the language the face is shown in.

The error itself is already in the counter's log, with its traceback (``gui/tasks.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from pst_kiosk.domain.errors import UserError


def language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def describe(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error.message(language())
    return QCoreApplication.translate(
        "messages", "Terjadi kesalahan yang tidak terduga: %1"
    ).replace("%1", str(error))
