"""The kiosk's staff settings: a PIN (argon2 hash) and the few settings staff may change.

Kept in ``kiosk_staff.json`` beside the configuration file, so the TOML a frontliner edits is
never rewritten by a program. Until a PIN is set there, the PIN is the one given at start
(``Config.kiosk_pin``, from the environment) or the factory PIN ``DEFAULT_PIN``, which the
settings panel asks to change.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pst_kiosk.config import KioskConfig

FILE_NAME = "kiosk_staff.json"
DEFAULT_PIN = "246810"
MIN_PIN = 4
log = logging.getLogger(__name__)
_hasher = PasswordHasher()


@dataclass
class StaffSettings:
    pin_hash: str = ""
    language: str = ""
    idle_timeout_seconds: int = 0

    def effective(self, base: KioskConfig) -> tuple[str, int]:
        """Language and idle timeout: the staff's choice, else the configuration."""
        return (self.language or base.language,
                self.idle_timeout_seconds or base.idle_timeout_seconds)


def settings_path(config_dir: Path) -> Path:
    return config_dir / FILE_NAME


def load(config_dir: Path) -> StaffSettings:
    path = settings_path(config_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return StaffSettings()  # staff have not changed anything yet
    except (OSError, ValueError) as error:  # kept running on the defaults, and said so
        log.error("kiosk staff settings %s unreadable, using the defaults", path, exc_info=error)
        return StaffSettings()
    known = StaffSettings.__dataclass_fields__
    return StaffSettings(**{k: v for k, v in data.items() if k in known})


def save(config_dir: Path, settings: StaffSettings) -> None:
    path = settings_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)


def check_pin(settings: StaffSettings, pin: str, factory_pin: str = "") -> bool:
    """Slow on purpose (argon2): call it off the UI thread. ``factory_pin``: the PIN given at
    start (``Config.kiosk_pin``), used until staff set their own."""
    if not settings.pin_hash:
        return pin == (factory_pin or DEFAULT_PIN)
    try:
        return _hasher.verify(settings.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)
