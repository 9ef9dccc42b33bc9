"""A visitor at the kiosk, tap by tap: each journey ends in the right rows and screen."""

from __future__ import annotations

from conftest import NIK
from sqlmodel import select

from pst_kiosk.store.models import PrintJob, Ticket, Visit, Visitor


def rows(ctx, table):
    with ctx.db.read() as s:
        return s.exec(select(table)).all()


def test_new_visitor_gets_a_printed_ticket(kiosk):
    kiosk.tap("service_K")
    kiosk.wait_page("id")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    assert kiosk.text_of("field_birth_year") == "1990"  # read from the NIK
    # one field typed on the virtual keyboard itself, key by key
    kiosk.tap("field_data_needed")
    kiosk.type_on_keyboard("ipm miskin")
    assert kiosk.text_of("field_data_needed").lower() == "ipm miskin"
    kiosk.fill_guest_book()
    kiosk.tap("guestNext")
    kiosk.wait_page("consent")
    kiosk.tap("consentCheck")
    kiosk.tap("consentAgree")
    kiosk.wait_page("priority")
    kiosk.tap("priority_none")
    kiosk.wait_page("ticket")
    assert kiosk.text_of("ticketCode") == "K-001"
    kiosk.qtbot.waitUntil(lambda: kiosk.backend.property("printState") == "printed", timeout=10000)
    assert "dicetak" in kiosk.text_of("printStateText")
    visitor, = rows(kiosk.ctx, Visitor)
    visit, = rows(kiosk.ctx, Visit)
    ticket, = rows(kiosk.ctx, Ticket)
    job, = rows(kiosk.ctx, PrintJob)
    assert visitor.name == "Budi Santoso" and visitor.id_last4 == "0001"
    assert NIK not in str(visitor.model_dump())
    assert visit.data_needed.lower() == "ipm miskin" and visit.age_group == "30-39"
    assert ticket.visit_id == visit.id and job.status == "printed"
    kiosk.tap("ticketDone")
    kiosk.wait_page("welcome")


def test_returning_visitor_is_greeted_and_confirms(kiosk):
    from pst_kiosk.services.guestbook import GuestBookService, GuestEntry

    GuestBookService(kiosk.ctx).register(GuestEntry(
        "ktp", NIK, "P", consent=True, values={
            "name": "Budi Santoso", "sex": "L", "birth_year": "1990", "education": "s2",
            "occupation": "researcher", "institution_type": "education",
            "phone": "081234567890", "purpose": "Buku"}))
    kiosk.tap("service_K")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    assert "Budi Santoso" in kiosk.item("welcomeBack").childItems()[0].property("text")
    assert kiosk.text_of("field_name") == "Budi Santoso"
    kiosk.tap("guestNext")  # purpose pre-filled from nothing: the visit's purpose is asked anew
    assert kiosk.page == "guest"
    kiosk.type_text("field_purpose", "Data inflasi")
    kiosk.tap("guestNext")
    kiosk.wait_page("consent")
    kiosk.tap("consentCheck")
    kiosk.tap("consentAgree")
    kiosk.tap("priority_elderly")
    kiosk.wait_page("ticket")
    assert kiosk.text_of("ticketCode") == "K-001"
    assert len(rows(kiosk.ctx, Visitor)) == 1
    assert len(rows(kiosk.ctx, Visit)) == 2
    ticket = [t for t in rows(kiosk.ctx, Ticket) if t.code == "K-001"][0]
    assert ticket.priority == 1 and ticket.priority_reason == "elderly"


def test_invalid_nik_shows_the_reason_and_stays(kiosk):
    kiosk.tap("service_K")
    kiosk.enter_nik("8271011508900")  # 13 digits
    kiosk.qtbot.waitUntil(lambda: kiosk.find("idError") is not None, timeout=5000)
    assert "16 digit" in kiosk.text_of("idError")
    assert kiosk.page == "id"
    kiosk.tap("lang_en")
    assert kiosk.backend.property("language") == "en"
    kiosk.tap("idNext")
    kiosk.qtbot.waitUntil(lambda: "16 digits" in kiosk.text_of("idError"), timeout=5000)
    assert rows(kiosk.ctx, Visitor) == [] and rows(kiosk.ctx, Ticket) == []


def test_missing_required_field_is_marked_next_to_it(kiosk):
    kiosk.tap("service_P")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    kiosk.fill_guest_book(skip=("field_name",))
    kiosk.tap("guestNext")
    assert kiosk.page == "guest"
    assert kiosk.backend.property("fieldErrors") == {"name": "Wajib diisi."}
    assert kiosk.find("guestErrorSummary") is not None
    assert rows(kiosk.ctx, Visitor) == []


def test_no_consent_no_ticket(kiosk):
    kiosk.tap("service_K")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    kiosk.fill_guest_book()
    kiosk.tap("guestNext")
    kiosk.wait_page("consent")
    kiosk.tap("consentAgree")  # disabled until the box is ticked
    assert kiosk.page == "consent"
    kiosk.tap("consentDecline")
    kiosk.item("consentDeclined")
    assert kiosk.backend.property("form") == {}
    kiosk.tap("declinedHome")
    kiosk.wait_page("welcome")
    for table in (Visitor, Visit, Ticket, PrintJob):
        assert rows(kiosk.ctx, table) == []


def test_idle_timeout_clears_a_half_filled_form(kiosk):
    kiosk.backend.idle.seconds = 1  # the configured value: test_kiosk_staff.py
    kiosk.tap("service_K")
    kiosk.enter_nik(NIK)
    kiosk.wait_page("guest")
    kiosk.type_text("field_name", "Budi Santoso")
    kiosk.wait_page("welcome")  # nobody touched the screen: back to welcome
    assert kiosk.find("field_name") is None
    kiosk.tap("service_K")
    kiosk.wait_page("id")
    assert kiosk.find("idNumberDisplay").childItems()[0].property("text") == "—"
    assert rows(kiosk.ctx, Visitor) == []
