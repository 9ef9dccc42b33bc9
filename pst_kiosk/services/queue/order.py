"""The calling order: priority first, then the time a ticket entered the queue.

A ticket of a follow-up appointment (``APPOINTMENT``, issued at the kiosk check-in by its
booking code) is called first from its booked time on: it enters the queue at the later of
its check-in and its booked time (``queued_at``), and until that time comes it ranks as an
ordinary ticket — behind everyone already waiting, since it "arrives" last — then above every
other priority. An early visitor is therefore neither called before the appointment nor kept
waiting behind the queue after it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, case
from sqlmodel import col

from pst_kiosk.store.models import Ticket

APPOINTMENT = 2  # Ticket.priority: 1 = elderly, disabled, pregnant, with small children


def rank(now: datetime, table: Any = None) -> Any:
    """The effective priority at ``now`` as a SQL expression (of ``table``'s columns)."""
    priority = col(Ticket.priority) if table is None else table.c.priority
    queued_at = col(Ticket.queued_at) if table is None else table.c.queued_at
    return case((and_(priority >= APPOINTMENT, queued_at > now), 0), else_=priority)


def calling_order(now: datetime) -> tuple[Any, ...]:
    return (rank(now).desc(), col(Ticket.queued_at), col(Ticket.id))


def rank_of(ticket: Ticket, now: datetime) -> int:
    """``rank`` for one loaded ticket."""
    from pst_kiosk.domain.clock import as_utc

    if ticket.priority >= APPOINTMENT and as_utc(ticket.queued_at) > as_utc(now):
        return 0
    return ticket.priority
