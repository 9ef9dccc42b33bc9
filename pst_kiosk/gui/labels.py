"""Stored codes as the faces show them: the domain's one labels table, in the language the
face is shown in now (``i18n.set_language`` sets Qt's default locale). Widgets look a label
up when they paint or fill, so a language switch shows in the next refresh."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from pst_kiosk.domain import labels
from pst_kiosk.domain.labels import Kind

__all__ = ["Kind", "language", "text"]


def language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def text(kind: Kind, code: str | None) -> str:
    """The label of ``code`` (free text typed by a visitor passes through as typed)."""
    return labels.label(kind, code, language())
