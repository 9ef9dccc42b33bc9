"""Services and counters as configured, mirrored into the database at start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from pst_kiosk.config import Config
from pst_kiosk.store.engine import Database
from pst_kiosk.store.models import Counter, Service


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    letter: str
    name_id: str
    name_en: str

    def name(self, language: str = "id") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_id


@dataclass(frozen=True)
class CounterInfo:
    id: int
    number: int
    name: str
    letters: tuple[str, ...]


def sync_from_config(db: Database, config: Config) -> None:
    """Upsert configured services/counters; ones no longer configured become inactive."""
    with db.write() as session:
        services = {s.letter: s for s in session.exec(select(Service)).all()}
        for sort, wanted in enumerate(config.services):
            service = services.pop(wanted.letter, None) or Service(
                letter=wanted.letter, name_id="", name_en=""
            )
            service.name_id, service.name_en = wanted.name_id, wanted.name_en
            service.sort, service.active = sort, True
            session.add(service)
        for retired in services.values():
            retired.active = False
        counters = {c.number: c for c in session.exec(select(Counter)).all()}
        for counter_config in config.counters:
            counter = counters.pop(counter_config.number, None) or Counter(
                number=counter_config.number, name=""
            )
            counter.name, counter.active = counter_config.name, True
            counter.service_letters = ",".join(counter_config.services)
            session.add(counter)
        for closed in counters.values():
            closed.active = False


def list_services(db: Database) -> list[ServiceInfo]:
    with db.read() as session:
        rows = session.exec(select(Service).where(Service.active).order_by(Service.sort)).all()
        return [ServiceInfo(r.id or 0, r.letter, r.name_id, r.name_en) for r in rows]


def list_counters(db: Database) -> list[CounterInfo]:
    with db.read() as session:
        rows = session.exec(select(Counter).where(Counter.active).order_by(Counter.number)).all()
        return [_counter_info(r) for r in rows]


def _counter_info(row: Counter) -> CounterInfo:
    letters = tuple(x for x in row.service_letters.split(",") if x)
    return CounterInfo(row.id or 0, row.number, row.name, letters)
