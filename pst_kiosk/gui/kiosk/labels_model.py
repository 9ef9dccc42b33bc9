"""The kiosk's choice lists for QML, labelled from the domain's one table in the language
the kiosk shows now: priority reasons (with their small hint line), ID types and the guest
book's choices. QML had its own ``qsTr`` copies of these; now a label is written once, and
the page re-reads it when the visitor switches language (``changed`` follows the backend's
``languageChanged``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain import labels
from pst_kiosk.domain.enums import IdType, PriorityReason
from pst_kiosk.domain.labels import Kind


class KioskLabels(QObject):
    changed = Signal()

    def __init__(self, backend: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        backend.languageChanged.connect(self.changed)  # type: ignore[attr-defined]

    def _language(self) -> str:
        return str(self._backend.property("language") or "id")

    def _options(self, kind: Kind, codes: Any) -> list[dict[str, str]]:
        language = self._language()
        return [{"code": str(code), "label": labels.label(kind, code, language)}
                for code in codes]

    @Property("QVariantList", notify=changed)
    def priorityOptions(self) -> list[dict[str, str]]:  # noqa: N802 - QML name
        """"Bukan prioritas" first, then each reason, with its hint ("" when it has none)."""
        language = self._language()
        hints = labels.LABELS[Kind.PRIORITY_HINT]
        return [
            {"code": reason.value,
             "label": labels.label(Kind.PRIORITY_REASON, reason, language),
             "sub": hints[reason].get(language) if reason in hints else ""}
            for reason in PriorityReason
        ]

    @Property("QVariantList", notify=changed)
    def idTypes(self) -> list[dict[str, str]]:  # noqa: N802 - QML name
        return self._options(Kind.ID_TYPE, IdType)

    @Property("QVariantMap", notify=changed)
    def choices(self) -> dict[str, list[dict[str, str]]]:
        """The guest book's choice fields by name (sex, education, occupation…)."""
        return {name: self._options(kind, labels.codes(kind))
                for name, kind in gf.CHOICE_KINDS.items()}
