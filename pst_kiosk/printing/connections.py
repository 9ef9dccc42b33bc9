"""Ways to reach the printer, from the ``[printer]`` configuration, each with short timeouts.

The spooler talks to a ``PrinterConnection``: open, write bytes, read a status reply, close.
The network one is a plain socket (python-escpos' ``Network.is_online()`` can hang); USB,
serial, Windows spooler and CUPS go through python-escpos' device classes, whose drivers are
optional: a missing one is a ``UserError`` naming the package to install, never an
``ImportError`` in a log.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any, Protocol

from pst_kiosk.config import PrinterConfig
from pst_kiosk.printing import errors
from pst_kiosk.printing.errors import PrinterFailure
from pst_kiosk.printing.escpos_setup import printer_module

CONNECTIONS = ("none", "network", "usb", "serial", "win32raw", "cups", "file")


def unreachable(where: str, detail: str) -> PrinterFailure:
    return PrinterFailure(
        "printer_unreachable",
        f"Printer tidak dapat dihubungi ({where}): {detail}. Periksa kabel/daya printer.",
        f"The printer cannot be reached ({where}): {detail}. Check its cable and power.",
    )


def write_failed(where: str, detail: str) -> PrinterFailure:
    return PrinterFailure(
        "printer_write_failed",
        f"Pengiriman ke printer gagal ({where}): {detail}.",
        f"Sending to the printer failed ({where}): {detail}.",
    )


class PrinterConnection(Protocol):
    """One session with a printer. ``answers_status``: it can read DLE EOT replies."""

    where: str
    answers_status: bool
    status_required: bool

    def open(self) -> None: ...
    def write(self, data: bytes) -> None: ...
    def read(self, size: int) -> bytes: ...
    def close(self) -> None: ...


class NetworkConnection:
    """Raw TCP (port 9100, "JetDirect"): the common Ethernet/Wi-Fi thermal printer.

    A peer that accepts but never answers a status request is treated as down
    (``status_required``): a hung print server would otherwise swallow tickets silently.
    """

    answers_status = True
    status_required = True

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.where = f"network {host}:{port}"
        self._sock: socket.socket | None = None

    def open(self) -> None:
        try:
            self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except TimeoutError as exc:
            raise unreachable(self.where, "no answer to connect / tidak ada jawaban") from exc
        except OSError as exc:
            raise unreachable(self.where, exc.strerror or str(exc)) from exc
        self._sock.settimeout(self.timeout)

    def write(self, data: bytes) -> None:
        assert self._sock is not None
        try:
            self._sock.sendall(data)
        except TimeoutError as exc:
            raise write_failed(self.where, "timeout") from exc
        except OSError as exc:
            raise write_failed(self.where, exc.strerror or str(exc)) from exc

    def read(self, size: int) -> bytes:
        assert self._sock is not None
        try:
            return self._sock.recv(size)
        except (TimeoutError, OSError):
            return b""

    def close(self) -> None:
        if self._sock is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._sock.close()
            self._sock = None


class FileConnection:
    """Appends the bytes to a file or device node (``/dev/usb/lp0``, a capture file)."""

    answers_status = False
    status_required = False

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.where = f"file {path}"
        self._file: Any = None

    def open(self) -> None:
        if not str(self.path) or str(self.path) == ".":
            raise unreachable(self.where, "file_path kosong / empty")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("ab")
        except OSError as exc:
            raise unreachable(self.where, exc.strerror or str(exc)) from exc

    def write(self, data: bytes) -> None:
        try:
            self._file.write(data)
            self._file.flush()
        except OSError as exc:
            raise write_failed(self.where, exc.strerror or str(exc)) from exc

    def read(self, size: int) -> bytes:
        return b""

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class EscposDeviceConnection:
    """A python-escpos device (USB, serial, Windows spooler, CUPS) behind our interface."""

    status_required = False  # many USB/serial printers have no way back: status if they answer

    def __init__(self, where: str, device: Any, answers_status: bool, timeout: float) -> None:
        self.where, self.device, self.answers_status = where, device, answers_status
        self.timeout = timeout

    def open(self) -> None:
        try:
            self.device.open()
        except Exception as exc:  # python-escpos: DeviceNotFoundError, USBNotFoundError…
            raise unreachable(
                self.where, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            ) from exc
        if self.where.startswith("serial"):
            self.device.device.write_timeout = self.timeout

    def write(self, data: bytes) -> None:
        try:
            self.device._raw(data)
        except Exception as exc:  # USBTimeoutError, SerialTimeoutException, pywintypes.error
            raise write_failed(self.where, str(exc) or type(exc).__name__) from exc

    def read(self, size: int) -> bytes:
        try:
            if self.where.startswith("usb"):
                raw = self.device.device.read(self.device.in_ep, size, int(self.timeout * 1000))
                return bytes(raw)
            return bytes(self.device._read())[:size]
        except Exception:
            return b""

    def close(self) -> None:
        try:
            self.device.close()
        except Exception:  # closing a vanished device must not hide the real error
            pass


class LpConnection:
    """CUPS without pycups: ``lp -o raw``, bounded by the timeout."""

    answers_status = False
    status_required = False

    def __init__(self, printer_name: str, timeout: float) -> None:
        self.printer_name, self.timeout = printer_name, timeout
        self.where = f"cups {printer_name or '(default)'}"
        self._buffer = bytearray()

    def open(self) -> None:
        self._buffer.clear()

    def write(self, data: bytes) -> None:
        self._buffer += data

    def read(self, size: int) -> bytes:
        return b""

    def close(self) -> None:
        if not self._buffer:
            return
        command = ["lp", "-o", "raw"] + (["-d", self.printer_name] if self.printer_name else [])
        try:
            result = subprocess.run(
                command,
                input=bytes(self._buffer),
                capture_output=True,
                timeout=max(self.timeout, 5.0),
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise write_failed(self.where, str(exc)) from exc
        finally:
            self._buffer.clear()
        if result.returncode != 0:
            raise write_failed(self.where, result.stderr.decode(errors="replace").strip())


def _needs(module: str, connection: str, package: str, extra: str = "") -> None:
    if importlib.util.find_spec(module) is None:
        raise errors.missing_driver(connection, package, extra)


def open_connection(config: PrinterConfig, timeout: float | None = None) -> PrinterConnection:
    """The connection the configuration asks for (not yet opened).

    Raises ``UserError`` for a connection that cannot exist here (unknown kind, driver
    missing, "none"); failures of a real printer come later, as ``PrinterFailure``.
    """
    timeout = config.timeout_seconds if timeout is None else timeout
    kind = config.connection
    if kind == "none":
        raise errors.no_printer()
    if kind == "network":
        return NetworkConnection(config.host, config.port, timeout)
    if kind == "file":
        return FileConnection(config.file_path)
    if kind == "usb":
        _needs(
            "usb",
            "usb",
            "pyusb",
            "dan pustaka sistem libusb-1.0-0 / and the libusb-1.0-0 system library",
        )
        device = printer_module().Usb(
            config.usb_vendor_id,
            config.usb_product_id,
            timeout=int(timeout * 1000),
            profile=config.profile,
        )
        where = f"usb {config.usb_vendor_id:04x}:{config.usb_product_id:04x}"
        return EscposDeviceConnection(where, device, True, timeout)
    if kind == "serial":
        _needs("serial", "serial", "pyserial")
        device = printer_module().Serial(
            config.serial_device, config.serial_baudrate, timeout=timeout, profile=config.profile
        )
        return EscposDeviceConnection(f"serial {config.serial_device}", device, True, timeout)
    if kind == "win32raw":
        _needs("win32print", "win32raw", "pywin32")
        device = printer_module().Win32Raw(config.printer_name, profile=config.profile)
        return EscposDeviceConnection(f"win32raw {config.printer_name}", device, False, timeout)
    if kind == "cups":
        if importlib.util.find_spec("cups") is not None:
            device = printer_module().CupsPrinter(config.printer_name, profile=config.profile)
            return EscposDeviceConnection(f"cups {config.printer_name}", device, False, timeout)
        if shutil.which("lp"):
            return LpConnection(config.printer_name, timeout)
        raise errors.missing_driver(
            "cups",
            "pycups",
            "atau perintah lp dari cups-client / or the lp command of "
            "cups-client; pycups builds only with libcups2-dev",
        )
    raise errors.unknown_connection(kind)


def describe(config: PrinterConfig) -> str:
    """A short name of the configured printer for job records and messages."""
    match config.connection:
        case "network":
            return f"network {config.host}:{config.port}"
        case "usb":
            return f"usb {config.usb_vendor_id:04x}:{config.usb_product_id:04x}"
        case "serial":
            return f"serial {config.serial_device}"
        case "win32raw" | "cups":
            return f"{config.connection} {config.printer_name}"
        case "file":
            return f"file {config.file_path}"
        case other:
            return other
