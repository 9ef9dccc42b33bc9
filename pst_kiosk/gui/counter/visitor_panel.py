"""The visitor at the counter: ticket, the two 10-minute clocks, the guest-book entry and
what earlier visits asked and got. The head of the queue's wait clock stays in view while
serving, because the next visitor's promise is running too.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain import sla
from pst_kiosk.domain.clock import as_utc, local_time
from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.gui import labels, theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.refresh import Refresher
from pst_kiosk.gui.labels import Kind
from pst_kiosk.gui.models.queue_table import QueueRow
from pst_kiosk.gui.widgets.clock_badge import ClockBadge
from pst_kiosk.services.consultation import ConsultationService, VisitorCard
from pst_kiosk.services.queue import TicketView


class VisitorPanel(QWidget):
    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.consultation = ConsultationService(gui.services)
        self.ticket: TicketView | None = None
        self.card: VisitorCard | None = None
        self.head: QueueRow | None = None

        self.code = QLabel("—")
        self.code.setStyleSheet(f"font-size: 34pt; font-weight: 800; color: {theme.BPS_BLUE};")
        self.status = QLabel()
        self.status.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.status.setWordWrap(True)
        self.service = QLabel()
        self.service.setWordWrap(True)
        self.wait_clock = ClockBadge(self.tr("Waktu tunggu"), large=True)
        self.service_clock = ClockBadge(self.tr("Waktu layanan"), large=True)
        self.head_clock = ClockBadge(self.tr("Antrean terdepan"), large=True)

        top = QHBoxLayout()
        ticket_box = QVBoxLayout()
        ticket_box.addWidget(self.code)
        ticket_box.addWidget(self.status)
        ticket_box.addWidget(self.service)
        top.addLayout(ticket_box, 1)
        clocks = QHBoxLayout()
        for clock in (self.wait_clock, self.service_clock, self.head_clock):
            clock.setMinimumWidth(100)
            clocks.addWidget(clock)

        self.guest = QGroupBox(self.tr("Buku tamu"))
        form = QFormLayout(self.guest)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Nama")),
            ("institution", self.tr("Instansi")),
            ("profile", self.tr("Pekerjaan / pendidikan")),
            ("purpose", self.tr("Keperluan")),
            ("data_needed", self.tr("Data yang dicari")),
            ("identity", self.tr("Identitas")),
            ("contact", self.tr("Kontak")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.earlier = QTextBrowser()
        self.earlier.setOpenLinks(False)
        earlier_box = QGroupBox(self.tr("Kunjungan sebelumnya"))
        QVBoxLayout(earlier_box).addWidget(self.earlier)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(clocks)
        layout.addWidget(self.guest)
        layout.addWidget(earlier_box, 1)
        self._card_loader = Refresher(self, gui.tasks, self._fetch_card, self._show_card)
        self.show_ticket(None)

    # ------------------------------------------------------------ content
    def show_ticket(self, ticket: TicketView | None) -> None:
        changed_visit = ticket is None or self.ticket is None or ticket.id != self.ticket.id
        self.ticket = ticket
        if ticket is None:
            self.code.setText("—")
            self.status.setText(
                self.tr("Tidak ada pengunjung di loket. Tekan F2 untuk memanggil berikutnya.")
            )
            self.service.clear()
        else:
            self.code.setText(ticket.code)
            self.status.setText(self._status_text(ticket))
            priority = self.tr(" · prioritas") if ticket.priority else ""
            self.service.setText(ticket.service_name_id + priority)
        if changed_visit:
            self._show_card(None)
            if ticket is not None:
                # After the code is on screen: a read started now would take the GIL from
                # the rest of this update (measured 2-5 ms on the call → shown path).
                QTimer.singleShot(0, self, self._load_card)
        self.tick(self.gui.services.now())

    def _status_text(self, ticket: TicketView) -> str:
        if ticket.status == TicketStatus.CALLED:
            text = self.tr("Dipanggil — menunggu pengunjung datang")
            if ticket.call_count > 1:
                text += self.tr(" (panggilan ke-%1)").replace("%1", str(ticket.call_count))
            return text
        if ticket.status == TicketStatus.SERVING:
            return self.tr("Sedang dilayani")
        return labels.text(Kind.TICKET_STATUS, ticket.status)

    def _load_card(self) -> None:
        if self.ticket is not None:
            self._card_loader.refresh()

    def _fetch_card(self) -> tuple[int, VisitorCard | None]:
        ticket = self.ticket
        assert ticket is not None
        return ticket.id, self.consultation.visitor_card(ticket.id)

    def _show_card(self, result: tuple[int, VisitorCard | None] | None) -> None:
        if result is not None and (self.ticket is None or result[0] != self.ticket.id):
            return  # an answer for a visitor who has already left the counter
        card = self.card = result[1] if result else None
        for value in self.fields.values():
            value.clear()
        self.earlier.clear()
        if result is None:
            return
        if card is None:
            self.fields["name"].setText(self.tr("(tidak mengisi buku tamu)"))
            return
        if card.purged:
            self.fields["name"].setText(self.tr("(data pribadi sudah dihapus)"))
        else:
            self.fields["name"].setText(card.name)
        kind = labels.text(Kind.INSTITUTION_TYPE, card.institution_type)
        self.fields["institution"].setText(card.institution + (f" ({kind})" if kind else ""))
        self.fields["profile"].setText(" / ".join(
            x for x in (labels.text(Kind.OCCUPATION, card.occupation),
                        labels.text(Kind.EDUCATION, card.education)) if x
        ))
        self.fields["purpose"].setText(card.purpose)
        self.fields["data_needed"].setText(card.data_needed)
        if card.id_last4:
            id_type = labels.text(Kind.ID_TYPE, card.id_type)
            self.fields["identity"].setText(f"{id_type} ••••{card.id_last4}")
        self.fields["contact"].setText(" · ".join(x for x in (card.phone, card.email) if x))
        self.earlier.setHtml(self._earlier_html(card))

    def _earlier_html(self, card: VisitorCard) -> str:
        if not card.earlier:
            first = self.tr("Kunjungan pertama.")
            return f"<i>{first}</i>"
        asked, given, result = self.tr("diminta"), self.tr("diberikan"), self.tr("hasil")
        parts = []
        for visit in card.earlier:
            head = " · ".join(x for x in (visit.service_name_id, visit.purpose) if x)
            parts.append(f"<p><b>{visit.day:%d-%m-%Y}</b> — {_esc(head)}</p>")
            for note in visit.notes:
                topic = labels.text(Kind.SUBJECT, note.topic)
                parts.append(
                    "<p style='margin-left:12px'>"
                    f"{_esc(note.ticket_code)}: {_esc(topic)};"
                    f" {asked}: {_esc(note.data_requested)};"
                    f" {given}: {_esc(note.data_given)};"
                    f" {result}: {_esc(labels.text(Kind.OUTCOME, note.outcome))}"
                    + (f"<br/><i>{_esc(note.notes)}</i>" if note.notes else "")
                    + (f" — {_esc(note.staff_name)}" if note.staff_name else "")
                    + "</p>"
                )
        return "".join(parts)

    # ------------------------------------------------------------ clocks
    def set_head(self, head: QueueRow | None) -> None:
        self.head = head
        self.head_clock.set_title(
            self.tr("Antrean terdepan") + (f" {head.ticket.code}" if head else "")
        )
        self.tick(self.gui.services.now())

    def tick(self, now: datetime) -> None:
        ticket = self.ticket
        if ticket is None:
            self.wait_clock.set_duration(None)
            self.service_clock.set_duration(None)
        else:
            clocks = ticket.clocks(now)
            self.wait_clock.set_duration(clocks.wait, running=ticket.called_at is None)
            self.service_clock.set_duration(clocks.service)
        head = self.head
        start = head.clock_start or head.wait_start if head else None
        self.head_clock.set_duration(sla.elapsed(as_utc(start), None, now) if start else None)

    def called_at_text(self) -> str:
        if self.ticket is None or self.ticket.called_at is None:
            return ""
        return local_time(self.ticket.called_at, self.gui.services.zone).strftime("%H:%M")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
