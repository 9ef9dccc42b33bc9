"""The guest book: one transaction, ID kept as keyed hash + last four, consent recorded."""

from __future__ import annotations

import os
import stat

import pytest
from sqlmodel import select

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services import privacy_key
from pst_kiosk.services.guestbook import FieldErrors, GuestBookService, GuestEntry
from pst_kiosk.store.models import AuditLog, PrintJob, Ticket, Visit, Visitor

NIK = "8271011508900001"  # Ternate, born 15-08-1990, male
FORM = {
    "name": "Siti Rahma", "sex": "P", "birth_year": "1990", "education": "d4s1",
    "occupation": "researcher", "institution": "Universitas Khairun",
    "institution_type": "education", "phone": "0812 3456 7890", "email": "siti@unkhair.ac.id",
    "purpose": "Data kemiskinan", "data_needed": "Persentase penduduk miskin 2025",
}  # fmt: skip


def entry(**changes) -> GuestEntry:
    base = dict(id_type="ktp", id_number=NIK, service_letter="K", values=dict(FORM), consent=True)
    base.update(changes)
    return GuestEntry(**base)


def test_new_visitor_commits_visitor_visit_ticket_and_print_job(ctx):
    book = GuestBookService(ctx)
    done = book.register(entry(priority_reason="pregnant"))
    assert not done.returning
    assert done.ticket.code == "K-001" and done.ticket.priority == 1
    with ctx.db.read() as s:
        visitor = s.get(Visitor, done.visitor_id)
        visit = s.get(Visit, done.visit_id)
        ticket = s.get(Ticket, done.ticket.id)
        job = s.get(PrintJob, done.ticket.print_job_id)
        assert visitor.id_last4 == "0001" and visitor.id_hash and NIK not in visitor.id_hash
        assert visitor.consent_version == gf.CONSENT_VERSION and visitor.consent_at is not None
        assert visitor.phone == "081234567890"
        assert (visit.sex, visit.age_group, visit.education, visit.occupation,
                visit.institution_type) == ("P", "30-39", "d4s1", "researcher", "education")
        assert ticket.visit_id == visit.id and job.status == "pending"
        assert book.print_status(job.id) == "pending"
        # the ID number is nowhere in the database, in any column
        for row in [*s.exec(select(Visitor)).all(), *s.exec(select(AuditLog)).all()]:
            assert NIK not in repr(row.model_dump())


def test_returning_visitor_is_found_by_hash_and_reused(ctx):
    book = GuestBookService(ctx)
    first = book.register(entry())
    check = book.check_id("ktp", "8271 0115 0890 0001")
    assert check.returning and check.profile["name"] == "Siti Rahma"
    again = book.register(entry(id_number="8271-0115-0890-0001", service_letter="P",
                                values={**FORM, "phone": "081299998888"}))
    assert again.returning and again.visitor_id == first.visitor_id
    with ctx.db.read() as s:
        assert len(s.exec(select(Visitor)).all()) == 1
        assert len(s.exec(select(Visit)).all()) == 2
        assert s.get(Visitor, first.visitor_id).phone == "081299998888"


def test_new_nik_prefills_sex_and_birth_year_from_the_nik(ctx):
    check = GuestBookService(ctx).check_id("ktp", "8271015508900002")  # female, 1990
    assert not check.returning
    assert check.as_form() == {"sex": "P", "birth_year": "1990"}


def test_invalid_nik_is_refused_and_nothing_is_written(ctx):
    book = GuestBookService(ctx)
    with pytest.raises(UserError) as caught:
        book.register(entry(id_number="82710115089"))
    assert caught.value.code == "nik_length" and "16 digit" in caught.value.message("id")
    _assert_empty(ctx)


def test_missing_required_field_names_the_field(ctx):
    with pytest.raises(FieldErrors) as caught:
        GuestBookService(ctx).register(entry(values={**FORM, "name": "", "email": "x@"}))
    assert [p.field for p in caught.value.problems] == ["name", "email"]
    _assert_empty(ctx)


def test_no_consent_no_ticket(ctx):
    with pytest.raises(UserError) as caught:
        GuestBookService(ctx).register(entry(consent=False))
    assert caught.value.code == "consent_required"
    _assert_empty(ctx)


def test_hash_key_file_is_made_once_with_mode_600(tmp_path):
    key = privacy_key.load_key(tmp_path)
    assert len(key) == 32 and privacy_key.load_key(tmp_path) == key
    mode = stat.S_IMODE(os.stat(privacy_key.key_path(tmp_path)).st_mode)
    assert mode == 0o600
    assert privacy_key.load_key(tmp_path, "ab" * 32) == b"\xab" * 32
    with pytest.raises(UserError):
        privacy_key.load_key(tmp_path, "not hex")


def test_hash_key_is_the_one_resolved_at_start(monkeypatch, db_url, clock):
    """``PST_ID_HASH_KEY`` is read with the configuration; a later change of the variable
    must not make the same NIK hash differently in the same process."""
    from pst_kiosk.services.bootstrap import open_context

    monkeypatch.setenv("PST_ID_HASH_KEY", "ab" * 32)
    ctx = open_context(database_url=db_url, clock=clock)
    try:
        monkeypatch.setenv("PST_ID_HASH_KEY", "cd" * 32)
        assert GuestBookService(ctx).key == b"\xab" * 32
    finally:
        ctx.db.dispose()


def _assert_empty(ctx) -> None:
    with ctx.db.read() as s:
        for table in (Visitor, Visit, Ticket, PrintJob):
            assert s.exec(select(table)).all() == []
