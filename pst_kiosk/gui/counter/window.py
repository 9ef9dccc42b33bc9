"""The counter window: sign-in, then the desk; locked after inactivity, signed out on demand.

Signing in, locking and signing out are recorded by the account service (audit log), which
is where the supervisor's "staff on duty" comes from. Locking keeps the desk as it is behind
the lock screen (a half-typed note stays); signing out saves the draft and drops the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from pst_kiosk.gui import labels, theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.desk import Desk
from pst_kiosk.gui.counter.keyboard import keep_physical_keyboard
from pst_kiosk.gui.counter.messages import describe
from pst_kiosk.gui.counter.signin import SignInPage
from pst_kiosk.gui.labels import Kind
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.accounts import AccountService, StaffView

IDLE_LOCK_MS = 10 * 60 * 1000
MESSAGE_MS = 30_000
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class CounterWindow(QMainWindow):
    def __init__(
        self, gui: GuiContext, counter: int | None = None, idle_lock_ms: int = IDLE_LOCK_MS
    ) -> None:
        super().__init__()
        self.gui = gui
        self.accounts = AccountService(gui.services)
        self.staff: StaffView | None = None
        self.counter: int | None = counter
        self.desk: Desk | None = None
        self.locked = False
        self.stack = QStackedWidget()
        self.sign_in = SignInPage(gui, counter)
        self.sign_in.signedIn.connect(self._signed_in)
        self.sign_in.signOutRequested.connect(self.sign_out)
        self.stack.addWidget(self.sign_in)
        self.setCentralWidget(self.stack)
        self.who = QLabel()
        self.online = QLabel()
        self.statusBar().addWidget(self.who, 1)
        self.statusBar().addPermanentWidget(self.online)
        gui.watcher.onlineChanged.connect(self._online_changed)
        gui.tasks.add_sink(self.show_error, owner=self)
        self._online_changed(gui.watcher.online)
        self.setStyleSheet(f"QMainWindow {{ background: {theme.BACKGROUND}; }}")

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_lock_ms)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._retitle()

    # ------------------------------------------------------------ signing in and out
    def _signed_in(self, staff: StaffView, counter: int) -> None:
        same_desk = self.desk is not None and self.staff == staff and self.counter == counter
        self.staff, self.counter, self.locked = staff, counter, False
        if not same_desk:
            self._drop_desk()
            self.desk = Desk(self.gui, staff, counter)
            self.desk.lockRequested.connect(self.lock)
            self.desk.signOutRequested.connect(self.sign_out)
            self.stack.addWidget(self.desk)
        assert self.desk is not None
        keep_physical_keyboard(self.desk)
        self.stack.setCurrentWidget(self.desk)
        self.desk.setFocus()
        self.idle.start()
        self._retitle()

    def lock(self) -> None:
        """Hide the desk behind the lock screen; the same person unlocks with the password."""
        if self.staff is None or self.counter is None or self.locked:
            return
        self.locked = True
        self.idle.stop()
        if self.desk is not None:
            self.desk.notes.save_draft()
        staff, counter = self.staff, self.counter
        self.gui.tasks.run(
            lambda: self.accounts.sign_out(staff.username, counter=counter, reason="lock"),
            lane=Lane.ACTION, owner=self, what="counter: lock",
        )
        self.sign_in.lock(staff, counter)
        self.stack.setCurrentWidget(self.sign_in)
        self._retitle()

    def sign_out(self) -> None:
        staff, counter = self.staff, self.counter
        self.idle.stop()
        self._drop_desk()
        self.staff, self.locked = None, False
        if staff is not None:
            self.gui.tasks.run(
                lambda: self.accounts.sign_out(staff.username, counter=counter),
                lane=Lane.ACTION, owner=self, what="counter: sign-out",
            )
        self.sign_in.reset()
        self.stack.setCurrentWidget(self.sign_in)
        self._retitle()

    def _drop_desk(self) -> None:
        if self.desk is None:
            return
        self.desk.stop()
        self.stack.removeWidget(self.desk)
        self.desk.deleteLater()
        self.desk = None

    # ------------------------------------------------------------ inactivity
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.staff is not None and not self.locked:
            self.idle.start()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self.desk is not None:
            self.desk.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)  # type: ignore[arg-type]

    # ------------------------------------------------------------ text
    def show_error(self, error: BaseException) -> None:
        """The counter's sink for background errors nobody else showed (``gui.tasks``): the
        desk's message bar while someone is signed in, else the status bar."""
        if self.desk is not None:
            self.desk.show_error(error)
        else:
            self.statusBar().showMessage(describe(error), MESSAGE_MS)

    def _online_changed(self, online: bool) -> None:
        self.online.setText(
            self.tr("Basis data: terhubung")
            if online
            else self.tr("Basis data: TERPUTUS — mencoba lagi…")
        )
        self.online.setStyleSheet(f"color: {theme.OK if online else theme.RED}; font-weight: 600;")

    def _retitle(self) -> None:
        title = self.tr("PST Kiosk — Meja Petugas")
        if self.staff is not None and self.counter is not None:
            title += " — " + self.tr("Loket %1").replace("%1", str(self.counter))
            state = self.tr(" (terkunci)") if self.locked else ""
            self.who.setText(
                self.tr("Petugas: %1 (%2) · Loket %3")
                .replace("%1", self.staff.full_name)
                .replace("%2", labels.text(Kind.ROLE, self.staff.role))
                .replace("%3", str(self.counter))
                + state
            )
        else:
            self.who.setText(self.tr("Belum masuk"))
        self.setWindowTitle(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle()
            self._online_changed(self.gui.watcher.online)
        super().changeEvent(event)
