"""Monthly or any-range reports: the daily sections plus the day-by-day trend."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

from pst_kiosk.reports.page import BuiltReport, build
from pst_kiosk.reports.progress import Progress, ReportStep
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.report_data import gather


def build_range(ctx: ServiceContext, start: date, end: date, out: Path,
                progress: Progress | None = None) -> BuiltReport:
    if progress:
        progress(ReportStep.GATHER)
    data = gather(ctx, start, end)
    return build(data, ctx.config.office, out, progress)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def build_month(ctx: ServiceContext, year: int, month: int, out: Path,
                progress: Progress | None = None) -> BuiltReport:
    start, end = month_bounds(year, month)
    return build_range(ctx, start, end, out, progress)
