"""Render the sample daily and monthly reports to PNGs for docs/screenshots (run by hand).

    .venv/bin/python tests/reports/render_samples.py

The daily sample is the scenario of ``report_scenario``; the month adds varied days seeded
like the bench, so the trend charts have something to show.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests" / "reports"), str(ROOT / "bench")]
work = Path(tempfile.mkdtemp(prefix="pst-samples-"))
os.environ["PST_DATA_DIR"] = str(work / "data")
os.environ["PST_CONFIG"] = str(work / "config.toml")

import bench_reports  # noqa: E402
import report_scenario as scenario  # noqa: E402

from pst_kiosk.domain.clock import FixedClock  # noqa: E402
from pst_kiosk.reports.daily import build_daily  # noqa: E402
from pst_kiosk.reports.range_report import build_month  # noqa: E402
from pst_kiosk.services.bootstrap import open_context  # noqa: E402


def render(pdf: Path, stem: str) -> list[Path]:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{stem}_p*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / f"{stem}_p")],
                   check=True)
    return sorted(out.glob(f"{stem}_p*.png"))


def main() -> None:
    clock = FixedClock(datetime(2026, 11, 30, 1, tzinfo=UTC))
    ctx = open_context(database_url=f"sqlite:///{work / 'samples.sqlite3'}", clock=clock)
    scenario.build_day(ctx, clock)
    daily = build_daily(ctx, scenario.DAY, work / "harian.pdf")
    day, n = date(2026, 11, 2), 0
    while day < scenario.DAY:
        if day.weekday() < 5:
            n += 1
            bench_reports.seed(ctx, day, 20 + (n * 37) % 45, 20 + (n * 37) % 45, seed_value=n)
        day += timedelta(days=1)
    clock.now = datetime(2026, 11, 30, 8, tzinfo=UTC)
    monthly = build_month(ctx, 2026, 11, work / "bulanan.pdf")
    for path in render(daily.path, "report_daily") + render(monthly.path, "report_monthly"):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
