"""What the board says when a number is called, in Indonesian and (optionally) English.

The code is spoken digit by digit ("nol, nol, tujuh"), as it is printed on the ticket the
visitor holds, and its letter by its Indonesian name ("ka", "er"); the counter as a cardinal
("loket dua belas"). Words are separated by commas so that a speech engine pauses between
them: espeak-ng reads "15 101" as one number and runs bare words together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DIGITS_ID = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
             "sembilan")
DIGITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

LETTERS_ID = {
    "A": "a", "B": "be", "C": "ce", "D": "de", "E": "e", "F": "ef", "G": "ge", "H": "ha",
    "I": "i", "J": "je", "K": "ka", "L": "el", "M": "em", "N": "en", "O": "o", "P": "pe",
    "Q": "ki", "R": "er", "S": "es", "T": "te", "U": "u", "V": "ve", "W": "we", "X": "eks",
    "Y": "ye", "Z": "zet",
}

_TEENS_EN = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen")
_TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety")

_CODE = re.compile(r"^\s*([A-Za-z]+)\s*-?\s*(\d+)\s*$")


def cardinal_id(n: int) -> str:
    """Indonesian cardinal words: 1 → "satu", 11 → "sebelas", 20 → "dua puluh", 100 → "seratus"."""
    if n < 0:
        raise ValueError("negative numbers are not spoken")
    if n < 10:
        return DIGITS_ID[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{DIGITS_ID[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return _join(f"{DIGITS_ID[tens]} puluh", rest, cardinal_id)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{DIGITS_ID[hundreds]} ratus"
        return _join(head, rest, cardinal_id)
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        head = "seribu" if thousands == 1 else f"{cardinal_id(thousands)} ribu"
        return _join(head, rest, cardinal_id)
    raise ValueError("numbers of a million or more are not spoken")


def cardinal_en(n: int) -> str:
    """English cardinal words up to 999 999 (counters, in practice 1–20)."""
    if n < 0:
        raise ValueError("negative numbers are not spoken")
    if n < 10:
        return DIGITS_EN[n]
    if n < 20:
        return _TEENS_EN[n - 10]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _TENS_EN[tens] + (f"-{DIGITS_EN[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _join(f"{DIGITS_EN[hundreds]} hundred", rest, cardinal_en, " and ")
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        return _join(f"{cardinal_en(thousands)} thousand", rest, cardinal_en)
    raise ValueError("numbers of a million or more are not spoken")


def _join(head: str, rest: int, words: Callable[[int], str], sep: str = " ") -> str:
    return head if rest == 0 else f"{head}{sep}{words(rest)}"


def split_code(code: str) -> tuple[str, str]:
    """``"K-007"`` → ``("K", "007")``: the letters and the digits exactly as printed."""
    match = _CODE.match(code)
    if not match:
        raise ValueError(f"not a ticket code: {code!r}")
    return match.group(1).upper(), match.group(2)


def code_words_id(code: str) -> list[str]:
    """``"K-007"`` → ``["ka", "nol", "nol", "tujuh"]``."""
    letters, digits = split_code(code)
    return [LETTERS_ID[c] for c in letters] + [DIGITS_ID[int(d)] for d in digits]


def code_words_en(code: str) -> list[str]:
    """``"K-007"`` → ``["K", "zero", "zero", "seven"]`` (engines name English letters well)."""
    letters, digits = split_code(code)
    return list(letters) + [DIGITS_EN[int(d)] for d in digits]


@dataclass(frozen=True)
class Announcement:
    """One call as it is spoken (each language) and as it is written on the board."""

    code: str
    counter: int
    indonesian: str
    english: str
    display: str

    def texts(self, with_english: bool) -> list[str]:
        return [self.indonesian, self.english] if with_english else [self.indonesian]


def spoken_indonesian(code: str, counter: int) -> str:
    """"Nomor antrian, ka, nol, nol, tujuh. Silakan ke loket satu." """
    words = ", ".join(code_words_id(code))
    return f"Nomor antrian, {words}. Silakan ke loket {cardinal_id(counter)}."


def spoken_english(code: str, counter: int) -> str:
    """"Ticket number, K, zero, zero, seven. Please go to counter one." """
    words = ", ".join(code_words_en(code))
    return f"Ticket number, {words}. Please go to counter {cardinal_en(counter)}."


def announcement(code: str, counter: int) -> Announcement:
    return Announcement(
        code=code,
        counter=counter,
        indonesian=spoken_indonesian(code, counter),
        english=spoken_english(code, counter),
        display=f"Nomor antrian {code}, silakan ke loket {counter}",
    )
