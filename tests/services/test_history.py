"""Issue 18's findings on history and whole use cases, each reproduced on both backends.

- finish-with-note and follow-up were two transactions: a fault between them left a final
  note on a called ticket (F5 again: "note already final"), or a ticket the note never knew;
- a re-queue erased the first call and the skip; a hand-over charged the second counter from
  the first counter's call;
- "issued" had two definitions (the counter's strip said 1, the report 2 for one transfer).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services import report_data
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.consultation import ConsultationService, NoteFields
from pst_kiosk.services.dayfigures import DayFiguresService
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import ConsultationNote, Ticket, TicketCall
from tests.helpers import FailingWrite

NOTE = NoteFields(topic="poverty", outcome="fulfilled", notes="garis kemiskinan")


@pytest.fixture
def staff(ctx):
    return AccountService(ctx).create("sari", "Sari Frontliner", "frontliner", "kopi-pagi-7")


def test_finish_with_note_is_one_transaction(ctx, staff):
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    ticket = queue.issue("K")
    queue.call_next(1, staff_id=staff.id)
    with FailingWrite(ctx.db, "ticket", "UPDATE", "NEW.status = 'done'"), \
            pytest.raises(Exception):  # noqa: B017 - the injected fault, whatever it is wrapped in
        notes.finish_with_note(ticket.id, staff.id, NOTE)
    # Nothing happened: the note is still a draft-to-be and the ticket is at the counter…
    assert queue.get(ticket.id).status == "called"
    kept = notes.note(ticket.id, staff.id)
    assert kept is None or kept.is_draft
    # …so pressing F5 again simply works.
    done = notes.finish_with_note(ticket.id, staff.id, NOTE)
    assert done.status == "done" and notes.note(ticket.id, staff.id).is_draft is False


def test_follow_up_is_one_transaction(ctx, staff):
    queue, notes = QueueService(ctx), ConsultationService(ctx)
    ticket = queue.issue("K")
    queue.call_next(1, staff_id=staff.id)
    notes.save_draft(ticket.id, staff.id, NoteFields(topic="poverty"))
    with FailingWrite(ctx.db, "consultation_note", "UPDATE",
                      "NEW.followup_ticket_id IS NOT NULL"), pytest.raises(Exception):  # noqa: B017
        notes.follow_up(ticket.id, "P", staff.id, print_ticket=False)
    assert [t.code for t in queue.waiting()] == []  # no ticket the note does not know
    issued = notes.follow_up(ticket.id, "P", staff.id, print_ticket=False)
    assert [t.code for t in queue.waiting()] == [issued.code]
    assert notes.note(ticket.id, staff.id).followup_ticket_code == issued.code
    with pytest.raises(UserError) as again:
        notes.follow_up(ticket.id, "P", staff.id, print_ticket=False)
    assert again.value.code == "followup_exists"


def test_requeue_keeps_the_first_call_and_the_skip(ctx, clock):
    queue = QueueService(ctx)
    late = queue.issue("K")
    clock.advance(minutes=11)
    queue.call_next(1)                          # waited 11 minutes, did not come
    clock.advance(minutes=1)
    queue.skip(late.id)
    clock.advance(minutes=5)
    queue.requeue(late.id)
    clock.advance(minutes=3)
    queue.call_next(1)                          # came back, waited 3 minutes
    clock.advance(minutes=4)
    queue.finish(late.id)
    with ctx.db.read() as session:
        calls = session.exec(select(TicketCall).order_by(TicketCall.id)).all()
    assert [c.ended_by for c in calls] == ["skipped", "finished"]
    q = report_data.gather(ctx, ctx.today(), ctx.today()).queue
    assert (q.no_show_wait.count, q.no_show_wait.mean) == (1, 11 * 60)  # the first wait stays
    assert (q.wait.count, q.wait.mean, q.service.mean) == (1, 3 * 60, 4 * 60)
    assert (q.issued, q.served, q.no_show, q.calls) == (1, 1, 0, 2)


def test_hand_over_charges_each_counter_its_own_service(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    clock.advance(minutes=1)
    queue.call_next(1)
    queue.start(ticket.id)
    clock.advance(minutes=13)
    queue.transfer(ticket.id, to_counter=2)     # counter 1 served 13:00
    again = queue.call_next(2)
    assert again.clocks(clock.now).service == timedelta(0)  # not 13:30 and red on arrival
    clock.advance(seconds=35)
    queue.finish(ticket.id)                     # counter 2 served 0:35
    data = report_data.gather(ctx, ctx.today(), ctx.today())
    by_counter = {g.key: g.figures for g in data.per_counter}
    assert by_counter["1"].service.mean == 13 * 60
    assert by_counter["2"].service.mean == 35
    assert (data.queue.issued, data.queue.served, data.queue.calls) == (1, 1, 2)


def test_issued_has_one_definition(ctx, clock):
    queue = QueueService(ctx)
    ticket = queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=2)
    queue.transfer(ticket.id, to_service="R")   # one visitor, moved once
    strip = DayFiguresService(ctx).figures()
    report = report_data.gather(ctx, ctx.today(), ctx.today())
    assert strip.issued == report.queue.issued == sum(report.arrivals_by_hour) == 1
    with ctx.db.read() as session:
        assert len(session.exec(select(Ticket)).all()) == 2
        assert session.exec(select(ConsultationNote)).all() == []
