"""Finding the rows a queue action works on, and refusing when they are not there.

Services and counters are read once per session and kept in ``session.info``: the identity
map holds only weak references, so a bare ``session.get`` per ticket was one query per row
(the board's read, on PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session, select

from pst_kiosk.domain.enums import ACTIVE_AT_COUNTER
from pst_kiosk.domain.ticket_states import Action, allows
from pst_kiosk.services.queue import refusals
from pst_kiosk.store.models import Counter, Service, Ticket

# Written exactly as the partial index's predicate so SQLite's planner uses that index.
AT_COUNTER = text("ticket.status IN ('called', 'serving')")
assert set(ACTIVE_AT_COUNTER) == {"called", "serving"}


def service(session: Session, letter: str) -> Service:
    """An active service by its letter."""
    found = session.exec(
        select(Service).where(Service.letter == letter.upper(), Service.active)
    ).first()
    if found is None:
        raise refusals.unknown_service(letter)
    return found


def counter(session: Session, number: int) -> Counter:
    """An active counter by its number."""
    found = session.exec(select(Counter).where(Counter.number == number, Counter.active)).first()
    if found is None:
        raise refusals.unknown_counter(number)
    return found


def letters(of: Counter) -> list[str]:
    return [x for x in of.service_letters.split(",") if x]


def ensure_serves(of: Counter, letter: str) -> None:
    if letter not in letters(of):
        raise refusals.counter_not_serving(of.number, letter)


def locked_ticket(session: Session, ticket_id: int, action: Action) -> Ticket:
    """The ticket, row-locked, in a status that allows ``action`` (``ticket_states``).

    Row lock (PostgreSQL): two counters acting on one ticket take turns, and the second sees
    the first one's outcome. SQLite's BEGIN IMMEDIATE already serialises writers.
    """
    ticket = session.get(Ticket, ticket_id, with_for_update=True, populate_existing=True)
    if ticket is None:
        raise refusals.unknown_ticket(str(ticket_id))
    if not allows(action, ticket.status):
        raise refusals.wrong_state(ticket.code, ticket.status, action)
    return ticket


def all_counters(session: Session) -> list[Counter]:
    cached = session.info.get("counters")
    if cached is None:
        cached = session.info["counters"] = list(session.exec(select(Counter)).all())
    return cached


def services_by_id(session: Session) -> dict[int, Service]:
    return {s.id or 0: s for s in session.exec(select(Service)).all()}


def service_of(session: Session, service_id: int) -> Service:
    cached: dict[int, Service | None] = session.info.setdefault("services", {})
    if service_id not in cached:
        cached[service_id] = session.get(Service, service_id)
    found = cached[service_id]
    assert found is not None, service_id  # a foreign key: always there
    return found


def open_counters(session: Session, letter: str) -> int:
    """Active counters serving ``letter``: the divisor of the estimated wait."""
    return sum(letter in letters(c) for c in all_counters(session) if c.active)
