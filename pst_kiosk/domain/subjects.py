"""BPS subject areas (bidang statistik) a consultation is about.

The list follows the subject grouping of BPS publications, so the topic counts of the daily
report read like the statistical tables visitors ask for. Stored by ``key``; people read
``name_id`` or ``name_en``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Subject:
    key: str
    name_id: str
    name_en: str

    def name(self, language: str = "id") -> str:
        return self.name_en if language == "en" else self.name_id


SUBJECTS: tuple[Subject, ...] = (
    Subject("population", "Kependudukan", "Population"),
    Subject("labour", "Ketenagakerjaan", "Labour"),
    Subject("poverty", "Kemiskinan", "Poverty"),
    Subject("prices", "Harga dan Inflasi", "Prices and Inflation"),
    Subject("national_accounts", "PDRB dan Neraca", "GRDP and National Accounts"),
    Subject("agriculture", "Pertanian", "Agriculture"),
    Subject("industry", "Industri", "Industry"),
    Subject("trade", "Perdagangan", "Trade"),
    Subject("tourism", "Pariwisata", "Tourism"),
    Subject("transport", "Transportasi", "Transport"),
    Subject("hdi", "Indeks Pembangunan Manusia (IPM)", "Human Development Index (HDI)"),
    Subject("education", "Pendidikan", "Education"),
    Subject("health", "Kesehatan", "Health"),
    Subject("social_other", "Sosial lainnya", "Other social statistics"),
    Subject("geography", "Geografi dan Wilayah", "Geography and Regions"),
    Subject("other", "Lainnya", "Other"),
)

_BY_KEY = {s.key: s for s in SUBJECTS}


def subject(key: str) -> Subject | None:
    return _BY_KEY.get(key)


def is_subject(key: str) -> bool:
    return key in _BY_KEY
