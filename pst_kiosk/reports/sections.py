"""The sections of the report PDF, one function each, in the order the head of office reads.

Every section is always present, with "Tidak ada data" where a period had nothing, so the
same document shape is signed every day. A range adds the day-by-day trend. Stored codes
(sex, education, outcome, channel, subject…) are shown by their label from the one labels
table, in Indonesian; the figures themselves come formatted by ``fmt`` only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from pst_kiosk.config import Office
from pst_kiosk.domain import ikm
from pst_kiosk.domain.figures import FIGURES, FigureKey
from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.reports import charts, fmt
from pst_kiosk.reports.online_section import online_section
from pst_kiosk.reports.style import (
    BODY,
    BODY_W,
    CELL,
    H1,
    NOTE,
    SIGN,
    SUBTITLE,
    TITLE,
    escape,
    grid,
    table,
)
from pst_kiosk.services.report_data import (
    Count,
    DurationStats,
    GroupFigures,
    QueueFigures,
    ReportData,
)

NO_DATA = "Tidak ada data pada periode ini."
TOP_TOPICS = 10

K = FigureKey


@dataclass
class Sheet:
    """What every section reads: the figures, the office, and the running heading number."""

    data: ReportData
    office: Office
    number: int = field(default=0)

    def heading(self, text: str) -> Paragraph:
        self.number += 1
        return Paragraph(f"{self.number}. {text}", H1)

    @property
    def wait_target(self) -> str:
        return f"s.d. {int(round(self.data.queue.wait.target_seconds / 60))} mnt"

    @property
    def service_target(self) -> str:
        return f"s.d. {int(round(self.data.queue.service.target_seconds / 60))} mnt"


Section = Callable[[Sheet], list[Any]]


def labelled(kind: Kind, counts: Sequence[Count], by_count: bool = True) -> list[Count]:
    """Counts of stored codes under their labels; two values with one label (a code and the
    same word typed in an older guest book) become one row."""
    merged: dict[str, int] = {}
    for count in counts:
        name = label(kind, count.label)
        merged[name] = merged.get(name, 0) + count.count
    rows = [Count(name, n) for name, n in merged.items()]
    return sorted(rows, key=lambda c: (-c.count, c.label)) if by_count else rows


def count_table(title: str, counts: Sequence[Count], width: float) -> Table:
    total = sum(c.count for c in counts)
    rows: list[list[Any]] = [[title, "Jumlah", "%"]]
    for c in counts:
        rows.append([Paragraph(escape(c.label), CELL), fmt.number(c.count),
                     fmt.percent(c.count / total if total else None)])
    if not counts:
        rows.append(["Tidak ada data", "", ""])
    return table(rows, [width - 28 * mm, 14 * mm, 14 * mm])


# ------------------------------------------------------------------------ title
def title_of(data: ReportData) -> tuple[str, str]:
    """("LAPORAN HARIAN", "Senin, 30 November 2026"), a month, or any range."""
    if data.is_single_day:
        return "LAPORAN HARIAN", fmt.long_date(data.start)
    if data.start.day == 1 and data.end == _month_end(data.start):
        return "LAPORAN BULANAN", fmt.month_name(data.start)
    return "LAPORAN PERIODE", (f"{fmt.long_date(data.start, weekday=False)} – "
                               f"{fmt.long_date(data.end, weekday=False)}")


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def title(sheet: Sheet) -> list[Any]:
    name, period = title_of(sheet.data)
    return [Paragraph(f"{name} PELAYANAN STATISTIK TERPADU", TITLE),
            Paragraph(escape(period), SUBTITLE), Spacer(1, 3 * mm)]


# ----------------------------------------------------------------- the queue
def summary(sheet: Sheet) -> list[Any]:
    q, d = sheet.data.queue, sheet.data
    rows = [
        ["Uraian", "Jumlah"],
        [_name(K.VISITS), fmt.number(d.visitors)],
        [_name(K.TICKETS), fmt.number(q.issued)],
        [_name(K.SERVED), fmt.number(q.served)],
        [_name(K.NO_SHOW), fmt.number(q.no_show)],
        ["Dibatalkan", fmt.number(q.cancelled)],
        ["Dialihkan ke layanan lain", fmt.number(q.transferred)],
        [_name(K.CLOSED), fmt.number(q.closed)],
        ["Belum selesai saat laporan dibuat", fmt.number(q.open)],
    ]
    flow: list[Any] = [sheet.heading("Ringkasan")]
    if d.is_empty:
        flow.append(Paragraph("<b>Tidak ada kunjungan pada periode ini.</b>", BODY))
        flow.append(Spacer(1, 2 * mm))
    flow.append(table(rows, [90 * mm, 30 * mm]))
    flow += [Spacer(1, 1.5 * mm), _footnote(K.VISITS, K.TICKETS, K.SERVED, K.CLOSED)]
    return flow


def clocks(sheet: Sheet) -> list[Any]:
    q = sheet.data.queue
    head = ["Jam layanan", "Diukur", "Rata-rata", "Median", "Persentil 90",
            f"Jumlah {sheet.wait_target}", "Persentase"]
    rows = [head, _clock_row(_name(K.WAIT), q.wait), _clock_row(_name(K.WAITED), q.waited),
            _clock_row(_name(K.SERVICE), q.service),
            _clock_row(_name(K.NO_SHOW_WAIT), q.no_show_wait)]
    return [
        sheet.heading("Waktu tunggu dan waktu layanan (standar 10 menit)"),
        table(rows, [38 * mm, 18 * mm, 22 * mm, 22 * mm, 24 * mm, 26 * mm, 24 * mm]),
        Spacer(1, 1.5 * mm),
        Paragraph("Waktu dalam menit:detik, per panggilan. Persentil 90: 9 dari 10 pengunjung "
                  "menunggu/dilayani paling lama selama itu.", NOTE),
        _footnote(K.WAIT, K.WAITED, K.SERVICE, K.NO_SHOW_WAIT),
    ]


def _name(key: FigureKey) -> str:
    return FIGURES[key].name("id")


def _footnote(*keys: FigureKey) -> Paragraph:
    """The figures' own definitions (``domain/figures.py``), quoted, never reworded here."""
    return Paragraph(" ".join(f"<b>{escape(FIGURES[k].name('id'))}</b>: "
                              f"{escape(FIGURES[k].definition('id'))}" for k in keys), NOTE)


