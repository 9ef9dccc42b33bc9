"""The sign-in page: staff account, counter, language; the first admin on a fresh install;
and the lock screen, which asks the same person's password again.

A wrong password is said in words under the field; the service counts the tries and locks
the account for a while after too many (see ``services/accounts.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pst_kiosk.gui import i18n, theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.keyboard import keep_physical_keyboard
from pst_kiosk.gui.counter.messages import describe
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.accounts import AccountService, StaffView
from pst_kiosk.services.reference import CounterInfo, list_counters


class SignInPage(QWidget):
    signedIn = Signal(object, int)  # StaffView, counter number
    signOutRequested = Signal()

    def __init__(
        self, gui: GuiContext, counter: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.gui = gui
        self.accounts = AccountService(gui.services)
        self.preferred_counter = counter
        self.locked_staff: StaffView | None = None
        self.first_run = False
        self.counters: list[CounterInfo] = []

        self.title = QLabel()
        self.title.setStyleSheet(f"font-size: 20pt; font-weight: 700; color: {theme.BPS_BLUE};")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_changed)

        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.counter_box = QComboBox()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.RED}; font-weight: 600;")
        self.submit = QPushButton()
        self.submit.setDefault(True)
        self.submit.clicked.connect(lambda: self._submit())
        self.switch_user = QPushButton()
        self.switch_user.clicked.connect(lambda: self.signOutRequested.emit())
        for field in (self.username, self.password, self.repeat, self.full_name):
            field.returnPressed.connect(self._submit)

        self.form = QFormLayout()
        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet(f"QFrame#card {{ background: {theme.SURFACE}; border-radius: 12px; }}")
        card.setFixedWidth(460)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(8)
        inner.addLayout(self.form)
        inner.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_user)
        buttons.addStretch()
        buttons.addWidget(self.submit)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self.setStyleSheet(f"SignInPage {{ background: {theme.BACKGROUND}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._labels: dict[QWidget, QLabel] = {}
        keep_physical_keyboard(self)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------ state
    def reload(self) -> None:
        """Read the counters and whether any account exists (off the UI thread)."""
        self.submit.setEnabled(False)

        def fetch() -> tuple[list[CounterInfo], bool]:
            return list_counters(self.gui.services.db), self.accounts.has_accounts()

        self.gui.tasks.run(fetch, self._loaded, self._show_error, owner=self,
                           what="sign-in: staff and counters")

    def _loaded(self, result: tuple[list[CounterInfo], bool]) -> None:
        self.counters, has_accounts = result
        self.first_run = not has_accounts
        self.counter_box.clear()
        for info in self.counters:
            self.counter_box.addItem(f"{info.name} ({', '.join(info.letters)})", info.number)
        if self.preferred_counter is not None:
            index = self.counter_box.findData(self.preferred_counter)
            if index >= 0:
                self.counter_box.setCurrentIndex(index)
        self._layout_fields()
        self.submit.setEnabled(True)

    def lock(self, staff: StaffView, counter: int) -> None:
        """The lock screen: the same person, the same counter, only the password to type."""
        self.locked_staff, self.preferred_counter = staff, counter
        self.username.setText(staff.username)
        index = self.counter_box.findData(counter)
        if index >= 0:
            self.counter_box.setCurrentIndex(index)
        self.password.clear()
        self.error.clear()
        self._layout_fields()
        self.password.setFocus()

    def reset(self) -> None:
        """Back to a plain sign-in after signing out."""
        self.locked_staff = None
        self.username.clear()
        self.password.clear()
        self.error.clear()
        self.reload()

    def _layout_fields(self) -> None:
        while self.form.rowCount():
            self.form.takeRow(0)
        for widget in (
            self.full_name,
            self.username,
            self.password,
            self.repeat,
            self.counter_box,
            self.language,
        ):
            widget.hide()
        rows: list[QWidget]
        if self.first_run:
            rows = [self.full_name, self.username, self.password, self.repeat, self.language]
        else:
            rows = [self.username, self.password, self.counter_box, self.language]
        for widget in rows:
            self.form.addRow(self._labels[widget], widget)
            widget.show()
            self._labels[widget].show()
        locked = self.locked_staff is not None
        self.username.setReadOnly(locked)
        self.counter_box.setEnabled(not locked)
        self.switch_user.setVisible(locked)
        keep_physical_keyboard(self)
        self.retranslate()
        (
            self.full_name if self.first_run else self.password if locked else self.username
        ).setFocus()

    # ------------------------------------------------------------ actions
    def _submit(self) -> None:
        if not self.submit.isEnabled():
            return
        self.error.clear()
        username, password = self.username.text(), self.password.text()
        counter = self.counter_box.currentData()
        if self.first_run:
            if password != self.repeat.text():
                self.error.setText(self.tr("Kedua kata sandi tidak sama."))
                return
            name = self.full_name.text()

            def work() -> StaffView:
                self.accounts.create_first_admin(username, name, password)
                first = self.counters[0].number if self.counters else 1
                return self.accounts.sign_in(username, password, counter=counter or first)
        else:
            if counter is None:
                self.error.setText(self.tr("Pilih loket."))
                return

            def work() -> StaffView:
                return self.accounts.sign_in(username, password, counter=counter)

        self.submit.setEnabled(False)
        self.gui.tasks.run(work, self._signed_in, self._refused, lane=Lane.ACTION, owner=self,
                           what="sign-in")

    def _signed_in(self, staff: StaffView) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.repeat.clear()
        counter = self.counter_box.currentData()
        if counter is None:
            counter = self.counters[0].number if self.counters else 1
        self.first_run = False
        self.signedIn.emit(staff, int(counter))

    def _refused(self, error: BaseException) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(describe(error))

    def _language_changed(self) -> None:
        i18n.set_language(self.language.currentData())

    # ------------------------------------------------------------ text
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = {
            self.full_name: self.tr("Nama lengkap"),
            self.username: self.tr("Nama pengguna"),
            self.password: self.tr("Kata sandi"),
            self.repeat: self.tr("Ulangi kata sandi"),
            self.counter_box: self.tr("Loket"),
            self.language: self.tr("Bahasa"),
        }
        for widget, text in labels.items():
            self._labels.setdefault(widget, QLabel()).setText(text)
        self.switch_user.setText(self.tr("Ganti petugas"))
        if self.first_run:
            self.title.setText(self.tr("Buat akun admin pertama"))
            self.subtitle.setText(
                self.tr(
                    "Belum ada akun petugas di basis data ini. Akun pertama menjadi admin; "
                    "petugas lain ditambahkan kemudian dengan 'pst-kiosk staff add'."
                )
            )
            self.submit.setText(self.tr("Buat akun dan masuk"))
        elif self.locked_staff is not None:
            self.title.setText(self.tr("Layar terkunci"))
            self.subtitle.setText(
                self.tr("%1 — masukkan kata sandi untuk melanjutkan.").replace(
                    "%1", self.locked_staff.full_name
                )
            )
            self.submit.setText(self.tr("Buka kunci"))
        else:
            self.title.setText(self.tr("Meja Petugas PST"))
            self.subtitle.setText(self.tr("Masuk dengan akun petugas dan pilih loket."))
            self.submit.setText(self.tr("Masuk"))
