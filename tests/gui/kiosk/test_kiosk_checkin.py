""""Saya punya janji" at the kiosk: an appointment booked at the desk, checked in by its code
with no guest book, the ticket on screen and printed, and called first at its booked time.
Screenshots of the check-in in both languages (``PST_UPDATE_SCREENSHOTS=1`` → docs/)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import open_kiosk

from pst_kiosk.services.online_desk import NewRequest, OnlineDesk
from pst_kiosk.services.queue import QueueService

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def book(ctx, clock, minutes_ahead: int = 20):
    desk = OnlineDesk(ctx)
    request = desk.register(NewRequest(
        channel="whatsapp", requester_name="Siti Rahma", whatsapp="081234567890",
        consent=True, subject="poverty", data_requested="Garis kemiskinan 2025"),
        actor="staff:rina")
    desk.complete(request.id, actor="staff:rina")
    return desk.schedule(request.id, kind="walk_in", actor="staff:rina",
                         starts_at=clock.now + timedelta(minutes=minutes_ahead))


def enter(driver, code: str) -> None:
    for digit in code:
        driver.tap(f"code{digit}")
    driver.tap("checkIn")


def test_checked_in_by_code_and_called_first_at_its_time(kiosk, clock):
    appointment = book(kiosk.ctx, clock)
    queue = QueueService(kiosk.ctx)
    walk_in = queue.issue("K")
    kiosk.tap("appointment")
    kiosk.wait_page("appointment")
    wrong = "000000" if appointment.code != "000000" else "111111"
    enter(kiosk, wrong)
    kiosk.qtbot.waitUntil(lambda: "tidak ditemukan" in kiosk.text_of("codeError"), timeout=5000)
    kiosk.tap("codeClear")
    enter(kiosk, appointment.code)
    kiosk.wait_page("ticket")
    ticket = kiosk.backend.property("ticket")
    assert "Siti Rahma" in kiosk.text_of("ticketNote")
    assert "dipanggil pertama" in kiosk.text_of("ticketNote")
    kiosk.qtbot.waitUntil(lambda: kiosk.backend.property("printState") == "printed",
                          timeout=10000)
    later = queue.issue("K")
    assert [t.code for t in queue.waiting()] == [walk_in.code, later.code, ticket["code"]]
    clock.advance(minutes=20)  # the booked time
    assert queue.call_next(1).code == ticket["code"]
    assert OnlineDesk(kiosk.ctx).appointments_of()[0].ticket_code == ticket["code"]


@pytest.mark.parametrize("language", ["id", "en"])
def test_checkin_screenshots(qtbot, sqlite_url, clock, kiosk_config, tmp_path, language):
    out = DOCS if os.environ.get("PST_UPDATE_SCREENSHOTS") else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    with contextmanager(open_kiosk)(qtbot, sqlite_url, clock, (1080, 1920)) as driver:
        appointment = book(driver.ctx, clock)
        driver.tap(f"lang_{language}")
        driver.tap("appointment")
        driver.wait_page("appointment")
        for digit in appointment.code[:4]:
            driver.tap(f"code{digit}")
        driver.qtbot.wait(50)
        driver.window.grabWindow().save(str(out / f"kiosk_checkin_{language}_1_code.png"))
        for digit in appointment.code[4:]:
            driver.tap(f"code{digit}")
        driver.tap("checkIn")
        driver.wait_page("ticket")
        driver.qtbot.waitUntil(lambda: driver.backend.property("printState") == "printed",
                               timeout=10000)
        if language == "en":
            assert "Your appointment is at" in driver.text_of("ticketNote")
        driver.qtbot.wait(50)
        driver.window.grabWindow().save(str(out / f"kiosk_checkin_{language}_2_ticket.png"))
        driver.tap("ticketDone")
        driver.wait_page("welcome")
