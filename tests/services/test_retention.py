"""Personal data past the retention period is wiped; the anonymous statistics stay."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from pst_kiosk.services.retention import purge
from pst_kiosk.store.models import AuditLog, Visit, Visitor


def _visitor(ctx, tmp_path: Path, name: str, photo: bool) -> int:
    now = ctx.now()
    picture = tmp_path / f"{name}.jpg"
    if photo:
        picture.write_bytes(b"jpeg")
    with ctx.db.write() as session:
        visitor = Visitor(id_hash="ab" * 32, id_last4="1234", name=name, sex="P",
                          birth_year=1990, phone="081234567890", email=f"{name}@x.id",
                          institution="Universitas Khairun", created_at=now, last_visit_at=now,
                          photo_path=str(picture) if photo else None,
                          photo_taken_at=now if photo else None)
        session.add(visitor)
        session.flush()
        session.add(Visit(visitor_id=visitor.id, day=ctx.today(), created_at=now, sex="P",
                          age_group="30-39", education="S1"))
        return visitor.id


def test_purge_wipes_people_but_keeps_statistics(ctx, clock, tmp_path: Path):
    old = _visitor(ctx, tmp_path, "lama", photo=True)
    clock.advance(days=ctx.config.privacy.retention_days - 10)
    recent = _visitor(ctx, tmp_path, "baru", photo=True)
    clock.advance(days=11)

    result = purge(ctx)
    assert result.visitors_anonymised == 1
    assert result.photos_removed == 1  # the recent photo is 11 days old: kept for now
    assert not (tmp_path / "lama.jpg").exists() and (tmp_path / "baru.jpg").exists()
    with ctx.db.read() as session:
        wiped = session.get(Visitor, old)
        kept = session.get(Visitor, recent)
        visits = session.exec(select(Visit)).all()
        logged = session.exec(select(AuditLog).where(AuditLog.action == "purge")).all()
    assert wiped.purged_at is not None
    assert (wiped.name, wiped.phone, wiped.email, wiped.id_hash, wiped.id_last4,
            wiped.birth_year, wiped.institution) == (None,) * 7
    assert kept.name == "baru" and kept.photo_path is not None
    assert [(v.sex, v.age_group, v.education) for v in visits] == [("P", "30-39", "S1")] * 2
    assert len(logged) == 1
    assert purge(ctx).as_dict() == {"visitors_anonymised": 0, "photos_removed": 0}
    clock.advance(days=ctx.config.privacy.photo_retention_days)
    assert purge(ctx).as_dict() == {"visitors_anonymised": 0, "photos_removed": 1}
    assert not (tmp_path / "baru.jpg").exists()


def test_nothing_to_purge_inside_the_period(ctx, clock, tmp_path: Path):
    _visitor(ctx, tmp_path, "tamu", photo=False)
    clock.advance(days=ctx.config.privacy.retention_days - 1)
    assert purge(ctx).visitors_anonymised == 0
    clock.advance(days=2)
    assert purge(ctx).visitors_anonymised == 1
