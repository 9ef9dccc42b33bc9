"""The online desk's spreadsheet: one row per request received in the period (personal fields
masked, codes by their label), and its figures on the sheet that describes the file."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.reports import masking
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk.figures import for_period

# (title, cell kind of reports.export): instants are local (WIT) date-and-time text cells
HEAD = [("Nomor", "text"), ("Saluran", "text"), ("Diterima (WIT)", "text"), ("Nama", "text"),
        ("Instansi", "text"), ("Email", "text"), ("WhatsApp", "text"), ("Bidang", "text"),
        ("Judul", "text"), ("Lengkap (WIT)", "text"), ("Batas waktu (WIT)", "text"),
        ("Dijawab (WIT)", "text"), ("Tepat waktu", "text"), ("Status", "text"),
        ("Alasan tutup", "text"), ("Pesan", "number")]


def _stamp(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def rows(ctx: ServiceContext, start: date, end: date
         ) -> tuple[list[tuple[str, str]], list[list[Any]], list[tuple[str, Any]]]:
    figures, lines = for_period(ctx, start, end)
    body = [
        [r.number, label(Kind.ONLINE_CHANNEL, r.channel), _stamp(r.received),
         masking.name(r.requester_name), r.institution, masking.email(r.email),
         masking.phone(r.whatsapp), label(Kind.SUBJECT, r.subject), r.title,
         _stamp(r.complete), _stamp(r.due), _stamp(r.answered),
         "" if r.on_time is None else ("Ya" if r.on_time else "Tidak"),
         label(Kind.ONLINE_STATUS, r.status), label(Kind.CLOSE_REASON, r.close_reason),
         r.messages]
        for r in lines
    ]
    info: list[tuple[str, Any]] = [
        ("Diterima", figures.received), ("Lengkap", figures.completed),
        ("Dijawab", figures.answered), ("Dijawab dalam 3 hari kerja", figures.answered_on_time),
        ("Melewati batas 3 hari kerja", figures.overdue),
        ("Ditutup: tidak ada tanggapan", figures.no_response),
        ("Masih dalam proses", figures.still_open),
    ]
    info += [(f"Saluran {label(Kind.ONLINE_CHANNEL, c.channel)}",
              f"diterima {c.received}, lengkap {c.completed}, dijawab {c.answered}, "
              f"tepat waktu {c.answered_on_time}, terlambat {c.overdue}, "
              f"tanpa tanggapan {c.no_response}") for c in figures.by_channel]
    return HEAD, body, info
