"""The printer is down (nothing listens on its port): the ticket stands, the screen says
to show it to the officer, and the job is left for a reprint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import NIK, free_port, write_config
from sqlmodel import select

from pst_kiosk.store.models import PrintJob, Ticket


@pytest.fixture
def kiosk_config(isolated_machine: Path) -> Path:
    return write_config(Path(os.environ["PST_CONFIG"]), f"""
[printer]
connection = "network"
host = "127.0.0.1"
port = {free_port()}
timeout_seconds = 0.5
""")


def test_printer_down_keeps_the_ticket_and_says_show_the_officer(kiosk):
    kiosk.tap("service_K")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    kiosk.fill_guest_book()
    kiosk.tap("guestNext")
    kiosk.tap("consentCheck")
    kiosk.tap("consentAgree")
    kiosk.tap("priority_none")
    kiosk.wait_page("ticket")
    assert kiosk.text_of("ticketCode") == "K-001"
    kiosk.qtbot.waitUntil(lambda: kiosk.backend.property("printState") == "problem",
                          timeout=15000)
    assert "Tunjukkan layar ini kepada petugas" in kiosk.text_of("printStateText")
    with kiosk.ctx.db.read() as s:
        ticket, = s.exec(select(Ticket)).all()
        job, = s.exec(select(PrintJob)).all()
    assert ticket.status == "waiting"
    assert job.attempts >= 1 and "127.0.0.1" in job.last_error or job.last_error
