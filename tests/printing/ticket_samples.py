"""A sample ticket's facts, as the sample configuration would print them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pst_kiosk.domain.ticket_layout import TicketFacts

WIT = ZoneInfo("Asia/Jayapura")


def facts(**changes: object) -> TicketFacts:
    base = dict(
        office_name="BPS Provinsi Maluku Utara",
        office_unit="Pelayanan Statistik Terpadu (PST)",
        office_address="Jl. Stadion No 65 Ternate",
        office_phone="(0921) 3126301",
        office_website="malut.bps.go.id",
        code="K-007",
        service_name_id="Konsultasi Statistik",
        service_name_en="Statistical Consultation",
        issued_local=datetime(2026, 11, 30, 10, 0, tzinfo=WIT),
        people_ahead=3,
        estimated_wait_minutes=12,
    )
    return TicketFacts(**(base | changes))  # type: ignore[arg-type]
