"""The configuration: one TOML file and the environment, read once into one validated object.

A missing file is created from the bundled sample; a broken one is refused with its line and
the reason, never silently replaced (a frontliner's edits are never lost).

The environment overrides (``ENVIRONMENT``) are read here, by ``load``, and nowhere else: a
face, the CLI and every layer below them receive the resolved ``Config``, so a variable read
at two moments can never give two answers in one process. For the database the command line
beats the environment, which beats the file, which beats SQLite in the data folder.
"""

from __future__ import annotations

import os
import re
import shutil
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pst_kiosk import paths
from pst_kiosk.domain.clock import DEFAULT_TIMEZONE
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.online_sla import OfficeHours
from pst_kiosk.store.engine import sqlite_url


class ConfigError(UserError):
    def __init__(self, path: Path, reason_id: str, reason_en: str, line: int | None = None):
        where = f"{path}" + (f", baris {line}" if line else "")
        where_en = f"{path}" + (f", line {line}" if line else "")
        super().__init__(
            "config_invalid",
            f"Berkas konfigurasi tidak dapat dipakai ({where}): {reason_id}",
            f"The configuration file cannot be used ({where_en}): {reason_en}",
            path=str(path),
            line=line or 0,
        )
        self.line = line


@dataclass(frozen=True)
class Office:
    name: str = "BPS Provinsi Maluku Utara"
    unit: str = "Pelayanan Statistik Terpadu (PST)"
    address: str = "Jl. Stadion No 65 Ternate"
    phone: str = "(0921) 3126301"
    website: str = "malut.bps.go.id"
    timezone: str = DEFAULT_TIMEZONE

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class ServiceConfig:
    letter: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class CounterConfig:
    number: int
    name: str
    services: tuple[str, ...]


@dataclass(frozen=True)
class QueueConfig:
    wait_target_minutes: int = 10
    service_target_minutes: int = 10
    requeue_grace_minutes: int = 60


@dataclass(frozen=True)
class PrinterConfig:
    connection: str = "none"
    host: str = "127.0.0.1"
    port: int = 9100
    profile: str = "TM-T88III"
    usb_vendor_id: int = 0x0416
    usb_product_id: int = 0x5011
    serial_device: str = "/dev/ttyUSB0"
    serial_baudrate: int = 9600
    printer_name: str = ""
    file_path: str = ""
    timeout_seconds: float = 2.0


@dataclass(frozen=True)
class KioskConfig:
    idle_timeout_seconds: int = 60
    ticket_screen_seconds: int = 10
    photo_enabled: bool = False
    language: str = "id"


@dataclass(frozen=True)
class BoardConfig:
    announce_english: bool = False
    voice: str = "auto"


@dataclass(frozen=True)
class PrivacyConfig:
    retention_days: int = 730
    photo_retention_days: int = 30


@dataclass(frozen=True)
class ReportsConfig:
    auto_export_dir: str = ""


ENVIRONMENT = {
    "PST_CONFIG": "the configuration file",
    "PST_DATABASE_URL": "the database (beats [database] url)",
    "PST_DATA_DIR": "the data folder (the default SQLite database, logs)",
    "PST_ID_HASH_KEY": "the key of the keyed ID hash, hex (else id_hash.key beside the file)",
    "PST_KIOSK_PIN": "the kiosk's staff PIN until staff set their own",
    "PST_EXIT_AFTER_MS": "open the faces, then quit after this many ms (installation checks)",
}


@dataclass(frozen=True)
class Overrides:
    """What the environment says, read once (``from_environment``) when ``load`` runs."""

    config_path: str = ""
    database_url: str = ""
    data_dir: str = ""
    id_hash_key: str = field(default="", repr=False)
    kiosk_pin: str = field(default="", repr=False)
    exit_after_ms: int = 0

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Overrides:
        env = os.environ if environ is None else environ

        def value(name: str) -> str:
            return env.get(name, "").strip()

        exit_after = value("PST_EXIT_AFTER_MS")
        return cls(
            config_path=value("PST_CONFIG"),
            database_url=value("PST_DATABASE_URL"),
            data_dir=value("PST_DATA_DIR"),
            id_hash_key=value("PST_ID_HASH_KEY"),
            kiosk_pin=value("PST_KIOSK_PIN"),
            exit_after_ms=int(exit_after) if exit_after.isdigit() else 0,
        )


