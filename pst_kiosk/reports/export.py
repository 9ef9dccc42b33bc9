"""Spreadsheet exports of the guest book, tickets and consultation notes (xlsx or CSV).

Personal fields are always masked (``masking``); stored codes are shown by their label from
the one labels table (Indonesian). The xlsx is written in openpyxl's write-only mode so a
year of tickets streams out without holding a styled workbook in memory; a second sheet says
what the file holds, for whom, and that the data are masked.

Cells are typed, so a spreadsheet can sort, filter and sum them:
- xlsx: dates are date cells (``dd-mm-yyyy``), times are time cells (``hh:mm:ss``, local
  time WIT), durations are time cells (``[mm]:ss``, minutes past 60 keep counting) and
  counts are numbers;
- CSV: dates ISO (``2026-11-30``), times ISO (``08:00:00``, WIT), durations as whole
  seconds (the column title says "(detik)").
Durations are rounded to the second halves up (592.5 s → 593 s), as on every face.

The guest book lists every ticket of a visit in issue order, comma separated ("K-003,
P-001": the ticket taken at the kiosk first, then its follow-ups and transfers), and the
name and contacts given on that visit (``services.export_rows``).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.domain.sla import whole_seconds
from pst_kiosk.reports import fmt, masking, online_export
from pst_kiosk.reports.progress import Progress, ReportStep, no_progress
from pst_kiosk.services import export_rows
from pst_kiosk.services.context import ServiceContext

KINDS = ("guestbook", "tickets", "notes", "online")
FORMATS = ("xlsx", "csv")
MASK_NOTE = "Data pribadi disamarkan (nama, telepon, email; nomor identitas hanya 4 digit akhir)."
CELLS_NOTE = ("Tanggal dan jam (WIT) berupa sel tanggal/jam; waktu tunggu dan waktu layanan "
              "berupa sel waktu menit:detik, dibulatkan ke detik terdekat.")
TITLES = {"guestbook": "Buku Tamu", "tickets": "Tiket Antrean", "notes": "Catatan Konsultasi",
          "online": "Layanan Online"}
HEADER_FILL = "0B4F8A"  # BPS blue, as the PDF's header rows

TEXT, DATE, TIME, DURATION, NUMBER = "text", "date", "time", "duration", "number"
XLSX_FORMATS = {DATE: "dd-mm-yyyy", TIME: "hh:mm:ss", DURATION: "[mm]:ss", NUMBER: "0"}
UNITS = {"xlsx": {DURATION: " (mnt:dtk)"}, "csv": {DURATION: " (detik)"}}


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    rows: int


def _time(value: datetime | None) -> time | None:
    """A local instant as the time of day of its row's date (the cell is naive: WIT)."""
    return value.time().replace(microsecond=0, tzinfo=None) if value else None


def _duration(seconds: float | None) -> timedelta | None:
    return None if seconds is None else timedelta(seconds=whole_seconds(max(seconds, 0.0)))


Table = tuple[list[Column], list[list[Any]]]


def _guestbook(ctx: ServiceContext, start: date, end: date) -> Table:
    head = [Column("Tanggal", DATE), Column("Jam", TIME), Column("Tiket"), Column("Layanan"),
            Column("Nama"), Column("Jenis identitas"), Column("Nomor identitas"),
            Column("Jenis kelamin"), Column("Kelompok umur"), Column("Pendidikan"),
            Column("Pekerjaan"), Column("Instansi"), Column("Jenis instansi"),
            Column("Telepon"), Column("Email"), Column("Keperluan"),
            Column("Data yang dibutuhkan")]
    rows = [
        [r.day, _time(r.time), ", ".join(r.ticket_codes), r.service, masking.name(r.name),
         label(Kind.ID_TYPE, r.id_type), masking.id_number(r.id_last4),
         label(Kind.SEX, r.sex), label(Kind.AGE_GROUP, r.age_group),
         label(Kind.EDUCATION, r.education), label(Kind.OCCUPATION, r.occupation),
         r.institution, label(Kind.INSTITUTION_TYPE, r.institution_type),
         masking.phone(r.phone), masking.email(r.email), r.purpose, r.data_needed]
        for r in export_rows.guest_book_rows(ctx, start, end)
    ]
    return head, rows


def _tickets(ctx: ServiceContext, start: date, end: date) -> Table:
    wait_target = ctx.wait_target.total_seconds()
    service_target = ctx.service_target.total_seconds()
    head = [Column("Tanggal", DATE), Column("Kode"), Column("Layanan"), Column("Status"),
            Column("Prioritas"), Column("Diambil", TIME), Column("Dipanggil", TIME),
            Column("Selesai", TIME), Column("Loket"), Column("Petugas"),
            Column("Waktu tunggu", DURATION), Column("Tunggu s.d. target"),
            Column("Waktu layanan", DURATION), Column("Layanan s.d. target")]

    def within(seconds: float | None, target: float) -> str:  # as the report counts it
        return "" if seconds is None else ("Ya" if seconds <= target else "Tidak")

    rows = [
        [r.day, r.code, r.service, label(Kind.TICKET_STATUS, r.status),
         label(Kind.PRIORITY_REASON, r.priority_reason) if r.priority_reason else "",
         _time(r.issued), _time(r.called), _time(r.finished), r.counter, r.officer,
         _duration(r.wait_seconds), within(r.wait_seconds, wait_target),
         _duration(r.service_seconds), within(r.service_seconds, service_target)]
        for r in export_rows.ticket_rows(ctx, start, end)
    ]
    return head, rows


