"""What the BPS guest book asks, with its choice lists and the consent text.

Codes are stored; labels are shown (Indonesian first, English beside). The lists follow the
BPS guest book and the PST visitor statistics, so reports group visitors the way BPS does;
their codes and labels are rows of the one labels table (``labels``), which the reports and
the counter read too.
Field rules live here (pure) so the kiosk can show every problem next to its field at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pst_kiosk.domain.labels import LABELS, Kind, Text


@dataclass(frozen=True)
class Choice:
    """One option of a choice list: the stored code and its label from ``labels``."""

    code: str
    text: Text

    def label(self, language: str = "id") -> str:
        return self.text.get(language)


def _choices(kind: Kind) -> tuple[Choice, ...]:
    return tuple(Choice(code, text) for code, text in LABELS[kind].items())


# Which table of ``labels`` each choice field offers.
CHOICE_KINDS: dict[str, Kind] = {
    "sex": Kind.SEX,
    "education": Kind.EDUCATION,
    "occupation": Kind.OCCUPATION,
    "institution_type": Kind.INSTITUTION_TYPE,
}
CHOICES: dict[str, tuple[Choice, ...]] = {
    name: _choices(kind) for name, kind in CHOICE_KINDS.items()
}

# The guest book, in the order the kiosk asks it; True = required.
FIELDS: tuple[tuple[str, bool], ...] = (
    ("name", True),
    ("sex", True),
    ("birth_year", True),
    ("education", True),
    ("occupation", True),
    ("institution", False),
    ("institution_type", True),
    ("phone", True),
    ("email", False),
    ("purpose", True),
    ("data_needed", False),
)
REQUIRED = frozenset(name for name, required in FIELDS if required)

CONSENT_VERSION = "2026-11-v1"

CONSENT_TEXT_ID = (
    "Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, BPS Provinsi "
    "Maluku Utara meminta persetujuan Anda untuk memproses data pribadi yang Anda isi di buku "
    "tamu ini (nama, jenis kelamin, tahun lahir, pendidikan, pekerjaan, instansi, nomor "
    "telepon/WhatsApp, email, keperluan, dan foto bila Anda memilihnya).\n\n"
    "Tujuan: mencatat kunjungan, memberi nomor antrean, menghubungi Anda tentang layanan yang "
    "diminta, dan menyusun statistik pengunjung tanpa nama.\n\n"
    "Nomor identitas Anda tidak disimpan: yang disimpan hanya sandi tak terbalikkan (untuk "
    "mengenali kunjungan berikutnya) dan empat angka terakhirnya. Data pribadi disimpan paling "
    "lama dua tahun lalu dihapus; statistik tanpa nama tetap disimpan. Data tidak dibagikan "
    "kepada pihak lain.\n\n"
    "Anda berhak melihat, memperbaiki, dan meminta penghapusan data Anda melalui petugas PST "
    "atau bps8200@bps.go.id. Tanpa persetujuan ini nomor antrean tidak dapat diberikan dari "
    "kios; petugas tetap dapat melayani Anda di loket."
)

CONSENT_TEXT_EN = (
    "Under Law No. 27 of 2022 on Personal Data Protection, BPS Provinsi Maluku Utara asks for "
    "your consent to process the personal data you enter in this guest book (name, sex, birth "
    "year, education, occupation, institution, phone/WhatsApp number, email, purpose of visit, "
    "and a photo if you choose one).\n\n"
    "Purpose: to record your visit, give you a queue ticket, contact you about the service you "
    "asked for, and compile anonymous visitor statistics.\n\n"
    "Your ID number is not stored: only an irreversible keyed code (to recognise your next "
    "visit) and its last four digits are kept. Personal data is kept for at most two years and "
    "then deleted; anonymous statistics remain. Your data is not shared with anyone else.\n\n"
    "You may see, correct and ask for deletion of your data through the PST officers or "
    "bps8200@bps.go.id. Without this consent the kiosk cannot give a ticket; the officers can "
    "still serve you at the counter."
)


def consent_text(language: str = "id") -> str:
    return CONSENT_TEXT_EN if language == "en" else CONSENT_TEXT_ID


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field, shown next to it."""

    field: str
    message_id: str
    message_en: str

    def message(self, language: str = "id") -> str:
        return self.message_en if language == "en" else self.message_id


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9]{8,15}$")


def normalise_phone(phone: str) -> str:
    return re.sub(r"[\s\-().]", "", phone or "")


def check_fields(values: dict[str, str], today: date) -> list[FieldProblem]:
    """Every problem of the guest book at once, in the order of ``FIELDS``."""
    problems: list[FieldProblem] = []
    for name, required in FIELDS:
        value = str(values.get(name, "") or "").strip()
        if not value:
            if required:
                problems.append(FieldProblem(name, "Wajib diisi.", "Required."))
            continue
        problem = _check_one(name, value, today)
        if problem is not None:
            problems.append(problem)
    return problems


def _check_one(name: str, value: str, today: date) -> FieldProblem | None:
    if name in CHOICES and value not in {c.code for c in CHOICES[name]}:
        return FieldProblem(name, "Pilih salah satu pilihan.", "Choose one of the options.")
    if name == "name" and len(value) < 2:
        return FieldProblem(name, "Nama terlalu pendek.", "The name is too short.")
    if name == "birth_year":
        if not value.isdigit() or not today.year - 110 <= int(value) <= today.year - 5:
            return FieldProblem(
                name,
                f"Tahun lahir harus antara {today.year - 110} dan {today.year - 5}.",
                f"The birth year must be between {today.year - 110} and {today.year - 5}.",
            )
    if name == "phone" and not _PHONE.match(normalise_phone(value)):
        return FieldProblem(
            name,
            "Nomor telepon/WhatsApp harus 8–15 angka, misalnya 081234567890.",
            "The phone/WhatsApp number must be 8–15 digits, e.g. 081234567890.",
        )
    if name == "email" and not _EMAIL.match(value):
        return FieldProblem(
            name,
            "Alamat email tidak sah, misalnya nama@contoh.id.",
            "The email address is not valid, e.g. name@example.com.",
        )
    return None
