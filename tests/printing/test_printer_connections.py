"""Connections and status on real sockets and files, and clear words for missing drivers."""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil

import pytest
from loopback import TIMEOUT, network, refused_port

from pst_kiosk.config import PrinterConfig
from pst_kiosk.domain.errors import UserError
from pst_kiosk.printing.connections import FileConnection, NetworkConnection, open_connection
from pst_kiosk.printing.errors import PrinterFailure
from pst_kiosk.printing.spooler import printer_status, send
from pst_kiosk.printing.status import Paper, query_status


def test_network_status_reads_paper_and_cover(capture_printer):
    connection = NetworkConnection("127.0.0.1", capture_printer.port, TIMEOUT)
    connection.open()
    try:
        assert query_status(connection).paper is Paper.OK
        capture_printer.faults.paper_near_end = True
        status = query_status(connection)
        assert status.paper is Paper.NEAR_END and status.ready and status.online
        capture_printer.faults.paper_out = True
        status = query_status(connection)
        assert status.paper is Paper.OUT and not status.ready and status.online is False
        assert status.problem().code == "printer_paper_out"
        capture_printer.faults.paper_out = capture_printer.faults.paper_near_end = False
        capture_printer.faults.cover_open = True
        assert query_status(connection).problem().code == "printer_cover_open"
    finally:
        connection.close()


def test_refused_connection_is_a_printer_failure_at_once():
    connection = NetworkConnection("127.0.0.1", refused_port(), TIMEOUT)
    with pytest.raises(PrinterFailure) as failure:
        connection.open()
    assert failure.value.code == "printer_unreachable"
    assert "Periksa kabel" in failure.value.message_id


def test_silent_printer_is_not_sent_the_ticket(silent_printer):
    with pytest.raises(PrinterFailure) as failure:
        send(NetworkConnection("127.0.0.1", silent_printer.port, TIMEOUT), b"ticket")
    assert failure.value.code == "printer_no_answer"  # after the read timeout, not a hang


def test_status_command_payloads(capture_printer, silent_printer):
    ok = printer_status(network(capture_printer.port))
    assert ok["reachable"] and ok["ready"] and ok["paper"] == "ok" and "error" not in ok
    capture_printer.faults.paper_out = True
    out = printer_status(network(capture_printer.port))
    assert out["ready"] is False and out["error"] == "printer_paper_out"
    silent = printer_status(network(silent_printer.port))
    assert silent["reachable"] and silent["answered"] is False
    assert silent["error"] == "printer_no_answer"
    refused = printer_status(network(refused_port()))
    assert refused["reachable"] is False and refused["error"] == "printer_unreachable"


def test_file_connection_appends_and_cannot_tell_status(tmp_path):
    path = tmp_path / "spool" / "tickets.bin"
    config = dataclasses.replace(PrinterConfig(), connection="file", file_path=str(path))
    send(open_connection(config), b"one")
    send(open_connection(config), b"two")
    assert path.read_bytes() == b"onetwo"
    status = printer_status(config)
    assert status["reachable"] and status["ready"] is None and "error" not in status


def test_file_connection_without_a_path_fails_clearly():
    with pytest.raises(PrinterFailure) as failure:
        FileConnection("").open()
    assert failure.value.code == "printer_unreachable"


MISSING = [
    ("usb", "pyusb", "usb"),
    ("serial", "pyserial", "serial"),
    ("win32raw", "pywin32", "win32print"),
]


@pytest.mark.parametrize("connection, package, module", MISSING)
def test_missing_driver_names_the_package(connection, package, module):
    if importlib.util.find_spec(module) is not None:
        pytest.skip(f"{package} is installed here")
    config = dataclasses.replace(PrinterConfig(), connection=connection)
    with pytest.raises(UserError) as error:
        open_connection(config)
    assert error.value.code == "printer_driver_missing"
    assert f"pip install {package}" in error.value.message_id
    assert f"pip install {package}" in error.value.message_en


def test_cups_without_pycups_or_lp_names_both():
    if importlib.util.find_spec("cups") is not None or shutil.which("lp"):
        pytest.skip("pycups or lp is available here")
    with pytest.raises(UserError) as error:
        open_connection(dataclasses.replace(PrinterConfig(), connection="cups"))
    assert "pycups" in error.value.message_en and "lp" in error.value.message_en


def test_unknown_and_absent_printer_are_user_errors():
    with pytest.raises(UserError) as error:
        open_connection(dataclasses.replace(PrinterConfig(), connection="bluetooth"))
    assert error.value.code == "printer_connection_unknown"
    with pytest.raises(UserError) as error:
        open_connection(PrinterConfig())
    assert error.value.code == "printer_not_configured"
