"""Spreadsheet exports, the end-of-day export and the CLI, on both backends."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date, datetime, time
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
    assert first["Tiket"] == "K-001" and first["Jam"] == time(8, 0)
    assert first["Tanggal"] == datetime(2026, 11, 30)  # a date cell (openpyxl reads datetime)
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
    # CSV: ISO dates and times, durations in whole seconds
    assert (first["Tanggal"], first["Kode"], first["Status"], first["Diambil"],
            first["Waktu tunggu (detik)"], first["Tunggu s.d. target"],
            first["Waktu layanan (detik)"], first["Layanan s.d. target"], first["Petugas"]) == \
        ("2026-11-30", "K-001", "Selesai", "08:00:00", "150", "Ya", "690", "Tidak",
         "Andi Wijaya")
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
    assert first.status == "done" and len(first.written) == 1 + len(export.KINDS)  # PDF + sheets
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


# ------------------------------------------------------------------ issue 18 findings
def test_xlsx_cells_are_typed_dates_times_and_durations(ctx, clock, tmp_path: Path):
    build_day(ctx, clock)
    result = export.export(ctx, "tickets", DAY, DAY, tmp_path / "tiket.xlsx")
    book = load_workbook(result.path)  # not read-only: number formats are read too
    sheet = book["Tiket Antrean"]
    head = [c.value for c in sheet[1]]
    first = {h: c for h, c in zip(head, sheet[2], strict=True)}
    assert first["Tanggal"].value == datetime(2026, 11, 30)
    assert first["Tanggal"].number_format == "dd-mm-yyyy"
    assert first["Diambil"].value == time(8, 0) and first["Diambil"].is_date
    assert first["Dipanggil"].value == time(8, 2, 30)
    wait = first["Waktu tunggu (mnt:dtk)"]
    assert wait.number_format == "[mm]:ss"
    assert round(wait.value.total_seconds()) == 150
    assert round(first["Waktu layanan (mnt:dtk)"].value.total_seconds()) == 690
    about = dict(book["Keterangan"].iter_rows(values_only=True))
    assert about["Jumlah baris"] == len(SCRIPT)  # a count is a number, not text


def test_a_half_second_rounds_up_in_the_export_as_on_every_face(ctx, clock, tmp_path: Path):
    from datetime import timedelta

    from pst_kiosk.services.queue import QueueService

    queue = QueueService(ctx)
    ticket = queue.issue("K")
    clock.now += timedelta(seconds=592.5)
    queue.call(ticket.id, 1)
    csv_rows = _csv(export.export(ctx, "tickets", ctx.today(), ctx.today(), tmp_path / "t.csv"))
    assert csv_rows[0]["Waktu tunggu (detik)"] == "593"  # not 592 (half to even)
    book = load_workbook(export.export(ctx, "tickets", ctx.today(), ctx.today(),
                                       tmp_path / "t.xlsx").path)
    wait = book["Tiket Antrean"]["K2"].value
    assert round(wait.total_seconds()) == 593


def _csv(result) -> list[dict[str, str]]:
    with result.path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_guest_book_lists_every_ticket_of_a_visit_in_issue_order(ctx, clock, tmp_path: Path):
    """A visit with a kiosk ticket K and a follow-up J: min(code) said J-001."""
    from datetime import timedelta

    from pst_kiosk.services.consultation import ConsultationService
    from pst_kiosk.services.guestbook import GuestBookService
    from pst_kiosk.services.queue import QueueService
    from tests.services.test_guestbook import entry

    done = GuestBookService(ctx).register(entry())
    queue = QueueService(ctx)
    queue.call(done.ticket.id, 1)
    clock.now += timedelta(minutes=5)
    follow_up = ConsultationService(ctx).follow_up(done.ticket.id, "J", None)
    queue.finish(done.ticket.id)
    clock.now += timedelta(minutes=1)
    moved = queue.transfer(follow_up.id, to_service="R")
    rows = _csv(export.export(ctx, "guestbook", ctx.today(), ctx.today(), tmp_path / "g.csv"))
    assert [r["Tiket"] for r in rows] == [f"K-001, J-001, {moved.code}"]


def test_a_past_visit_keeps_the_contact_given_that_day(ctx, clock, tmp_path: Path):
    """A returning visitor's new phone and institution must not rewrite an earlier day."""
    from datetime import timedelta

    from pst_kiosk.services.guestbook import GuestBookService
    from tests.services.test_guestbook import FORM, entry

    book = GuestBookService(ctx)
    book.register(entry())
    first_day = ctx.today()
    clock.now += timedelta(days=1)
    book.register(entry(values={**FORM, "name": "Siti Rahma Dewi", "phone": "081299998888",
                                "institution": "BPS Kota Ternate", "email": "siti@bps.go.id"}))
    past = _csv(export.export(ctx, "guestbook", first_day, first_day, tmp_path / "a.csv"))
    later = _csv(export.export(ctx, "guestbook", ctx.today(), ctx.today(), tmp_path / "b.csv"))
    assert [(r["Nama"], r["Telepon"], r["Instansi"], r["Email"]) for r in past] == \
        [("S*** R***", "0812****7890", "Universitas Khairun", "s***@unkhair.ac.id")]
    assert [(r["Nama"], r["Telepon"], r["Instansi"], r["Email"]) for r in later] == \
        [("S*** R*** D***", "0812****8888", "BPS Kota Ternate", "s***@bps.go.id")]


def test_the_purge_clears_the_visit_snapshot_and_keeps_the_profile(ctx, clock, tmp_path: Path):
    from datetime import timedelta

    from sqlmodel import select

    from pst_kiosk.services.guestbook import GuestBookService
    from pst_kiosk.services.retention import purge
    from pst_kiosk.store.models import Visit
    from tests.services.test_guestbook import entry

    GuestBookService(ctx).register(entry())
    day = ctx.today()
    clock.now += timedelta(days=ctx.config.privacy.retention_days + 1)
    assert purge(ctx).visitors_anonymised == 1
    with ctx.db.read() as session:
        visit = session.exec(select(Visit)).one()
    assert (visit.name, visit.institution, visit.phone, visit.email) == (None,) * 4
    assert (visit.sex, visit.education, visit.occupation) == ("P", "d4s1", "researcher")
    rows = _csv(export.export(ctx, "guestbook", day, day, tmp_path / "g.csv"))
    assert (rows[0]["Nama"], rows[0]["Telepon"], rows[0]["Email"]) == ("", "", "")
    assert rows[0]["Pendidikan"] == "D4/S1"
