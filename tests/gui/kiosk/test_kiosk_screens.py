"""Every kiosk screen in both languages, portrait and landscape, as a visitor sees it.

The PNGs go to a temporary folder; with ``PST_UPDATE_SCREENSHOTS=1`` they replace the
reviewed ones in ``docs/screenshots/`` (``kiosk_<orientation>_<language>_<screen>.png``).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import NIK, open_kiosk

from pst_kiosk.services.queue import QueueService

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
ENGLISH = {  # one text per screen that must read in English once switched
    "welcome": "Welcome to the Integrated Statistics Service",
    "ticket": "Your ticket number",
}


@pytest.mark.parametrize("orientation", list(SIZES))
@pytest.mark.parametrize("language", ["id", "en"])
def test_every_screen(qtbot, sqlite_url, clock, kiosk_config, tmp_path, orientation, language):
    out = DOCS if os.environ.get("PST_UPDATE_SCREENSHOTS") else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    with contextmanager(open_kiosk)(qtbot, sqlite_url, clock, SIZES[orientation]) as driver:
        queue = QueueService(driver.ctx)
        for letter in "KKKPJ":
            queue.issue(letter)
        driver.qtbot.waitUntil(lambda: "3" in _service_line(driver, "K"), timeout=5000)
        driver.tap(f"lang_{language}")
        assert driver.backend.property("language") == language

        def shot(screen: str, d=driver) -> None:
            d.qtbot.wait(50)
            image = d.window.grabWindow()
            assert image.width() == SIZES[orientation][0]
            image.save(str(out / f"kiosk_{orientation}_{language}_{screen}.png"))

        shot("1_welcome")
        if language == "en":
            assert ENGLISH["welcome"] in _texts(driver)
        driver.tap("service_K")
        driver.tap("idtype_ktp")
        for digit in NIK[:10]:
            driver.tap(f"key{digit}")
        shot("2_id")
        for digit in NIK[10:]:
            driver.tap(f"key{digit}")
        driver.tap("idNext")
        driver.wait_page("guest")
        driver.fill_guest_book(skip=("field_name", "field_email"))
        driver.tap("guestNext")  # name missing: the error shows next to the field
        driver.tap("field_name")
        driver.qtbot.waitUntil(lambda: driver.key("a") is not None, timeout=5000)
        flick = driver.find("guestFlick")
        flick.setProperty("contentY", 0)
        shot("3_guestbook")
        driver.type_text("field_name", "Budi Santoso")
        driver.tap("guestNext")
        driver.wait_page("consent")
        driver.tap("consentCheck")
        shot("4_consent")
        driver.tap("consentAgree")
        driver.wait_page("priority")
        shot("5_priority")
        driver.tap("priority_pregnant")
        driver.wait_page("ticket")
        driver.qtbot.waitUntil(lambda: driver.backend.property("printState") == "printed",
                               timeout=10000)
        shot("6_ticket")
        if language == "en":
            assert ENGLISH["ticket"] in _texts(driver)
        driver.tap("ticketDone")
        driver.wait_page("welcome")
        driver.backend.openStaff()
        driver.item("pinOk")
        shot("7_staff")


def _texts(driver) -> set[str]:
    return {str(i.property("text")) for i in driver.items()
            if i.metaObject().indexOfProperty("text") >= 0 and i.isVisible()}


def _service_line(driver, letter: str) -> str:
    button = driver.find(f"service_{letter}")
    return " ".join(str(i.property("text")) for i in driver.items(button)
                    if i.metaObject().indexOfProperty("text") >= 0)
