"""How the report PDF looks: its palette, page geometry, paragraph styles and table helpers.

Every colour of the reports (tables, header, charts) comes from the one palette of every face
(``pst_kiosk/palette.py``), named here for the jobs they do on a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from pst_kiosk.palette import PALETTE

# ---------------------------------------------------------------------- palette
BLUE = colors.HexColor(PALETTE.blue)  # BPS blue: headings, header rows, bars
BLUE_PALE = colors.HexColor(PALETTE.blue_pale)  # every other table row
GRID = colors.HexColor(PALETTE.border)  # table rules
MUTED = colors.HexColor(PALETTE.muted)  # notes, footer, axis captions
TEXT = colors.HexColor(PALETTE.text)  # body text
ORANGE = colors.HexColor(PALETTE.orange)  # charts: the wait clock
GREEN = colors.HexColor(PALETTE.green)  # charts: visitors served
LIGHT = colors.HexColor(PALETTE.faint)  # charts: grid lines
WHITE = colors.white

# ------------------------------------------------------------------ page geometry
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN


# ------------------------------------------------------------------------ styles
def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {"fontName": "Helvetica", "fontSize": 9, "leading": 11.5, "textColor": TEXT}
    return ParagraphStyle(name, **{**base, **kw})


TITLE = _style("title", fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=TA_CENTER,
               textColor=BLUE)
SUBTITLE = _style("subtitle", fontSize=10.5, leading=14, alignment=TA_CENTER)
H1 = _style("h1", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=BLUE,
            spaceBefore=8, spaceAfter=4)
H2 = _style("h2", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=4, spaceAfter=2)
BODY = _style("body")
NOTE = _style("note", fontSize=7.5, leading=9.5, textColor=MUTED)
CELL = _style("cell", fontSize=8, leading=10)
CELL_R = _style("cellr", fontSize=8, leading=10, alignment=TA_RIGHT)
HEAD = _style("head", fontName="Helvetica-Bold", fontSize=7.5, leading=9, textColor=WHITE,
              alignment=TA_CENTER)
SIGN = _style("sign", alignment=TA_CENTER)


# ------------------------------------------------------------------------ tables
def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows: list[list[Any]], widths: Sequence[float], header_rows: int = 1,
          spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
          total_row: bool = False, left_cols: int = 1, bold_last: int = 0) -> Table:
    """A report table: blue header rows, zebra body, figures right-aligned after
    ``left_cols`` text columns, the last ``bold_last`` rows (a total) in bold."""
    rows = [[Paragraph(escape(c), HEAD) if isinstance(c, str) and c else c for c in row]
            for row in rows[:header_rows]] + rows[header_rows:]
    result = Table(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", 7.5),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), WHITE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), BLUE),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (left_cols, header_rows), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, BLUE_PALE]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for a, b in spans:
        style.append(("SPAN", a, b))
    if total_row:
        bold_last = max(bold_last, 1)
    if bold_last:
        style.append(("FONT", (0, -bold_last), (-1, -1), "Helvetica-Bold", 8))
    result.setStyle(TableStyle(style))
    return result


def grid(rows: list[list[Any]], widths: Sequence[float], bottom: float = 0) -> Table:
    """Tables placed side by side (tops aligned), e.g. figures beside their channels."""
    outer = Table(rows, colWidths=list(widths), hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    if bottom:
        style.append(("BOTTOMPADDING", (0, 0), (-1, -1), bottom))
    outer.setStyle(TableStyle(style))
    return outer
