"""The daily PDF read back: every figure is found as the test computed it from the script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from report_scenario import (
    DAY,
    SCRIPT,
    STAFF,
    SURVEY,
    build_day,
    mmss,
    pct,
    pdf_pages,
    pdf_words,
    stats,
)

from pst_kiosk.reports.daily import build_daily

SECTIONS = (
    "1. Ringkasan", "2. Waktu tunggu dan waktu layanan", "3. Menurut layanan",
    "4. Menurut loket", "5. Menurut petugas", "6. Kedatangan per jam", "7. Profil pengunjung",
    "8. Konsultasi", "9. Konsultasi daring", "10. Pengaduan",
    "11. Survei Kepuasan Masyarakat (IKM)",
)


@pytest.fixture
def sample(ctx, clock, tmp_path: Path):
    exp = build_day(ctx, clock)
    built = build_daily(ctx, DAY, tmp_path / "harian.pdf")
    return exp, built, pdf_words(built.path)


def test_header_counts_and_page_numbers(sample):
    exp, built, text = sample
    assert built.pages == len(pdf_pages(built.path))
    assert "BPS Provinsi Maluku Utara" in text
    assert "LAPORAN HARIAN PELAYANAN STATISTIK TERPADU Senin, 30 November 2026" in text
    assert f"Halaman {built.pages} dari {built.pages}" in text
    assert "Dibuat 30 November 2026 16:00 WIT" in text
    assert "tidak dipungut biaya" in text
    assert not re.search(r"\bRp\.?\s?\d", text)  # no money figure anywhere
    assert f"Pengunjung (buku tamu) {exp.visitors}" in text
    assert f"Tiket antrean diambil {exp.issued}" in text
    assert f"Dilayani sampai selesai {exp.served}" in text
    assert f"Tidak hadir saat dipanggil {exp.no_show}" in text
    assert f"Dibatalkan {exp.cancelled}" in text
    assert f"Belum selesai saat laporan dibuat {exp.open}" in text
    for section in SECTIONS:
        assert section in text


def test_both_clocks(sample):
    exp, _built, text = sample
    mean, median, p90, within = stats(exp.waits)
    assert (f"Waktu tunggu {len(exp.waits)} {mmss(mean)} {mmss(median)} {mmss(p90)} "
            f"{within} {pct(within, len(exp.waits))}") in text
    mean, median, p90, within = stats(exp.services)
    assert (f"Waktu layanan {len(exp.services)} {mmss(mean)} {mmss(median)} {mmss(p90)} "
            f"{within} {pct(within, len(exp.services))}") in text


def test_per_officer_and_service(sample):
    exp, _built, text = sample
    for name, waits in exp.per_officer.items():
        mean, median, p90, within = stats(waits)
        assert f"{name} {exp.per_officer_calls[name]} " in text
        assert f"{mmss(mean)} {mmss(median)} {mmss(p90)} {pct(within, len(waits))}" in text
    k_issued = exp.per_service_issued["K"]
    k_served = sum(1 for s in SCRIPT if s.letter == "K" and s.outcome == "done")
    k_no_show = sum(1 for s in SCRIPT if s.letter == "K" and s.outcome == "no_show")
    assert f"Konsultasi Statistik {k_issued} {k_served} {k_no_show} " in text
    assert set(STAFF.values()) <= {n for n in exp.per_officer}


def test_arrivals_profile_notes_online_complaints_survey(sample):
    exp, _built, text = sample
    assert f"Jumlah: {sum(exp.arrivals_by_hour)}." in text
    women = sum(1 for s in SCRIPT if s.profile[0] == "P") + 1  # + the guest without ticket
    assert f"Perempuan {women} {pct(women, exp.visitors)}" in text
    assert f"Catatan konsultasi tersimpan: {exp.notes}" in text
    assert f"Inflasi {exp.topics['Inflasi']} {pct(exp.topics['Inflasi'], exp.notes)}" in text
    assert "Draf tidak dihitung" not in text
    follow_total = sum(exp.followups.values())
    assert f"Perpustakaan {exp.followups['P']} {pct(exp.followups['P'], follow_total)}" in text
    o = exp.online
    assert f"Permintaan diterima {o['received']}" in text
    assert f"Dijawab dalam 3 hari kerja {o['on_time']}" in text
    assert f"Melewati batas 3 hari kerja {o['overdue']}" in text
    assert f"Ditutup karena tidak ada tanggapan (7 hari) {o['no_response']}" in text
    assert f"Masih dalam proses {o['open']}" in text
    assert f"Dinyatakan jelas dan lengkap {o['completed']}" in text
    # per channel: received, complete, answered, on time, late, no response
    assert "Web (pst.bps.go.id) 3 3 1 1 0 1" in text
    assert "WhatsApp 1 1 0 0 1 0" in text and "Email 2 1 1 0 1 0" in text
    received, answered = exp.complaints
    assert f"Pengaduan diterima {received} Sudah dijawab {answered} " \
           f"Belum dijawab {received - answered}" in text
    averages = [sum(a[i] for a in SURVEY) / len(SURVEY) for i in range(9)]
    index = sum(averages) / 9 * 25
    assert f"Responden: {len(SURVEY)}" in text
    assert f"U3 Waktu penyelesaian {averages[2]:.2f}".replace(".", ",") in text
    assert f"Indeks Kepuasan Masyarakat (IKM) {index:.2f}".replace(".", ",") in text
    assert "Mutu pelayanan A (Sangat Baik)" in text  # 89.81 is in band A (88.31–100)
