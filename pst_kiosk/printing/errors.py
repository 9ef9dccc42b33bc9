"""Printer problems as values people can act on, in Indonesian and English."""

from __future__ import annotations

from pst_kiosk.domain.errors import UserError


def unknown_profile(name: str) -> UserError:
    return UserError(
        "printer_profile_unknown",
        f"Profil printer '{name}' tidak dikenal python-escpos. Contoh: TM-T88III (80 mm), "
        "POS-5890 (58 mm).",
        f"Printer profile '{name}' is unknown to python-escpos. Examples: TM-T88III (80 mm), "
        "POS-5890 (58 mm).",
        profile=name,
    )


def missing_driver(connection: str, package: str, extra: str = "") -> UserError:
    hint = f" ({extra})" if extra else ""
    return UserError(
        "printer_driver_missing",
        f"Sambungan printer '{connection}' memerlukan paket Python '{package}'{hint}. "
        f"Pasang dengan: pip install {package}",
        f"The '{connection}' printer connection needs the Python package '{package}'{hint}. "
        f"Install it with: pip install {package}",
        connection=connection,
        package=package,
    )


def unknown_connection(connection: str) -> UserError:
    return UserError(
        "printer_connection_unknown",
        f"Jenis sambungan printer '{connection}' tidak dikenal. Pilih salah satu: none, "
        "network, usb, serial, win32raw, cups, file.",
        f"Unknown printer connection '{connection}'. Choose one of: none, network, usb, "
        "serial, win32raw, cups, file.",
        connection=connection,
    )


def no_printer() -> UserError:
    return UserError(
        "printer_not_configured",
        'Tidak ada printer yang diatur (connection = "none" di [printer]). Tiket tetap '
        "tampil di layar; versi PDF tersedia.",
        'No printer is configured (connection = "none" in [printer]). Tickets still show on '
        "screen; a PDF version is available.",
    )


class PrinterFailure(Exception):
    """A print attempt that did not succeed: ``code`` for programs, two languages for people."""

    def __init__(self, code: str, message_id: str, message_en: str) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_id = message_id
        self.message_en = message_en

    def as_record(self) -> str:
        """What goes into ``print_job.last_error``: code, then the Indonesian and English text."""
        return f"{self.code}: {self.message_id} / {self.message_en}"
