"""The words of the online desk's screens, translated through Qt Linguist (context
``OnlineTexts`` in ``counter_en.ts``): status, channel, close reason, the clock's state.

Kept in one place so that they move into the product's one table of labels
(``domain/labels.py``) in one step when that table lands."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from pst_kiosk.domain.online_sla import DueKind, DueState
from pst_kiosk.services.online_desk import RequestRow


class OnlineTexts(QObject):
    def status(self, status: str) -> str:
        return {
            "received": self.tr("Diterima (belum lengkap)"),
            "complete": self.tr("Lengkap — perlu dijawab"),
            "answered": self.tr("Dijawab"),
            "closed": self.tr("Ditutup"),
        }.get(status, status)

    def channel(self, channel: str) -> str:
        return {
            "web": self.tr("Web (pst.bps.go.id)"),
            "whatsapp": self.tr("WhatsApp"),
            "email": self.tr("Email"),
            "phone": self.tr("Telepon"),
            "walk_in": self.tr("Datang langsung, lanjut daring"),
        }.get(channel, channel)

    def reason(self, reason: str) -> str:
        return {
            "fulfilled": self.tr("Terpenuhi"),
            "no_response": self.tr("Tidak ada tanggapan (7 hari)"),
            "withdrawn": self.tr("Dibatalkan pemohon"),
            "referred": self.tr("Dirujuk"),
        }.get(reason, reason)

    def kind(self, kind: str) -> str:
        return {"walk_in": self.tr("Datang ke PST"), "video": self.tr("Video (Zoom)")}.get(
            kind, kind)

    def due(self, state: DueState) -> str:
        """The working time left, in words (the colour only repeats it)."""
        if state.kind is DueKind.OVERDUE:
            if state.working_days == 0:
                return self.tr("TERLAMBAT sejak %1").replace(
                    "%1", state.due_local.strftime("%H:%M"))
            return self.tr("TERLAMBAT %1 hari kerja").replace("%1", str(state.working_days))
        if state.kind is DueKind.DUE_TODAY:
            return self.tr("Hari ini s.d. %1").replace("%1", state.due_local.strftime("%H:%M"))
        return self.tr("Sisa %1 hari kerja").replace("%1", str(state.working_days))

    def clock(self, row: RequestRow, now: datetime) -> str:
        """The list's "time" column for any request, not only those with a running clock."""
        if row.due is not None:
            return self.due(row.due)
        if row.status == "closed":
            return self.reason(row.close_reason)
        if row.status == "received":
            return self.tr("Jam belum mulai")
        if row.answered_late:
            return self.tr("Dijawab terlambat")
        return self.tr("Dijawab tepat waktu")

    def conversation(self, row: RequestRow, now: datetime) -> str:
        if row.new_from_requester:
            return self.tr("Pesan baru dari pemohon")
        if row.waiting_for_requester and row.silent_since is not None:
            days = max(0, (now - row.silent_since).days)
            return self.tr("Menunggu pemohon (%1 hari)").replace("%1", str(days))
        return ""