def _clock_row(name: str, stats: DurationStats) -> list[str]:
    return [name, fmt.number(stats.count), fmt.duration(stats.mean), fmt.duration(stats.median),
            fmt.duration(stats.p90), fmt.number(stats.within), fmt.percent(stats.share_within)]


def _groups(sheet: Sheet, name: str, first: str, groups: Sequence[GroupFigures],
            by_calls: bool = False) -> list[Any]:
    """Per service: tickets by their final status. Per counter or officer: their own calls
    (a visitor handed over is a call at each counter)."""
    head1 = [first, _name(K.CALLS) if by_calls else "Tiket", "Dilayani", "Tidak hadir",
             "Waktu tunggu (mnt:dtk)", "", "", "", "Waktu layanan", ""]
    head2 = ["", "", "", "", "Rata-rata", "Median", "P90", sheet.wait_target, "Rata-rata",
             sheet.service_target]
    rows: list[list[Any]] = [head1, head2]
    for group in groups:
        rows.append([Paragraph(escape(group.label), CELL),
                     *_group_cells(group.figures, by_calls)])
    flow: list[Any] = [sheet.heading(name)]
    if not groups:
        flow.append(Paragraph(NO_DATA, BODY))
        return flow
    widths = [33 * mm, 15 * mm, 14 * mm, 14 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm,
              16 * mm, 18 * mm]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (3, 1)),
             ((4, 0), (7, 0)), ((8, 0), (9, 0))]
    flow.append(table(rows, widths, header_rows=2, spans=spans))
    if by_calls:
        flow += [Spacer(1, 1.5 * mm), _footnote(K.CALLS)]
    return flow


def _group_cells(q: QueueFigures, by_calls: bool) -> list[str]:
    counts = (q.calls, q.served_calls, q.no_show_calls) if by_calls else \
        (q.issued, q.served, q.no_show)
    return [*(fmt.number(n) for n in counts),
            fmt.duration(q.wait.mean), fmt.duration(q.wait.median), fmt.duration(q.wait.p90),
            fmt.percent(q.wait.share_within), fmt.duration(q.service.mean),
            fmt.percent(q.service.share_within)]


