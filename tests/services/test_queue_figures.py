"""The clocks written in SQL (services/queue_figures.py) equal the clocks of domain/sla.py
read from the same call rows, on a randomly generated day of both backends."""

from __future__ import annotations

import random

import pytest
from sqlmodel import select

from pst_kiosk.domain.sla import duration_stats
from pst_kiosk.services.queue import QueueService, history
from pst_kiosk.services.queue_figures import read_range
from pst_kiosk.store.models import Ticket


def _random_day(ctx, clock, seed: int) -> None:
    rng, queue = random.Random(seed), QueueService(ctx)
    for _ in range(60):
        clock.advance(seconds=rng.randint(5, 400))
        step = rng.random()
        at_counter = [t for t in queue.today() if t.status in ("called", "serving")]
        if step < 0.35:
            queue.issue(rng.choice("KR"))
        elif step < 0.6:
            counter = rng.choice((1, 2))
            if not any(t.counter_number == counter for t in at_counter):
                queue.call_next(counter)
        elif at_counter:
            ticket = rng.choice(at_counter)
            how = rng.random()
            if how < 0.6:
                queue.finish(ticket.id)
            elif how < 0.75 and ticket.status == "called":
                queue.skip(ticket.id)
                if rng.random() < 0.5:
                    queue.requeue(ticket.id)
            elif how < 0.9:
                queue.transfer(ticket.id, to_counter=2 if ticket.counter_number == 1 else 1)
            else:
                queue.transfer(ticket.id, to_service="R" if ticket.service_letter == "K" else "K")


@pytest.mark.parametrize("seed", [1, 2])
def test_sql_clocks_equal_the_domain_clocks(ctx, clock, seed):
    _random_day(ctx, clock, seed)
    with ctx.db.read() as session:
        calls = [c for t in session.exec(select(Ticket.id)).all()
                 for c in history.calls_of(session, t)]
        figures = read_range(session, ctx.today(), ctx.today(), ctx.wait_target,
                             ctx.service_target).of(("all",))
    came = [c for c in calls if not c.no_show]
    served = [s.total_seconds() for c in came if (s := c.service()) is not None]
    assert len(calls) == figures.calls > 10
    for got, values in ((figures.wait, [c.wait.total_seconds() for c in came]),
                        (figures.waited, [c.waited.total_seconds() for c in came]),
                        (figures.service, served),
                        (figures.no_show_wait, [c.wait.total_seconds() for c in calls
                                                if c.no_show])):
        want = duration_stats(values, 600)
        assert (got.count, got.within) == (want.count, want.within)
        assert (got.mean, got.median, got.p90) == pytest.approx((want.mean, want.median,
                                                                 want.p90), abs=1e-3)
