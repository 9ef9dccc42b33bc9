"""The same ticket as a PDF (reportlab): for sites without a thermal printer and for the record.

Drawn from the very layout the printer gets, on a page as wide as the paper roll, so what a
visitor prints at home or an officer files is the ticket they would have had in hand.
"""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pst_kiosk.domain.ticket_layout import Align, Kind, Line, TicketLayout

MARGIN = 4 * mm
QR_SIDE = 24 * mm
LEADING = 1.25


def _font(line: Line) -> str:
    return "Helvetica-Bold" if line.bold else "Helvetica"


def _size(line: Line, layout: TicketLayout, base: float) -> float:
    size = base * layout.columns.normal / layout.columns.small if line.small else base
    return size * line.scale


def _height(line: Line, layout: TicketLayout, base: float) -> float:
    if line.kind is Kind.QR:
        return QR_SIDE + base
    if line.kind is Kind.RULE:
        return base * 0.8
    return _size(line, layout, base) * LEADING


def render_pdf(layout: TicketLayout, width_mm: float, *, title: str = "Tiket antrian") -> bytes:
    """A one-page PDF of ``layout`` on paper ``width_mm`` wide, as tall as the ticket."""
    width = width_mm * mm
    usable = width - 2 * MARGIN
    base = usable / (layout.columns.normal * 0.6)  # a full font-A line of Courier fits
    height = 2 * MARGIN + sum(_height(line, layout, base) for line in layout.lines)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("PST Kiosk")
    y = height - MARGIN
    for line in layout.lines:
        step = _height(line, layout, base)
        if line.kind is Kind.TEXT:
            size = _size(line, layout, base)
            font = _font(line)
            while stringWidth(line.text, font, size) > usable and size > 4:
                size -= 0.25  # a proportional font can still be wider than the columns say
            canvas.setFont(font, size)
            baseline = y - size
            if line.align is Align.CENTER:
                canvas.drawCentredString(width / 2, baseline, line.text)
            else:
                canvas.drawString(MARGIN, baseline, line.text)
        elif line.kind is Kind.RULE:
            canvas.setLineWidth(0.5)
            canvas.setDash(2, 2)
            canvas.line(MARGIN, y - step / 2, width - MARGIN, y - step / 2)
            canvas.setDash()
        elif line.kind is Kind.QR:
            widget = QrCodeWidget(line.text, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                QR_SIDE, QR_SIDE, transform=[QR_SIDE / (x1 - x0), 0, 0, QR_SIDE / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, (width - QR_SIDE) / 2, y - QR_SIDE - base / 2)
        y -= step
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
