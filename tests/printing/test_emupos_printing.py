"""End to end on the emupos ESC/POS emulator: the kiosk issues, the spooler prints, emupos
renders the paper ticket to text and PNG; paper out and offline end in a failed job that the
counter sees and a reprint that comes out once."""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from loopback import network
from PIL import Image

from pst_kiosk.printing.spooler import PrintSpooler, printer_status
from pst_kiosk.services.printjobs import PrintJobService, RetryPolicy
from pst_kiosk.services.queue import QueueService

FAST = RetryPolicy(max_attempts=2, delays=(timedelta(0),))
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = [("t80", "TM-T88III", 80, 512), ("t58", "POS-5890", 58, 384)]


def spooler(ctx, emupos, device: str, profile: str) -> PrintSpooler:
    return PrintSpooler(
        ctx, printer=network(emupos.ports[device], profile), retry=FAST, name=f"kiosk-{device}"
    )


@pytest.mark.parametrize("device, profile, mm, dots", WIDTHS)
def test_ticket_renders_on_the_emulator(sqlite_ctx, emupos, device, profile, mm, dots):
    queue = QueueService(sqlite_ctx)
    queue.issue("K")  # one person already waiting
    ticket = queue.issue("K", print_ticket=True)
    before = len(emupos.receipts(device))
    [job] = spooler(sqlite_ctx, emupos, device, profile).drain()
    assert job.status == "printed"
    receipts = emupos.wait_receipts(device, before + 1)
    assert len(receipts) == before + 1
    text = receipts[-1].read_text(encoding="utf-8")
    for needle in (
        ticket.code,
        "Konsultasi Statistik",
        "Senin, 30 November 2026",
        "10:00 WIT",
        "Antrian di depan Anda: 1 orang",
        "paling lama",
        "10 menit",
        "TIDAK DIPUNGUT BIAYA",
        "Kotak saran di ruang PST",
        "pengaduan.bps.go.id",
        "bps8200@bps.go.id",
        "SMS/WA 081370208715",
        f"PST-MALUT|{ticket.code}|2026-11-30",
    ):
        assert needle in text, needle
    png = receipts[-1].with_suffix(".png")
    with Image.open(png) as image:
        assert image.width == dots and image.height > 600
    if os.environ.get("PST_UPDATE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, SCREENSHOTS / f"ticket_{mm}mm.png")


def test_paper_out_fails_is_shown_and_reprint_prints_once(ctx, emupos):
    device, profile = "t80", "TM-T88III"
    queue, jobs = QueueService(ctx), PrintJobService(ctx)
    before = len(emupos.receipts(device))
    emupos.fault(device, "paper-out")
    try:
        ticket = queue.issue("J", print_ticket=True)
        status = printer_status(network(emupos.ports[device], profile))
        assert status["paper"] == "out" and status["ready"] is False
        done = spooler(ctx, emupos, device, profile).drain()
        assert done[-1].status == "failed" and done[-1].error_code == "printer_paper_out"
        alert = jobs.alert()
        assert alert.active and ticket.code in alert.codes
        assert "Kertas printer habis" in alert.last_error
    finally:
        emupos.fault(device, "paper-out", active=False)
    # Nothing was held back to come out now that the paper is back (it would within 0.5 s).
    assert len(emupos.wait_receipts(device, before + 1, timeout=1.5)) == before

    jobs.reprint(ticket.id)
    assert [j.status for j in spooler(ctx, emupos, device, profile).drain()] == ["printed"]
    receipts = emupos.wait_receipts(device, before + 1)
    assert len(receipts) == before + 1  # exactly one ticket came out
    text = receipts[-1].read_text(encoding="utf-8")
    assert ticket.code in text and "CETAK ULANG / REPRINT" in text
    assert not jobs.alert().active
    history = jobs.jobs(ticket_id=ticket.id)
    assert [(j.kind, j.status) for j in history] == [("reprint", "printed"), ("ticket", "failed")]


def test_offline_and_near_end_states(sqlite_ctx, emupos):
    device, profile = "t58", "POS-5890"
    emupos.fault(device, "paper-near-end")
    try:
        status = printer_status(network(emupos.ports[device], profile))
        assert status["paper"] == "near_end" and status["ready"] is True
    finally:
        emupos.fault(device, "paper-near-end", active=False)
    emupos.fault(device, "offline")
    try:
        QueueService(sqlite_ctx).issue("K", print_ticket=True)
        done = spooler(sqlite_ctx, emupos, device, profile).drain()
        assert done[-1].status == "failed" and done[-1].error_code == "printer_offline"
    finally:
        emupos.fault(device, "offline", active=False)