@dataclass(frozen=True)
class OnlineConfig:
    """The online desk: office hours (the due rule of ``domain/online_sla``), the office's
    WhatsApp number as requesters know it, the service an appointment's ticket is for."""

    office_hours: str = "07:30-16:00"  # Monday to Thursday
    friday_hours: str = "07:30-16:30"
    whatsapp_number: str = "082353126066"
    appointment_service: str = "K"

    @property
    def hours(self) -> OfficeHours:
        return OfficeHours.parse(self.office_hours, self.friday_hours)


@dataclass(frozen=True)
class MailConfig:
    """The office mailbox read over IMAP and answered over SMTP, both with TLS. The user names
    and passwords are in ``credentials_file`` beside this file (owner-only), never here."""

    enabled: bool = False
    address: str = "bps8200@bps.go.id"
    display_name: str = "PST BPS Provinsi Maluku Utara"
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "ssl"  # ssl (IMAPS) | starttls
    mailbox: str = "INBOX"
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_security: str = "ssl"  # ssl (SMTPS) | starttls
    credentials_file: str = "mail_credentials.toml"
    ca_file: str = ""  # an extra certificate authority to trust (the office's own)
    fetch_every_minutes: int = 5
    timeout_seconds: float = 20.0

    def credentials_path(self, config_path: Path) -> Path:
        path = Path(self.credentials_file).expanduser()
        return path if path.is_absolute() else config_path.parent / path


@dataclass(frozen=True)
class Config:
    """Everything a process was started with: the file's sections and the overrides.

    ``database_url`` is the URL in use (never empty after ``load``); ``data_dir`` the data
    folder of the start; ``id_hash_key`` and ``kiosk_pin`` the environment's secrets, or ""
    (then the key file beside the configuration, and the factory PIN).
    """

    path: Path
    office: Office = field(default_factory=Office)
    database_url: str = ""
    services: tuple[ServiceConfig, ...] = ()
    counters: tuple[CounterConfig, ...] = ()
    queue: QueueConfig = field(default_factory=QueueConfig)
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    board: BoardConfig = field(default_factory=BoardConfig)
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    reports: ReportsConfig = field(default_factory=ReportsConfig)
    data_dir: Path = field(default_factory=paths.data_dir)
    id_hash_key: str = field(default="", repr=False)
    kiosk_pin: str = field(default="", repr=False)
    exit_after_ms: int = 0
    online: OnlineConfig = field(default_factory=OnlineConfig)
    mail: MailConfig = field(default_factory=MailConfig)

    @property
    def zone(self) -> ZoneInfo:
        return self.office.zone

    def effective_database_url(self) -> str:
        """The database in use: as resolved by ``load``, else SQLite in the data folder."""
        return self.database_url or sqlite_url(paths.default_database_path(self.data_dir))


def sample_path() -> Path:
    return paths.resources_dir() / "sample_config.toml"


def load(
    path: Path | str | None = None,
    *,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read the configuration, creating it from the sample when missing, and resolve the
    overrides: ``database_url`` (the command line's), then the environment (``environ``,
    by default this process's, read now and only now), then the file."""
    env = Overrides.from_environment(environ)
    path = Path(path) if path else paths.config_path(env.config_path)
    config = _read(path)
    data_dir = paths.data_dir(env.data_dir)
    url = (
        database_url
        or env.database_url
        or config.database_url
        or sqlite_url(paths.default_database_path(data_dir))
    )
    return replace(
        config,
        database_url=url,
        data_dir=data_dir,
        id_hash_key=env.id_hash_key,
        kiosk_pin=env.kiosk_pin,
        exit_after_ms=env.exit_after_ms,
    )


def _read(path: Path) -> Config:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample_path(), path)
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        reason = getattr(exc, "msg", str(exc))
        raise ConfigError(path, f"TOML tidak sah: {reason}", f"invalid TOML: {reason}", line) from exc
    return _build(path, raw, data)


def _line_from_message(message: str) -> int | None:
    """Python 3.11's TOMLDecodeError has no ``lineno``; its message says "(at line N, …)"."""
    match = re.search(r"at line (\d+)", message)
    return int(match.group(1)) if match else None


def _line_of(raw: str, needle: str) -> int | None:
    for number, line in enumerate(raw.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _section(path: Path, raw: str, data: dict[str, Any], name: str, kind: type) -> Any:
    values = data.get(name, {})
    if not isinstance(values, dict):
        raise ConfigError(path, f"[{name}] harus berupa tabel", f"[{name}] must be a table")
    known = set(kind.__dataclass_fields__)
    for key in values:
        if key not in known:
            raise ConfigError(
                path,
                f"kunci '{key}' tidak dikenal di [{name}]",
                f"unknown key '{key}' in [{name}]",
                _line_of(raw, key),
            )
    defaults = kind()
    for key, value in values.items():
        expected = type(getattr(defaults, key))
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int))
        if not ok or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                path,
                f"'{key}' di [{name}] harus bertipe {expected.__name__}",
                f"'{key}' in [{name}] must be of type {expected.__name__}",
                _line_of(raw, key),
            )
    return kind(**values)