def _notes(ctx: ServiceContext, start: date, end: date) -> Table:
    head = [Column("Tanggal", DATE), Column("Tiket"), Column("Petugas"), Column("Topik"),
            Column("Data diminta"), Column("Data diberikan"), Column("Hasil"),
            Column("Tindak lanjut"), Column("Catatan")]
    rows = [
        [r.day, r.ticket_code, r.officer, label(Kind.SUBJECT, r.topic), r.data_requested,
         r.data_given, label(Kind.OUTCOME, r.outcome), r.followup, r.notes]
        for r in export_rows.note_rows(ctx, start, end)
    ]
    return head, rows


def _online(ctx: ServiceContext, start: date, end: date) -> Table:
    head, rows, _figures = online_export.rows(ctx, start, end)
    return [Column(title, kind) for title, kind in head], rows


_READERS: dict[str, Callable[[ServiceContext, date, date], Table]] = {
    "guestbook": _guestbook, "tickets": _tickets, "notes": _notes, "online": _online,
}


def _extra_info(ctx: ServiceContext, kind: str, start: date, end: date) -> list[tuple[str, Any]]:
    """The figures the online sheet's description carries (the same as the PDF's)."""
    return online_export.rows(ctx, start, end)[2] if kind == "online" else []


def export(ctx: ServiceContext, kind: str, start: date, end: date, out: Path,
           file_format: str | None = None, progress: Progress | None = None) -> ExportResult:
    """Write one export; the format comes from ``file_format`` or the file's extension."""
    report = progress or no_progress
    out = Path(out)
    file_format = (file_format or out.suffix.lstrip(".") or "xlsx").lower()
    if kind not in _READERS or file_format not in FORMATS:
        raise UserError(
            "export_kind",
            f"Ekspor '{kind}' dalam format '{file_format}' tidak tersedia "
            f"(jenis: {', '.join(KINDS)}; format: xlsx, csv).",
            f"Export '{kind}' as '{file_format}' is not available "
            f"(kinds: {', '.join(KINDS)}; formats: xlsx, csv).",
        )
    report(ReportStep.GATHER)
    columns, rows = _READERS[kind](ctx, start, end)
    period = (fmt.long_date(start, weekday=False) if start == end else
              f"{fmt.long_date(start, weekday=False)} – {fmt.long_date(end, weekday=False)}")
    info = [
        ("Isi", f"{TITLES[kind]} PST"),
        ("Kantor", ctx.config.office.name),
        ("Periode", period),
        ("Jumlah baris", len(rows)),
        ("Dibuat", fmt.local_stamp(ctx.now().astimezone(ctx.zone)) + " WIT"),
        ("Privasi", MASK_NOTE),
        ("Sel", CELLS_NOTE),
        *_extra_info(ctx, kind, start, end),
    ]
    writer = _write_xlsx if file_format == "xlsx" else _write_csv
    report(ReportStep.WRITE)
    _atomic(out, lambda temp: writer(temp, TITLES[kind], columns, rows, info))
    report(ReportStep.DONE)
    return ExportResult(out, kind, len(rows))


def _atomic(out: Path, write: Callable[[Path], None]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".ekspor-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        write(Path(temp))
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _titles(columns: Sequence[Column], file_format: str) -> list[str]:
    units = UNITS[file_format]
    return [c.title + units.get(c.kind, "") for c in columns]


def _csv_value(value: Any) -> Any:
    if isinstance(value, date | time):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, timedelta):
        return int(value.total_seconds())
    return value


def _write_csv(path: Path, _title: str, columns: Sequence[Column],
               rows: Iterable[Sequence[Any]], _info: Sequence[tuple[str, Any]]) -> None:
    # utf-8-sig so that Excel opens the Indonesian text right
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        out = csv.writer(handle)
        out.writerow(_titles(columns, "csv"))
        for row in rows:
            out.writerow([_csv_value(v) for v in row])


def _write_xlsx(path: Path, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]], info: Sequence[tuple[str, Any]]) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    head = _titles(columns, "xlsx")
    for i, text in enumerate(head):
        sheet.column_dimensions[_column(i)].width = max(10, min(40, len(text) + 4))
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    header = []
    for text in head:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    sheet.append(header)
    formats = [XLSX_FORMATS.get(c.kind) for c in columns]
    count = 0
    for row in rows:
        sheet.append([_typed_cell(sheet, v, f) for v, f in zip(row, formats, strict=True)])
        count += 1
    sheet.auto_filter.ref = f"A1:{_column(len(head) - 1)}{count + 1}"
    about = book.create_sheet("Keterangan")
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 90
    for key, value in info:
        about.append([key, value])
    book.save(path)


def _typed_cell(sheet: Any, value: Any, number_format: str | None) -> Any:
    if value is None or value == "" or number_format is None:
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def default_name(kind: str, start: date, end: date, file_format: str) -> str:
    stem = {"guestbook": "buku-tamu", "tickets": "tiket", "notes": "catatan-konsultasi",
            "online": "layanan-online"}[kind]
    period = f"{start:%Y-%m-%d}" if start == end else f"{start:%Y-%m-%d}_{end:%Y-%m-%d}"
    return f"{stem}-{period}.{file_format}"
