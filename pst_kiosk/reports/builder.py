"""The report PDF: one builder, the same sections for a day, a month or any range.

A day shows arrivals per hour; a range adds the day-by-day trend (charts and a table).
Every section is always present, with "Tidak ada data" where a period had nothing, so the
head of office signs the same document shape every day. No money figures anywhere: the
service is free of charge and the footer says so.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pst_kiosk.config import Office
from pst_kiosk.domain import ikm
from pst_kiosk.domain.clock import local_time
from pst_kiosk.reports import charts, fmt
from pst_kiosk.services.report_data import (
    Count,
    DurationStats,
    GroupFigures,
    QueueFigures,
    ReportData,
)

Progress = Callable[[int, str], None]

BLUE = colors.HexColor("#0b4f8a")
BLUE_PALE = colors.HexColor("#e8f0f8")
GRID = colors.HexColor("#b8c4d0")
MUTED = colors.HexColor("#5b6b7c")
TEXT = colors.HexColor("#1d2733")

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
NO_DATA = "Tidak ada data pada periode ini."
FREE = "Layanan ini tidak dipungut biaya"
TOP_TOPICS = 10

SEX = {"L": "Laki-laki", "P": "Perempuan"}
OUTCOMES = {
    "fulfilled": "Terpenuhi",
    "partly": "Terpenuhi sebagian",
    "not_available": "Data tidak tersedia",
    "referred": "Dirujuk",
}
CHANNELS = {
    "web": "Web (pst.bps.go.id)",
    "whatsapp": "WhatsApp",
    "email": "Email",
    "walk_in": "Datang langsung",
    "box": "Kotak saran",
    "sms": "SMS/WA",
}


@dataclass(frozen=True)
class BuiltReport:
    path: Path
    pages: int


# ----------------------------------------------------------------------- styles
def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {"fontName": "Helvetica", "fontSize": 9, "leading": 11.5, "textColor": TEXT}
    return ParagraphStyle(name, **{**base, **kw})


TITLE = _style("title", fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=TA_CENTER,
               textColor=BLUE)
SUBTITLE = _style("subtitle", fontSize=10.5, leading=14, alignment=TA_CENTER)
H1 = _style("h1", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=BLUE,
            spaceBefore=8, spaceAfter=4)
H2 = _style("h2", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=4, spaceAfter=2)
BODY = _style("body")
NOTE = _style("note", fontSize=7.5, leading=9.5, textColor=MUTED)
CELL = _style("cell", fontSize=8, leading=10)
CELL_R = _style("cellr", fontSize=8, leading=10, alignment=TA_RIGHT)
HEAD = _style("head", fontName="Helvetica-Bold", fontSize=7.5, leading=9, textColor=colors.white,
              alignment=TA_CENTER)
SIGN = _style("sign", alignment=TA_CENTER)


def _table(rows: list[list[Any]], widths: Sequence[float], header_rows: int = 1,
           spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
           total_row: bool = False, left_cols: int = 1, bold_last: int = 0) -> Table:
    rows = [[Paragraph(_escape(c), HEAD) if isinstance(c, str) and c else c for c in row]
            for row in rows[:header_rows]] + rows[header_rows:]
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", 7.5),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), BLUE),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (left_cols, header_rows), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, BLUE_PALE]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for a, b in spans:
        style.append(("SPAN", a, b))
    if total_row:
        bold_last = max(bold_last, 1)
    if bold_last:
        style.append(("FONT", (0, -bold_last), (-1, -1), "Helvetica-Bold", 8))
    table.setStyle(TableStyle(style))
    return table


# ------------------------------------------------------------------- sections
class _Sections:
    """The flowables of each section, numbered in order."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.number = 0
        wait_minutes = int(round(data.queue.wait.target_seconds / 60))
        service_minutes = int(round(data.queue.service.target_seconds / 60))
        self.wait_target = f"s.d. {wait_minutes} mnt"
        self.service_target = f"s.d. {service_minutes} mnt"

    def heading(self, text: str) -> Paragraph:
        self.number += 1
        return Paragraph(f"{self.number}. {text}", H1)

    # -- 1. summary
    def summary(self) -> list[Any]:
        q, d = self.data.queue, self.data
        rows = [
            ["Uraian", "Jumlah"],
            ["Pengunjung (buku tamu)", fmt.number(d.visitors)],
            ["Tiket antrean diambil", fmt.number(q.issued)],
            ["Dilayani sampai selesai", fmt.number(q.served)],
            ["Tidak hadir saat dipanggil", fmt.number(q.no_show)],
            ["Dibatalkan", fmt.number(q.cancelled)],
            ["Dialihkan ke layanan lain", fmt.number(q.transferred)],
            ["Belum selesai saat laporan dibuat", fmt.number(q.open)],
        ]
        flow: list[Any] = [self.heading("Ringkasan")]
        if d.is_empty:
            flow.append(Paragraph("<b>Tidak ada kunjungan pada periode ini.</b>", BODY))
            flow.append(Spacer(1, 2 * mm))
        flow.append(_table(rows, [90 * mm, 30 * mm]))
        return flow

    # -- 2. both clocks
    def clocks(self) -> list[Any]:
        q = self.data.queue
        head = ["Jam layanan", "Diukur", "Rata-rata", "Median", "Persentil 90",
                f"Jumlah {self.wait_target}", "Persentase"]
        rows = [head, self._clock_row("Waktu tunggu", q.wait),
                self._clock_row("Lama menunggu", q.waited),
                self._clock_row("Waktu layanan", q.service),
                self._clock_row("Tunggu (tidak hadir)", q.no_show_wait)]
        return [
            self.heading("Waktu tunggu dan waktu layanan (standar 10 menit)"),
            _table(rows, [38 * mm, 18 * mm, 22 * mm, 22 * mm, 24 * mm, 26 * mm, 24 * mm]),
            Spacer(1, 1.5 * mm),
            Paragraph(
                "Waktu dalam menit:detik, per panggilan. Waktu tunggu (standar): dari masuk "
                "antrean, atau dari selesainya pelayanan pengunjung sebelumnya bila lebih akhir, "
                "sampai dipanggil. Lama menunggu: dari masuk antrean (ambil nomor, antre ulang, "
                "dialihkan) sampai dipanggil. Waktu layanan: dari dipanggil sampai loket itu "
                "selesai melayani. Panggilan yang tidak dihadiri dihitung terpisah. Persentil 90: "
                "9 dari 10 pengunjung menunggu/dilayani paling lama selama itu.", NOTE),
        ]

    @staticmethod
    def _clock_row(label: str, stats: DurationStats) -> list[str]:
        return [label, fmt.number(stats.count), fmt.duration(stats.mean),
                fmt.duration(stats.median), fmt.duration(stats.p90), fmt.number(stats.within),
                fmt.percent(stats.share_within)]

    # -- 3, 4, 5: per service, counter, officer
    def groups(self, title: str, first: str, groups: Sequence[GroupFigures],
               by_calls: bool = False) -> list[Any]:
        """Per service: tickets by their final status. Per counter or officer: their own
        calls (a visitor handed over is a call at each counter)."""
        count = "Dipanggil" if by_calls else "Tiket"
        head1 = [first, count, "Dilayani", "Tidak hadir", "Waktu tunggu (mnt:dtk)", "", "", "",
                 "Waktu layanan", ""]
        head2 = ["", "", "", "", "Rata-rata", "Median", "P90", self.wait_target, "Rata-rata",
                 self.service_target]
        rows: list[list[Any]] = [head1, head2]
        for group in groups:
            rows.append([Paragraph(_escape(group.label), CELL),
                         *self._group_cells(group.figures, by_calls)])
        flow: list[Any] = [self.heading(title)]
        if not groups:
            flow.append(Paragraph(NO_DATA, BODY))
            return flow
        widths = [33 * mm, 15 * mm, 14 * mm, 14 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm,
                  16 * mm, 18 * mm]
        spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (3, 1)),
                 ((4, 0), (7, 0)), ((8, 0), (9, 0))]
        flow.append(_table(rows, widths, header_rows=2, spans=spans))
        return flow

    @staticmethod
    def _group_cells(q: QueueFigures, by_calls: bool) -> list[str]:
        counts = (q.calls, q.served_calls, q.no_show_calls) if by_calls else \
            (q.issued, q.served, q.no_show)
        return [*(fmt.number(n) for n in counts),
                fmt.duration(q.wait.mean), fmt.duration(q.wait.median), fmt.duration(q.wait.p90),
                fmt.percent(q.wait.share_within), fmt.duration(q.service.mean),
                fmt.percent(q.service.share_within)]

    # -- arrivals and trend
    def arrivals(self) -> list[Any]:
        label = "Kedatangan per jam" if self.data.is_single_day else \
            "Kedatangan per jam (seluruh periode)"
        return [KeepTogether([
            self.heading(label),
            charts.hourly_arrivals(self.data.arrivals_by_hour),
            Paragraph("Tiket baru menurut jam pengambilan (WIT); pengalihan antar layanan "
                      f"tidak dihitung. Jumlah: {fmt.number(sum(self.data.arrivals_by_hour))}.",
                      NOTE),
        ])]

    def trend(self) -> list[Any]:
        days = self.data.days
        flow: list[Any] = [
            CondPageBreak(80 * mm),
            self.heading("Tren harian"),
            charts.daily_volume(days),
            Spacer(1, 2 * mm),
            charts.daily_within(days),
            Spacer(1, 2 * mm),
        ]
        head = ["Tanggal", "Pengunjung", "Tiket", "Dilayani", "Tidak hadir", "Batal",
                "Tunggu rata-rata", f"Tunggu {self.wait_target}",
                f"Layanan {self.service_target}"]
        rows: list[list[Any]] = [head]
        for d in days:
            q = d.queue
            rows.append([f"{fmt.DAYS[d.day.weekday()][:3]} {d.day:%d-%m-%Y}",
                         fmt.number(d.visitors), fmt.number(q.issued), fmt.number(q.served),
                         fmt.number(q.no_show), fmt.number(q.cancelled), fmt.duration(q.wait.mean),
                         fmt.percent(q.wait.share_within), fmt.percent(q.service.share_within)])
        q = self.data.queue
        rows.append(["Jumlah", fmt.number(self.data.visitors), fmt.number(q.issued),
                     fmt.number(q.served), fmt.number(q.no_show), fmt.number(q.cancelled),
                     fmt.duration(q.wait.mean), fmt.percent(q.wait.share_within),
                     fmt.percent(q.service.share_within)])
        widths = [26 * mm, 18 * mm, 15 * mm, 16 * mm, 17 * mm, 13 * mm, 21 * mm, 24 * mm, 24 * mm]
        flow.append(_table(rows, widths, total_row=True))
        return flow

    # -- profile
    def profile(self) -> list[Any]:
        p = self.data.profile
        parts = [
            ("Jenis kelamin", [Count(SEX.get(c.label, c.label), c.count) for c in p.sex]),
            ("Kelompok umur", list(p.age_group)),
            ("Pendidikan", list(p.education)),
            ("Pekerjaan", list(p.occupation)),
            ("Jenis instansi", list(p.institution_type)),
        ]
        flow: list[Any] = [CondPageBreak(60 * mm), self.heading("Profil pengunjung")]
        if not self.data.visitors:
            flow.append(Paragraph("Tidak ada pengunjung yang mengisi buku tamu pada periode ini.",
                                  BODY))
            return flow
        tables = [_count_table(title, counts, 52 * mm) for title, counts in parts]
        grid = [tables[i:i + 3] for i in range(0, len(tables), 3)]
        grid[-1] += [""] * (3 - len(grid[-1]))
        outer = Table(grid, colWidths=[BODY_W / 3] * 3, hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        flow.append(outer)
        return flow

    # -- consultations
    def consultations(self) -> list[Any]:
        c = self.data.consultation
        flow: list[Any] = [CondPageBreak(50 * mm), self.heading("Konsultasi")]
        flow.append(Paragraph(f"Catatan konsultasi tersimpan: <b>{fmt.number(c.notes)}</b>", BODY))
        if not c.notes:
            flow.append(Paragraph(NO_DATA, BODY))
            return flow
        topics = list(c.topics[:TOP_TOPICS])
        rest = c.topics[TOP_TOPICS:]
        if rest:
            topics.append(Count(f"Lainnya ({len(rest)} topik)", sum(x.count for x in rest)))
        outcomes = [Count(OUTCOMES.get(x.label, x.label), x.count) for x in c.outcomes]
        followups = list(c.followups) or [Count("Tidak ada", 0)]
        row = [_count_table("Topik konsultasi", topics, 62 * mm),
               _count_table("Hasil konsultasi", outcomes, 52 * mm),
               _count_table("Tindak lanjut ke layanan PST lain", followups, 56 * mm)]
        outer = Table([row], colWidths=[64 * mm, 54 * mm, 56 * mm], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        flow.append(Spacer(1, 2 * mm))
        flow.append(outer)
        return flow

    # -- online desk and complaints
    def online(self) -> list[Any]:
        o = self.data.online
        rows = [
            ["Uraian", "Jumlah"],
            ["Permintaan diterima", fmt.number(o.received)],
            ["Dijawab", fmt.number(o.answered)],
            ["Dijawab dalam 3 hari kerja", fmt.number(o.answered_on_time)],
            ["Melewati batas 3 hari kerja", fmt.number(o.overdue)],
            ["Ditutup karena tidak ada tanggapan (7 hari)", fmt.number(o.no_response)],
            ["Masih dalam proses", fmt.number(o.still_open)],
        ]
        channels = [Count(CHANNELS.get(x.label, x.label), x.count) for x in o.by_channel]
        flow: list[Any] = [CondPageBreak(45 * mm), self.heading("Konsultasi daring")]
        left = _table(rows, [68 * mm, 20 * mm])
        right = _count_table("Menurut saluran", channels, 70 * mm) if channels else \
            Paragraph(NO_DATA, BODY)
        outer = Table([[left, right]], colWidths=[94 * mm, 80 * mm], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        flow.append(outer)
        flow.append(Paragraph("Permintaan yang diterima pada periode ini; batas waktu dihitung "
                              "sejak permintaan jelas dan lengkap.", NOTE))
        return flow

    def complaints(self) -> list[Any]:
        c = self.data.complaints
        rows = [["Uraian", "Jumlah"],
                ["Pengaduan diterima", fmt.number(c.received)],
                ["Sudah dijawab", fmt.number(c.answered)],
                ["Belum dijawab", fmt.number(c.unanswered)]]
        channels = [Count(CHANNELS.get(x.label, x.label), x.count) for x in c.by_channel]
        left = _table(rows, [68 * mm, 20 * mm])
        right = _count_table("Menurut saluran", channels, 70 * mm) if channels else ""
        outer = Table([[left, right]], colWidths=[94 * mm, 80 * mm], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [CondPageBreak(35 * mm), self.heading("Pengaduan"), outer]

    # -- survey
    def survey(self) -> list[Any]:
        result = self.data.survey
        flow: list[Any] = [CondPageBreak(60 * mm),
                           self.heading("Survei Kepuasan Masyarakat (IKM)")]
        flow.append(Paragraph(f"Responden: <b>{fmt.number(self.data.survey_respondents)}</b>",
                              BODY))
        if result is None:
            flow.append(Paragraph(NO_DATA, BODY))
            return flow
        rows: list[list[Any]] = [["Unsur", "Uraian", "Nilai rata-rata (1–4)"]]
        for i, (name, average) in enumerate(zip(ikm.ELEMENT_NAMES,
                                                result.element_averages, strict=True), start=1):
            rows.append([f"U{i}", name, fmt.decimal(average)])
        rows.append(["", "Indeks Kepuasan Masyarakat (IKM)", fmt.decimal(result.index)])
        rows.append(["", "Mutu pelayanan", f"{result.grade} ({result.grade_label})"])
        flow.append(Spacer(1, 1.5 * mm))
        flow.append(_table(rows, [14 * mm, 92 * mm, 40 * mm], left_cols=2, bold_last=2))
        flow.append(Paragraph("Permenpan RB No. 14 Tahun 2017: IKM = jumlah (nilai rata-rata unsur × "
                              "1/9) × 25. Mutu A 88,31–100; B 76,61–88,30; C 65,00–76,60; "
                              "D 25,00–64,99.", NOTE))
        return flow

    # -- sign-off
    def sign_off(self, office: Office) -> list[Any]:
        sign = Table(
            [[Paragraph("Dibuat oleh,<br/>Petugas PST", SIGN),
              Paragraph(f"Mengetahui,<br/>Kepala {_escape(office.name)}", SIGN)],
             ["", ""],
             [Paragraph("(.................................................)", SIGN),
              Paragraph("(.................................................)", SIGN)]],
            colWidths=[BODY_W / 2] * 2, rowHeights=[None, 18 * mm, None], hAlign="LEFT")
        return [Spacer(1, 6 * mm), KeepTogether([sign])]


def _count_table(title: str, counts: Sequence[Count], width: float) -> Any:
    total = sum(c.count for c in counts)
    rows: list[list[Any]] = [[title, "Jumlah", "%"]]
    for c in counts:
        rows.append([Paragraph(_escape(c.label), CELL), fmt.number(c.count),
                     fmt.percent(c.count / total if total else None)])
    if not counts:
        rows.append(["Tidak ada data", "", ""])
    return _table(rows, [width - 28 * mm, 14 * mm, 14 * mm])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ page frame
def _title_of(data: ReportData) -> tuple[str, str]:
    if data.is_single_day:
        return "LAPORAN HARIAN", fmt.long_date(data.start)
    month_end = (data.start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if data.start.day == 1 and data.end == month_end:
        return "LAPORAN BULANAN", fmt.month_name(data.start)
    return "LAPORAN PERIODE", (f"{fmt.long_date(data.start, weekday=False)} – "
                               f"{fmt.long_date(data.end, weekday=False)}")


def _draw_mark(canvas: Canvas, x: float, y: float, size: float) -> None:
    """Our own simple mark (not the official BPS logo): "BPS" in a rounded blue box."""
    canvas.setFillColor(BLUE)
    canvas.roundRect(x, y, size, size, size * 0.18, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", size * 0.36)
    canvas.drawCentredString(x + size / 2, y + size * 0.36, "BPS")


def _page_frame(office: Office, short_title: str, generated: str) -> Callable[..., None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_H - 12 * mm
        _draw_mark(canvas, MARGIN, top - 13 * mm, 13 * mm)
        canvas.setFillColor(TEXT)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(MARGIN + 16 * mm, top - 4 * mm, office.name)
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(MARGIN + 16 * mm, top - 8.5 * mm, office.unit)
        canvas.setFillColor(MUTED)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(MARGIN + 16 * mm, top - 12.5 * mm,
                          f"{office.address} · Telp. {office.phone} · {office.website}")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(PAGE_W - MARGIN, top - 4 * mm, short_title)
        canvas.setStrokeColor(BLUE)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 15.5 * mm, PAGE_W - MARGIN, top - 15.5 * mm)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, 14 * mm, PAGE_W - MARGIN, 14 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(MARGIN, 10 * mm, f"Dibuat {generated} oleh PST Kiosk · {FREE}")
        canvas.restoreState()

    return draw


class _NumberedCanvas(Canvas):
    """Writes "Halaman X dari Y" once the page count is known (pages are held until save)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFillColor(MUTED)
            self.setFont("Helvetica", 7.5)
            self.drawRightString(PAGE_W - MARGIN, 10 * mm,
                                 f"Halaman {self._pageNumber} dari {total}")
            super().showPage()
        super().save()


# ---------------------------------------------------------------------- build
def build(data: ReportData, office: Office, out: Path, progress: Progress | None = None) -> \
        BuiltReport:
    """Write the PDF of ``data`` to ``out`` (atomically: a reader never sees half a file)."""
    report = progress or (lambda _p, _m: None)
    title, period = _title_of(data)
    generated = f"{fmt.local_stamp(local_time(data.generated_at, office.zone))} WIT"
    sections = _Sections(data)
    report(55, "Menyusun halaman")
    story: list[Any] = [
        Paragraph(f"{title} PELAYANAN STATISTIK TERPADU", TITLE),
        Paragraph(_escape(period), SUBTITLE),
        Spacer(1, 3 * mm),
        *sections.summary(),
        *sections.clocks(),
        *sections.groups("Menurut layanan", "Layanan", data.per_service),
        *sections.groups("Menurut loket", "Loket", data.per_counter, by_calls=True),
        *sections.groups("Menurut petugas", "Petugas", data.per_officer, by_calls=True),
        *sections.arrivals(),
    ]
    if not data.is_single_day:
        story += sections.trend()
    story += [*sections.profile(), *sections.consultations(), *sections.online(),
              *sections.complaints(), *sections.survey(), *sections.sign_off(office)]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    frame = _page_frame(office, f"{title.title()} · {period}", generated)
    fd, temp = tempfile.mkstemp(prefix=".laporan-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    pages = _Counter()
    try:
        doc = SimpleDocTemplate(
            temp, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=32 * mm,
            bottomMargin=20 * mm, title=f"{title.title()} PST {period}",
            author=office.name, subject=FREE, creator="PST Kiosk",
        )
        report(70, "Menulis PDF")
        doc.build(story, onFirstPage=frame, onLaterPages=frame,
                  canvasmaker=pages.canvas_class())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    report(100, "Selesai")
    return BuiltReport(out, pages.total)


class _Counter:
    """A canvas class per build, so two reports built at once never share a page count."""

    def __init__(self) -> None:
        self.total = 0

    def canvas_class(self) -> type[Canvas]:
        counter = self

        class _Canvas(_NumberedCanvas):
            def save(self) -> None:
                counter.total = len(self._saved)
                super().save()

        return _Canvas


def default_name(start: date, end: date, stem: str = "laporan") -> str:
    if start == end:
        return f"{stem}-harian-{start:%Y-%m-%d}.pdf"
    return f"{stem}-{start:%Y-%m-%d}_{end:%Y-%m-%d}.pdf"
