"""The report's pages: the office header and footer on every page, "Halaman X dari Y", and
the build that writes the PDF atomically (a reader never sees half a file).

No money figures anywhere: the service is free of charge and every footer says so.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from pst_kiosk.config import Office
from pst_kiosk.domain.clock import local_time
from pst_kiosk.reports import fmt
from pst_kiosk.reports.progress import Progress, ReportStep, no_progress
from pst_kiosk.reports.sections import story, title_of
from pst_kiosk.reports.style import BLUE, GRID, MARGIN, MUTED, PAGE_H, PAGE_W, TEXT, WHITE
from pst_kiosk.services.report_data import ReportData

FREE = "Layanan ini tidak dipungut biaya"


@dataclass(frozen=True)
class BuiltReport:
    path: Path
    pages: int


def draw_mark(canvas: Canvas, x: float, y: float, size: float) -> None:
    """Our own simple mark (not the official BPS logo): "BPS" in a rounded blue box."""
    canvas.setFillColor(BLUE)
    canvas.roundRect(x, y, size, size, size * 0.18, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont("Helvetica-Bold", size * 0.36)
    canvas.drawCentredString(x + size / 2, y + size * 0.36, "BPS")


def page_frame(office: Office, short_title: str, generated: str) -> Callable[..., None]:
    """What every page has around its body: the office header and the footer."""

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_H - 12 * mm
        draw_mark(canvas, MARGIN, top - 13 * mm, 13 * mm)
        canvas.setFillColor(TEXT)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(MARGIN + 16 * mm, top - 4 * mm, office.name)
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(MARGIN + 16 * mm, top - 8.5 * mm, office.unit)
        canvas.setFillColor(MUTED)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(MARGIN + 16 * mm, top - 12.5 * mm,
                          f"{office.address} · Telp. {office.phone} · {office.website}")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(PAGE_W - MARGIN, top - 4 * mm, short_title)
        canvas.setStrokeColor(BLUE)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 15.5 * mm, PAGE_W - MARGIN, top - 15.5 * mm)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, 14 * mm, PAGE_W - MARGIN, 14 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(MARGIN, 10 * mm, f"Dibuat {generated} oleh PST Kiosk · {FREE}")
        canvas.restoreState()

    return draw


class NumberedCanvas(Canvas):
    """Writes "Halaman X dari Y" once the page count is known (pages are held until save)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFillColor(MUTED)
            self.setFont("Helvetica", 7.5)
            self.drawRightString(PAGE_W - MARGIN, 10 * mm,
                                 f"Halaman {self._pageNumber} dari {total}")
            super().showPage()
        super().save()


class _PageCount:
    """A canvas class per build, so two reports built at once never share a page count."""

    def __init__(self) -> None:
        self.total = 0

    def canvas_class(self) -> type[Canvas]:
        counter = self

        class _Canvas(NumberedCanvas):
            def save(self) -> None:
                counter.total = len(self._saved)
                super().save()

        return _Canvas


def build(data: ReportData, office: Office, out: Path, progress: Progress | None = None) -> \
        BuiltReport:
    """Write the PDF of ``data`` to ``out``, telling ``progress`` each step."""
    report = progress or no_progress
    name, period = title_of(data)
    generated = f"{fmt.local_stamp(local_time(data.generated_at, office.zone))} WIT"
    report(ReportStep.BUILD)
    flowables = story(data, office)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    frame = page_frame(office, f"{name.title()} · {period}", generated)
    fd, temp = tempfile.mkstemp(prefix=".laporan-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    pages = _PageCount()
    try:
        doc = SimpleDocTemplate(
            temp, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=32 * mm, bottomMargin=20 * mm, title=f"{name.title()} PST {period}",
            author=office.name, subject=FREE, creator="PST Kiosk",
        )
        report(ReportStep.WRITE)
        doc.build(flowables, onFirstPage=frame, onLaterPages=frame,
                  canvasmaker=pages.canvas_class())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    report(ReportStep.DONE)
    return BuiltReport(out, pages.total)


def default_name(start: date, end: date, stem: str = "laporan") -> str:
    if start == end:
        return f"{stem}-harian-{start:%Y-%m-%d}.pdf"
    return f"{stem}-{start:%Y-%m-%d}_{end:%Y-%m-%d}.pdf"
