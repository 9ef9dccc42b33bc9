"""The ticket layout: every required item, fitted to the columns, nothing personal."""

from __future__ import annotations

from datetime import datetime

from ticket_samples import WIT, facts

from pst_kiosk.domain.ticket_layout import (
    Columns,
    Kind,
    build_ticket,
    code_scale,
    local_datetime_text,
    qr_payload,
)


def test_every_required_item_is_on_the_ticket():
    text = build_ticket(facts(), Columns(42, 56)).plain_text()
    for needle in (
        "BPS Provinsi Maluku Utara",
        "Jl. Stadion No 65 Ternate",
        "K - 0 0 7",
        "Konsultasi Statistik",
        "Senin, 30 November 2026 10:00 WIT",
        "Antrian di depan Anda: 3 orang",
        "paling lama 10 menit",
        "TIDAK DIPUNGUT BIAYA",
        "Kotak saran di ruang PST",
        "pengaduan.bps.go.id",
        "bps8200@bps.go.id",
        "SMS/WA 081370208715",
        "[QR PST-MALUT|K-007|2026-11-30]",
    ):
        assert needle in text, needle


def test_lines_fit_their_font_and_scale():
    for columns in (Columns(42, 56), Columns(32, 42), Columns(48, 64)):
        layout = build_ticket(facts(), columns)
        for line in layout.lines:
            if line.kind is Kind.TEXT:
                assert len(line.text) <= columns.for_line(line.small, line.scale), line


def test_narrow_paper_splits_date_and_time():
    layout = build_ticket(facts(), Columns(32, 42))
    texts = [line.text for line in layout.lines]
    assert "Senin, 30 November 2026" in texts and "10:00 WIT" in texts


def test_code_is_as_big_as_the_paper_allows():
    assert code_scale("K-007", Columns(42, 56)) == 4
    assert code_scale("K-007", Columns(32, 42)) == 4
    assert code_scale("K-007", Columns(12, 16)) == 2
    layout = build_ticket(facts(), Columns(32, 42))
    [big] = [line for line in layout.lines if line.scale > 1]
    assert big.text == "K-007" and big.bold


def test_qr_payload_is_not_personal():
    assert qr_payload(facts()) == "PST-MALUT|K-007|2026-11-30"


def test_people_ahead_and_estimate_are_left_out_when_unknown():
    text = build_ticket(
        facts(people_ahead=None, estimated_wait_minutes=None), Columns(42, 56)
    ).plain_text()
    assert "Antrian di depan" not in text and "Perkiraan" not in text


def test_reprint_and_priority_are_marked():
    text = build_ticket(
        facts(reprint=True, priority_reason="pregnant"), Columns(42, 56)
    ).plain_text()
    assert "CETAK ULANG / REPRINT" in text and "Layanan prioritas: ibu hamil" in text


def test_dates_are_indonesian_in_the_office_zone():
    assert local_datetime_text(datetime(2026, 12, 6, 23, 59, tzinfo=WIT)) == (
        "Minggu, 6 Desember 2026 23:59 WIT"
    )