def per_service(sheet: Sheet) -> list[Any]:
    return _groups(sheet, "Menurut layanan", "Layanan", sheet.data.per_service)


def per_counter(sheet: Sheet) -> list[Any]:
    return _groups(sheet, "Menurut loket", "Loket", sheet.data.per_counter, by_calls=True)


def per_officer(sheet: Sheet) -> list[Any]:
    return _groups(sheet, "Menurut petugas", "Petugas", sheet.data.per_officer, by_calls=True)


def arrivals(sheet: Sheet) -> list[Any]:
    data = sheet.data
    name = "Kedatangan per jam" if data.is_single_day else "Kedatangan per jam (seluruh periode)"
    return [KeepTogether([
        sheet.heading(name),
        charts.hourly_arrivals(data.arrivals_by_hour),
        Paragraph("Tiket baru menurut jam pengambilan (WIT); pengalihan antar layanan "
                  f"tidak dihitung. Jumlah: {fmt.number(sum(data.arrivals_by_hour))}.", NOTE),
    ])]


def trend(sheet: Sheet) -> list[Any]:
    """Only in a report of more than one day."""
    data = sheet.data
    if data.is_single_day:
        return []
    flow: list[Any] = [
        CondPageBreak(80 * mm), sheet.heading("Tren harian"),
        charts.daily_volume(data.days), Spacer(1, 2 * mm),
        charts.daily_within(data.days), Spacer(1, 2 * mm),
    ]
    head = ["Tanggal", "Pengunjung", "Tiket", "Dilayani", "Tidak hadir", "Batal",
            "Tunggu rata-rata", f"Tunggu {sheet.wait_target}", f"Layanan {sheet.service_target}"]
    rows: list[list[Any]] = [head]
    for d in data.days:
        rows.append([f"{fmt.DAYS[d.day.weekday()][:3]} {d.day:%d-%m-%Y}",
                     *_trend_cells(d.visitors, d.queue)])
    rows.append(["Jumlah", *_trend_cells(data.visitors, data.queue)])
    widths = [26 * mm, 18 * mm, 15 * mm, 16 * mm, 17 * mm, 13 * mm, 21 * mm, 24 * mm, 24 * mm]
    flow.append(table(rows, widths, total_row=True))
    return flow


def _trend_cells(visitors: int, q: QueueFigures) -> list[str]:
    return [fmt.number(visitors), fmt.number(q.issued), fmt.number(q.served),
            fmt.number(q.no_show), fmt.number(q.cancelled), fmt.duration(q.wait.mean),
            fmt.percent(q.wait.share_within), fmt.percent(q.service.share_within)]


# ------------------------------------------------------------- the visitors
def profile(sheet: Sheet) -> list[Any]:
    """Three narrow tables, then occupation beside the institution types, whose labels
    ("Kementerian/Lembaga/Pemerintah Daerah") need the room of two."""
    p = sheet.data.profile
    flow: list[Any] = [CondPageBreak(60 * mm), sheet.heading("Profil pengunjung")]
    if not sheet.data.visitors:
        flow.append(Paragraph("Tidak ada pengunjung yang mengisi buku tamu pada periode ini.",
                              BODY))
        return flow
    third = BODY_W / 3
    narrow = third - 2 * mm
    first = [count_table("Jenis kelamin", labelled(Kind.SEX, p.sex), narrow),
             count_table("Kelompok umur", labelled(Kind.AGE_GROUP, p.age_group, by_count=False),
                         narrow),
             count_table("Pendidikan", labelled(Kind.EDUCATION, p.education), narrow)]
    second = [count_table("Pekerjaan", labelled(Kind.OCCUPATION, p.occupation), narrow),
              count_table("Jenis instansi", labelled(Kind.INSTITUTION_TYPE, p.institution_type),
                          2 * third - 2 * mm)]
    flow.append(grid([first], [third] * 3, bottom=5))
    flow.append(grid([second], [third, 2 * third], bottom=5))
    return flow


