"""Seed a database with a year of past visits and tickets, fast (SQLAlchemy Core executemany).

≈ 500 visits per working day × 250 days ≈ 125,000 visits and tickets, all done, so the
benchmarks run against a database of realistic size rather than an empty one.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import insert, select

from pst_kiosk.domain.clock import day_bounds_utc
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.store.models import Counter, Service, Ticket, TicketCall, Visit


def seed_year(ctx: ServiceContext, visits: int = 125_000, end_day=None) -> int:
    rng = random.Random(2026)
    zone = ctx.zone
    end_day = end_day or ctx.today() - timedelta(days=1)
    days = []
    day = end_day
    while len(days) < 250:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    with ctx.db.read() as session:
        services = [s.id for s in session.exec(select(Service)).scalars()]
        letters = {s.id: s.letter for s in session.exec(select(Service)).scalars()}
        counters = [c.id for c in session.exec(select(Counter)).scalars()]
    per_day = visits // len(days)
    visit_rows, ticket_rows, call_rows = [], [], []
    for day in sorted(days):
        start, _ = day_bounds_utc(day, zone)
        seqs: dict[int, int] = {}
        for n in range(per_day):
            service = services[n % len(services)]
            seqs[service] = seqs.get(service, 0) + 1
            issued = start + timedelta(hours=8) + timedelta(seconds=n * 50)
            called = issued + timedelta(seconds=rng.randint(30, 900))
            finished = called + timedelta(seconds=rng.randint(120, 900))
            visit_rows.append(dict(day=day, created_at=issued, service_id=service,
                                   sex=rng.choice("LP"), age_group="20-29"))
            counter = rng.choice(counters)
            ticket_rows.append(dict(
                day=day, service_id=service, seq=seqs[service],
                code=f"{letters[service]}-{seqs[service]:03d}", status="done", priority=0,
                priority_reason="", counter_id=counter, issued_at=issued, queued_at=issued,
                waiting_since=issued, wait_started_at=issued, called_at=called,
                last_called_at=called, call_count=1, started_at=called, finished_at=finished,
            ))
            call_rows.append(dict(
                day=day, service_id=service, counter_id=counter, entered_at=issued,
                clock_start=issued, called_at=called, ended_at=finished, ended_by="finished",
            ))
    with ctx.db.write() as session:
        for i in range(0, len(visit_rows), 5000):
            session.execute(insert(Visit), visit_rows[i:i + 5000])
            ids = session.execute(insert(Ticket).returning(Ticket.id, sort_by_parameter_order=True),
                                  ticket_rows[i:i + 5000]).scalars().all()
            session.execute(insert(TicketCall), [
                {**call, "ticket_id": ticket_id}
                for call, ticket_id in zip(call_rows[i:i + 5000], ids, strict=True)])
    return len(visit_rows)

