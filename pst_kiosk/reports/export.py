"""Spreadsheet exports of the guest book, tickets and consultation notes (xlsx or CSV).

Personal fields are always masked (``masking``). The xlsx is written in openpyxl's
write-only mode so a year of tickets streams out without holding a styled workbook in memory;
a second sheet says what the file holds, for whom, and that the data are masked.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from pst_kiosk.domain.errors import UserError
from pst_kiosk.reports import fmt, masking
from pst_kiosk.reports.builder import OUTCOMES, SEX
from pst_kiosk.services import report_data
from pst_kiosk.services.context import ServiceContext

KINDS = ("guestbook", "tickets", "notes")
FORMATS = ("xlsx", "csv")
MASK_NOTE = "Data pribadi disamarkan (nama, telepon, email; nomor identitas hanya 4 digit akhir)."
STATUS = {
    "waiting": "Menunggu", "called": "Dipanggil", "serving": "Dilayani", "done": "Selesai",
    "no_show": "Tidak hadir", "cancelled": "Dibatalkan", "transferred": "Dialihkan",
}
PRIORITY = {"elderly": "Lansia", "disabled": "Disabilitas", "pregnant": "Ibu hamil",
            "small_children": "Membawa anak kecil"}
TITLES = {"guestbook": "Buku Tamu", "tickets": "Tiket Antrean", "notes": "Catatan Konsultasi"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    rows: int


def _time(value: datetime | None) -> str:
    return value.strftime("%H:%M:%S") if value else ""


def _guestbook(ctx: ServiceContext, start: date, end: date) -> tuple[list[str], list[list[Any]]]:
    head = ["Tanggal", "Jam", "Tiket", "Layanan", "Nama", "Jenis identitas", "Nomor identitas",
            "Jenis kelamin", "Kelompok umur", "Pendidikan", "Pekerjaan", "Instansi",
            "Jenis instansi", "Telepon", "Email", "Keperluan", "Data yang dibutuhkan"]
    rows = [
        [r.day, _time(r.time), r.ticket_code, r.service, masking.name(r.name),
         r.id_type.upper(), masking.id_number(r.id_last4), SEX.get(r.sex, r.sex), r.age_group,
         r.education, r.occupation, r.institution, r.institution_type, masking.phone(r.phone),
         masking.email(r.email), r.purpose, r.data_needed]
        for r in report_data.guest_book_rows(ctx, start, end)
    ]
    return head, rows


def _tickets(ctx: ServiceContext, start: date, end: date) -> tuple[list[str], list[list[Any]]]:
    wait_target = ctx.wait_target.total_seconds()
    service_target = ctx.service_target.total_seconds()
    head = ["Tanggal", "Kode", "Layanan", "Status", "Prioritas", "Diambil", "Dipanggil",
            "Selesai", "Loket", "Petugas", "Waktu tunggu (mnt:dtk)", "Tunggu s.d. target",
            "Waktu layanan (mnt:dtk)", "Layanan s.d. target"]

    def within(seconds: float | None, target: float) -> str:
        return "" if seconds is None else ("Ya" if seconds <= target else "Tidak")

    rows = [
        [r.day, r.code, r.service, STATUS.get(r.status, r.status),
         PRIORITY.get(r.priority_reason, r.priority_reason), _time(r.issued), _time(r.called),
         _time(r.finished), r.counter, r.officer,
         "" if r.wait_seconds is None else fmt.duration(r.wait_seconds),
         within(r.wait_seconds, wait_target),
         "" if r.service_seconds is None else fmt.duration(r.service_seconds),
         within(r.service_seconds, service_target)]
        for r in report_data.ticket_rows(ctx, start, end)
    ]
    return head, rows


def _notes(ctx: ServiceContext, start: date, end: date) -> tuple[list[str], list[list[Any]]]:
    head = ["Tanggal", "Tiket", "Petugas", "Topik", "Data diminta", "Data diberikan", "Hasil",
            "Tindak lanjut", "Catatan"]
    rows = [
        [r.day, r.ticket_code, r.officer, r.topic, r.data_requested, r.data_given,
         OUTCOMES.get(r.outcome, r.outcome), r.followup, r.notes]
        for r in report_data.note_rows(ctx, start, end)
    ]
    return head, rows


_READERS: dict[str, Callable[[ServiceContext, date, date], tuple[list[str], list[list[Any]]]]] = {
    "guestbook": _guestbook, "tickets": _tickets, "notes": _notes,
}


def export(ctx: ServiceContext, kind: str, start: date, end: date, out: Path,
           file_format: str | None = None) -> ExportResult:
    """Write one export; the format comes from ``file_format`` or the file's extension."""
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
    head, rows = _READERS[kind](ctx, start, end)
    period = (fmt.long_date(start, weekday=False) if start == end else
              f"{fmt.long_date(start, weekday=False)} – {fmt.long_date(end, weekday=False)}")
    info = [
        ("Isi", f"{TITLES[kind]} PST"),
        ("Kantor", ctx.config.office.name),
        ("Periode", period),
        ("Jumlah baris", len(rows)),
        ("Dibuat", fmt.local_stamp(ctx.now().astimezone(ctx.zone)) + " WIT"),
        ("Privasi", MASK_NOTE),
    ]
    writer = _write_xlsx if file_format == "xlsx" else _write_csv
    _atomic(out, lambda temp: writer(temp, TITLES[kind], head, rows, info))
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


def _write_csv(path: Path, _title: str, head: Sequence[str], rows: Iterable[Sequence[Any]],
               _info: Sequence[tuple[str, Any]]) -> None:
    # utf-8-sig so that Excel opens the Indonesian text right
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        out = csv.writer(handle)
        out.writerow(head)
        for row in rows:
            out.writerow([v.isoformat() if isinstance(v, date) else v for v in row])


def _write_xlsx(path: Path, title: str, head: Sequence[str], rows: Iterable[Sequence[Any]],
                info: Sequence[tuple[str, Any]]) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    widths = [max(10, min(40, len(h) + 4)) for h in head]
    for i, width in enumerate(widths):
        sheet.column_dimensions[_column(i)].width = width
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="0B4F8A")
    header = []
    for text in head:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append(list(row))
        count += 1
    sheet.auto_filter.ref = f"A1:{_column(len(head) - 1)}{count + 1}"
    about = book.create_sheet("Keterangan")
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 90
    for key, value in info:
        about.append([key, value])
    book.save(path)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def default_name(kind: str, start: date, end: date, file_format: str) -> str:
    stem = {"guestbook": "buku-tamu", "tickets": "tiket", "notes": "catatan-konsultasi"}[kind]
    period = f"{start:%Y-%m-%d}" if start == end else f"{start:%Y-%m-%d}_{end:%Y-%m-%d}"
    return f"{stem}-{period}.{file_format}"
