"""The mail settings: the [mail] section of the configuration plus the credentials file
beside it, which must be readable by its owner only and never reaches the database or the log.

The file is TOML::

    [imap]
    username = "bps8200@bps.go.id"
    password = "…"

    [smtp]            # optional: the IMAP login is used when absent
    username = "…"
    password = "…"
"""

from __future__ import annotations

import os
import ssl
import stat
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pst_kiosk.config import Config, MailConfig
from pst_kiosk.domain.errors import UserError


@dataclass(frozen=True)
class Login:
    username: str
    password: str

    def __repr__(self) -> str:  # never a password in a log or a traceback
        return f"Login(username={self.username!r}, password=***)"


@dataclass(frozen=True)
class MailSettings:
    mail: MailConfig
    imap: Login
    smtp: Login

    @property
    def mailbox_key(self) -> str:
        """Which mailbox a UID belongs to: user@host/folder (a UID means nothing elsewhere)."""
        return f"{self.imap.username}@{self.mail.imap_host}/{self.mail.mailbox}"[:200]

    def tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.mail.ca_file:
            context.load_verify_locations(cafile=str(Path(self.mail.ca_file).expanduser()))
        return context


def mail_disabled() -> UserError:
    return UserError("mail_disabled",
                     "Email belum diaktifkan: isi [mail] di berkas konfigurasi (enabled = true).",
                     "Email is not enabled: fill in [mail] in the configuration (enabled = true).")


def load(config: Config) -> MailSettings:
    """The settings, or a ``UserError`` that says exactly what to fix."""
    mail = config.mail
    if not mail.enabled:
        raise mail_disabled()
    path = mail.credentials_path(config.path)
    data = _read_credentials(path)
    imap = _login(path, data, "imap")
    smtp = _login(path, data, "smtp") if "smtp" in data else imap
    return MailSettings(mail, imap, smtp)


def _read_credentials(path: Path) -> dict[str, object]:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError(
            "mail_credentials_missing",
            f"Berkas kredensial email tidak ada: {path}. Buat berkas itu dengan bagian [imap] "
            "(username, password) lalu jalankan: chmod 600 " + str(path),
            f"The mail credentials file is missing: {path}. Create it with an [imap] section "
            "(username, password), then run: chmod 600 " + str(path),
            path=str(path)) from None
    if sys.platform != "win32" and stat.S_IMODE(info.st_mode) & 0o077:
        raise UserError(
            "mail_credentials_open",
            f"Berkas kredensial email {path} dapat dibaca orang lain "
            f"(izin {stat.S_IMODE(info.st_mode):o}). Jalankan: chmod 600 {path}",
            f"The mail credentials file {path} is readable by others "
            f"(mode {stat.S_IMODE(info.st_mode):o}). Run: chmod 600 {path}",
            path=str(path))
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except PermissionError:
        raise UserError(
            "mail_credentials_unreadable",
            f"Berkas kredensial email {path} tidak dapat dibaca oleh pengguna ini "
            f"({_user()}).",
            f"The mail credentials file {path} cannot be read by this user ({_user()}).",
            path=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(
            "mail_credentials_invalid",
            f"Berkas kredensial email {path} bukan TOML yang sah ({type(exc).__name__}).",
            f"The mail credentials file {path} is not valid TOML ({type(exc).__name__}).",
            path=str(path)) from None


def _login(path: Path, data: dict[str, object], section: str) -> Login:
    values = data.get(section)
    if not isinstance(values, dict) or not values.get("username") or not values.get("password"):
        raise UserError(
            "mail_credentials_invalid",
            f"Berkas kredensial email {path}: bagian [{section}] harus berisi username dan "
            "password.",
            f"The mail credentials file {path}: the [{section}] section needs a username and a "
            "password.",
            path=str(path))
    return Login(str(values["username"]), str(values["password"]))


def _user() -> str:
    try:
        return os.getlogin()
    except OSError:
        return str(os.getuid()) if hasattr(os, "getuid") else "?"
