"""Errors in plain words for the staff, in the language the face is shown in."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from pst_kiosk.domain.errors import UserError
from pst_kiosk.gui.labels import language

__all__ = ["describe", "language"]
log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error.message(language())
    log.error("counter action failed", exc_info=error)
    return QCoreApplication.translate(
        "messages", "Terjadi kesalahan yang tidak terduga: %1"
    ).replace("%1", str(error))
