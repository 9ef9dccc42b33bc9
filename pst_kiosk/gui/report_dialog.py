"""The supervisor's report dialog: a daily or range PDF, or a masked spreadsheet export.

The work (a year of visits takes a couple of seconds) runs through ``GuiContext.tasks``,
never on the UI thread; the builder's progress steps (``ReportStep``, no text) come back
through ``tasks.to_main`` and are worded here, in the dialog's language (``reports_en.ts``).
Opened lazily from the counter's supervisor view.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.domain.errors import UserError
from pst_kiosk.gui import theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.reports.progress import ReportStep

DAILY, RANGE, GUESTBOOK, TICKETS, NOTES = "daily", "range", "guestbook", "tickets", "notes"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    finished_report = Signal(object)  # the path written

    def __init__(self, gui: GuiContext, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Laporan dan ekspor"))
        self.setMinimumWidth(520)
        services = gui.services
        auto = services.config.reports.auto_export_dir.strip()
        self.folder = folder or (Path(auto).expanduser() if auto else Path.home() / "Laporan PST")
        self._name_edited = False
        self._busy = False
        today = services.today()

        self.kind = QComboBox(objectName="kind")
        for key, label in ((DAILY, self.tr("Laporan harian (PDF)")),
                           (RANGE, self.tr("Laporan bulanan / rentang tanggal (PDF)")),
                           (GUESTBOOK, self.tr("Ekspor buku tamu (Excel)")),
                           (TICKETS, self.tr("Ekspor tiket antrean (Excel)")),
                           (NOTES, self.tr("Ekspor catatan konsultasi (Excel)"))):
            self.kind.addItem(label, key)
        self.start = QDateEdit(_qdate(today), objectName="start", calendarPopup=True)
        self.end = QDateEdit(_qdate(today), objectName="end", calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd-MM-yyyy")
        self.out = QLineEdit(objectName="out")
        browse = QPushButton(self.tr("Pilih…"), objectName="browse")
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Jenis"), self.kind)
        self.start_label = QLabel(self.tr("Tanggal"))
        form.addRow(self.start_label, self.start)
        self.end_label = QLabel(self.tr("Sampai"))
        form.addRow(self.end_label, self.end)
        form.addRow(self.tr("Simpan ke"), out_row)

        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(objectName="status", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr("Data pribadi pada ekspor selalu disamarkan. "
                              "Layanan ini tidak dipungut biaya."), wordWrap=True)
        note.setStyleSheet(f"color: {theme.TEXT_MUTED};")

        self.create = QPushButton(self.tr("Buat"), objectName="create")
        self.create.setDefault(True)
        self.create.clicked.connect(self.start_work)
        close = QPushButton(self.tr("Tutup"), objectName="close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._refresh)
        self.start.dateChanged.connect(self._refresh)
        self.end.dateChanged.connect(self._refresh)
        self.out.textEdited.connect(self._mark_edited)
        self._refresh()

    # ----------------------------------------------------------------- state
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def period(self) -> tuple[date, date]:
        start = _pydate(self.start.date())
        if self.current_kind() == DAILY:
            return start, start
        return start, _pydate(self.end.date())

    def _mark_edited(self) -> None:
        self._name_edited = True

    def _refresh(self) -> None:
        daily = self.current_kind() == DAILY
        self.end.setVisible(not daily)
        self.end_label.setVisible(not daily)
        self.start_label.setText(self.tr("Tanggal") if daily else self.tr("Dari"))
        if not self._name_edited:
            self.out.setText(str(self.folder / self._default_name()))

    def _default_name(self) -> str:
        from pst_kiosk.reports import export
        from pst_kiosk.reports.page import default_name

        start, end = self.period()
        kind = self.current_kind()
        if kind in (DAILY, RANGE):
            return default_name(start, end)
        return export.default_name(kind, start, end, "xlsx")

    def _browse(self) -> None:
        pdf = self.current_kind() in (DAILY, RANGE)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai"), self.out.text(),
            "PDF (*.pdf)" if pdf else "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            self.out.setText(path)
            self._name_edited = True

    # ------------------------------------------------------------------ work
    def start_work(self) -> None:
        if self._busy:
            return
        out = Path(self.out.text().strip()).expanduser()
        if not self.out.text().strip():
            self._show_error(self.tr("Pilih berkas tujuan terlebih dahulu."))
            return
        start, end = self.period()
        kind = self.current_kind()
        services = self.gui.services
        tasks = self.gui.tasks

        def progress(step: ReportStep) -> None:  # on the worker: shown on the UI thread
            tasks.to_main(self._on_step, step.value, owner=self)

        def work() -> dict[str, Any]:
            if kind == DAILY:
                from pst_kiosk.reports.daily import build_daily

                built = build_daily(services, start, out, progress)
                return {"path": built.path, "pages": built.pages}
            if kind == RANGE:
                from pst_kiosk.reports.range_report import build_range

                built = build_range(services, start, end, out, progress)
                return {"path": built.path, "pages": built.pages}
            from pst_kiosk.reports import export

            result = export.export(services, kind, start, end, out, progress=progress)
            return {"path": result.path, "rows": result.rows}

        self._busy = True
        self.create.setEnabled(False)
        self.progress.setValue(2)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sedang dibuat…"))
        self.gui.tasks.run(work, self._on_done, self._on_error, lane=Lane.IO, owner=self,
                           what="report dialog: build")

    def _on_step(self, value: str) -> None:
        step = ReportStep(value)
        if self._busy:  # 100 is shown only once the file is really there (_on_done)
            self.progress.setValue(min(step.percent, 99))
            self.status.setText(self.step_text(step) + "…")

    def step_text(self, step: ReportStep) -> str:
        """How a step of the reports layer reads to the supervisor."""
        return {
            ReportStep.GATHER: self.tr("Mengumpulkan data"),
            ReportStep.BUILD: self.tr("Menyusun halaman"),
            ReportStep.WRITE: self.tr("Menulis berkas"),
            ReportStep.DONE: self.tr("Selesai"),
        }[step]

    def _on_done(self, result: dict[str, Any]) -> None:
        self._busy = False
        self.create.setEnabled(True)
        self.progress.setValue(100)
        if "pages" in result:
            text = self.tr("Selesai: {path} ({pages} halaman)").format(**result)
        else:
            text = self.tr("Selesai: {path} ({rows} baris, data pribadi disamarkan)").format(
                **result)
        self.status.setStyleSheet(f"color: {theme.OK};")
        self.status.setText(text)
        self.finished_report.emit(result["path"])

    def _on_error(self, error: BaseException) -> None:
        self._busy = False
        self.create.setEnabled(True)
        self.progress.setValue(0)
        if isinstance(error, UserError):
            english = QLocale().language() == QLocale.Language.English  # set by i18n
            message = error.message("en" if english else "id")
        elif isinstance(error, OSError):
            message = self.tr("Berkas tidak dapat ditulis: {error}").format(
                error=error.strerror or error)
        else:
            message = self.tr("Laporan gagal dibuat: {error}").format(error=error)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet(f"color: {theme.RED};")
        self.status.setText(message)
