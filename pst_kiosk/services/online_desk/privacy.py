"""Requesters' personal data kept no longer than the configured period (UU 27/2022), as for
the guest book: ``privacy.retention_days`` after a request was closed, its name, institution,
contacts and the text of its messages are wiped; the number, channel, subject and the clock's
instants stay, so the reports of past periods do not change. Idempotent."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlmodel import col, select

from pst_kiosk.domain.enums import OnlineStatus
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.store.models import OnlineMessage, OnlineRequest

R = OnlineRequest


def purge_requests(ctx: ServiceContext, actor: str = "system") -> int:
    now = ctx.now()
    limit = now - timedelta(days=ctx.config.privacy.retention_days)
    with ctx.db.write() as session:
        ids = list(session.exec(
            select(R.id).where(R.status == OnlineStatus.CLOSED, col(R.closed_at) < limit,
                               col(R.purged_at).is_(None))
        ).all())
        if not ids:
            return 0
        session.execute(update(R).where(col(R.id).in_(ids)).values(
            requester_name="", institution="", email="", whatsapp="", web_transaction="",
            data_requested="", missing="", title="", purged_at=now))
        session.execute(update(OnlineMessage).where(col(OnlineMessage.request_id).in_(ids))
                        .values(text="", attachments="", mail_to="", mail_subject=""))
        audit.record(session, now, actor, "purge", "online_request", None, requests=len(ids))
    return len(ids)
