"""Follow-ups by appointment: booked with a code, checked in at the kiosk by that code (no
guest book), and the ticket called first at its booked time — not before."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.online_desk import OnlineDesk
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import Visit, Visitor
from tests.services.online_helpers import ACTOR, whatsapp_request


@pytest.fixture
def booked(ctx, clock):
    desk = OnlineDesk(ctx)
    request = desk.register(whatsapp_request(), actor=ACTOR)
    desk.complete(request.id, actor=ACTOR)
    appointment = desk.schedule(request.id, kind="walk_in",
                                starts_at=clock.now + timedelta(minutes=30), actor=ACTOR)
    return desk, request, appointment


def test_booking_gives_a_code_for_the_day_and_refuses_the_past(ctx, clock, booked):
    desk, request, appointment = booked
    assert len(appointment.code) == 6 and appointment.status == "booked"
    assert [a.code for a in desk.appointments_of()] == [appointment.code]
    with pytest.raises(UserError) as past:
        desk.schedule(request.id, kind="walk_in", starts_at=clock.now, actor=ACTOR)
    assert past.value.code == "appointment_in_past"
    with pytest.raises(UserError) as video:
        desk.schedule(request.id, kind="video", starts_at=clock.now + timedelta(hours=1),
                      actor=ACTOR)
    assert video.value.code == "meeting_link_required"


def test_check_in_early_waits_behind_the_queue_then_is_called_first(ctx, clock, booked):
    desk, request, appointment = booked
    queue = QueueService(ctx)
    walk_in = queue.issue("K")
    clock.advance(minutes=5)
    checked = desk.check_in(appointment.code[:3] + " " + appointment.code[3:])
    assert checked.early and not checked.again
    assert checked.requester_name == "Siti Rahma" and checked.request_number == request.number
    ticket = checked.ticket
    assert ticket.service_letter == "K" and ticket.print_job_id is not None
    assert ticket.people_ahead == 1  # the walk-in who came before
    later = queue.issue("K")  # arrives before the appointment time, after the check-in
    assert [t.code for t in queue.waiting()] == [walk_in.code, later.code, ticket.code]
    clock.advance(minutes=25)  # the booked time
    assert [t.code for t in queue.waiting()][0] == ticket.code
    assert queue.call_next(1).code == ticket.code
    with ctx.db.read() as session:
        visit = session.get(Visit, ticket.visit_id)
        visitor = session.get(Visitor, visit.visitor_id)
    assert request.number in visit.purpose
    assert (visitor.name, visitor.phone, visitor.id_hash) == ("Siti Rahma", "081234567890", None)


def test_check_in_late_is_called_first_at_once_and_twice_shows_the_same_ticket(ctx, clock,
                                                                               booked):
    desk, _request, appointment = booked
    queue = QueueService(ctx)
    queue.issue("K", priority_reason="elderly")
    clock.advance(minutes=40)
    first = desk.check_in(appointment.code)
    assert not first.early and first.ticket.people_ahead == 0
    again = desk.check_in(appointment.code)
    assert again.again and again.ticket.id == first.ticket.id
    assert queue.call_next(1).code == first.ticket.code
    assert desk.appointments_of()[0].ticket_code == first.ticket.code


def test_wrong_codes_say_what_is_wrong(ctx, clock, booked):
    desk, request, appointment = booked
    with pytest.raises(UserError) as unknown:
        desk.check_in("000000" if appointment.code != "000000" else "111111")
    assert unknown.value.code == "unknown_booking"
    with pytest.raises(UserError) as short:
        desk.check_in("123")
    assert short.value.code == "bad_booking_code"
    tomorrow = desk.schedule(request.id, kind="walk_in", starts_at=clock.now + timedelta(days=1),
                             actor=ACTOR)
    with pytest.raises(UserError) as other_day:
        desk.check_in(tomorrow.code)
    assert other_day.value.code in ("booking_other_day", "unknown_booking")
    video = desk.schedule(request.id, kind="video", starts_at=clock.now + timedelta(hours=2),
                          actor=ACTOR, meeting_link="https://zoom.us/j/123")
    with pytest.raises(UserError) as by_video:
        desk.check_in(video.code)
    assert by_video.value.code == "booking_is_video"
    desk.cancel_appointment(appointment.id, actor=ACTOR)
    with pytest.raises(UserError) as cancelled:
        desk.check_in(appointment.code)
    assert cancelled.value.code == "booking_cancelled"
