"""The words of the online desk's screens: the stored codes (status, channel, close reason,
appointment kind) by their label from the one table (``domain/labels.py``), in the face's
language; the clock's state and the conversation in words, through Qt Linguist (context
``OnlineTexts`` in ``counter_en.ts``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.domain.online_sla import DueKind, DueState
from pst_kiosk.services.online_desk import RequestRow


def language() -> str:
    """The face's language (``counter.messages.language``; imported late: the counter package
    imports this module through its online tab)."""
    from pst_kiosk.gui.counter.messages import language as face_language

    return face_language()


class OnlineTexts(QObject):
    def status(self, status: str) -> str:
        return label(Kind.ONLINE_STATUS, status, language())

    def channel(self, channel: str) -> str:
        return label(Kind.ONLINE_CHANNEL, channel, language())

    def reason(self, reason: str) -> str:
        return label(Kind.CLOSE_REASON, reason, language())

    def kind(self, kind: str) -> str:
        return label(Kind.APPOINTMENT_KIND, kind, language())

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
