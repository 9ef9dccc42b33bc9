"""``pst-kiosk queue …`` and ``pst-kiosk services``: the queue without a screen."""

from __future__ import annotations

import argparse

from pst_kiosk.cli.common import context_from, emit
from pst_kiosk.services.queue import QueueService
from pst_kiosk.services.reference import list_counters, list_services


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    services = sub.add_parser("services", help="layanan dan loket sesuai konfigurasi (JSON)")
    services.set_defaults(handler=_services)

    queue = sub.add_parser("queue", help="antrian: ambil, panggil, selesai… (JSON)")
    actions = queue.add_subparsers(dest="action", required=True)

    issue = actions.add_parser("issue", help="ambil nomor antrian untuk layanan")
    issue.add_argument("service", help="huruf layanan, mis. K")
    issue.add_argument("--priority", default="", choices=["", "elderly", "disabled", "pregnant",
                                                          "small_children"])
    issue.add_argument("--print", action="store_true", help="antrekan juga untuk dicetak")
    issue.set_defaults(handler=_issue)

    call = actions.add_parser("call", help="panggil nomor berikutnya ke loket")
    call.add_argument("--counter", type=int, required=True)
    call.add_argument("--service", help="hanya dari layanan ini")
    call.set_defaults(handler=_call)

    for name, help_text in (("finish", "selesai dilayani"), ("skip", "lewati: tidak hadir"),
                            ("recall", "panggil ulang"), ("start", "mulai melayani"),
                            ("requeue", "antre ulang pengunjung yang dilewati"),
                            ("cancel", "batalkan nomor yang menunggu")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("ticket", help="kode tiket hari ini, mis. K-007")
        action.set_defaults(handler=_change, verb=name)

    transfer = actions.add_parser("transfer", help="alihkan ke layanan atau loket lain")
    transfer.add_argument("ticket")
    target = transfer.add_mutually_exclusive_group(required=True)
    target.add_argument("--service")
    target.add_argument("--counter", type=int)
    transfer.set_defaults(handler=_transfer)

    listing = actions.add_parser("list", help="antrian hari ini")
    listing.add_argument("--counter", type=int, help="hanya yang bisa dipanggil loket ini")
    listing.add_argument("--all", action="store_true", help="semua tiket hari ini, semua status")
    listing.set_defaults(handler=_list)


def _services(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    emit({
        "services": [vars(s) for s in list_services(ctx.db)],
        "counters": [vars(c) for c in list_counters(ctx.db)],
    })
    return 0


def _issue(args: argparse.Namespace) -> int:
    queue = QueueService(context_from(args))
    emit(queue.issue(args.service, priority_reason=args.priority, actor="cli",
                     print_ticket=args.print).as_dict())
    return 0


def _call(args: argparse.Namespace) -> int:
    queue = QueueService(context_from(args))
    ticket = queue.call_next(args.counter, service_letter=args.service, actor="cli")
    emit(ticket.as_dict() if ticket else {"ticket": None, "message": "Tidak ada antrian.",
                                          "message_en": "Nobody is waiting."})
    return 0


def _change(args: argparse.Namespace) -> int:
    queue = QueueService(context_from(args))
    ticket = queue.find(args.ticket)
    emit(getattr(queue, args.verb)(ticket.id, actor="cli").as_dict())
    return 0


def _transfer(args: argparse.Namespace) -> int:
    queue = QueueService(context_from(args))
    ticket = queue.find(args.ticket)
    emit(queue.transfer(ticket.id, to_service=args.service, to_counter=args.counter,
                        actor="cli").as_dict())
    return 0


def _list(args: argparse.Namespace) -> int:
    queue = QueueService(context_from(args))
    tickets = queue.today() if args.all else queue.waiting(args.counter)
    emit([t.as_dict() for t in tickets])
    return 0
