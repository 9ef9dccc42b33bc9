"""Vector charts for the reports (reportlab graphics): arrivals per hour and daily trends.

Drawn as vectors, not pictures, so a 100,000-visit year costs no more than a quiet day.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from pst_kiosk.reports import fmt
from pst_kiosk.reports.style import BLUE, GREEN, LIGHT, ORANGE
from pst_kiosk.reports.style import MUTED as GREY
from pst_kiosk.services.report_data import DayRow

OPENING_HOURS = range(7, 18)  # always shown, so quiet days keep the same axis


def _nice_top(value: int) -> int:
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 5:
            return max(step, -(-value // step) * step)
    return value


def hourly_arrivals(counts: Sequence[int], width: float = 174 * mm,
                    height: float = 55 * mm) -> Drawing:
    """Bars for the local hours 07–17 plus any other hour that had arrivals."""
    hours = sorted(set(OPENING_HOURS) | {h for h, n in enumerate(counts) if n})
    values = [counts[h] for h in hours]
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 9 * mm
    chart.width, chart.height = width - 16 * mm, height - 14 * mm
    chart.data = [values]
    chart.categoryAxis.categoryNames = [f"{h:02d}" for h in hours]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = _nice_top(max(values, default=0))
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, top // 5)
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: fmt.number(int(v)) if v else ""
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(String(width - 2 * mm, 1 * mm, "jam (WIT)", fontSize=7, fillColor=GREY,
                       textAnchor="end"))
    return drawing


def _day_labels(days: Sequence[DayRow], room: int) -> list[str]:
    every = max(1, -(-len(days) // room))
    return [fmt.short_date(d.day) if i % every == 0 else "" for i, d in enumerate(days)]


def _line_chart(width: float, height: float, series: list[list[float]], labels: list[str],
                colours: Sequence[colors.Color], top: float, step: float) -> HorizontalLineChart:
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 16 * mm, height - 22 * mm
    chart.data = series
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(labels) > 16 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 16 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    for i, colour in enumerate(colours):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.4
    return chart


def _legend(x: float, y: float, items: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontSize = 7
    legend.colorNamePairs = items
    legend.deltax = 60
    return legend


def daily_volume(days: Sequence[DayRow], width: float = 174 * mm,
                 height: float = 62 * mm) -> Drawing:
    """Tickets issued and visitors served, day by day."""
    issued = [float(d.queue.issued) for d in days]
    served = [float(d.queue.served) for d in days]
    top = _nice_top(int(max(issued + served, default=0)))
    drawing = Drawing(width, height)
    drawing.add(_line_chart(width, height, [issued, served], _day_labels(days, 31),
                            (BLUE, GREEN), top, max(1, top // 5)))
    drawing.add(_legend(14 * mm, height - 3 * mm,
                        [(BLUE, "Tiket diambil"), (GREEN, "Dilayani")]))
    return drawing


def daily_within(days: Sequence[DayRow], width: float = 174 * mm,
                 height: float = 62 * mm) -> Drawing:
    """Share within the 10-minute targets per day (both clocks); empty days break no line."""
    def share(value: float | None, last: float) -> float:
        return last if value is None else value * 100

    wait, service = [], []
    last_w = last_s = 0.0
    for d in days:
        last_w = share(d.queue.wait.share_within, last_w)
        last_s = share(d.queue.service.share_within, last_s)
        wait.append(last_w)
        service.append(last_s)
    drawing = Drawing(width, height)
    drawing.add(_line_chart(width, height, [wait, service], _day_labels(days, 31),
                            (ORANGE, BLUE), 100, 20))
    drawing.add(_legend(14 * mm, height - 3 * mm,
                        [(ORANGE, "Tunggu s.d. 10 menit (%)"),
                         (BLUE, "Layanan s.d. 10 menit (%)")]))
    return drawing
