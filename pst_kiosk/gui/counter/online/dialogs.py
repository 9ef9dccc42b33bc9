"""The online desk's small forms: a new request, "complete", closing, an appointment.

Each dialog only gathers values; the tab runs the service call off the UI thread and shows a
refusal (``UserError``) in the dialog's own message line, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.enums import OnlineChannel
from pst_kiosk.domain.online_states import close_reasons_for
from pst_kiosk.domain.subjects import SUBJECTS
from pst_kiosk.gui import theme
from pst_kiosk.gui.counter.messages import language
from pst_kiosk.gui.online_texts import OnlineTexts
from pst_kiosk.services.online_desk import NewRequest


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.texts = OnlineTexts(self)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.RED}; font-weight: 600;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class RegisterDialog(_Form):
    """A request that came by WhatsApp, phone, the web or a visitor at the counter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Permintaan baru"), parent)
        self.channel = QComboBox()
        for channel in (c for c in OnlineChannel if c is not OnlineChannel.EMAIL):
            self.channel.addItem(self.texts.channel(channel), channel.value)
        self.name = QLineEdit()
        self.whatsapp = QLineEdit()
        self.whatsapp.setPlaceholderText("08…")
        self.email = QLineEdit()
        self.institution = QLineEdit()
        self.transaction = QLineEdit()
        self.subject = QComboBox()
        self.subject.addItem(self.tr("— pilih bidang —"), "")
        for subject in SUBJECTS:
            self.subject.addItem(subject.name(language()), subject.key)
        self.title_edit = QLineEdit()
        self.data = QPlainTextEdit()
        self.data.setFixedHeight(60)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(self.tr("Tempel pesan pemohon apa adanya (WhatsApp) "
                                                "atau ringkasan telepon"))
        self.message.setFixedHeight(80)
        self.consent = QCheckBox(self.tr("Pemohon menyetujui pemrosesan data pribadinya "
                                         "(UU 27/2022)"))
        for label, widget in (
            (self.tr("Saluran"), self.channel), (self.tr("Nama pemohon"), self.name),
            (self.tr("WhatsApp"), self.whatsapp), (self.tr("Email"), self.email),
            (self.tr("Instansi"), self.institution),
            (self.tr("No. transaksi pst.bps.go.id"), self.transaction),
            (self.tr("Bidang statistik"), self.subject), (self.tr("Judul singkat"),
                                                           self.title_edit),
            (self.tr("Data yang diminta"), self.data), (self.tr("Pesan"), self.message),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.consent)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        self.resize(560, 560)

    def _channel_changed(self) -> None:
        self.transaction.setEnabled(self.channel.currentData() == OnlineChannel.WEB)

    def value(self) -> NewRequest:
        return NewRequest(
            channel=self.channel.currentData(), requester_name=self.name.text(),
            whatsapp=self.whatsapp.text(), email=self.email.text(),
            institution=self.institution.text(), consent=self.consent.isChecked(),
            subject=self.subject.currentData() or "", title=self.title_edit.text(),
            data_requested=self.data.toPlainText(), web_transaction=self.transaction.text(),
            first_message=self.message.toPlainText())


class CompleteDialog(_Form):
    """"Jelas dan lengkap": what was missing, when it came; the clock starts at OK."""

    def __init__(self, zone: ZoneInfo, needs_consent: bool, needs_subject: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Permintaan jelas dan lengkap"), parent)
        self.zone = zone
        self.missing = QLineEdit()
        self.missing.setPlaceholderText(self.tr("kosongkan bila sejak awal lengkap"))
        self.supplied = QCheckBox(self.tr("Kekurangan dilengkapi pada"))
        self.supplied_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.supplied_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.supplied_at.setEnabled(False)
        self.supplied.toggled.connect(self.supplied_at.setEnabled)
        self.consent = QCheckBox(self.tr("Pemohon menyetujui pemrosesan data pribadinya"))
        self.consent.setVisible(needs_consent)
        self.subject = QComboBox()
        for subject in SUBJECTS:
            self.subject.addItem(subject.name(language()), subject.key)
        self.form.addRow(QLabel(self.tr("Batas jawab dihitung mulai sekarang: pukul tutup kantor "
                                        "pada hari kerja ketiga setelah hari ini.")))
        self.form.addRow(self.tr("Yang tadinya kurang"), self.missing)
        self.form.addRow(self.supplied, self.supplied_at)
        if needs_subject:
            self.form.addRow(self.tr("Bidang statistik"), self.subject)
        self.form.addRow(self.consent)
        self.needs_subject = needs_subject

    def supplied_instant(self) -> datetime | None:
        if not self.supplied.isChecked():
            return None
        return _instant(self.supplied_at.dateTime(), self.zone)


class CloseDialog(_Form):
    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tutup permintaan"), parent)
        self.reason = QComboBox()
        for reason in close_reasons_for(status):
            self.reason.addItem(self.texts.reason(reason), reason.value)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.form.addRow(self.tr("Catatan"), self.note)


class AppointmentDialog(_Form):
    """A follow-up at the PST (the kiosk checks it in by its code) or by video."""

    def __init__(self, zone: ZoneInfo, now: datetime, officers: list[tuple[int, str]],
                 own_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Jadwalkan konsultasi lanjutan"), parent)
        self.zone = zone
        self.kind = QComboBox()
        self.kind.addItem(self.texts.kind("walk_in"), "walk_in")
        self.kind.addItem(self.texts.kind("video"), "video")
        start = (now + timedelta(days=1)).astimezone(zone).replace(hour=9, minute=0, second=0,
                                                                    microsecond=0)
        self.starts = QDateTimeEdit(_qt(start, zone))
        self.starts.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.starts.setCalendarPopup(True)
        self.starts.setTime(QTime(9, 0))
        self.officer = QComboBox()
        for staff_id, name in officers:
            self.officer.addItem(name, staff_id)
        self.officer.setCurrentIndex(max(0, self.officer.findData(own_id)))
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://zoom.us/j/…")
        self.form.addRow(self.tr("Cara"), self.kind)
        self.form.addRow(self.tr("Tanggal dan jam (WIT)"), self.starts)
        self.form.addRow(self.tr("Petugas"), self.officer)
        self.form.addRow(self.tr("Tautan rapat"), self.link)
        self.kind.currentIndexChanged.connect(
            lambda: self.link.setEnabled(self.kind.currentData() == "video"))
        self.link.setEnabled(False)

    def starts_at(self) -> datetime:
        return _instant(self.starts.dateTime(), self.zone)


def _qt(value: datetime, zone: ZoneInfo) -> QDateTime:
    """The office's wall-clock time as the edit shows it (its own, zoneless time: what is
    typed is read back the same way by ``_instant``)."""
    local = value.astimezone(zone)
    return QDateTime(local.date(), local.time().replace(tzinfo=None))


def _instant(value: QDateTime, zone: ZoneInfo) -> datetime:
    """What was typed is wall-clock time in the office's zone, whatever the PC's zone is."""
    date, time = value.date().toPython(), value.time().toPython()
    return datetime.combine(date, time, tzinfo=zone)
