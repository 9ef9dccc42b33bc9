"""The kiosk's choice buttons read their labels from the one table, in the language the
visitor chose, and follow a language switch on the spot."""

from __future__ import annotations

from conftest import NIK


def _priority_texts(kiosk) -> dict[str, tuple[str, str]]:
    names = ("none", "elderly", "disabled", "pregnant", "small_children")
    return {n: (kiosk.text_of(f"priority_{n}"), str(kiosk.item(f"priority_{n}").property("subtext")))
            for n in names}


def test_choice_buttons_are_labelled_from_the_table_in_both_languages(kiosk):
    kiosk.tap("service_K")
    kiosk.wait_page("id")
    assert [kiosk.text_of(f"idtype_{c}") for c in ("ktp", "sim", "passport", "other")] == \
        ["KTP", "SIM", "Paspor", "Identitas lain"]
    kiosk.tap("lang_en")
    kiosk.qtbot.waitUntil(lambda: kiosk.text_of("idtype_passport") == "Passport", timeout=5000)
    assert kiosk.text_of("idtype_other") == "Other ID"
    kiosk.tap("lang_id")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    assert kiosk.text_of("education_d4s1") == "D4/S1"
    assert kiosk.text_of("occupation_civil_servant") == "ASN/TNI/Polri"
    assert kiosk.text_of("institution_type_government") == "Kementerian/Lembaga/Pemerintah Daerah"
    kiosk.fill_guest_book()
    kiosk.agree_to_priority_page()
    assert _priority_texts(kiosk) == {
        "none": ("Bukan prioritas", "Antre seperti biasa"),
        "elderly": ("Lansia", "60 tahun ke atas"),
        "disabled": ("Penyandang disabilitas", ""),
        "pregnant": ("Ibu hamil", ""),
        "small_children": ("Membawa anak kecil", "Balita"),
    }
    kiosk.tap("lang_en")
    kiosk.qtbot.waitUntil(lambda: kiosk.text_of("priority_elderly") == "Elderly", timeout=5000)
    assert _priority_texts(kiosk)["small_children"] == ("With small children", "Under five")
    kiosk.tap("priority_small_children")
    kiosk.wait_page("ticket")
    kiosk.qtbot.waitUntil(lambda: kiosk.backend.property("ticket").get("code") == "K-001",
                          timeout=5000)
