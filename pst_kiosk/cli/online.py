"""``pst-kiosk online …`` and ``pst-kiosk closures …``: the online desk without a screen.

Every command prints JSON. A request is named by its number (``PST-2026-00042``) or its id.
``online sweep`` and ``online fetch-mail`` are for a scheduler (both are safe to run as often
as wanted, from any PC, at the same time); ``fetch-mail`` also sends the replies still waiting.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from pst_kiosk.cli.common import context_from, emit
from pst_kiosk.cli.report import _date  # one parser of dates for every command
from pst_kiosk.domain.enums import CloseReason, OnlineChannel
from pst_kiosk.domain.subjects import SUBJECTS
from pst_kiosk.services.online_desk import DeskList, NewRequest, OnlineDesk, Reply

ACTOR = "cli"


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"waktu '{text}' tidak sah, gunakan YYYY-MM-DDTHH:MM+09:00 / invalid time, use "
            "YYYY-MM-DDTHH:MM+09:00") from exc
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"waktu '{text}' tanpa zona waktu, tambahkan +09:00 (WIT) / '{text}' has no time "
            "zone, add +09:00 (WIT)")
    return value


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    online = sub.add_parser("online", help="layanan online: permintaan web/WA/email (JSON)")
    actions = online.add_subparsers(dest="action", required=True)

    add = actions.add_parser("add", help="catat permintaan baru")
    add.add_argument("--channel", required=True, choices=[c.value for c in OnlineChannel])
    add.add_argument("--name", required=True, help="nama pemohon")
    add.add_argument("--email", default="")
    add.add_argument("--whatsapp", default="", help="nomor WhatsApp")
    add.add_argument("--institution", default="")
    add.add_argument("--subject", required=True, choices=[s.key for s in SUBJECTS])
    add.add_argument("--title", default="")
    add.add_argument("--data", default="", help="data yang diminta")
    add.add_argument("--transaction", default="", help="nomor transaksi pst.bps.go.id")
    add.add_argument("--message", default="", help="pesan pemohon apa adanya")
    add.add_argument("--consent", action="store_true",
                     help="pemohon menyetujui pemrosesan data pribadi (wajib)")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="daftar permintaan")
    listing.add_argument("--which", default="open", choices=[w.value for w in DeskList])
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", help="satu permintaan dengan semua pesannya")
    show.add_argument("request", help="nomor permintaan, mis. PST-2026-00042")
    show.set_defaults(handler=_show)

    complete = actions.add_parser("complete", help="permintaan jelas dan lengkap: jam mulai")
    complete.add_argument("request")
    complete.add_argument("--missing", default="", help="apa yang tadinya kurang")
    complete.add_argument("--supplied-at", type=_instant, help="kapan kekurangan dilengkapi")
    complete.add_argument("--consent", action="store_true", help="catat persetujuan sekarang")
    complete.set_defaults(handler=_complete)

    answer = actions.add_parser("answer", help="jawaban petugas (email: dikirim lewat SMTP)")
    answer.add_argument("request")
    answer.add_argument("--text", required=True)
    answer.add_argument("--channel", choices=[c.value for c in OnlineChannel])
    answer.add_argument("--attach", action="append", default=[], help="berkas lampiran")
    answer.add_argument("--no-send", action="store_true", help="catat saja, kirim nanti")
    answer.set_defaults(handler=_answer)

    receive = actions.add_parser("receive", help="catat pesan dari pemohon (WA, telepon)")
    receive.add_argument("request")
    receive.add_argument("--text", required=True)
    receive.set_defaults(handler=_receive)

    close = actions.add_parser("close", help="tutup permintaan")
    close.add_argument("request")
    close.add_argument("--reason", required=True, choices=[r.value for r in CloseReason])
    close.add_argument("--note", default="")
    close.set_defaults(handler=_close)

    reopen = actions.add_parser("reopen", help="buka kembali permintaan yang ditutup")
    reopen.add_argument("request")
    reopen.add_argument("--note", default="")
    reopen.set_defaults(handler=_reopen)

    actions.add_parser("sweep", help="tutup yang 7 hari tanpa tanggapan (penjadwal)") \
        .set_defaults(handler=_sweep)
    actions.add_parser("fetch-mail", help="ambil email baru dan kirim balasan tertunda") \
        .set_defaults(handler=_fetch)
    actions.add_parser("counts", help="jumlah untuk supervisor").set_defaults(handler=_counts)

    closures = sub.add_parser("closures", help="hari tutup kantor di luar libur nasional (JSON)")
    verbs = closures.add_subparsers(dest="action", required=True)
    add_day = verbs.add_parser("add", help="tambah hari tutup kantor")
    add_day.add_argument("day", type=_date)
    add_day.add_argument("--reason", default="")
    add_day.set_defaults(handler=_closure_add)
    list_days = verbs.add_parser("list", help="daftar hari tutup kantor")
    list_days.add_argument("--from", dest="since", type=_date)
    list_days.set_defaults(handler=_closure_list)
    remove_day = verbs.add_parser("remove", help="hapus hari tutup kantor")
    remove_day.add_argument("day", type=_date)
    remove_day.set_defaults(handler=_closure_remove)


def _desk(args: argparse.Namespace) -> OnlineDesk:
    return OnlineDesk(context_from(args))


def _add(args: argparse.Namespace) -> int:
    new = NewRequest(channel=args.channel, requester_name=args.name, email=args.email,
                     whatsapp=args.whatsapp, institution=args.institution,
                     consent=args.consent, subject=args.subject, title=args.title,
                     data_requested=args.data, web_transaction=args.transaction,
                     first_message=args.message)
    emit(_desk(args).register(new, actor=ACTOR).as_dict())
    return 0


def _list(args: argparse.Namespace) -> int:
    emit([r.as_dict() for r in _desk(args).requests(args.which, args.search)])
    return 0


def _show(args: argparse.Namespace) -> int:
    emit(_desk(args).get(args.request).as_dict())
    return 0


def _complete(args: argparse.Namespace) -> int:
    emit(_desk(args).complete(args.request, actor=ACTOR, missing=args.missing,
                              supplied_at=args.supplied_at, consent=args.consent).as_dict())
    return 0


def _answer(args: argparse.Namespace) -> int:
    desk = _desk(args)
    attachments = tuple(str(Path(a).resolve()) for a in args.attach)
    view = desk.answer(args.request, Reply(args.text, args.channel or "", attachments),
                       actor=ACTOR)
    sent: list[dict[str, object]] = []
    if view.messages[-1].send_status == "pending" and not args.no_send:
        from pst_kiosk.services.online_desk.mail.outbox import send_pending

        sent = [r.as_dict() for r in send_pending(desk.ctx, view.messages[-1].id)]
        view = desk.get(view.id)
    emit(view.as_dict() | {"sent": sent})
    return 0


def _receive(args: argparse.Namespace) -> int:
    emit(_desk(args).receive(args.request, args.text, actor=ACTOR).as_dict())
    return 0


def _close(args: argparse.Namespace) -> int:
    emit(_desk(args).close(args.request, args.reason, actor=ACTOR, note=args.note).as_dict())
    return 0


def _reopen(args: argparse.Namespace) -> int:
    emit(_desk(args).reopen(args.request, actor=ACTOR, note=args.note).as_dict())
    return 0


def _sweep(args: argparse.Namespace) -> int:
    emit(_desk(args).sweep(actor="cli:sweep").as_dict())
    return 0


def _fetch(args: argparse.Namespace) -> int:
    from pst_kiosk.services.online_desk.mail.fetch import fetch_new
    from pst_kiosk.services.online_desk.mail.outbox import send_pending

    ctx = context_from(args)
    fetched = fetch_new(ctx)
    emit(fetched.as_dict() | {"sent": [r.as_dict() for r in send_pending(ctx)]})
    return 0


def _counts(args: argparse.Namespace) -> int:
    emit(_desk(args).counts().as_dict())
    return 0


def _closure_add(args: argparse.Namespace) -> int:
    emit(_desk(args).add_closure(args.day, args.reason, actor=ACTOR).as_dict())
    return 0


def _closure_list(args: argparse.Namespace) -> int:
    emit([c.as_dict() for c in _desk(args).closures(args.since)])
    return 0


def _closure_remove(args: argparse.Namespace) -> int:
    emit(_desk(args).remove_closure(args.day, actor=ACTOR).as_dict() | {"removed": True})
    return 0
