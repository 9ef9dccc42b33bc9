"""``pst-kiosk printer …``: test page, status, reprint, the job record, PDF, the spooler.

JSON on stdout like every command group. Exit 0 when the printer did its part, 1 when the
printer failed (the job is recorded as failed, with the reason), 2 for a user error.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pst_kiosk import config as config_module
from pst_kiosk.cli.common import config_from, context_from, emit
from pst_kiosk.printing.connections import open_connection
from pst_kiosk.printing.spooler import PrintSpooler, printer_status
from pst_kiosk.printing.tickets import ticket_pdf
from pst_kiosk.services.printjobs import PrintJobService, PrintJobView
from pst_kiosk.services.queue import QueueService


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printer = sub.add_parser("printer", help="printer tiket: uji, status, cetak ulang (JSON)")
    actions = printer.add_subparsers(dest="action", required=True)

    test = actions.add_parser("test", help="cetak halaman uji pada printer yang diatur")
    test.set_defaults(handler=_test)

    status = actions.add_parser("status", help="status printer: online, kertas hampir/habis")
    status.set_defaults(handler=_status)

    reprint = actions.add_parser("reprint", help="cetak ulang tiket hari ini, mis. K-007")
    reprint.add_argument("ticket", help="kode tiket hari ini")
    reprint.add_argument(
        "--queue-only", action="store_true", help="hanya antrekan; spooler kios yang mencetak"
    )
    reprint.set_defaults(handler=_reprint)

    jobs = actions.add_parser("jobs", help="riwayat tugas cetak, terbaru dahulu")
    jobs.add_argument("--status", choices=["pending", "printing", "printed", "failed"])
    jobs.add_argument("--limit", type=int, default=50)
    jobs.set_defaults(handler=_jobs)

    alert = actions.add_parser("alert", help="tiket hari ini yang gagal dicetak (untuk loket)")
    alert.set_defaults(handler=_alert)

    pdf = actions.add_parser("pdf", help="tiket sebagai PDF (tanpa printer thermal)")
    pdf.add_argument("ticket", help="kode tiket hari ini")
    pdf.add_argument("--out", required=True, help="berkas PDF tujuan")
    pdf.set_defaults(handler=_pdf)

    spool = actions.add_parser("spool", help="jalankan spooler: cetak antrean tugas")
    spool.add_argument(
        "--once", action="store_true", help="cetak yang sudah jatuh tempo, lalu keluar"
    )
    spool.set_defaults(handler=_spool)


def _config(args: argparse.Namespace) -> config_module.Config:
    return config_from(args)


def _outcome(job: PrintJobView) -> int:
    emit(job.as_dict())
    queued = job.status == "pending" and not job.last_error
    return 0 if job.status == "printed" or queued else 1


def _test(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    open_connection(ctx.config.printer)  # "none", unknown kind or missing driver: say so now
    spooler = PrintSpooler(ctx)
    job = PrintJobService(ctx).start_test(spooler.name)
    return _outcome(spooler.process(job))


def _status(args: argparse.Namespace) -> int:
    result = printer_status(_config(args).printer)
    emit(result)
    return 0 if result.get("ready") is not False else 1


def _reprint(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    jobs = PrintJobService(ctx)
    job = jobs.reprint_code(args.ticket, actor="cli")
    if args.queue_only:
        return _outcome(job)
    open_connection(ctx.config.printer)
    spooler = PrintSpooler(ctx)
    claimed = jobs.claim(job.id, spooler.name)
    if claimed is None:  # a running spooler took it first: it prints it
        return _outcome(jobs.get(job.id))
    return _outcome(spooler.process(claimed))


def _jobs(args: argparse.Namespace) -> int:
    jobs = PrintJobService(context_from(args)).jobs(status=args.status, limit=args.limit)
    emit([job.as_dict() for job in jobs])
    return 0


def _alert(args: argparse.Namespace) -> int:
    emit(PrintJobService(context_from(args)).alert().as_dict())
    return 0


def _pdf(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    ticket = QueueService(ctx).find(args.ticket)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ticket_pdf(ticket, ctx.config))
    emit({"ticket": ticket.code, "pdf": str(out), "bytes": out.stat().st_size})
    return 0


def _spool(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    open_connection(ctx.config.printer)
    spooler = PrintSpooler(ctx)
    if args.once:
        emit([job.as_dict() for job in spooler.drain()])
        return 0
    spooler.start()
    try:
        while spooler.running:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        spooler.stop()
    return 0
