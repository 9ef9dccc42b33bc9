"""A guest-book entry written straight to the tables, for tests that need a visitor behind a
ticket without depending on the kiosk's guest-book service."""

from __future__ import annotations

from datetime import datetime

from pst_kiosk.store.models import Visit, Visitor


def add_visit(ctx, *, name: str = "Nur Aisyah", institution: str = "Universitas Khairun",
              purpose: str = "Skripsi", data_needed: str = "IPM kabupaten 2020-2025",
              visitor_id: int | None = None, at: datetime | None = None) -> tuple[int, int]:
    """(visitor_id, visit_id): a new visitor, or a new visit of ``visitor_id``."""
    at = at or ctx.now()
    with ctx.db.write() as session:
        if visitor_id is None:
            visitor = Visitor(name=name, institution=institution, sex="P", birth_year=2002,
                              education="S1", occupation="Mahasiswa", id_last4="1234",
                              phone="08123456789", created_at=at, consent_at=at)
            session.add(visitor)
            session.flush()
            visitor_id = visitor.id
        visit = Visit(visitor_id=visitor_id, day=at.date(), created_at=at, purpose=purpose,
                      data_needed=data_needed, sex="P", age_group="20-24", education="S1",
                      occupation="Mahasiswa", institution_type="Perguruan tinggi")
        session.add(visit)
        session.flush()
        return visitor_id or 0, visit.id or 0
