"""The ESC/POS bytes of a ticket: text mode, small, fitted to the profile, and as reviewed.

Golden files: ``tests/_reference/tickets/*.txt`` hold the reviewed bytes as readable text
(``escpos_dump``). After a deliberate change, rewrite them with
``PST_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/printing/test_escpos_render.py``
and review the diff before committing.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from escpos_dump import dump
from ticket_samples import WIT, facts

from pst_kiosk.domain.ticket_layout import build_test_page, build_ticket
from pst_kiosk.printing.escpos_render import (
    PROFILE_58MM,
    PROFILE_80MM,
    paper_profile,
    render_escpos,
)

GOLDEN = Path(__file__).resolve().parents[1] / "_reference" / "tickets"


def ticket(profile_name: str, **changes: object) -> bytes:
    profile = paper_profile(profile_name)
    return render_escpos(build_ticket(facts(**changes), profile.columns), profile)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PST_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden {path}: run with PST_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the reviewed golden"


@pytest.mark.parametrize("profile_name, mm", [(PROFILE_80MM, 80), (PROFILE_58MM, 58)])
def test_ticket_matches_reviewed_golden(profile_name, mm):
    check_golden(f"ticket_{mm}mm.txt", dump(ticket(profile_name)))


def test_reprint_of_a_priority_ticket_matches_golden():
    data = ticket(
        PROFILE_80MM,
        code="A-012",
        service_name_id="Pengaduan",
        service_name_en="Complaint",
        priority_reason="elderly",
        reprint=True,
        people_ahead=None,
        estimated_wait_minutes=None,
    )
    check_golden("reprint_priority_80mm.txt", dump(data))


def test_test_page_matches_golden():
    profile = paper_profile(PROFILE_58MM)
    layout = build_test_page(
        "BPS Provinsi Maluku Utara",
        "network 127.0.0.1:9100",
        profile.columns,
        datetime(2026, 11, 30, 10, 0, tzinfo=WIT),
    )
    check_golden("test_page_58mm.txt", dump(render_escpos(layout, profile)))


@pytest.mark.parametrize("profile_name", [PROFILE_80MM, PROFILE_58MM])
def test_text_mode_bytes_are_small_and_fit_the_paper(profile_name):
    profile = paper_profile(profile_name)
    data = ticket(profile_name)
    assert len(data) <= 2048  # a raster ticket would be ~26 KB
    assert b"\x1dv0" not in data and b"\x1b*" not in data  # no raster or bit-image commands
    assert b"\x1d(k" in data  # native QR: the printer draws it
    text = dump(data)
    for needle in (
        "K-007",
        "Konsultasi Statistik",
        "Senin, 30 November 2026",
        "10:00 WIT",
        "paling lama",
        "10 menit",
        "TIDAK DIPUNGUT BIAYA",
        "pengaduan.bps.go.id",
        "bps8200@bps.go.id",
        "081370208715",
        "Kotak saran di ruang PST",
        "PST-MALUT|K-007|2026-11-30",
    ):
        assert needle in text, needle
    small, scale = False, 1  # styles hold until changed, as on the printer
    for line in text.splitlines():
        if "{font " in line:
            small = line.rfind("{font b}") > line.rfind("{font a}")
        if "{size " in line:
            scale = int(line.rsplit("{size ", 1)[1][0])
        if "{mode 0x00}" in line and "{size " not in line:
            scale = 1
        body = line.rsplit("}", 1)[-1]
        limit = profile.columns.small if small else profile.columns.normal
        assert len(body) * scale <= limit, line


def test_columns_come_from_the_profile():
    assert paper_profile(PROFILE_80MM).columns.normal == 42
    assert paper_profile(PROFILE_58MM).columns.normal == 32
    assert paper_profile("TM-T20II").columns.normal == 48
    assert paper_profile(PROFILE_58MM).paper_mm == 58
    wide = ticket("TM-T20II")
    assert b"-" * 48 + b"\n" in wide


def test_non_ascii_office_text_prints_plainly():
    data = ticket(PROFILE_80MM, office_address="Jl. Stadion No 65 – Ternate · Malut")
    assert b"Jl. Stadion No 65 - Ternate - Malut" in data


def test_unknown_profile_is_a_clear_error():
    from pst_kiosk.domain.errors import UserError

    with pytest.raises(UserError) as error:
        paper_profile("NO-SUCH-PRINTER")
    assert error.value.code == "printer_profile_unknown"
    assert "POS-5890" in error.value.message_id
