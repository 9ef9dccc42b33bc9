"""The end-of-day export: the daily PDF and the spreadsheets (guest book, tickets, notes, online
desk) to a configured folder.

Idempotent, so the scheduler (or every start of the counter) may call it as often as it
likes: a file already there is left alone, and files are written atomically, so one that
exists is complete. A day is due once it is over, or after closing time on the day itself;
with no folder configured nothing happens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from pst_kiosk.reports import export
from pst_kiosk.reports.daily import build_daily
from pst_kiosk.reports.page import default_name
from pst_kiosk.services.context import ServiceContext

CLOSING = time(17, 0)  # local: after the PST's last visitor on any working day


@dataclass(frozen=True)
class AutoExportResult:
    day: date
    status: str  # disabled | not_due | done
    written: tuple[Path, ...] = field(default_factory=tuple)
    existing: tuple[Path, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, object]:
        return {"day": self.day.isoformat(), "status": self.status,
                "written": [str(p) for p in self.written],
                "existing": [str(p) for p in self.existing]}


def folder_for(base: Path, day: date) -> Path:
    return base / f"{day:%Y}" / f"{day:%m}"


def is_due(ctx: ServiceContext, day: date) -> bool:
    today = ctx.today()
    if day < today:
        return True
    return day == today and ctx.now().astimezone(ctx.zone).time() >= CLOSING


def export_day_if_due(ctx: ServiceContext, day: date | None = None) -> AutoExportResult:
    day = day or ctx.today()
    setting = ctx.config.reports.auto_export_dir.strip()
    if not setting:
        return AutoExportResult(day, "disabled")
    if not is_due(ctx, day):
        return AutoExportResult(day, "not_due")
    folder = folder_for(Path(setting).expanduser(), day)
    written: list[Path] = []
    existing: list[Path] = []
    pdf = folder / default_name(day, day)
    if pdf.exists():
        existing.append(pdf)
    else:
        written.append(build_daily(ctx, day, pdf).path)
    for kind in export.KINDS:
        path = folder / export.default_name(kind, day, day, "xlsx")
        if path.exists():
            existing.append(path)
        else:
            written.append(export.export(ctx, kind, day, day, path).path)
    return AutoExportResult(day, "done", tuple(written), tuple(existing))


def catch_up(ctx: ServiceContext, days_back: int = 7) -> list[AutoExportResult]:
    """Today (if due) and the days before it: a PC that was off at closing time catches up."""
    from datetime import timedelta

    today = ctx.today()
    return [export_day_if_due(ctx, today - timedelta(days=n)) for n in range(days_back, -1, -1)]
