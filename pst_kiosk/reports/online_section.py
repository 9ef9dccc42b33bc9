"""The online desk's section of every report PDF: the requests received in the period, judged
against their 3-working-day due instant, in total and per channel (``services/online_desk/
figures``); channels by their label from the one table. ``sections.online`` places it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.reports import fmt
from pst_kiosk.reports.style import BODY, NOTE, table
from pst_kiosk.services.online_desk.figures import OnlineFigures

NOTE_TEXT = ("Permintaan yang diterima pada periode ini, masing-masing dinilai terhadap batas "
             "waktunya: pukul tutup kantor pada hari kerja ketiga setelah hari permintaan "
             "dinyatakan jelas dan lengkap (hari libur nasional, cuti bersama dan hari tutup "
             "kantor tidak dihitung).")


def online_section(o: OnlineFigures, heading: Callable[[str], Any], no_data: str) -> list[Any]:
    share = "–" if o.on_time_share is None else fmt.percent(o.on_time_share)
    rows = [
        ["Uraian", "Jumlah"],
        ["Permintaan diterima", fmt.number(o.received)],
        ["Dinyatakan jelas dan lengkap", fmt.number(o.completed)],
        ["Dijawab", fmt.number(o.answered)],
        ["Dijawab dalam 3 hari kerja", fmt.number(o.answered_on_time)],
        ["Melewati batas 3 hari kerja", fmt.number(o.overdue)],
        ["Ditutup karena tidak ada tanggapan (7 hari)", fmt.number(o.no_response)],
        ["Masih dalam proses", fmt.number(o.still_open)],
        ["Tepat waktu (dari yang sudah dinilai)", share],
    ]
    flow: list[Any] = [CondPageBreak(70 * mm), heading("Konsultasi daring"),
                       table(rows, [88 * mm, 24 * mm])]
    if o.by_channel:
        per = [["Saluran", "Diterima", "Lengkap", "Dijawab", "Tepat waktu", "Terlambat",
                "Tanpa tanggapan"]]
        per += [[label(Kind.ONLINE_CHANNEL, c.channel), *(fmt.number(v) for v in (
            c.received, c.completed, c.answered, c.answered_on_time, c.overdue,
            c.no_response))] for c in o.by_channel]
        flow += [Spacer(1, 2 * mm), table(per, [44 * mm] + [21 * mm] * 6)]
    else:
        flow.append(Paragraph(no_data, BODY))
    flow.append(Paragraph(NOTE_TEXT, NOTE))
    return flow
