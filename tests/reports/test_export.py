"""Spreadsheet exports, the end-of-day export and the CLI, on both backends."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_scenario import DAY, SCRIPT, at, build_day, pdf_words

from pst_kiosk.cli import main
from pst_kiosk.config import ReportsConfig
from pst_kiosk.domain.errors import UserError
from pst_kiosk.reports import autoexport, export, masking


def test_masks():
    assert masking.name("Budi Santoso") == "B*** S***"
    assert masking.phone("081212345678") == "0812****5678"
    assert masking.phone("0921 312") == "****12"
    assert masking.email("budi.santoso@gmail.com") == "b***@gmail.com"
    assert masking.id_number("1234") == "****1234"
    assert masking.name("") == masking.phone("") == masking.email("") == ""


def test_guest_book_xlsx_is_masked(ctx, clock, tmp_path: Path):
    build_day(ctx, clock)
    result = export.export(ctx, "guestbook", DAY, DAY, tmp_path / "tamu.xlsx")
    assert result.rows == len(SCRIPT) + 1
    book = load_workbook(result.path, read_only=True)
    rows = list(book["Buku Tamu"].iter_rows(values_only=True))
    head, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert head[:5] == ("Tanggal", "Jam", "Tiket", "Layanan", "Nama")
    assert first["Nama"] == "P*** N*** 0***"
    assert first["Nomor identitas"] == "****1000"
    assert first["Telepon"] == "0812****7000"
    assert first["Email"] == "t***@contoh.id"
    assert first["Tiket"] == "K-001" and first["Jam"] == "08:00:00"
    flat = " ".join(str(v) for row in rows for v in row if v is not None)
    assert "Pengunjung Nomor" not in flat and "081234567000" not in flat
    about = dict(book["Keterangan"].iter_rows(values_only=True))
    assert about["Privasi"] == export.MASK_NOTE


def test_tickets_and_notes_csv(ctx, clock, tmp_path: Path):
    build_day(ctx, clock)
    tickets = export.export(ctx, "tickets", DAY, DAY, tmp_path / "tiket.csv")
    with tickets.path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(SCRIPT)
    first = rows[0]
    assert (first["Kode"], first["Status"], first["Waktu tunggu (mnt:dtk)"],
            first["Tunggu s.d. target"], first["Waktu layanan (mnt:dtk)"],
            first["Layanan s.d. target"], first["Petugas"]) == \
        ("K-001", "Selesai", "02:30", "Ya", "11:30", "Tidak", "Andi Wijaya")
    notes = export.export(ctx, "notes", DAY, DAY, tmp_path / "catatan.xlsx")
    assert notes.rows == 5  # the draft is not exported


def test_unknown_export_is_a_user_error(ctx, tmp_path: Path):
    with pytest.raises(UserError):
        export.export(ctx, "visitors", DAY, DAY, tmp_path / "x.xlsx")


def test_auto_export_is_idempotent(ctx, clock, tmp_path: Path):
    assert autoexport.export_day_if_due(ctx, DAY).status == "disabled"
    ctx.config = replace(ctx.config, reports=ReportsConfig(auto_export_dir=str(tmp_path / "ek")))
    build_day(ctx, clock)  # leaves the clock at 16:00 on DAY: not yet closing time
    assert autoexport.export_day_if_due(ctx, DAY).status == "not_due"
    clock.now = at(DAY, "17:05")
    first = autoexport.export_day_if_due(ctx, DAY)
    assert first.status == "done" and len(first.written) == 4
    pdf = tmp_path / "ek" / "2026" / "11" / "laporan-harian-2026-11-30.pdf"
    assert pdf in first.written and "Tiket antrean diambil 10" in pdf_words(pdf)
    again = autoexport.export_day_if_due(ctx, DAY)
    assert again.written == () and set(again.existing) == set(first.written)


def test_cli_report_and_export(ctx, clock, tmp_path: Path, capsys):
    build_day(ctx, clock)
    url = ctx.db.url
    out = tmp_path / "cli.pdf"
    assert main(["--database-url", url, "report", "daily", "--date", "2026-11-30",
                 "--out", str(out)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["path"] == str(out) and answer["pages"] >= 3
    assert main(["--database-url", url, "report", "range", "--from", "2026-11-28", "--to",
                 "2026-12-02", "--out", str(tmp_path / "r.pdf")]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] >= 3
    assert main(["--database-url", url, "export", "tickets", "--from", "2026-11-30",
                 "--format", "csv", "--out", str(tmp_path / "t.csv")]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["rows"], answer["masked"]) == (len(SCRIPT), True)
    assert main(["--database-url", url, "report", "range", "--from", "2026-12-02", "--to",
                 "2026-11-28"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "report_range"
    assert main(["--database-url", url, "report", "auto-export", "--date",
                 date(2026, 11, 30).isoformat()]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "disabled"
