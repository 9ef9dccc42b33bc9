"""The sample daily report's extracted text against a reviewed reference, page by page.

A layout or wording change shows up here as a diff to review. To accept one on purpose:

    tests/_reference/reports/update.sh      (or PST_UPDATE_REFERENCE=1 pytest this file)
"""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from report_scenario import DAY, build_day

from pst_kiosk.reports.daily import build_daily

REFERENCE = Path(__file__).parents[1] / "_reference" / "reports" / "daily_sample.txt"


def render(path: Path) -> str:
    """One extracted line per line (a table cell each), so a diff reads cell by cell."""
    out = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        out.append(f"--- halaman {number} ---")
        out += [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return "\n".join(out) + "\n"


def test_sample_daily_matches_reference(ctx, clock, tmp_path: Path):
    build_day(ctx, clock)
    text = render(build_daily(ctx, DAY, tmp_path / "sample.pdf").path)
    if os.environ.get("PST_UPDATE_REFERENCE") == "1":
        REFERENCE.write_text(text, encoding="utf-8")
    assert REFERENCE.exists(), "no reference yet: run tests/_reference/reports/update.sh"
    assert text == REFERENCE.read_text(encoding="utf-8")
