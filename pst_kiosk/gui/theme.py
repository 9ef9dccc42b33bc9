"""The counter's colours (Qt Widgets style sheets), taken from the one palette
(``pst_kiosk/palette.py``) that the QML faces and the reports read too."""

from __future__ import annotations

from pst_kiosk.palette import PALETTE

BPS_BLUE = PALETTE.blue
BPS_BLUE_DARK = PALETTE.blue_dark
BPS_ORANGE = PALETTE.orange
BPS_GREEN = PALETTE.bps_green
BACKGROUND = PALETTE.background
SURFACE = PALETTE.surface
TEXT = PALETTE.text
TEXT_MUTED = PALETTE.muted
OK = PALETTE.green
AMBER = PALETTE.amber
RED = PALETTE.red
DISABLED = PALETTE.disabled
DISABLED_TEXT = PALETTE.placeholder

CLOCK_COLOURS = {"ok": OK, "amber": AMBER, "red": RED}
