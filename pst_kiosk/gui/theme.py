"""One palette for every face: BPS blue, with amber and red for the 10-minute clocks."""

from __future__ import annotations

BPS_BLUE = "#0b4f8a"
BPS_BLUE_DARK = "#083a66"
BPS_ORANGE = "#f39c1f"
BPS_GREEN = "#5aa02c"
BACKGROUND = "#f4f6f9"
SURFACE = "#ffffff"
TEXT = "#1d2733"
TEXT_MUTED = "#5b6b7c"
OK = "#2e8540"
AMBER = "#d98c00"
RED = "#c62828"

CLOCK_COLOURS = {"ok": OK, "amber": AMBER, "red": RED}
