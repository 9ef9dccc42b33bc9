"""The 7-day close: a request whose requester has not replied for 7 calendar days after the
officer's last message is closed as "no response", with the reason in the audit log.

Run at every face's start, by the counter PC's housekeeping and by ``pst-kiosk online sweep``
for a scheduler. Idempotent: a closed request is not looked at again, and a request whose
requester wrote since the officer's last message (a reply on day 6) is not silent. A request
with a follow-up appointment still ahead is left open: the conversation goes on there.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from pst_kiosk.domain import online_sla
from pst_kiosk.domain.clock import local_day
from pst_kiosk.domain.enums import AppointmentStatus, CloseReason, OnlineStatus
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import lifecycle
from pst_kiosk.services.online_desk.listing import _waiting_clause
from pst_kiosk.store.models import Appointment, OnlineRequest

R = OnlineRequest
ACTOR = "system:sweep"


@dataclass(frozen=True)
class SweepResult:
    closed: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {"closed_no_response": list(self.closed), "count": len(self.closed)}


def sweep(ctx: ServiceContext, actor: str = ACTOR) -> SweepResult:
    now = ctx.now()
    limit = now - online_sla.NO_RESPONSE_AFTER
    with ctx.db.read() as session:
        candidates = session.exec(
            select(R.id).where(col(R.status) != OnlineStatus.CLOSED, _waiting_clause(),
                               col(R.last_officer_at) <= limit)
        ).all()
    closed = []
    for request_id in candidates:
        with ctx.db.write() as session:  # one request per transaction: a sweep never blocks
            request = session.get(R, request_id, with_for_update=True)
            if request is None or request.status == OnlineStatus.CLOSED:
                continue
            silent = online_sla.silent_since(request.last_officer_at, request.last_requester_at)
            if silent is None or now < online_sla.no_response_close_due(silent):
                continue  # the requester wrote in the meantime
            ahead = session.exec(
                select(Appointment.id).where(Appointment.request_id == request.id,
                                             Appointment.status == AppointmentStatus.BOOKED,
                                             col(Appointment.starts_at) > now)
            ).first()
            if ahead is not None:
                continue
            lifecycle.close(ctx, session, request, CloseReason.NO_RESPONSE, actor,
                            because="7 hari tanpa tanggapan pemohon sejak pesan terakhir petugas",
                            silent_since=local_day(silent, ctx.zone).isoformat(),
                            days=(now - silent).days)
            closed.append(request.number)
    return SweepResult(tuple(closed))
