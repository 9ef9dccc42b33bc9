"""The PDF rendition: the same ticket, parsed back from a real PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from pst_kiosk.printing.tickets import ticket_pdf
from pst_kiosk.services.queue import QueueService


@pytest.mark.parametrize("profile, width_mm", [("TM-T88III", 80), ("POS-5890", 58)])
def test_pdf_ticket_says_what_the_paper_says(sqlite_ctx, profile, width_mm):
    import dataclasses

    ticket = QueueService(sqlite_ctx).issue("R")
    printer = dataclasses.replace(sqlite_ctx.config.printer, profile=profile)
    data = ticket_pdf(ticket, sqlite_ctx.config, printer)
    reader = PdfReader(io.BytesIO(data))
    [page] = reader.pages
    assert float(page.mediabox.width) == pytest.approx(width_mm * mm)
    text = " ".join(page.extract_text().split())
    for needle in (
        "R-001",
        "Rekomendasi Kegiatan",
        "Senin, 30 November 2026",
        "10:00 WIT",
        "paling lama 10 menit",
        "TIDAK DIPUNGUT BIAYA",
        "Kotak saran di ruang PST",
        "pengaduan.bps.go.id",
        "bps8200@bps.go.id",
        "081370208715",
    ):
        assert needle in text, needle
    assert reader.metadata.title == "Tiket antrian R-001"
