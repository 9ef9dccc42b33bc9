"""The one labels table: every enum member and every choice has a label in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain import labels
from pst_kiosk.domain.identity import age_group
from pst_kiosk.domain.labels import ENUM_OF, LABELS, Kind, Text, label
from pst_kiosk.domain.subjects import SUBJECTS


@pytest.mark.parametrize("kind", list(ENUM_OF), ids=str)
def test_every_enum_member_has_a_label_in_both_languages(kind: Kind):
    enum = ENUM_OF[kind]
    assert set(LABELS[kind]) == {member.value for member in enum}
    for member in enum:
        text = LABELS[kind][member.value]
        assert text.id.strip() and text.en.strip(), (kind, member)


def test_every_kind_has_labels_and_no_label_is_empty():
    assert set(LABELS) == set(Kind)
    for kind, rows in LABELS.items():
        assert rows, kind
        for code, text in rows.items():
            assert text.id.strip() and text.en.strip(), (kind, code)


def test_every_guest_book_choice_and_subject_reads_from_the_table():
    for field, choices in gf.CHOICES.items():
        kind = gf.CHOICE_KINDS[field]
        assert [c.code for c in choices] == list(LABELS[kind])
        for choice in choices:
            assert choice.label("id") == LABELS[kind][choice.code].id != ""
            assert choice.label("en") == LABELS[kind][choice.code].en != ""
    assert [s.key for s in SUBJECTS] == list(LABELS[Kind.SUBJECT])
    assert all(s.name("id") and s.name("en") for s in SUBJECTS)


def test_every_age_group_the_statistics_make_has_a_label():
    today = date(2026, 11, 30)
    made = {age_group(today.year - age, today) for age in range(0, 121)}
    assert made == set(LABELS[Kind.AGE_GROUP])


def test_known_codes_never_come_back_raw_and_typed_text_passes_through():
    assert label(Kind.EDUCATION, "d4s1") == "D4/S1"
    assert label(Kind.OCCUPATION, "civil_servant", "en") == "Civil servant/Military/Police"
    assert label(Kind.PRIORITY_REASON, "small_children") == "Membawa anak kecil"
    assert label(Kind.PRIORITY_REASON, "") == "Bukan prioritas"
    assert label(Kind.OCCUPATION, "Nelayan") == "Nelayan"  # typed by a visitor
    assert label(Kind.TICKET_STATUS, None) == label(Kind.TICKET_STATUS, "") == ""
    for kind, rows in LABELS.items():
        for code in rows:
            for language in ("id", "en"):
                shown = label(kind, code, language)
                assert shown == rows[code].get(language) != code, (kind, code)


def test_text_value():
    hello = Text("Selamat datang", "Welcome")
    assert hello.get() == hello.get("id") == "Selamat datang"
    assert hello.get("en") == "Welcome"
    assert labels.text(Kind.SEX, "P") == Text("Perempuan", "Female")
    assert labels.text(Kind.SEX, "X") is None
    assert labels.codes(Kind.SEX) == ("L", "P")
