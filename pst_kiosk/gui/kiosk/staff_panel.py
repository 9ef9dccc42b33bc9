"""The staff's door into the kiosk: behind a long press on the logo and a PIN, the default
language, the idle timeout, a new PIN and leaving full screen.

The PIN is checked with argon2 (slow on purpose) on the ``ACTION`` lane; the settings are
written beside the configuration file (``staff.py``) on the ``IO`` lane. A failed save is
logged and shown through the kiosk's notice (``gui.tasks`` sinks).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pst_kiosk.gui import i18n
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.kiosk import staff
from pst_kiosk.gui.tasks import Lane

MIN_IDLE_SECONDS, MAX_IDLE_SECONDS = 15, 600


class StaffPanel(QObject):
    openChanged = Signal()
    settingsChanged = Signal()
    unlocked = Signal(bool)
    fullScreenRequested = Signal(bool)

    def __init__(self, gui: GuiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.kiosk_config = gui.services.config.kiosk
        self.factory_pin = gui.services.config.kiosk_pin
        self.config_dir = Path(gui.services.config.path).parent
        self.settings = staff.load(self.config_dir)
        self.is_open = False
        self.allow_close = False

    def effective(self) -> tuple[str, int]:
        """Language and idle timeout: the staff's choice, else the configuration."""
        return self.settings.effective(self.kiosk_config)

    @property
    def pin_is_factory(self) -> bool:
        return not self.settings.pin_hash

    def open(self) -> None:
        self.is_open = True
        self.openChanged.emit()

    def close(self) -> None:
        if self.is_open:
            self.is_open = False
            self.openChanged.emit()

    def unlock(self, pin: str) -> None:
        settings, factory = self.settings, self.factory_pin
        self.gui.tasks.run(
            lambda: staff.check_pin(settings, pin, factory),
            lambda ok: self.unlocked.emit(bool(ok)),
            lambda _error: self.unlocked.emit(False),  # logged by gui.tasks; the door stays shut
            lane=Lane.ACTION, owner=self, what="kiosk: staff PIN",
        )

    def save(self, language: str, idle_seconds: int, new_pin: str) -> int:
        """Keep the new settings; returns the idle timeout now in force."""
        settings = self.settings
        if language in i18n.LANGUAGES:
            settings.language = language
        settings.idle_timeout_seconds = max(MIN_IDLE_SECONDS, min(int(idle_seconds),
                                                                  MAX_IDLE_SECONDS))
        pin, config_dir = new_pin.strip(), self.config_dir

        def write() -> staff.StaffSettings:
            saved = settings
            if len(pin) >= staff.MIN_PIN and pin.isdigit():
                saved = replace(settings, pin_hash=staff.hash_pin(pin))
            staff.save(config_dir, saved)
            return saved

        self.gui.tasks.run(write, self._saved, lane=Lane.IO, owner=self,
                           what="kiosk: save the staff settings")
        return settings.idle_timeout_seconds

    def _saved(self, saved: staff.StaffSettings) -> None:
        """The new PIN counts only once it is on disk (a crash never leaves a PIN nobody
        can type again)."""
        self.settings = saved
        self.settingsChanged.emit()
        self.openChanged.emit()  # pinIsFactory may have changed

    def exit_full_screen(self) -> None:
        """Staff only (the panel is behind the PIN): the window may now leave full screen."""
        self.allow_close = True
        self.fullScreenRequested.emit(False)