def _build(path: Path, raw: str, data: dict[str, Any]) -> Config:
    office = _section(path, raw, data, "office", Office)
    try:
        ZoneInfo(office.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            path,
            f"zona waktu '{office.timezone}' tidak dikenal",
            f"unknown time zone '{office.timezone}'",
            _line_of(raw, "timezone"),
        ) from exc
    services = _services(path, raw, data.get("services", []))
    counters = _counters(path, raw, data.get("counters", []), {s.letter for s in services})
    return Config(
        path=path,
        office=office,
        database_url=str(data.get("database", {}).get("url", "")),
        services=services,
        counters=counters,
        queue=_section(path, raw, data, "queue", QueueConfig),
        printer=_section(path, raw, data, "printer", PrinterConfig),
        kiosk=_section(path, raw, data, "kiosk", KioskConfig),
        board=_section(path, raw, data, "board", BoardConfig),
        privacy=_section(path, raw, data, "privacy", PrivacyConfig),
        reports=_section(path, raw, data, "reports", ReportsConfig),
        online=_online(path, raw, data),
        mail=_mail(path, raw, data),
    )


def _online(path: Path, raw: str, data: dict[str, Any]) -> OnlineConfig:
    online = _section(path, raw, data, "online", OnlineConfig)
    try:
        online.hours  # noqa: B018 - parsed here so a typo is refused at start
    except ValueError as exc:
        raise ConfigError(path, f"jam kantor di [online] tidak sah: {exc}",
                          f"office hours in [online] are not valid: {exc}",
                          _line_of(raw, "_hours")) from exc
    return online


def _mail(path: Path, raw: str, data: dict[str, Any]) -> MailConfig:
    mail = _section(path, raw, data, "mail", MailConfig)
    for key in ("imap_security", "smtp_security"):
        if getattr(mail, key) not in ("ssl", "starttls"):
            raise ConfigError(path, f"'{key}' di [mail] harus \"ssl\" atau \"starttls\"",
                              f"'{key}' in [mail] must be \"ssl\" or \"starttls\"",
                              _line_of(raw, key))
    if mail.enabled and not (mail.imap_host and mail.smtp_host):
        raise ConfigError(path, "[mail] aktif tetapi imap_host/smtp_host kosong",
                          "[mail] is enabled but imap_host/smtp_host is empty",
                          _line_of(raw, "enabled"))
    return mail


def _services(path: Path, raw: str, items: list[dict[str, Any]]) -> tuple[ServiceConfig, ...]:
    seen: set[str] = set()
    result = []
    for item in items:
        letter = str(item.get("letter", "")).upper()
        if len(letter) != 1 or not letter.isalpha() or letter in seen:
            raise ConfigError(
                path,
                f"huruf layanan '{letter}' harus satu huruf A–Z dan unik",
                f"service letter '{letter}' must be one letter A–Z and unique",
                _line_of(raw, f'"{item.get("letter", "")}"'),
            )
        seen.add(letter)
        result.append(
            ServiceConfig(letter, str(item.get("name_id", letter)), str(item.get("name_en", "")))
        )
    if not result:
        raise ConfigError(path, "tidak ada [[services]]", "no [[services]] configured")
    return tuple(result)


def _counters(
    path: Path, raw: str, items: list[dict[str, Any]], letters: set[str]
) -> tuple[CounterConfig, ...]:
    result = []
    for item in items:
        number = item.get("number")
        services = tuple(str(s).upper() for s in item.get("services", []))
        unknown = [s for s in services if s not in letters]
        if not isinstance(number, int) or unknown or not services:
            raise ConfigError(
                path,
                f"loket {number}: nomor harus bilangan dan layanan harus dari [[services]]",
                f"counter {number}: number must be an integer and services from [[services]]",
                _line_of(raw, f"number = {number}"),
            )
        result.append(CounterConfig(number, str(item.get("name", f"Loket {number}")), services))
    return tuple(result)
