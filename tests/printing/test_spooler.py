"""The spooler against real sockets: printed, refused, silent, out of paper; then reprinted.

Each case ends with the same ledger check: every ticket has exactly the jobs it should, and
the printer received each ticket's bytes exactly once.
"""

from __future__ import annotations

import time
from datetime import timedelta

from escpos_dump import dump
from loopback import network, refused_port

from pst_kiosk.printing.spooler import PrintSpooler
from pst_kiosk.services.printjobs import PrintJobService, RetryPolicy
from pst_kiosk.services.queue import QueueService

FAST = RetryPolicy(max_attempts=2, delays=(timedelta(0),))


def spooler(ctx, port: int, **kwargs) -> PrintSpooler:
    return PrintSpooler(ctx, printer=network(port), retry=FAST, name="kiosk-1", **kwargs)


def test_issued_ticket_is_printed_once(ctx, capture_printer):
    ticket = QueueService(ctx).issue("K", print_ticket=True)
    done = spooler(ctx, capture_printer.port).drain()
    assert [(j.ticket_code, j.status) for j in done] == [("K-001", "printed")]
    [payload] = capture_printer.payloads()
    text = dump(payload)
    assert "K-001" in text and "Konsultasi Statistik" in text and "TIDAK DIPUNGUT BIAYA" in text
    assert PrintJobService(ctx).get(ticket.print_job_id).printed_at is not None


def test_refused_connection_fails_then_reprint_prints(ctx, capture_printer):
    QueueService(ctx).issue("K", print_ticket=True)
    down = spooler(ctx, refused_port())
    done = down.drain()
    assert [j.status for j in done] == ["pending", "failed"]  # one retry, then given up
    jobs = PrintJobService(ctx)
    alert = jobs.alert()
    assert alert.codes == ("K-001",) and alert.last_error.startswith("printer_unreachable")

    jobs.reprint_code("K-001")
    assert [j.status for j in spooler(ctx, capture_printer.port).drain()] == ["printed"]
    assert not jobs.alert().active
    assert [j.status for j in jobs.jobs()] == ["printed", "failed"]
    [payload] = capture_printer.payloads()
    assert b"CETAK ULANG / REPRINT" in payload and b"K-001" in payload


def test_silent_printer_gets_no_ticket_bytes_and_fails(ctx, silent_printer, capture_printer):
    QueueService(ctx).issue("P", print_ticket=True)
    done = spooler(ctx, silent_printer.port).drain()
    assert done[-1].status == "failed" and done[-1].error_code == "printer_no_answer"
    assert len(silent_printer.accepted) == 2  # tried twice, never hung
    jobs = PrintJobService(ctx)
    jobs.reprint(done[-1].ticket_id)
    spooler(ctx, capture_printer.port).drain()
    assert len(capture_printer.payloads()) == 1


def test_paper_out_fails_before_sending_then_reprint_after_new_roll(ctx, capture_printer):
    QueueService(ctx).issue("K", print_ticket=True)
    capture_printer.faults.paper_out = True
    done = spooler(ctx, capture_printer.port).drain()
    assert done[-1].status == "failed" and done[-1].error_code == "printer_paper_out"
    assert capture_printer.payloads() == []  # status asked, nothing printed
    assert "Kertas printer habis" in done[-1].last_error

    capture_printer.faults.paper_out = False
    PrintJobService(ctx).reprint_code("K-001")
    assert [j.status for j in spooler(ctx, capture_printer.port).drain()] == ["printed"]
    assert len(capture_printer.payloads()) == 1


def test_paper_near_end_still_prints(ctx, capture_printer):
    QueueService(ctx).issue("K", print_ticket=True)
    capture_printer.faults.paper_near_end = True
    assert [j.status for j in spooler(ctx, capture_printer.port).drain()] == ["printed"]


def test_worker_thread_prints_what_the_kiosk_issues(ctx, capture_printer):
    queue = QueueService(ctx)
    seen = []
    worker = spooler(ctx, capture_printer.port, poll_seconds=0.05, on_change=seen.append)
    worker.start()
    try:
        codes = [queue.issue(letter, print_ticket=True).code for letter in "KPJKR"]
        worker.wake()
        payloads = capture_printer.wait_for(5)
        deadline = time.monotonic() + 5
        while len(seen) < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        worker.stop()
    assert not worker.running
    assert sorted(j.ticket_code for j in seen) == sorted(codes)
    printed = sorted(code for code in codes for p in payloads if code.encode() in p)
    assert printed == sorted(codes)  # each exactly once


def test_missing_driver_fails_the_job_with_the_package_name(ctx):
    import dataclasses

    QueueService(ctx).issue("K", print_ticket=True)
    windows = dataclasses.replace(network(1), connection="win32raw", printer_name="POS-80")
    worker = PrintSpooler(ctx, printer=windows, retry=FAST, name="k")
    [job] = worker.drain()
    assert job.status == "failed" and job.attempts == 1  # no retry for a missing driver
    assert "pywin32" in job.last_error and job.error_code == "printer_driver_missing"
