"""The consultation notes form, saved as a draft while it is typed.

Every edit restarts a short timer; when it fires the form is written as the ticket's draft
(off the UI thread, one save at a time, the newest text winning). Calling the same ticket
again after a crash brings the draft back. The note becomes final when the ticket is
finished. A follow-up to another PST service issues that service's ticket at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.enums import Outcome
from pst_kiosk.domain.subjects import SUBJECTS
from pst_kiosk.gui import labels, theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.messages import describe, language
from pst_kiosk.gui.labels import Kind
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.accounts import StaffView
from pst_kiosk.services.consultation import ConsultationService, NoteFields, NoteView
from pst_kiosk.services.queue import TicketView
from pst_kiosk.services.reference import ServiceInfo

AUTOSAVE_MS = 800


class NotesForm(QGroupBox):
    followUpIssued = Signal(object)  # TicketView
    draftSaved = Signal(object)  # NoteView

    def __init__(self, gui: GuiContext, staff: StaffView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Catatan konsultasi"))
        self.gui, self.staff = gui, staff
        self.consultation = ConsultationService(gui.services)
        self.ticket: TicketView | None = None
        self._loading = False
        self._saving = False
        self._dirty = False
        self._after_save: list[Callable[[], None]] = []

        lang = language()
        self.topic = QComboBox()
        self.topic.addItem(self.tr("— pilih topik —"), "")
        for item in SUBJECTS:
            self.topic.addItem(item.name(lang), item.key)
        self.data_requested = QLineEdit()
        self.data_requested.setPlaceholderText(self.tr("mis. jumlah penduduk per kecamatan 2024"))
        self.data_given = QLineEdit()
        self.data_given.setPlaceholderText(self.tr("mis. tabel BRS, publikasi Dalam Angka"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("— pilih hasil —"), "")
        for value in Outcome:
            self.outcome.addItem(labels.text(Kind.OUTCOME, value), value.value)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Catatan bebas"))
        self.followup_service = QComboBox()
        self.followup_button = QPushButton(self.tr("Buat tiket tindak lanjut"))
        self.followup_button.clicked.connect(self.issue_follow_up)
        self.followup_result = QLabel()
        self.followup_result.setStyleSheet(f"color: {theme.BPS_BLUE}; font-weight: 700;")
        self.state = QLabel()
        self.state.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.RED};")

        form = QFormLayout()
        form.addRow(self.tr("Topik"), self.topic)
        form.addRow(self.tr("Data yang diminta"), self.data_requested)
        form.addRow(self.tr("Yang diberikan"), self.data_given)
        form.addRow(self.tr("Hasil"), self.outcome)
        follow = QHBoxLayout()
        follow.addWidget(self.followup_service, 1)
        follow.addWidget(self.followup_button)
        form.addRow(self.tr("Tindak lanjut"), follow)
        form.addRow("", self.followup_result)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Catatan")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.state)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)
        for combo in (self.topic, self.outcome):
            combo.currentIndexChanged.connect(self._edited)
        for line in (self.data_requested, self.data_given):
            line.textChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.load(None)

    def set_services(self, services: list[ServiceInfo]) -> None:
        self.followup_service.clear()
        for info in services:
            self.followup_service.addItem(f"{info.letter} — {info.name(language())}", info.letter)

    # ------------------------------------------------------------ content
    def fields(self) -> NoteFields:
        return NoteFields(
            topic=self.topic.currentData() or "",
            data_requested=self.data_requested.text().strip(),
            data_given=self.data_given.text().strip(),
            outcome=self.outcome.currentData() or "",
            notes=self.notes.toPlainText().strip(),
        )

    def load(self, ticket: TicketView | None) -> None:
        """Show the form for a ticket (empty, or its saved draft), or disable it."""
        if self.ticket is not None and ticket is not None and ticket.id == self.ticket.id:
            self.ticket = ticket
            return
        self._timer.stop()
        self._dirty = False
        self.ticket = ticket
        self._fill(None)
        self.followup_result.clear()
        self.error.clear()
        self.state.setText("" if ticket else self.tr("Panggil pengunjung untuk mencatat."))
        self.setEnabled(ticket is not None)
        if ticket is not None:
            # The draft is read once the called ticket is on screen (see VisitorPanel).
            QTimer.singleShot(0, self, lambda: self._read_draft(ticket.id))

    def _read_draft(self, ticket_id: int) -> None:
        if self.ticket is None or self.ticket.id != ticket_id:
            return
        self.gui.tasks.run(
            lambda: self.consultation.note(ticket_id, self.staff.id),
            lambda note: self._restored(ticket_id, note),
            self._failed,
            owner=self, what="notes: read the draft",
        )

    def _restored(self, ticket_id: int, note: NoteView | None) -> None:
        if self.ticket is None or self.ticket.id != ticket_id or note is None or self._dirty:
            return
        self._fill(note)
        self.state.setText(self.tr("Draf dipulihkan."))
        if note.followup_ticket_code:
            self._show_follow_up(note.followup_ticket_code)

    def _fill(self, note: NoteView | None) -> None:
        self._loading = True
        try:
            self.topic.setCurrentIndex(max(0, self.topic.findData(note.topic if note else "")))
            self.data_requested.setText(note.data_requested if note else "")
            self.data_given.setText(note.data_given if note else "")
            self.outcome.setCurrentIndex(
                max(0, self.outcome.findData(note.outcome if note else ""))
            )
            self.notes.setPlainText(note.notes if note else "")
        finally:
            self._loading = False

    # ------------------------------------------------------------ drafts
    def _edited(self) -> None:
        if self._loading or self.ticket is None:
            return
        self._dirty = True
        self.state.setText(self.tr("Belum tersimpan…"))
        self._timer.start()

    def save_draft(self) -> None:
        """Write the draft now; a save already running is followed by one more."""
        self._timer.stop()
        if self.ticket is None or not self._dirty:
            return
        if self._saving:
            self._timer.start()
            return
        self._saving, self._dirty = True, False
        ticket_id, fields = self.ticket.id, self.fields()
        self.gui.tasks.run(
            lambda: self.consultation.save_draft(ticket_id, self.staff.id, fields),
            self._saved,
            self._save_failed,
            lane=Lane.ACTION, owner=self, what="notes: save the draft",
        )

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once no draft save is running (before finish, follow-up…), so a
        late draft never lands on a note that has just been made final."""
        self._timer.stop()
        if self._saving:
            self._after_save.append(callback)
        else:
            callback()

    def _run_after_save(self) -> None:
        waiting, self._after_save = self._after_save, []
        for callback in waiting:
            callback()

    def _saved(self, note: NoteView) -> None:
        self._saving = False
        self._run_after_save()
        self.error.clear()
        self.state.setText(
            self.tr("Draf tersimpan %1").replace(
                "%1", note.updated_at.astimezone(self.gui.services.zone).strftime("%H:%M:%S")
            )
        )
        self.draftSaved.emit(note)

    def _save_failed(self, error: BaseException) -> None:
        self._saving, self._dirty = False, True
        self.error.setText(describe(error))
        self._timer.start(AUTOSAVE_MS * 4)
        self._run_after_save()

    def pending(self) -> bool:
        """True while typed text is not yet in the database."""
        return self._dirty or self._saving

    def _failed(self, error: BaseException) -> None:
        self.error.setText(describe(error))

    # ------------------------------------------------------------ follow-up
    def issue_follow_up(self) -> None:
        letter = self.followup_service.currentData()
        if self.ticket is None or not letter:
            return
        ticket_id, fields = self.ticket.id, self.fields()
        self.followup_button.setEnabled(False)

        def work() -> TicketView:
            if not fields.is_empty():
                self.consultation.save_draft(ticket_id, self.staff.id, fields)
            return self.consultation.follow_up(
                ticket_id, letter, self.staff.id, actor=self.staff.actor
            )

        def start() -> None:
            self._dirty = False
            self.gui.tasks.run(work, self._followed_up, self._follow_up_failed,
                               lane=Lane.ACTION, owner=self, what="notes: follow-up ticket")

        self.when_idle(start)

    def _followed_up(self, ticket: TicketView) -> None:
        self.followup_button.setEnabled(True)
        self.error.clear()
        self._show_follow_up(ticket.code)
        self.followUpIssued.emit(ticket)

    def _follow_up_failed(self, error: BaseException) -> None:
        self.followup_button.setEnabled(True)
        self.error.setText(describe(error))

    def _show_follow_up(self, code: str) -> None:
        self.followup_result.setText(self.tr("Tiket tindak lanjut: %1").replace("%1", code))
