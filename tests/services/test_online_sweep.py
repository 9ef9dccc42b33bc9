"""The 7-day close with a fixed clock: closed as "no response" 7 calendar days after the
officer's last message, never while the requester has written since (the day-6 reply), with
the reason in the audit log, idempotent."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlmodel import select

from pst_kiosk.services.online_desk import OnlineDesk, Reply
from pst_kiosk.store.models import AuditLog
from tests.services.online_helpers import ACTOR, whatsapp_request


def test_closed_after_seven_silent_days_and_not_a_minute_before(ctx, clock):
    desk = OnlineDesk(ctx)
    request = desk.register(whatsapp_request(), actor=ACTOR)
    desk.complete(request.id, actor=ACTOR)
    desk.answer(request.id, Reply("Data terlampir."), actor=ACTOR)  # Monday 10:00 WIT
    clock.advance(days=6, hours=23, minutes=59)
    assert desk.sweep().closed == ()
    assert desk.get(request.id).status == "answered"
    clock.advance(minutes=1)  # exactly 7 × 24 hours after the officer's last message
    assert desk.sweep().closed == (request.number,)
    closed = desk.get(request.id)
    assert (closed.status, closed.row.close_reason) == ("closed", "no_response")
    assert desk.sweep().closed == ()  # idempotent
    with ctx.db.read() as session:
        rows = session.exec(select(AuditLog).where(AuditLog.action == "close")).all()
    assert len(rows) == 1 and rows[0].actor == "system:sweep"
    detail = json.loads(rows[0].detail)
    assert detail["reason"] == "no_response" and detail["days"] == 7
    assert "7 hari tanpa tanggapan" in detail["because"]


def test_a_reply_on_day_six_keeps_it_open_and_restarts_nothing_until_we_write(ctx, clock):
    desk = OnlineDesk(ctx)
    request = desk.register(whatsapp_request(), actor=ACTOR)
    desk.write(request.id, Reply("Data tahun berapa yang Bapak butuhkan?"), actor=ACTOR)
    clock.advance(days=6)
    desk.receive(request.id, "Tahun 2024 dan 2025.", actor=ACTOR)  # the day-6 reply
    clock.advance(days=30)
    assert desk.sweep().closed == ()  # the ball is with the officer now
    assert desk.get(request.id).row.new_from_requester
    desk.write(request.id, Reply("Baik, mohon tunggu."), actor=ACTOR)
    clock.advance(days=7)
    assert desk.sweep().closed == (request.number,)


def test_never_written_to_is_never_closed_and_an_appointment_ahead_keeps_it(ctx, clock):
    desk = OnlineDesk(ctx)
    untouched = desk.register(whatsapp_request("Ani"), actor=ACTOR)
    booked = desk.register(whatsapp_request("Budi"), actor=ACTOR)
    desk.complete(booked.id, actor=ACTOR)
    desk.answer(booked.id, Reply("Mari bahas langsung di PST."), actor=ACTOR)
    desk.schedule(booked.id, kind="walk_in", starts_at=clock.now + timedelta(days=15), actor=ACTOR)
    clock.advance(days=8)
    assert desk.sweep().closed == ()
    assert desk.get(untouched.id).status == "received"
    clock.advance(days=8)  # the appointment's day has passed without a word
    assert desk.sweep().closed == (booked.number,)


def test_personal_data_of_old_closed_requests_is_wiped_and_the_figures_stay(ctx, clock):
    from pst_kiosk.services import report_data
    from pst_kiosk.services.online_desk.privacy import purge_requests

    desk = OnlineDesk(ctx)
    request = desk.register(whatsapp_request(), actor=ACTOR)
    day = ctx.today()
    desk.complete(request.id, actor=ACTOR)
    desk.answer(request.id, Reply("Data terlampir."), actor=ACTOR)
    desk.close(request.id, "fulfilled", actor=ACTOR)
    before = report_data.gather(ctx, day, day).online
    clock.advance(days=ctx.config.privacy.retention_days - 1)
    assert purge_requests(ctx) == 0
    clock.advance(days=2)
    assert purge_requests(ctx) == 1 and purge_requests(ctx) == 0
    wiped = desk.get(request.id)
    assert (wiped.row.requester_name, wiped.whatsapp, wiped.email) == ("", "", "")
    assert all(m.text == "" for m in wiped.messages)
    assert report_data.gather(ctx, day, day).online == before
