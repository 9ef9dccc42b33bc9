"""The audit log: written inside the same transaction as the change it records."""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import Session

from pst_kiosk.store.models import AuditLog


def record(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    **detail: object,
) -> None:
    session.add(
        AuditLog(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, default=str, ensure_ascii=False) if detail else "",
        )
    )
