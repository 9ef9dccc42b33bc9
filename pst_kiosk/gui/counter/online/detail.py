"""One request on the desk: who asked what, its clock, every message both ways, and the
actions it allows now (``domain/online_states``: a button is offered exactly when the service
would take it). The reply box serves the answer, a question to the requester, a message the
requester sent by WhatsApp or phone, and the text handed to WhatsApp."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.enums import OnlineChannel
from pst_kiosk.domain.online_sla import DueKind
from pst_kiosk.domain.online_states import OnlineAction, allows
from pst_kiosk.gui import theme
from pst_kiosk.gui.online_texts import OnlineTexts
from pst_kiosk.palette import PALETTE
from pst_kiosk.services.online_desk import RequestView

A = OnlineAction
SHORTCUTS = {"answer": "Ctrl+Return", "write": "Ctrl+Shift+Return", "complete": "Ctrl+K",
             "receive": "Ctrl+R", "whatsapp": "Ctrl+W", "schedule": "Ctrl+J",
             "close": "Ctrl+Shift+C", "reopen": "Ctrl+Shift+O"}
_NEEDS = {"answer": A.ANSWER, "write": A.WRITE, "complete": A.COMPLETE, "receive": A.RECEIVE,
          "schedule": A.SCHEDULE, "close": A.CLOSE, "reopen": A.REOPEN}
_DUE_COLOUR = {DueKind.OVERDUE: theme.RED, DueKind.DUE_TODAY: theme.AMBER,
               DueKind.ON_TRACK: theme.OK}


class DetailPanel(QWidget):
    actionRequested = Signal(str)  # one of SHORTCUTS' names

    def __init__(self, zone: ZoneInfo, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.now = zone, now
        self.texts = OnlineTexts(self)
        self.view: RequestView | None = None
        self.busy = False
        self.heading = QLabel()
        self.heading.setStyleSheet(f"font-size: 16px; font-weight: 700; color: {theme.BPS_BLUE};")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock = QLabel()
        self.clock.setStyleSheet("font-weight: 700;")
        self.messages = QTextBrowser()
        self.messages.setOpenExternalLinks(False)
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText(self.tr("Tulis jawaban atau pesan…"))
        self.reply.setFixedHeight(72)
        self.channel = QComboBox()
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (name, text) in enumerate(self._labels().items()):
            button = QPushButton(text)
            button.setToolTip(f"{text} — {SHORTCUTS[name].replace('Return', 'Enter')}")
            button.setObjectName(f"online_{name}")
            button.setShortcut(QKeySequence(SHORTCUTS[name]))
            button.clicked.connect(lambda _c=False, n=name: self.actionRequested.emit(n))
            grid.addWidget(button, n // 4, n % 4)
            self.buttons[name] = button
        self.buttons["answer"].setStyleSheet(
            f"QPushButton {{ background: {theme.BPS_BLUE}; color: white; font-weight: 600; }}"
            f"QPushButton:disabled {{ background: {theme.DISABLED}; }}")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lewat")))
        row.addWidget(self.channel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.clock)
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.reply)
        layout.addLayout(row)
        layout.addLayout(grid)
        self.show_request(None)

    def _labels(self) -> dict[str, str]:
        return {"answer": self.tr("Kirim jawaban"), "write": self.tr("Kirim pesan"),
                "complete": self.tr("Tandai lengkap"),
                "receive": self.tr("Catat pesan pemohon"),
                "whatsapp": self.tr("Buka WhatsApp"), "schedule": self.tr("Jadwalkan janji"),
                "close": self.tr("Tutup…"), "reopen": self.tr("Buka kembali")}

    # ------------------------------------------------------------ showing
    def show_request(self, view: RequestView | None) -> None:
        keep = self.view is not None and view is not None and self.view.id == view.id
        self.view = view
        if view is None:
            self.heading.setText(self.tr("Pilih permintaan di daftar"))
            self.facts.setText("")
            self.clock.setText("")
            self.messages.setHtml("")
        else:
            self._show(view)
        if not keep:
            self.reply.clear()
            self._fill_channels()
        self.update_actions()

    def _show(self, view: RequestView) -> None:
        row = view.row
        self.heading.setText(f"{row.number} · {html.escape(row.requester_name)}")
        contact = " · ".join(x for x in (view.whatsapp and f"WA {view.whatsapp}",
                                         view.email, view.institution) if x)
        facts = [self.texts.channel(row.channel) + (f" {view.web_transaction}"
                                                   if view.web_transaction else ""),
                 contact, self.texts.status(row.status)
                 + (f" — {self.texts.reason(row.close_reason)}" if row.close_reason else "")]
        if not view.consent_at:
            facts.append(self.tr("Persetujuan data pribadi belum dicatat"))
        if view.missing:
            facts.append(self.tr("Tadinya kurang: %1").replace("%1", view.missing))
        facts.append(self.tr("Data diminta: %1").replace("%1", view.data_requested or "—"))
        self.facts.setText("\n".join(f for f in facts if f))
        if row.due is not None:
            self.clock.setText(self.texts.due(row.due) + " · " + self.tr("batas %1 WIT").replace(
                "%1", local_time(row.due_at, self.zone).strftime("%d-%m-%Y %H:%M")))
            self.clock.setStyleSheet(f"font-weight: 700; color: {_DUE_COLOUR[row.due.kind]};")
        else:
            self.clock.setText(self.texts.clock(row, self.now()))
            self.clock.setStyleSheet(f"font-weight: 700; color: {theme.TEXT_MUTED};")
        self.messages.setHtml(self._messages_html(view))
        bar = self.messages.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _messages_html(self, view: RequestView) -> str:
        parts = []
        for m in view.messages:
            ours = m.direction == "out"
            who = m.staff_name or self.tr("Petugas") if ours else view.row.requester_name
            when = local_time(m.at, self.zone).strftime("%d-%m-%Y %H:%M")
            kind = self.tr(" · jawaban") if m.kind == "answer" else (
                self.tr(" · balasan otomatis") if m.kind == "auto" else "")
            status = {"pending": self.tr(" · menunggu dikirim"),
                      "sending": self.tr(" · sedang dikirim"),
                      "failed": self.tr(" · GAGAL dikirim: %1").replace("%1", m.send_error),
                      "sent": self.tr(" · terkirim")}.get(m.send_status, "")
            files = "".join(f"<br>📎 {html.escape(a.rsplit('/', 1)[-1])}" for a in m.attachments)
            colour = PALETTE.blue_pale if ours else theme.SURFACE
            parts.append(
                f"<table width='100%' cellpadding='6' style='background:{colour};"
                f"margin-bottom:6px'><tr><td><b>{html.escape(who)}</b> "
                f"<span style='color:{theme.TEXT_MUTED}'>{when} · "
                f"{html.escape(self.texts.channel(m.channel))}{kind}{status}</span><br>"
                f"{html.escape(m.text).replace(chr(10), '<br>')}{files}</td></tr></table>")
        for a in view.appointments:
            when = local_time(a.starts_at, self.zone).strftime("%d-%m-%Y %H:%M")
            line = self.tr("Janji %1 · %2 · kode %3 · %4").replace("%1", when).replace(
                "%2", self.texts.kind(a.kind)).replace("%3", a.code).replace(
                "%4", a.officer_name or "—")
            ticket = f" · {a.ticket_code}" if a.ticket_code else ""
            parts.append(f"<p>📅 <b>{html.escape(line)}</b>{ticket}</p>")
        return "".join(parts)

    def _fill_channels(self) -> None:
        self.channel.clear()
        view = self.view
        if view is None:
            return
        choices = [view.row.channel]
        if view.email and OnlineChannel.EMAIL not in choices:
            choices.append(OnlineChannel.EMAIL)
        if view.whatsapp and OnlineChannel.WHATSAPP not in choices:
            choices.append(OnlineChannel.WHATSAPP)
        for channel in choices:
            self.channel.addItem(self.texts.channel(channel), str(channel))

    def update_actions(self) -> None:
        status = self.view.status if self.view is not None and not self.busy else None
        has_text = bool(self.reply.toPlainText().strip())
        for name, button in self.buttons.items():
            if name == "whatsapp":
                on = status is not None and bool(self.view and self.view.whatsapp)
            else:
                on = allows(_NEEDS[name], status)
                if name in ("answer", "write", "receive"):
                    on = on and has_text
            button.setEnabled(on)

    def text(self) -> str:
        return self.reply.toPlainText().strip()

    def chosen_channel(self) -> str:
        return str(self.channel.currentData() or "")
