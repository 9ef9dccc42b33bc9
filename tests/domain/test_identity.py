"""Identity numbers: NIK, SIM, passport, other; hashing and age bands."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from pst_kiosk.domain.enums import IdType
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.identity import (
    IdFacts,
    age_group,
    check_visitor_age,
    is_indonesian_passport,
    keyed_hash,
    normalise_id,
    validate_id,
)

TODAY = date(2026, 11, 30)


def nik(
    province: str = "82",  # Maluku Utara
    regency: str = "71",  # Kota Ternate
    district: str = "01",
    born: str = "150885",  # DDMMYY
    serial: str = "0001",
    female: bool = False,
) -> str:
    if female:
        born = f"{int(born[:2]) + 40:02d}{born[2:]}"
    return province + regency + district + born + serial


def refusal(id_type: str, number: str, today: date = TODAY) -> UserError:
    with pytest.raises(UserError) as caught:
        validate_id(id_type, number, today)
    return caught.value


# --- NIK: valid -----------------------------------------------------------------------------


def test_valid_male_nik_gives_birth_date_sex_and_province() -> None:
    number = nik(born="150885", serial="0042")
    assert len(number) == 16
    facts = validate_id("ktp", number, TODAY)
    assert facts == IdFacts(
        id_type=IdType.KTP,
        number="8271011508850042",
        last4="0042",
        birth_date=date(1985, 8, 15),
        sex="L",
        province_code="82",
    )


def test_valid_female_nik_has_day_plus_40() -> None:
    number = nik(born="150885", female=True)
    assert number[6:8] == "55"
    facts = validate_id(IdType.KTP, number, TODAY)
    assert facts.birth_date == date(1985, 8, 15)
    assert facts.sex == "P"


def test_female_born_on_the_31st_has_day_71() -> None:
    facts = validate_id("ktp", nik(born="311299", female=True), TODAY)
    assert facts.birth_date == date(1999, 12, 31)
    assert facts.sex == "P"


def test_leap_day_2000() -> None:
    facts = validate_id("ktp", nik(born="290200"), TODAY)
    assert facts.birth_date == date(2000, 2, 29)


def test_leap_day_female_1996() -> None:
    assert validate_id("ktp", nik(born="290296", female=True), TODAY).birth_date == date(
        1996, 2, 29
    )


def test_facts_are_frozen() -> None:
    facts = validate_id("ktp", nik(), TODAY)
    with pytest.raises(FrozenInstanceError):
        facts.number = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "typed",
    [
        "8271 0115 0885 0001",
        "82.71.01.150885.0001",
        "82-71-01-150885-0001",
        "  8271011508850001\t",
        "82 71.01-150885 0001",
    ],
)
def test_spaces_dots_and_dashes_are_ignored(typed: str) -> None:
    facts = validate_id("ktp", typed, TODAY)
    assert facts.number == "8271011508850001"
    assert facts.last4 == "0001"


@pytest.mark.parametrize("province", ["11", "19", "21", "31", "36", "51", "53", "61", "65",
                                      "71", "76", "81", "82", "91", "92", "93", "94", "95",
                                      "96", "97"])  # fmt: skip
def test_every_kind_of_province_code_is_accepted(province: str) -> None:
    assert validate_id("ktp", nik(province=province), TODAY).province_code == province


def test_city_codes_above_70_are_regencies_too() -> None:
    assert validate_id("ktp", nik(regency="99", district="99"), TODAY).number[2:6] == "9999"


# --- NIK: century and age -------------------------------------------------------------------


def test_century_is_chosen_so_the_person_is_not_born_in_the_future() -> None:
    # "301126" on 30 Nov 2026 is today: a newborn. One day later in the year is 1926.
    assert validate_id("ktp", nik(born="301126"), TODAY).birth_date == date(2026, 11, 30)
    assert validate_id("ktp", nik(born="011226"), TODAY).birth_date == date(1926, 12, 1)


def test_two_possible_centuries_take_the_younger_reading() -> None:
    # 2010 (16 years old) rather than 1910 (116 years old).
    assert validate_id("ktp", nik(born="010110"), TODAY).birth_date == date(2010, 1, 1)


def test_oldest_possible_reading_is_99_years_old() -> None:
    # The century rule never reads a NIK as 100 or older: the guard below is for other sources.
    facts = validate_id("ktp", nik(born="011226"), TODAY)
    assert facts.birth_date == date(1926, 12, 1)  # 99 years old tomorrow is 100


def test_the_century_follows_today() -> None:
    assert validate_id("ktp", nik(born="010130"), date(2040, 1, 1)).birth_date == date(2030, 1, 1)
    assert validate_id("ktp", nik(born="010130"), date(2029, 12, 31)).birth_date == date(1930, 1, 1)


def test_age_guard_boundaries() -> None:
    oldest = date(1905, 12, 1)  # 120 today, 121 tomorrow
    assert check_visitor_age(oldest, TODAY) == oldest
    assert check_visitor_age(TODAY, TODAY) == TODAY  # born today: 0
    too_old = date(1905, 11, 30)  # 121 today
    with pytest.raises(UserError) as caught:
        check_visitor_age(too_old, TODAY)
    assert caught.value.code == "nik_age"
    assert "tidak masuk akal" in caught.value.message_id
    assert "30-11-1905" in caught.value.message_id
    assert "not plausible" in caught.value.message_en
    with pytest.raises(UserError) as future:
        check_visitor_age(date(2026, 12, 1), TODAY)
    assert future.value.code == "nik_age"
    assert future.value.detail["birth_date"] == "2026-12-01"


# --- NIK: each refusal, with its words ------------------------------------------------------


def test_empty_number() -> None:
    error = refusal("ktp", " . - ")
    assert error.code == "id_empty"
    assert error.message_id == "Nomor identitas belum diisi."
    assert error.message_en == "The identity number is empty."


@pytest.mark.parametrize("short", ["827101150885000", "82710115088500011"])
def test_nik_length(short: str) -> None:
    error = refusal("ktp", short)
    assert error.code == "nik_length"
    assert error.message_id == f"NIK harus 16 digit; yang dimasukkan {len(short)} digit."
    assert error.message_en == f"A NIK has 16 digits; {len(short)} were entered."
    assert error.as_dict()["length"] == len(short)


@pytest.mark.parametrize(
    "bad", ["82710115O8850001", "8271011508850001X", "８２７１０１１５０８８５０００１"]
)
def test_nik_digits(bad: str) -> None:
    error = refusal("ktp", bad)
    assert error.code == "nik_digits"
    assert error.message_id == "NIK hanya berisi angka 0–9."
    assert error.message_en == "A NIK contains digits 0–9 only."


@pytest.mark.parametrize("province", ["00", "10", "20", "22", "30", "37", "50", "54", "60",
                                      "66", "70", "77", "80", "83", "90", "98", "99"])  # fmt: skip
def test_nik_unknown_province(province: str) -> None:
    error = refusal("ktp", nik(province=province))
    assert error.code == "nik_region"
    assert error.message_id == (
        f"Kode provinsi {province} pada NIK (2 digit pertama) tidak dikenal."
    )
    assert (
        error.message_en == f"The province code {province} in the NIK (first 2 digits) is unknown."
    )
    assert error.detail["part"] == "province"


def test_nik_regency_00() -> None:
    error = refusal("ktp", nik(regency="00"))
    assert error.code == "nik_region"
    assert error.message_id == "Kode kabupaten/kota pada NIK (digit ke-3 dan ke-4) tidak boleh 00."
    assert error.message_en == "The regency/city code in the NIK (digits 3 and 4) cannot be 00."
    assert error.detail["part"] == "regency"


def test_nik_district_00() -> None:
    error = refusal("ktp", nik(district="00"))
    assert error.code == "nik_region"
    assert error.message_id == "Kode kecamatan pada NIK (digit ke-5 dan ke-6) tidak boleh 00."
    assert error.message_en == "The district code in the NIK (digits 5 and 6) cannot be 00."
    assert error.detail["part"] == "district"


@pytest.mark.parametrize(
    "born",
    [
        "000190",  # day 0
        "320190",  # day 32: neither a man's day nor a woman's (41–71)
        "400190",  # day 40 = woman's day 0
        "720190",  # woman's day 32
        "011390",  # month 13
        "010090",  # month 0
        "310490",  # 31 April
        "290201",  # 29 Feb 2001 and 1901: neither is a leap year
        "300290",  # 30 Feb
        "690201",  # a woman born "29 Feb 2001"
    ],
)
def test_nik_birth_date_not_a_real_date(born: str) -> None:
    error = refusal("ktp", nik(born=born))
    assert error.code == "nik_birth_date"
    shown = f"{born[0:2]}-{born[2:4]}-{born[4:6]}"
    assert error.message_id == (
        f"Tanggal lahir dalam NIK ({shown}) bukan tanggal yang ada. "
        "Periksa digit ke-7 sampai ke-12."
    )
    assert error.message_en == (
        f"The birth date in the NIK ({shown}) is not a real date. Check digits 7 to 12."
    )


def test_nik_serial_0000() -> None:
    error = refusal("ktp", nik(serial="0000"))
    assert error.code == "nik_serial"
    assert error.message_id == "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000."
    assert error.message_en == "The serial number in the NIK (last 4 digits) cannot be 0000."


def test_first_failure_is_reported_in_reading_order() -> None:
    assert refusal("ktp", nik(province="99", regency="00", serial="0000")).code == "nik_region"
    assert refusal("ktp", nik(born="320190", serial="0000")).code == "nik_birth_date"


def test_unknown_id_type() -> None:
    error = refusal("ktm", "12345678")
    assert error.code == "id_type_unknown"
    assert "KTP, SIM, paspor" in error.message_id
    assert "KTP, SIM, passport" in error.message_en


# --- SIM ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1234-5678-9012", "123456789012"),  # old 12-digit
        ("1234 5678 90123", "1234567890123"),
        ("2201-0101-123456", "22010101123456"),  # new 14-digit
    ],
)
def test_valid_sim(typed: str, number: str) -> None:
    facts = validate_id("sim", typed, TODAY)
    assert facts == IdFacts(id_type=IdType.SIM, number=number, last4=number[-4:])


@pytest.mark.parametrize("bad", ["12345678901", "123456789012345", "12345678901A", "ABCDEFGHIJKL"])
def test_invalid_sim(bad: str) -> None:
    error = refusal("sim", bad)
    assert error.code == "sim_invalid"
    assert error.message_id == "Nomor SIM terdiri atas 12 sampai 14 angka."
    assert error.message_en == "A driving licence (SIM) number has 12 to 14 digits."


def test_empty_sim() -> None:
    assert refusal("sim", "").code == "id_empty"


# --- Passport -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number", "indonesian"),
    [
        ("A1234567", "A1234567", True),  # the common Indonesian form
        ("x 1234567", "X1234567", True),
        ("AB123456", "AB123456", True),  # two letters and six digits
        ("C12345", "C12345", False),  # foreign, 6 characters
        ("123456789", "123456789", False),  # e.g. a US passport: 9 digits
        ("NL1A2B3C4", "NL1A2B3C4", False),
        ("k-0123456", "K0123456", True),
    ],
)
def test_valid_passport(typed: str, number: str, indonesian: bool) -> None:
    facts = validate_id("passport", typed, TODAY)
    assert facts.number == number
    assert facts.last4 == number[-4:]
    assert facts.birth_date is None and facts.sex is None and facts.province_code is None
    assert is_indonesian_passport(typed) is indonesian


@pytest.mark.parametrize("bad", ["A1234", "A123456789", "ABCDEFGH", "A12#4567", "A1234567/"])
def test_invalid_passport(bad: str) -> None:
    error = refusal("passport", bad)
    assert error.code == "passport_invalid"
    assert error.message_id.startswith("Nomor paspor terdiri atas 6 sampai 9 huruf dan angka")
    assert "A1234567" in error.message_id
    assert error.message_en.startswith("A passport number has 6 to 9 letters and digits")


# --- Other ----------------------------------------------------------------------------------


def test_other_id_bounds() -> None:
    assert validate_id("other", "kta 1", TODAY).number == "KTA1"
    assert validate_id("other", "X" * 30, TODAY).last4 == "XXXX"
    for bad in ("ab1", "X" * 31):
        error = refusal("other", bad)
        assert error.code == "other_invalid"
        assert error.message_id == "Nomor identitas lain harus 4 sampai 30 karakter."
        assert error.message_en == "Another identity number must have 4 to 30 characters."


def test_empty_other() -> None:
    assert refusal("other", "   ").code == "id_empty"


# --- normalise, hash, age band --------------------------------------------------------------


def test_normalise_id() -> None:
    assert normalise_id("passport", " a-12.345 67 ") == "A1234567"
    assert normalise_id("ktp", "8271\u00a00115 0885-0001") == "8271011508850001"


def test_keyed_hash_is_hmac_sha256_of_normalised_number() -> None:
    key = b"kunci-rahasia"
    expected = hmac.new(key, b"8271011508850001", hashlib.sha256).hexdigest()
    assert keyed_hash("8271 0115 0885 0001", key) == expected
    assert keyed_hash("8271011508850001", key) == expected
    assert len(expected) == 64
    assert keyed_hash("8271011508850001", b"another key") != expected


def test_keyed_hash_needs_a_key() -> None:
    with pytest.raises(ValueError):
        keyed_hash("8271011508850001", b"")


@pytest.mark.parametrize(
    ("birth_year", "group"),
    [
        (2026, "<20"),
        (2007, "<20"),  # 19
        (2006, "20-29"),  # 20
        (1997, "20-29"),  # 29
        (1996, "30-39"),
        (1987, "30-39"),
        (1986, "40-49"),
        (1977, "40-49"),
        (1976, "50-59"),
        (1967, "50-59"),
        (1966, "60+"),  # 60
        (1926, "60+"),
    ],
)
def test_age_group(birth_year: int, group: str) -> None:
    assert age_group(birth_year, TODAY) == group


def test_age_group_refuses_a_future_year() -> None:
    with pytest.raises(ValueError):
        age_group(2027, TODAY)


def test_age_group_of_a_nik() -> None:
    facts = validate_id("ktp", nik(born="150885", female=True), TODAY)
    assert facts.birth_date is not None
    assert age_group(facts.birth_date.year, TODAY) == "40-49"