def consultations(sheet: Sheet) -> list[Any]:
    c = sheet.data.consultation
    flow: list[Any] = [CondPageBreak(50 * mm), sheet.heading("Konsultasi")]
    flow.append(Paragraph(f"Catatan konsultasi tersimpan: <b>{fmt.number(c.notes)}</b>", BODY))
    if not c.notes:
        flow.append(Paragraph(NO_DATA, BODY))
        return flow
    all_topics = labelled(Kind.SUBJECT, c.topics)
    topics, rest = all_topics[:TOP_TOPICS], all_topics[TOP_TOPICS:]
    if rest:
        topics.append(Count(f"Lainnya ({len(rest)} topik)", sum(x.count for x in rest)))
    followups = list(c.followups) or [Count("Tidak ada", 0)]
    row = [count_table("Topik konsultasi", topics, 62 * mm),
           count_table("Hasil konsultasi", labelled(Kind.OUTCOME, c.outcomes), 52 * mm),
           count_table("Tindak lanjut ke layanan PST lain", followups, 56 * mm)]
    flow.append(Spacer(1, 2 * mm))
    flow.append(grid([row], [64 * mm, 54 * mm, 56 * mm]))
    return flow


# ----------------------------------------------------- online desk, complaints
def online(sheet: Sheet) -> list[Any]:
    """The online desk's figures, laid out by the desk's own module (``online_section``)."""
    return online_section(sheet.data.online, sheet.heading, NO_DATA)


def complaints(sheet: Sheet) -> list[Any]:
    c = sheet.data.complaints
    rows = [["Uraian", "Jumlah"],
            ["Pengaduan diterima", fmt.number(c.received)],
            ["Sudah dijawab", fmt.number(c.answered)],
            ["Belum dijawab", fmt.number(c.unanswered)]]
    channels = labelled(Kind.CHANNEL, c.by_channel)
    right = count_table("Menurut saluran", channels, 70 * mm) if channels else ""
    return [CondPageBreak(35 * mm), sheet.heading("Pengaduan"),
            grid([[table(rows, [68 * mm, 20 * mm]), right]], [94 * mm, 80 * mm])]


def survey(sheet: Sheet) -> list[Any]:
    result = sheet.data.survey
    flow: list[Any] = [CondPageBreak(60 * mm), sheet.heading("Survei Kepuasan Masyarakat (IKM)")]
    flow.append(Paragraph(f"Responden: <b>{fmt.number(sheet.data.survey_respondents)}</b>", BODY))
    if result is None:
        flow.append(Paragraph(NO_DATA, BODY))
        return flow
    rows: list[list[Any]] = [["Unsur", "Uraian", "Nilai rata-rata (1–4)"]]
    for i, (name, average) in enumerate(zip(ikm.ELEMENT_NAMES, result.element_averages,
                                            strict=True), start=1):
        rows.append([f"U{i}", name, fmt.decimal(average)])
    rows.append(["", "Indeks Kepuasan Masyarakat (IKM)", fmt.decimal(result.index)])
    rows.append(["", "Mutu pelayanan", f"{result.grade} ({result.grade_label})"])
    flow.append(Spacer(1, 1.5 * mm))
    flow.append(table(rows, [14 * mm, 92 * mm, 40 * mm], left_cols=2, bold_last=2))
    flow.append(Paragraph("Permenpan RB No. 14 Tahun 2017: IKM = jumlah (nilai rata-rata unsur × "
                          "1/9) × 25. Mutu A 88,31–100; B 76,61–88,30; C 65,00–76,60; "
                          "D 25,00–64,99.", NOTE))
    return flow


def sign_off(sheet: Sheet) -> list[Any]:
    line = "(.................................................)"
    sign = Table(
        [[Paragraph("Dibuat oleh,<br/>Petugas PST", SIGN),
          Paragraph(f"Mengetahui,<br/>Kepala {escape(sheet.office.name)}", SIGN)],
         ["", ""],
         [Paragraph(line, SIGN), Paragraph(line, SIGN)]],
        colWidths=[BODY_W / 2] * 2, rowHeights=[None, 18 * mm, None], hAlign="LEFT")
    return [Spacer(1, 6 * mm), KeepTogether([sign])]


SECTIONS: tuple[Section, ...] = (
    title, summary, clocks, per_service, per_counter, per_officer, arrivals, trend, profile,
    consultations, online, complaints, survey, sign_off,
)


def story(data: ReportData, office: Office) -> list[Any]:
    """Every flowable of the report, section after section."""
    sheet = Sheet(data, office)
    return [flowable for section in SECTIONS for flowable in section(sheet)]
