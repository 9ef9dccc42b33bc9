"""From a ticket in the database to the bytes (or PDF) of its paper ticket."""

from __future__ import annotations

from datetime import datetime

from pst_kiosk.config import Config, PrinterConfig
from pst_kiosk.domain.clock import local_time
from pst_kiosk.domain.ticket_layout import TicketFacts, TicketLayout, build_test_page, build_ticket
from pst_kiosk.printing.connections import describe
from pst_kiosk.printing.escpos_render import PaperProfile, paper_profile, render_escpos
from pst_kiosk.services.queue import TicketView


def ticket_facts(ticket: TicketView, config: Config, *, reprint: bool = False) -> TicketFacts:
    """What the ticket shows; nothing personal (no name, no ID) ever reaches it."""
    office = config.office
    return TicketFacts(
        office_name=office.name,
        office_unit=office.unit,
        office_address=office.address,
        office_phone=office.phone,
        office_website=office.website,
        code=ticket.code,
        service_name_id=ticket.service_name_id,
        service_name_en=ticket.service_name_en,
        issued_local=local_time(ticket.issued_at, office.zone),
        people_ahead=ticket.people_ahead,
        estimated_wait_minutes=ticket.estimated_wait_minutes,
        priority_reason=ticket.priority_reason,
        reprint=reprint,
    )


def ticket_layout(
    ticket: TicketView,
    config: Config,
    profile: PaperProfile | None = None,
    *,
    reprint: bool = False,
) -> TicketLayout:
    profile = profile or paper_profile(config.printer.profile)
    return build_ticket(ticket_facts(ticket, config, reprint=reprint), profile.columns)


def ticket_bytes(
    ticket: TicketView,
    config: Config,
    printer: PrinterConfig | None = None,
    *,
    reprint: bool = False,
) -> bytes:
    profile = paper_profile((printer or config.printer).profile)
    return render_escpos(ticket_layout(ticket, config, profile, reprint=reprint), profile)


def test_page_bytes(config: Config, now: datetime, printer: PrinterConfig | None = None) -> bytes:
    printer = printer or config.printer
    profile = paper_profile(printer.profile)
    label = f"{describe(printer)} ({profile.name}, {profile.paper_mm} mm)"
    layout = build_test_page(
        config.office.name, label, profile.columns, local_time(now, config.office.zone)
    )
    return render_escpos(layout, profile)


def ticket_pdf(
    ticket: TicketView,
    config: Config,
    printer: PrinterConfig | None = None,
    *,
    reprint: bool = False,
) -> bytes:
    """The ticket as a PDF on the configured paper width (80 mm if no printer is set up)."""
    from pst_kiosk.printing.pdf_ticket import render_pdf  # reportlab: ~80 ms, PDFs only

    profile = paper_profile((printer or config.printer).profile)
    layout = ticket_layout(ticket, config, profile, reprint=reprint)
    return render_pdf(layout, profile.paper_mm, title=f"Tiket antrian {ticket.code}")
