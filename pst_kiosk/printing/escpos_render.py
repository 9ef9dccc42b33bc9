"""A ticket layout as ESC/POS bytes in text mode, through python-escpos.

Text mode, not a raster picture: the printer's own fonts and a native QR code make a ticket of
about 1–2 KB that prints in a blink even over 9600 baud, where a raster ticket is ~26 KB and
takes seconds. Bytes are produced on a ``Dummy`` printer, so the spooler (not python-escpos)
owns the connection and its timeouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pst_kiosk.domain.ticket_layout import Align, Columns, Kind, Line, TicketLayout
from pst_kiosk.printing.escpos_setup import printer_module

PROFILE_80MM = "TM-T88III"
PROFILE_58MM = "POS-5890"
QR_MODULE_SIZE = {58: 4, 80: 5}  # dots per QR module: ~25 mm wide on 80 mm paper


@dataclass(frozen=True)
class PaperProfile:
    """What the renderer needs from a python-escpos profile: columns and the paper width."""

    name: str
    columns: Columns
    width_mm: float
    width_dots: int

    @property
    def paper_mm(self) -> int:
        return 58 if self.width_mm < 70 else 80


@lru_cache(maxsize=16)
def paper_profile(name: str) -> PaperProfile:
    """The columns of font A and B and the paper width, from python-escpos' capabilities."""
    from pst_kiosk.printing.errors import unknown_profile

    printer_module()
    from escpos.capabilities import get_profile

    try:
        profile = get_profile(name)
    except Exception as exc:  # python-escpos raises its own NotSupported / KeyError
        raise unknown_profile(name) from exc
    media = profile.profile_data.get("media", {}).get("width", {})
    width_mm = media.get("mm")
    width_dots = media.get("pixels")
    fonts = profile.profile_data.get("fonts", {})
    if not isinstance(width_mm, int | float) or not isinstance(width_dots, int) or "1" not in fonts:
        raise unknown_profile(name)
    return PaperProfile(
        name, Columns(profile.get_columns(0), profile.get_columns(1)), float(width_mm), width_dots
    )


_PLAIN = Line()


class _Styler:
    """Sends a style change only when the style changes: fewer bytes on a slow serial line."""

    def __init__(self, printer: Any) -> None:
        self.printer = printer
        self.current: tuple[Align, bool, bool, int] | None = None

    def apply(self, line: Line) -> None:
        wanted = (line.align, line.small, line.bold, line.scale)
        if wanted == self.current:
            return
        self.current = wanted
        align = "center" if line.align is Align.CENTER else "left"
        font = "b" if line.small else "a"
        if line.scale > 1:
            self.printer.set(
                align=align,
                font=font,
                bold=line.bold,
                custom_size=True,
                width=line.scale,
                height=line.scale,
            )
        else:
            self.printer.set(align=align, font=font, bold=line.bold, normal_textsize=True)


def render_escpos(layout: TicketLayout, profile: PaperProfile, *, cut: bool = True) -> bytes:
    """The bytes to send to the printer for ``layout`` on ``profile``'s paper.

    The layout's text is ASCII already (``ascii_text``), which every code page prints the same,
    so it goes out as is: no code-page switching and no per-character encoding search.
    """
    printer = printer_module().Dummy(profile=profile.name)
    printer.hw("INIT")
    styler = _Styler(printer)
    for line in layout.lines:
        if line.kind is Kind.TEXT:
            styler.apply(line)
            printer._raw(line.text.encode("ascii", "replace") + b"\n")
        elif line.kind is Kind.RULE:
            styler.apply(Line(align=Align.LEFT))
            printer._raw(b"-" * layout.columns.normal + b"\n")
        elif line.kind is Kind.BLANK:
            printer._raw(b"\n")
        elif line.kind is Kind.QR:
            styler.apply(_PLAIN)
            printer.qr(line.text, size=QR_MODULE_SIZE[profile.paper_mm], native=True)
    styler.apply(Line(align=Align.LEFT))
    if cut:
        printer.cut()  # feeds the paper past the cutter first; a feed only if it has none
    return bytes(printer.output)
