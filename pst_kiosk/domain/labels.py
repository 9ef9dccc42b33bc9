"""Every coded value a person reads, with its label in Indonesian and English: one table.

The database stores codes (``d4s1``, ``civil_servant``, ``no_show``); people read labels
("D4/S1", "ASN/TNI/Polri", "Tidak hadir"). Before this table the labels lived in five
modules and had drifted apart ("Membawa balita" beside "Membawa anak kecil"); now the PDFs,
the spreadsheets, the counter and the kiosk all read them here, after novelWriter's
``nwLabels``: one table per kind of value, looked up by code.

The rule of a lookup (``label``): a code the table knows always comes back as its label,
never as the code; a value the table does not know is text a person typed (or an older
free-text value, as in early guest books), so it passes through exactly as typed. The
guest-book choice lists (``guestbook_fields``) and the BPS subjects (``subjects``) are built
from the same rows, so what the kiosk offers and what the report prints cannot disagree.

Worked examples::

    label(Kind.EDUCATION, "d4s1")            -> "D4/S1"
    label(Kind.OCCUPATION, "civil_servant", "en") -> "Civil servant/Military/Police"
    label(Kind.OCCUPATION, "Nelayan")        -> "Nelayan"   (typed, passes through)
    label(Kind.TICKET_STATUS, "")            -> ""          (nothing stored, nothing shown)
    label(Kind.PRIORITY_REASON, "")          -> "Bukan prioritas"  ("" is a member there)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from pst_kiosk.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Channel,
    CloseReason,
    IdType,
    OnlineChannel,
    OnlineStatus,
    Outcome,
    PrintStatus,
    PriorityReason,
    Role,
    Sex,
    TicketStatus,
)


@dataclass(frozen=True)
class Text:
    """A text shown to people: Indonesian (the source language) and English."""

    id: str
    en: str

    def get(self, language: str = "id") -> str:
        return self.en if language == "en" else self.id


class Kind(StrEnum):
    """The kinds of coded values; each has one table of labels below."""

    TICKET_STATUS = "ticket_status"
    PRIORITY_REASON = "priority_reason"
    PRIORITY_HINT = "priority_hint"  # the small line under a kiosk priority button
    ID_TYPE = "id_type"
    ROLE = "role"
    OUTCOME = "outcome"
    CHANNEL = "channel"
    ONLINE_STATUS = "online_status"
    ONLINE_CHANNEL = "online_channel"
    CLOSE_REASON = "close_reason"
    APPOINTMENT_KIND = "appointment_kind"
    APPOINTMENT_STATUS = "appointment_status"
    PRINT_STATUS = "print_status"
    SEX = "sex"
    AGE_GROUP = "age_group"
    EDUCATION = "education"
    OCCUPATION = "occupation"
    INSTITUTION_TYPE = "institution_type"
    SUBJECT = "subject"


T = Text

_TABLE: dict[Kind, dict[str, Text]] = {
    Kind.TICKET_STATUS: {
        TicketStatus.WAITING: T("Menunggu", "Waiting"),
        TicketStatus.CALLED: T("Dipanggil", "Called"),
        TicketStatus.SERVING: T("Dilayani", "Being served"),
        TicketStatus.DONE: T("Selesai", "Done"),
        TicketStatus.NO_SHOW: T("Tidak hadir", "No-show"),
        TicketStatus.CANCELLED: T("Dibatalkan", "Cancelled"),
        TicketStatus.TRANSFERRED: T("Dialihkan", "Transferred"),
        TicketStatus.CLOSED: T("Tidak selesai hari itu", "Not finished that day"),
    },
    Kind.PRIORITY_REASON: {
        PriorityReason.NONE: T("Bukan prioritas", "Not a priority"),
        PriorityReason.ELDERLY: T("Lansia", "Elderly"),
        PriorityReason.DISABLED: T("Penyandang disabilitas", "Person with a disability"),
        PriorityReason.PREGNANT: T("Ibu hamil", "Pregnant"),
        PriorityReason.SMALL_CHILDREN: T("Membawa anak kecil", "With small children"),
    },
    Kind.PRIORITY_HINT: {
        PriorityReason.NONE: T("Antre seperti biasa", "Queue as usual"),
        PriorityReason.ELDERLY: T("60 tahun ke atas", "60 years or older"),
        PriorityReason.SMALL_CHILDREN: T("Balita", "Under five"),
    },
    Kind.ID_TYPE: {
        IdType.KTP: T("KTP", "KTP"),
        IdType.SIM: T("SIM", "SIM"),
        IdType.PASSPORT: T("Paspor", "Passport"),
        IdType.OTHER: T("Identitas lain", "Other ID"),
    },
    Kind.ROLE: {
        Role.FRONTLINER: T("Petugas layanan", "Frontliner"),
        Role.SUPERVISOR: T("Penyelia", "Supervisor"),
        Role.ADMIN: T("Administrator", "Administrator"),
    },
    Kind.OUTCOME: {
        Outcome.FULFILLED: T("Terpenuhi", "Fulfilled"),
        Outcome.PARTLY: T("Terpenuhi sebagian", "Partly fulfilled"),
        Outcome.NOT_AVAILABLE: T("Data tidak tersedia", "Data not available"),
        Outcome.REFERRED: T("Dirujuk", "Referred"),
    },
    Kind.CHANNEL: {
        Channel.WEB: T("Web (pst.bps.go.id)", "Web (pst.bps.go.id)"),
        Channel.WHATSAPP: T("WhatsApp", "WhatsApp"),
        Channel.EMAIL: T("Email", "Email"),
        Channel.WALK_IN: T("Datang langsung", "Walk-in"),
        Channel.BOX: T("Kotak saran", "Suggestion box"),
        Channel.SMS: T("SMS/WA", "SMS/WhatsApp"),
    },
    Kind.ONLINE_STATUS: {
        OnlineStatus.RECEIVED: T("Diterima (belum lengkap)", "Received (not complete)"),
        OnlineStatus.COMPLETE: T("Lengkap — perlu dijawab", "Complete — to answer"),
        OnlineStatus.ANSWERED: T("Dijawab", "Answered"),
        OnlineStatus.CLOSED: T("Ditutup", "Closed"),
    },
    Kind.ONLINE_CHANNEL: {
        OnlineChannel.WEB: T("Web (pst.bps.go.id)", "Web (pst.bps.go.id)"),
        OnlineChannel.WHATSAPP: T("WhatsApp", "WhatsApp"),
        OnlineChannel.EMAIL: T("Email", "Email"),
        OnlineChannel.PHONE: T("Telepon", "Phone"),
        OnlineChannel.WALK_IN: T("Datang langsung, lanjut daring", "Walk-in, continued online"),
    },
    Kind.CLOSE_REASON: {
        CloseReason.FULFILLED: T("Terpenuhi", "Fulfilled"),
        CloseReason.NO_RESPONSE: T("Tidak ada tanggapan (7 hari)", "No response (7 days)"),
        CloseReason.WITHDRAWN: T("Dibatalkan pemohon", "Withdrawn by the requester"),
        CloseReason.REFERRED: T("Dirujuk", "Referred"),
    },
    Kind.APPOINTMENT_KIND: {
        AppointmentKind.WALK_IN: T("Datang ke PST", "At the PST"),
        AppointmentKind.VIDEO: T("Video (Zoom)", "Video (Zoom)"),
    },
    Kind.APPOINTMENT_STATUS: {
        AppointmentStatus.BOOKED: T("Belum datang", "Not here yet"),
        AppointmentStatus.CHECKED_IN: T("Sudah datang", "Checked in"),
        AppointmentStatus.CANCELLED: T("Dibatalkan", "Cancelled"),
    },
    Kind.PRINT_STATUS: {
        PrintStatus.PENDING: T("Menunggu dicetak", "Waiting to print"),
        PrintStatus.PRINTING: T("Sedang dicetak", "Printing"),
        PrintStatus.PRINTED: T("Tercetak", "Printed"),
        PrintStatus.FAILED: T("Gagal dicetak", "Print failed"),
    },
    Kind.SEX: {
        Sex.MALE: T("Laki-laki", "Male"),
        Sex.FEMALE: T("Perempuan", "Female"),
    },
    # As ``identity.age_group`` buckets the anonymous statistics, youngest first.
    Kind.AGE_GROUP: {
        "<20": T("Di bawah 20 tahun", "Under 20"),
        "20-29": T("20–29 tahun", "20–29 years"),
        "30-39": T("30–39 tahun", "30–39 years"),
        "40-49": T("40–49 tahun", "40–49 years"),
        "50-59": T("50–59 tahun", "50–59 years"),
        "60+": T("60 tahun ke atas", "60 years or older"),
    },
    # The guest book's choice lists, in the order the kiosk offers them (BPS grouping).
    Kind.EDUCATION: {
        "sd": T("SD ke bawah", "Primary school or less"),
        "smp": T("SMP/sederajat", "Junior high school"),
        "sma": T("SMA/sederajat", "Senior high school"),
        "d123": T("D1/D2/D3", "Diploma (D1–D3)"),
        "d4s1": T("D4/S1", "Bachelor (D4/S1)"),
        "s2": T("S2", "Master (S2)"),
        "s3": T("S3", "Doctorate (S3)"),
    },
    Kind.OCCUPATION: {
        "student": T("Pelajar/Mahasiswa", "Student"),
        "researcher": T("Peneliti/Dosen", "Researcher/Lecturer"),
        "civil_servant": T("ASN/TNI/Polri", "Civil servant/Military/Police"),
        "soe": T("Pegawai BUMN/BUMD", "State-owned enterprise employee"),
        "private": T("Pegawai swasta", "Private employee"),
        "entrepreneur": T("Wiraswasta", "Self-employed"),
        "other": T("Lainnya", "Other"),
    },
    Kind.INSTITUTION_TYPE: {
        "government": T("Kementerian/Lembaga/Pemerintah Daerah",
                        "Ministry/Agency/Local government"),
        "military": T("TNI/Polri", "Military/Police"),
        "education": T("Lembaga pendidikan/penelitian", "School/University/Research institute"),
        "soe": T("BUMN/BUMD", "State-owned enterprise"),
        "private": T("Swasta", "Private company"),
        "international": T("Lembaga internasional", "International organisation"),
        "ngo": T("Organisasi masyarakat/LSM", "Community organisation/NGO"),
        "personal": T("Perorangan", "Individual"),
        "other": T("Lainnya", "Other"),
    },
    # BPS subject areas a consultation is about, in the grouping of BPS publications.
    Kind.SUBJECT: {
        "population": T("Kependudukan", "Population"),
        "labour": T("Ketenagakerjaan", "Labour"),
        "poverty": T("Kemiskinan", "Poverty"),
        "prices": T("Harga dan Inflasi", "Prices and Inflation"),
        "national_accounts": T("PDRB dan Neraca", "GRDP and National Accounts"),
        "agriculture": T("Pertanian", "Agriculture"),
        "industry": T("Industri", "Industry"),
        "trade": T("Perdagangan", "Trade"),
        "tourism": T("Pariwisata", "Tourism"),
        "transport": T("Transportasi", "Transport"),
        "hdi": T("Indeks Pembangunan Manusia (IPM)", "Human Development Index (HDI)"),
        "education": T("Pendidikan", "Education"),
        "health": T("Kesehatan", "Health"),
        "social_other": T("Sosial lainnya", "Other social statistics"),
        "geography": T("Geografi dan Wilayah", "Geography and Regions"),
        "other": T("Lainnya", "Other"),
    },
}
del T

# Keys as plain strings (a StrEnum member hashes as its value), read-only from outside.
LABELS: Mapping[Kind, Mapping[str, Text]] = MappingProxyType({
    kind: MappingProxyType({str(code): text for code, text in rows.items()})
    for kind, rows in _TABLE.items()
})

# Which enum each kind labels, so a test can hold the table to every member.
ENUM_OF: Mapping[Kind, type[StrEnum]] = MappingProxyType({
    Kind.TICKET_STATUS: TicketStatus,
    Kind.PRIORITY_REASON: PriorityReason,
    Kind.ID_TYPE: IdType,
    Kind.ROLE: Role,
    Kind.OUTCOME: Outcome,
    Kind.CHANNEL: Channel,
    Kind.ONLINE_STATUS: OnlineStatus,
    Kind.ONLINE_CHANNEL: OnlineChannel,
    Kind.CLOSE_REASON: CloseReason,
    Kind.APPOINTMENT_KIND: AppointmentKind,
    Kind.APPOINTMENT_STATUS: AppointmentStatus,
    Kind.PRINT_STATUS: PrintStatus,
    Kind.SEX: Sex,
})


def text(kind: Kind, code: str | None) -> Text | None:
    """The label of ``code`` in both languages, or ``None`` when the table does not know it."""
    return LABELS[kind].get(code if code is not None else "")


def label(kind: Kind, code: str | None, language: str = "id") -> str:
    """What a person reads for a stored value: its label, or free text as it was typed."""
    value = "" if code is None else str(code)
    known = LABELS[kind].get(value)
    return known.get(language) if known is not None else value


def codes(kind: Kind) -> tuple[str, ...]:
    """The codes of one kind, in the table's order (the order the kiosk offers them)."""
    return tuple(LABELS[kind])
