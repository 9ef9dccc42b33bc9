"""On a busy day that stores every code, no PDF text and no export cell shows one."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from report_scenario import pdf_words

from pst_kiosk.reports import export
from pst_kiosk.reports.daily import build_daily
from pst_kiosk.reports.range_report import build_month
from tests.busy_day import DAY, build_busy_day, raw_codes_in

SEX_COLUMNS = ("Jenis kelamin",)


def test_the_busy_day_stores_the_codes_we_look_for(ctx, clock):
    """The check below means something only if the codes are really in the database."""
    from sqlmodel import select

    from pst_kiosk.store.models import ConsultationNote, Visit, Visitor

    build_busy_day(ctx, clock)
    with ctx.db.read() as session:
        visits = session.exec(select(Visit)).all()
        stored = " ".join(f"{v.education} {v.occupation} {v.institution_type} {v.age_group}"
                          for v in visits)
        stored += " " + " ".join(v.id_type for v in session.exec(select(Visitor)).all())
        stored += " " + " ".join(f"{n.topic} {n.outcome}"
                           for n in session.exec(select(ConsultationNote)).all())
    assert {"d4s1", "civil_servant", "government", "researcher", "national_accounts",
            "not_available", "passport", "20-29", "60+"} <= raw_codes_in(stored)


def test_no_raw_code_in_the_daily_and_monthly_pdf(ctx, clock, tmp_path: Path):
    build_busy_day(ctx, clock)
    daily = pdf_words(build_daily(ctx, DAY, tmp_path / "harian.pdf").path)
    monthly = pdf_words(build_month(ctx, DAY.year, DAY.month, tmp_path / "bulanan.pdf").path)
    for text in (daily, monthly):
        assert raw_codes_in(text) == set()
        # the labels are there instead
        for shown in ("D4/S1", "ASN/TNI/Polri", "Kementerian/Lembaga/Pemerintah Daerah",
                      "Peneliti/Dosen", "PDRB dan Neraca", "Data tidak tersedia",
                      "Laki-laki", "Perempuan", "20–29 tahun", "Datang langsung"):
            assert shown in text, shown


def _xlsx_cells(path: Path) -> list[dict[str, object]]:
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _csv_cells(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_no_raw_code_in_any_export_cell(ctx, clock, tmp_path: Path):
    build_busy_day(ctx, clock)
    for kind in export.KINDS:
        for suffix, read in (("xlsx", _xlsx_cells), ("csv", _csv_cells)):
            result = export.export(ctx, kind, DAY, DAY, tmp_path / f"{kind}.{suffix}")
            rows = read(result.path)
            assert rows, (kind, suffix)
            for row in rows:
                for column, value in row.items():
                    text = "" if value is None else str(value)
                    assert raw_codes_in(text) == set(), (kind, suffix, column, text)
                    if column in SEX_COLUMNS:
                        assert text in ("Laki-laki", "Perempuan"), (kind, column, text)


def test_month_export_of_the_busy_day_is_labelled_too(ctx, clock, tmp_path: Path):
    build_busy_day(ctx, clock)
    result = export.export(ctx, "guestbook", date(2026, 11, 1), date(2026, 11, 30),
                           tmp_path / "bulan.xlsx")
    cells = " ".join(str(v) for row in _xlsx_cells(result.path) for v in row.values())
    assert raw_codes_in(cells) == set()
    assert "Paspor" in cells and "Identitas lain" in cells
