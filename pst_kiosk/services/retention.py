"""Keep personal data no longer than the configured period (UU 27/2022).

Past ``privacy.retention_days`` after a visitor's last visit, everything that names or reaches
the person (name, contacts, institution, birth year, ID hash and last digits, photo) is wiped,
on the visitor row and on the contact snapshot of each of their visits; the visits keep their
anonymous snapshot (sex, age group, education…) so statistics stay.
Photos go sooner, after ``privacy.photo_retention_days``. Idempotent: any face may run it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, update
from sqlmodel import Session, col, or_, select

from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import Visit, Visitor

PERSONAL_FIELDS = (
    "id_hash", "id_last4", "name", "birth_year", "institution", "phone", "email",
    "photo_path", "photo_taken_at",
)  # fmt: skip
VISIT_PERSONAL_FIELDS = ("name", "institution", "phone", "email")


@dataclass(frozen=True)
class PurgeResult:
    visitors_anonymised: int
    photos_removed: int

    def as_dict(self) -> dict[str, int]:
        return {"visitors_anonymised": self.visitors_anonymised,
                "photos_removed": self.photos_removed}


def purge(ctx: ServiceContext, actor: str = "system") -> PurgeResult:
    now = ctx.now()
    privacy = ctx.config.privacy
    personal_limit = now - timedelta(days=privacy.retention_days)
    photo_limit = now - timedelta(days=privacy.photo_retention_days)
    with ctx.db.write() as session:
        stale = session.exec(
            select(Visitor).where(
                col(Visitor.purged_at).is_(None),
                func.coalesce(Visitor.last_visit_at, Visitor.created_at) < personal_limit,
            )
        ).all()
        old_photos = session.exec(
            select(Visitor).where(
                col(Visitor.photo_path).is_not(None),
                or_(col(Visitor.photo_taken_at).is_(None), col(Visitor.photo_taken_at) < photo_limit),
            )
        ).all()
        photos = {v.id: v.photo_path for v in old_photos if v.photo_path}
        photos.update({v.id: v.photo_path for v in stale if v.photo_path})
        for visitor in old_photos:
            visitor.photo_path = visitor.photo_taken_at = None
            session.add(visitor)
        for visitor in stale:
            _anonymise(visitor, now)
            session.add(visitor)
        if stale:
            session.flush()
            _wipe_visit_snapshots(session)
        if stale or photos:
            notify(session, Topic.VISITORS)
            audit.record(session, now, actor, "purge", "visitor", None,
                         visitors=len(stale), photos=len(photos))
    for path in photos.values():  # after the commit: a crash leaves a file, never a dangling row
        Path(path).unlink(missing_ok=True)
    return PurgeResult(len(stale), len(photos))


def _anonymise(visitor: Visitor, now: datetime) -> None:
    for name in PERSONAL_FIELDS:
        setattr(visitor, name, None)
    visitor.purged_at = now


def _wipe_visit_snapshots(session: Session) -> None:
    """Every visit of a purged visitor that still holds a contact snapshot (a subquery, not
    a list of ids: a year's purge stays one statement)."""
    purged = select(Visitor.id).where(col(Visitor.purged_at).is_not(None))
    session.execute(
        update(Visit)
        .where(col(Visit.visitor_id).in_(purged), col(Visit.name).is_not(None))
        .values({name: None for name in VISIT_PERSONAL_FIELDS})
    )
