"""The spoken text of a call: digits one by one, letters by name, counters as numbers."""

from __future__ import annotations

import pytest

from pst_kiosk.domain.announcement import (
    LETTERS_ID,
    announcement,
    cardinal_en,
    cardinal_id,
    code_words_en,
    code_words_id,
    split_code,
)

COUNTERS_ID = {
    1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh",
    8: "delapan", 9: "sembilan", 10: "sepuluh", 11: "sebelas", 12: "dua belas",
    13: "tiga belas", 14: "empat belas", 15: "lima belas", 16: "enam belas",
    17: "tujuh belas", 18: "delapan belas", 19: "sembilan belas", 20: "dua puluh",
}
COUNTERS_EN = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
    15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
    20: "twenty",
}


def test_the_example_of_the_issue() -> None:
    a = announcement("K-007", 1)
    assert a.indonesian == "Nomor antrian, ka, nol, nol, tujuh. Silakan ke loket satu."
    assert a.english == "Ticket number, K, zero, zero, seven. Please go to counter one."
    assert a.display == "Nomor antrian K-007, silakan ke loket 1"
    assert a.texts(with_english=False) == [a.indonesian]
    assert a.texts(with_english=True) == [a.indonesian, a.english]


@pytest.mark.parametrize("number, words", sorted(COUNTERS_ID.items()))
def test_counters_one_to_twenty_in_indonesian(number: int, words: str) -> None:
    assert cardinal_id(number) == words
    assert announcement("A-001", number).indonesian.endswith(f"ke loket {words}.")


@pytest.mark.parametrize("number, words", sorted(COUNTERS_EN.items()))
def test_counters_one_to_twenty_in_english(number: int, words: str) -> None:
    assert cardinal_en(number) == words
    assert announcement("A-001", number).english.endswith(f"to counter {words}.")


def test_every_digit_is_spoken_on_its_own() -> None:
    assert code_words_id("P-123") == ["pe", "satu", "dua", "tiga"]
    assert code_words_id("J-4567") == ["je", "empat", "lima", "enam", "tujuh"]
    assert code_words_id("R-890") == ["er", "delapan", "sembilan", "nol"]
    assert code_words_en("R-890") == ["R", "eight", "nine", "zero"]
    # never one number: "101" is three words, separated by commas for espeak-ng
    assert "satu, nol, satu" in announcement("K-101", 15).indonesian
    assert "seratus" not in announcement("K-101", 15).indonesian


@pytest.mark.parametrize("letter, name", [("A", "a"), ("K", "ka"), ("R", "er"), ("P", "pe"),
                                          ("J", "je"), ("Q", "ki"), ("W", "we"), ("Z", "zet")])
def test_letters_by_their_indonesian_names(letter: str, name: str) -> None:
    assert code_words_id(f"{letter}-001")[0] == name


def test_all_26_letters_have_a_name() -> None:
    assert sorted(LETTERS_ID) == [chr(c) for c in range(ord("A"), ord("Z") + 1)]


@pytest.mark.parametrize("text", ["K-007", "k007", "K007", " K - 007 "])
def test_code_forms(text: str) -> None:
    assert split_code(text) == ("K", "007")


def test_bad_codes_are_refused() -> None:
    with pytest.raises(ValueError):
        split_code("007")
    with pytest.raises(ValueError):
        split_code("K-")


@pytest.mark.parametrize("number, words", [
    (21, "dua puluh satu"), (99, "sembilan puluh sembilan"), (100, "seratus"),
    (111, "seratus sebelas"), (250, "dua ratus lima puluh"), (1000, "seribu"),
    (2019, "dua ribu sembilan belas"),
])
def test_larger_cardinals_in_indonesian(number: int, words: str) -> None:
    assert cardinal_id(number) == words


@pytest.mark.parametrize("number, words", [
    (21, "twenty-one"), (100, "one hundred"), (115, "one hundred and fifteen"),
    (2000, "two thousand"),
])
def test_larger_cardinals_in_english(number: int, words: str) -> None:
    assert cardinal_en(number) == words
