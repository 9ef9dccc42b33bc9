"""What each figure of the queue means: one name and one definition, in both languages.

The report's footnotes, the counter's strip (its tooltips) and the spreadsheet headers quote
these, so a figure never reads one way on the counter and another way in the head of office's
PDF. The clocks behind them are defined in ``domain/sla.py``; the reading of the database in
``services/queue_figures.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FigureKey(StrEnum):
    VISITS = "visits"
    TICKETS = "tickets"
    ARRIVALS = "arrivals"
    SERVED = "served"
    NO_SHOW = "no_show"
    CLOSED = "closed"
    CALLS = "calls"
    WAIT = "wait"
    WAITED = "waited"
    NO_SHOW_WAIT = "no_show_wait"
    SERVICE = "service"


@dataclass(frozen=True)
class Figure:
    key: FigureKey
    name_id: str
    name_en: str
    definition_id: str
    definition_en: str

    def name(self, language: str = "id") -> str:
        return self.name_en if language == "en" else self.name_id

    def definition(self, language: str = "id") -> str:
        return self.definition_en if language == "en" else self.definition_id


K = FigureKey
FIGURES: dict[FigureKey, Figure] = {f.key: f for f in (
    Figure(K.VISITS, "Pengunjung (buku tamu)", "Visitors (guest book)",
           "Entri buku tamu pada periode ini, dengan atau tanpa tiket.",
           "Guest-book entries in the period, with or without a ticket."),
    Figure(K.TICKETS, "Tiket antrean diambil", "Queue tickets taken",
           "Tiket yang diambil (di kios, di loket, atau tindak lanjut); tiket yang dibuat "
           "karena pengalihan layanan tidak dihitung lagi.",
           "Tickets taken (at the kiosk, at a counter, or a follow-up); a ticket made by a "
           "transfer to another service is not counted again."),
    Figure(K.ARRIVALS, "Kedatangan per jam", "Arrivals per hour",
           "Tiket antrean diambil, menurut jam pengambilan (waktu setempat).",
           "Queue tickets taken, by the local hour they were taken."),
    Figure(K.SERVED, "Dilayani sampai selesai", "Served to the end",
           "Tiket yang berakhir selesai dilayani; pengunjung yang dialihkan dihitung sekali.",
           "Tickets that ended served; a visitor who was transferred counts once."),
    Figure(K.NO_SHOW, "Tidak hadir saat dipanggil", "Did not come when called",
           "Tiket yang berakhir tidak hadir (tidak antre ulang).",
           "Tickets that ended as no-shows (not re-queued)."),
    Figure(K.CLOSED, "Tidak selesai hari itu", "Not finished that day",
           "Tiket yang masih terbuka saat hari berakhir dan ditutup oleh sistem.",
           "Tickets still open when the day ended, closed by the system."),
    Figure(K.CALLS, "Dipanggil", "Calls",
           "Setiap panggilan ke loket; pengunjung yang diteruskan ke loket lain dipanggil "
           "di setiap loket.",
           "Every call to a counter; a visitor handed over is called at each counter."),
    Figure(K.WAIT, "Waktu tunggu", "Waiting time",
           "Dari masuk antrean, atau dari selesainya pelayanan pengunjung sebelumnya bila "
           "lebih akhir, sampai dipanggil; per panggilan yang dihadiri.",
           "From entering the queue, or from when the visitor before was done with if later, "
           "to the call; per call the visitor came to."),
    Figure(K.WAITED, "Lama menunggu", "Time waited",
           "Dari masuk antrean (ambil nomor, antre ulang, diteruskan) sampai dipanggil.",
           "From entering the queue (ticket taken, re-queued, handed over) to the call."),
    Figure(K.NO_SHOW_WAIT, "Tunggu (tidak hadir)", "Wait (no-shows)",
           "Waktu tunggu panggilan yang tidak dihadiri, dihitung terpisah.",
           "The waiting time of calls nobody came to, counted apart."),
    Figure(K.SERVICE, "Waktu layanan", "Service time",
           "Dari dipanggil sampai loket itu selesai melayani (selesai, diteruskan atau "
           "dialihkan); setiap loket hanya waktunya sendiri.",
           "From the call to when that counter was done (finished, handed over or "
           "transferred); each counter only its own time."),
)}
