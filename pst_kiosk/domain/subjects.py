"""BPS subject areas (bidang statistik) a consultation is about.

The list follows the subject grouping of BPS publications, so the topic counts of the daily
report read like the statistical tables visitors ask for. Stored by ``key``; people read its
label, a row of the one labels table (``labels``, kind ``SUBJECT``), which the report and the
counter's visitor card read too.
"""

from __future__ import annotations

from dataclasses import dataclass

from pst_kiosk.domain.labels import LABELS, Kind, Text


@dataclass(frozen=True)
class Subject:
    key: str
    text: Text

    def name(self, language: str = "id") -> str:
        return self.text.get(language)


SUBJECTS: tuple[Subject, ...] = tuple(
    Subject(key, text) for key, text in LABELS[Kind.SUBJECT].items()
)

_BY_KEY = {s.key: s for s in SUBJECTS}


def subject(key: str) -> Subject | None:
    return _BY_KEY.get(key)


def is_subject(key: str) -> bool:
    return key in _BY_KEY
