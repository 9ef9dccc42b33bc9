"""Ticket rendering speed and size: layout + ESC/POS bytes for 58 and 80 mm (and the PDF).

Goal (issue 3): <= 2 ms and <= 2 KB per ticket. Run:
    .venv/bin/python bench/bench_ticket_render.py [--rounds 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from stats import line  # noqa: E402

from pst_kiosk.domain.ticket_layout import TicketFacts, build_ticket  # noqa: E402
from pst_kiosk.printing.escpos_render import (  # noqa: E402
    PROFILE_58MM,
    PROFILE_80MM,
    paper_profile,
    render_escpos,
)
from pst_kiosk.printing.pdf_ticket import render_pdf  # noqa: E402


def facts(n: int) -> TicketFacts:
    return TicketFacts(
        office_name="BPS Provinsi Maluku Utara",
        office_unit="Pelayanan Statistik Terpadu (PST)",
        office_address="Jl. Stadion No 65 Ternate",
        office_phone="(0921) 3126301",
        office_website="malut.bps.go.id",
        code=f"K-{n % 1000:03d}",
        service_name_id="Konsultasi Statistik",
        service_name_en="Statistical Consultation",
        issued_local=datetime(2026, 11, 30, 10, n % 60, tzinfo=ZoneInfo("Asia/Jayapura")),
        people_ahead=n % 17,
        estimated_wait_minutes=n % 40,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    for name in (PROFILE_80MM, PROFILE_58MM):
        profile = paper_profile(name)
        render_escpos(build_ticket(facts(0), profile.columns), profile)  # warm caches
        times, sizes = [], []
        cpu_started = time.process_time()
        for n in range(args.rounds):
            started = time.perf_counter()
            data = render_escpos(build_ticket(facts(n), profile.columns), profile)
            times.append((time.perf_counter() - started) * 1000)
            sizes.append(len(data))
        cpu_ms = (time.process_time() - cpu_started) * 1000 / args.rounds
        pdf_times, pdf_sizes = [], []
        for n in range(max(20, args.rounds // 20)):
            started = time.perf_counter()
            pdf = render_pdf(build_ticket(facts(n), profile.columns), profile.paper_mm)
            pdf_times.append((time.perf_counter() - started) * 1000)
            pdf_sizes.append(len(pdf))
        label = f"{profile.paper_mm} mm ({name})"
        print(line(f"{label}: ESC/POS layout+render", times))
        print(f"{label}: ESC/POS CPU time per ticket (mean)      {cpu_ms:.3f} ms")
        print(line(f"{label}: ESC/POS bytes per ticket", [float(n) for n in sizes], "B"))
        print(line(f"{label}: PDF rendition", pdf_times))
        print(line(f"{label}: PDF bytes", [float(n) for n in pdf_sizes], "B"))


if __name__ == "__main__":
    main()
