"""The counter in English through Qt Linguist, Indonesian being the source language."""

from __future__ import annotations

from pst_kiosk.gui import i18n


def test_sign_in_page_switches_to_english_and_back(ctx, staff, make_window, qtbot):
    window = make_window()
    page = window.sign_in
    qtbot.waitUntil(page.submit.isEnabled)
    assert page.title.text() == "Meja Petugas PST"
    try:
        page.language.setCurrentIndex(page.language.findData("en"))
        qtbot.waitUntil(lambda: page.title.text() == "PST Staff Desk")
        assert page.submit.text() == "Sign in"
    finally:
        i18n.set_language("id")
    qtbot.waitUntil(lambda: page.title.text() == "Meja Petugas PST")
