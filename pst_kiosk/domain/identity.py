"""Identity numbers shown at the guest book: checked, then kept only as a keyed hash.

The service standard asks the walk-in visitor for a valid identity card (KTP, SIM, passport or
another). We check what can be checked offline so a typo is caught at the kiosk, read the
facts a NIK carries (birth date, sex, province) for the anonymous visitor profile, and never
keep the number in clear (UU 27/2022): callers store ``keyed_hash`` and ``last4`` only.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

from pst_kiosk.domain.enums import IdType, Sex
from pst_kiosk.domain.errors import UserError

# First two digits of a NIK: the province code of the Kemendagri area codes (Kepmendagri
# 050-145/2022 and, for the provinces made in 2022, Kepmendagri 100.1.1-6117/2022):
# 91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan,
# 96 Papua Barat Daya. Checked against the Indonesian Wikipedia page of Papua Pegunungan
# ("Kode Kemendagri 95"); the rest of the list is kept as known, not re-verified here.
# 97 is not a Kemendagri code (it is BPS's code for Papua Pegunungan): it is accepted on
# purpose, because refusing a real visitor at the kiosk costs more than accepting a typo.
PROVINCE_CODES: frozenset[str] = frozenset(
    f"{code:02d}"
    for code in (
        *range(11, 20),  # Aceh … Kepulauan Bangka Belitung
        21,  # Kepulauan Riau
        *range(31, 37),  # DKI Jakarta … Banten
        51, 52, 53,  # Bali, NTB, NTT
        *range(61, 66),  # Kalimantan Barat … Kalimantan Utara
        *range(71, 77),  # Sulawesi Utara … Sulawesi Barat
        81, 82,  # Maluku, Maluku Utara
        *range(91, 98),  # Papua and the provinces split from it in 2022 (see above)
    )
)  # fmt: skip

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40  # Dukcapil adds 40 to the day of birth of women
MAX_AGE = 120
SIM_LENGTHS = range(12, 15)  # old 12-digit and new 14-digit driving licences
PASSPORT_LENGTHS = range(6, 10)  # ICAO travel documents carry at most 9 characters
OTHER_LENGTHS = range(4, 31)

_SEPARATORS = re.compile(r"[\s.\-]+")
_ALNUM = re.compile(r"[A-Z0-9]+")
# Indonesian passports: one letter and 7 digits (e.g. A1234567), older ones two letters and
# 6 digits (e.g. AB123456). Both are covered by the foreign rule too; kept to say so.
_INDONESIAN_PASSPORT = re.compile(r"[A-Z]{1,2}[0-9]{6,7}")


@dataclass(frozen=True)
class IdFacts:
    """What a checked identity number tells us; the last three only for a KTP (NIK)."""

    id_type: IdType
    number: str  # normalised; hash it before storing
    last4: str
    birth_date: date | None = None
    sex: str | None = None  # "L" laki-laki / "P" perempuan
    province_code: str | None = None


def normalise_id(id_type: str, number: str) -> str:
    """One spelling per number, so the same card always gives the same hash.

    Spaces, dots and dashes are what people and printed cards put between groups of digits.
    """
    del id_type  # same rule for every type today; kept in the signature for callers
    return _SEPARATORS.sub("", number).upper()


def validate_id(id_type: str, number: str, today: date) -> IdFacts:
    """The facts of a valid number, or a ``UserError`` saying what to correct."""
    kind = _id_type(id_type)
    clean = normalise_id(kind, number)
    if not clean:
        raise UserError(
            "id_empty",
            "Nomor identitas belum diisi.",
            "The identity number is empty.",
        )
    if kind is IdType.KTP:
        return _validate_nik(clean, today)
    if kind is IdType.SIM:
        _validate_sim(clean)
    elif kind is IdType.PASSPORT:
        _validate_passport(clean)
    else:
        _validate_other(clean)
    return IdFacts(id_type=kind, number=clean, last4=clean[-4:])


def is_indonesian_passport(number: str) -> bool:
    return _INDONESIAN_PASSPORT.fullmatch(normalise_id(IdType.PASSPORT, number)) is not None


def keyed_hash(number: str, key: bytes) -> str:
    """HMAC-SHA256 of the normalised number: finds a returning visitor without the number.

    A plain hash of a 16-digit NIK is reversible by trying every NIK; the key (kept in the
    configuration, not the database) is what makes it a pseudonym.
    """
    if not key:
        raise ValueError("keyed_hash needs a non-empty key")
    clean = normalise_id("", number)
    return hmac.new(key, clean.encode("utf-8"), hashlib.sha256).hexdigest()


def age_group(birth_year: int, today: date) -> str:
    """The age band of the anonymous statistics, by the age reached in ``today``'s year.

    Only the year is kept for statistics, so the age is ``today.year - birth_year``.
    """
    age = today.year - birth_year
    if age < 0:
        raise ValueError(f"birth year {birth_year} is after {today.year}")
    if age < 20:
        return "<20"
    if age >= 60:
        return "60+"
    decade = age // 10 * 10
    return f"{decade}-{decade + 9}"


def nik_birth_date(ddmmyy: str, today: date) -> tuple[date, str]:
    """Birth date and sex from digits 7–12 of a NIK (DDMMYY, day + 40 for women).

    The century is the one that makes the person 0–120 years old at ``today``; when two
    centuries fit (e.g. "10" in 2026: 16 or 116 years old) the younger reading is taken,
    because a NIK holder of 116 is far rarer than one of 16.
    """
    day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    sex = Sex.MALE.value
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
        sex = Sex.FEMALE.value
    for century in (today.year // 100 * 100, today.year // 100 * 100 - 100):
        try:
            born = date(century + yy, month, day)
        except ValueError:
            continue  # 29 Feb exists in one century and not the other (e.g. 2000 vs 1900)
        if born <= today:
            return check_visitor_age(born, today), sex
    raise UserError(
        "nik_birth_date",
        f"Tanggal lahir dalam NIK ({ddmmyy[0:2]}-{ddmmyy[2:4]}-{ddmmyy[4:6]}) bukan tanggal "
        "yang ada. Periksa digit ke-7 sampai ke-12.",
        f"The birth date in the NIK ({ddmmyy[0:2]}-{ddmmyy[2:4]}-{ddmmyy[4:6]}) is not a real "
        "date. Check digits 7 to 12.",
        digits=ddmmyy,
    )


def check_visitor_age(born: date, today: date) -> date:
    """Refuse a birth date in the future or more than 120 years ago.

    Through ``nik_birth_date`` the century rule already keeps ages within 0–99; this guard is
    for any other source of a birth date (a date typed in, a century rule changed later).
    """
    if born > today or _age(born, today) > MAX_AGE:
        raise UserError(
            "nik_age",
            f"Tanggal lahir {born:%d-%m-%Y} tidak masuk akal untuk pengunjung. Periksa NIK.",
            f"Birth date {born:%d-%m-%Y} is not plausible for a visitor. Check the NIK.",
            birth_date=born.isoformat(),
        )
    return born


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _id_type(id_type: str) -> IdType:
    try:
        return IdType(id_type)
    except ValueError:
        raise UserError(
            "id_type_unknown",
            "Jenis identitas tidak dikenal. Pilih KTP, SIM, paspor, atau lainnya.",
            "Unknown identity type. Choose KTP, SIM, passport or other.",
            id_type=str(id_type),
        ) from None


def _validate_nik(nik: str, today: date) -> IdFacts:
    if not nik.isascii() or not nik.isdigit():
        raise UserError(
            "nik_digits",
            "NIK hanya berisi angka 0–9.",
            "A NIK contains digits 0–9 only.",
        )
    if len(nik) != NIK_LENGTH:
        raise UserError(
            "nik_length",
            f"NIK harus 16 digit; yang dimasukkan {len(nik)} digit.",
            f"A NIK has 16 digits; {len(nik)} were entered.",
            length=len(nik),
        )
    province, regency, district = nik[0:2], nik[2:4], nik[4:6]
    if province not in PROVINCE_CODES:
        raise UserError(
            "nik_region",
            f"Kode provinsi {province} pada NIK (2 digit pertama) tidak dikenal.",
            f"The province code {province} in the NIK (first 2 digits) is unknown.",
            part="province",
        )
    if regency == "00":
        raise UserError(
            "nik_region",
            "Kode kabupaten/kota pada NIK (digit ke-3 dan ke-4) tidak boleh 00.",
            "The regency/city code in the NIK (digits 3 and 4) cannot be 00.",
            part="regency",
        )
    if district == "00":
        raise UserError(
            "nik_region",
            "Kode kecamatan pada NIK (digit ke-5 dan ke-6) tidak boleh 00.",
            "The district code in the NIK (digits 5 and 6) cannot be 00.",
            part="district",
        )
    born, sex = nik_birth_date(nik[6:12], today)
    if nik[12:16] == "0000":
        raise UserError(
            "nik_serial",
            "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.",
            "The serial number in the NIK (last 4 digits) cannot be 0000.",
        )
    return IdFacts(
        id_type=IdType.KTP,
        number=nik,
        last4=nik[-4:],
        birth_date=born,
        sex=sex,
        province_code=province,
    )


def _validate_sim(sim: str) -> None:
    if not (sim.isascii() and sim.isdigit() and len(sim) in SIM_LENGTHS):
        raise UserError(
            "sim_invalid",
            "Nomor SIM terdiri atas 12 sampai 14 angka.",
            "A driving licence (SIM) number has 12 to 14 digits.",
            length=len(sim),
        )


def _validate_passport(passport: str) -> None:
    if not (
        _ALNUM.fullmatch(passport)
        and len(passport) in PASSPORT_LENGTHS
        and any(ch.isdigit() for ch in passport)
    ):
        raise UserError(
            "passport_invalid",
            "Nomor paspor terdiri atas 6 sampai 9 huruf dan angka, dengan paling sedikit satu "
            "angka (contoh: A1234567).",
            "A passport number has 6 to 9 letters and digits, at least one of them a digit "
            "(e.g. A1234567).",
            length=len(passport),
        )


def _validate_other(number: str) -> None:
    if len(number) not in OTHER_LENGTHS:
        raise UserError(
            "other_invalid",
            "Nomor identitas lain harus 4 sampai 30 karakter.",
            "Another identity number must have 4 to 30 characters.",
            length=len(number),
        )
