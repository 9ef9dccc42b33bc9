"""One palette for every face and every document: BPS blue with its orange and green, the
three colours of the 10-minute clocks, and the few neutrals and tints around them.

Read by the counter's Widgets (``gui/theme.py``), by the QML ``Theme`` singleton that kiosk
and board import (``ui/common/Theme.qml``, filled from here when a face starts:
``gui/qml_theme.py``) and by the reports (reportlab). No Qt here, so every layer may use it.

Colours are written with six hex digits: reportlab's ``HexColor("#2a7")`` is not CSS
shorthand but 0x0002a7. The two overlays in ``QT_ONLY`` are Qt's ``#AARRGGBB`` (alpha first)
and are for the screens only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Palette:
    # BPS identity
    blue: str = "#0b4f8a"
    blue_dark: str = "#083a66"
    orange: str = "#f39c1f"
    bps_green: str = "#5aa02c"
    # the clocks and the states: within the promise, close to it, past it
    green: str = "#2e8540"
    amber: str = "#d98c00"
    red: str = "#c62828"
    # neutrals
    background: str = "#f4f6f9"
    surface: str = "#ffffff"
    text: str = "#1d2733"
    muted: str = "#5b6b7c"
    border: str = "#b8c4d0"  # field borders, table grids
    faint: str = "#d9e2ec"  # chart grid, a number not called yet
    placeholder: str = "#9aa7b4"  # hints in empty fields, disabled labels
    disabled: str = "#c5ced8"
    # light tints behind a state
    blue_pale: str = "#e8f0f8"
    pressed: str = "#dbe7f3"
    green_pale: str = "#e6f3e8"
    red_pale: str = "#fdecea"
    orange_pale: str = "#fff4e0"
    # on the dark blue of the board and the kiosk's header
    on_blue: str = "#d7e4f2"
    on_blue_muted: str = "#b9cde3"
    on_blue_faint: str = "#7f9bb8"
    orange_light: str = "#ffd08a"
    panel: str = "#0d4678"
    card_idle: str = "#16507f"
    # overlays (Qt's #AARRGGBB)
    shade: str = "#33000000"
    scrim: str = "#cc0b1d2e"


PALETTE = Palette()
QT_ONLY = frozenset({"shade", "scrim"})


def colours() -> dict[str, str]:
    """Every colour by its Python name (``blue_dark``)."""
    return asdict(PALETTE)


def qml_name(name: str) -> str:
    """The name QML reads (``blue_dark`` → ``blueDark``)."""
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
