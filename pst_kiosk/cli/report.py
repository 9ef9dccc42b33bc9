"""``pst-kiosk report …`` and ``pst-kiosk export …``: PDFs and spreadsheets for a scheduler.

Every command prints JSON with the path written (and the page count of a PDF).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from pst_kiosk.cli.common import context_from, emit
from pst_kiosk.domain.errors import UserError


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"tanggal '{text}' tidak sah, gunakan YYYY-MM-DD / invalid date, use YYYY-MM-DD"
        ) from exc


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = sub.add_parser("report", help="laporan PDF harian, bulanan atau rentang (JSON)")
    kinds = report.add_subparsers(dest="kind", required=True)

    daily = kinds.add_parser("daily", help="laporan harian untuk kepala kantor")
    daily.add_argument("--date", type=_date, help="tanggal YYYY-MM-DD (default: hari ini, WIT)")
    daily.add_argument("--out", help="berkas PDF (default: laporan-harian-<tanggal>.pdf)")
    daily.set_defaults(handler=_daily)

    ranged = kinds.add_parser("range", help="laporan untuk rentang tanggal, dengan tren harian")
    ranged.add_argument("--from", dest="start", type=_date, required=True)
    ranged.add_argument("--to", dest="end", type=_date, required=True)
    ranged.add_argument("--out", help="berkas PDF")
    ranged.set_defaults(handler=_range)

    monthly = kinds.add_parser("monthly", help="laporan bulanan")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--out", help="berkas PDF")
    monthly.set_defaults(handler=_monthly)

    auto = kinds.add_parser("auto-export", help="ekspor akhir hari ke folder [reports] "
                            "auto_export_dir (aman dipanggil berulang)")
    auto.add_argument("--date", type=_date, help="hanya tanggal ini (default: 7 hari terakhir)")
    auto.set_defaults(handler=_auto)

    exports = sub.add_parser("export", help="ekspor xlsx/csv; data pribadi selalu disamarkan")
    exports.add_argument("what", choices=["guestbook", "tickets", "notes", "online"])
    exports.add_argument("--from", dest="start", type=_date, required=True)
    exports.add_argument("--to", dest="end", type=_date)
    exports.add_argument("--format", choices=["xlsx", "csv"], default=None)
    exports.add_argument("--out", help="berkas keluaran")
    exports.set_defaults(handler=_export)


def _pdf_result(built: object) -> dict[str, object]:
    return {"path": str(built.path), "pages": built.pages}  # type: ignore[attr-defined]


def _daily(args: argparse.Namespace) -> int:
    from pst_kiosk.reports.daily import build_daily
    from pst_kiosk.reports.page import default_name

    ctx = context_from(args)
    day = args.date or ctx.today()
    out = Path(args.out or default_name(day, day))
    emit({"report": "daily", "date": day.isoformat(), **_pdf_result(build_daily(ctx, day, out))})
    return 0


def _range(args: argparse.Namespace) -> int:
    from pst_kiosk.reports.page import default_name
    from pst_kiosk.reports.range_report import build_range

    ctx = context_from(args)
    out = Path(args.out or default_name(args.start, args.end))
    built = build_range(ctx, args.start, args.end, out)
    emit({"report": "range", "from": args.start.isoformat(), "to": args.end.isoformat(),
          **_pdf_result(built)})
    return 0


def _monthly(args: argparse.Namespace) -> int:
    from pst_kiosk.reports.range_report import build_month

    try:
        year, month = (int(x) for x in args.month.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError as exc:
        raise UserError("report_month", f"Bulan '{args.month}' tidak sah, gunakan YYYY-MM.",
                        f"Month '{args.month}' is invalid, use YYYY-MM.") from exc
    out = Path(args.out or f"laporan-bulanan-{year:04d}-{month:02d}.pdf")
    built = build_month(context_from(args), year, month, out)
    emit({"report": "monthly", "month": f"{year:04d}-{month:02d}", **_pdf_result(built)})
    return 0


def _auto(args: argparse.Namespace) -> int:
    from pst_kiosk.reports.autoexport import catch_up, export_day_if_due

    ctx = context_from(args)
    results = [export_day_if_due(ctx, args.date)] if args.date else catch_up(ctx)
    emit([r.as_dict() for r in results])
    return 0


def _export(args: argparse.Namespace) -> int:
    from pst_kiosk.reports import export

    ctx = context_from(args)
    end = args.end or args.start
    file_format = args.format or (Path(args.out).suffix.lstrip(".") if args.out else "xlsx")
    out = Path(args.out or export.default_name(args.what, args.start, end, file_format))
    result = export.export(ctx, args.what, args.start, end, out, file_format)
    emit({"export": result.kind, "path": str(result.path), "rows": result.rows,
          "masked": True})
    return 0
