"""The daily report the head of office signs: one local day, arrivals per hour."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pst_kiosk.reports.page import BuiltReport, build
from pst_kiosk.reports.progress import Progress, ReportStep
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.report_data import gather


def build_daily(ctx: ServiceContext, day: date, out: Path,
                progress: Progress | None = None) -> BuiltReport:
    if progress:
        progress(ReportStep.GATHER)
    data = gather(ctx, day, day)
    return build(data, ctx.config.office, out, progress)
