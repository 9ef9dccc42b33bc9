"""The online desk's use cases on both databases: register, complete (the clock), answer,
close, reopen, the lists and the supervisor's counts, closures moving due dates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.online_sla import DueKind
from pst_kiosk.services.online_desk import DeskList, OnlineDesk, Reply
from pst_kiosk.store.models import AuditLog, OnlineMessage
from tests.services.online_helpers import ACTOR, whatsapp_request

WIT = ZoneInfo("Asia/Jayapura")


def wit(*args: int) -> datetime:
    return datetime(*args, tzinfo=WIT).astimezone(UTC)


@pytest.fixture
def desk(ctx) -> OnlineDesk:
    return OnlineDesk(ctx)


def test_register_gives_a_yearly_number_and_keeps_the_first_message(desk, ctx):
    first = desk.register(whatsapp_request(), actor=ACTOR)
    second = desk.register(whatsapp_request("Budi"), actor=ACTOR)
    assert (first.number, second.number) == ("PST-2026-00001", "PST-2026-00002")
    assert first.status == "received" and first.row.due_at is None  # no clock yet
    assert first.whatsapp == "081234567890"
    assert first.consent_at == ctx.now()
    assert [m.direction for m in first.messages] == ["in"]
    assert "garis kemiskinan" in first.messages[0].text
    with ctx.db.read() as session:
        audit = session.exec(select(AuditLog).where(AuditLog.entity == "online_request")).all()
    assert [(a.actor, a.action) for a in audit] == [(ACTOR, "register")] * 2


@pytest.mark.parametrize(("change", "code_field"), [
    ({"requester_name": ""}, "requester_name"),
    ({"whatsapp": "", "email": ""}, "email"),
    ({"email": "bukan-email"}, "email"),
    ({"consent": False}, "consent"),
    ({"subject": "astrologi"}, "subject"),
    ({"channel": "web"}, "web_transaction"),
    ({"channel": "fax"}, "channel"),
])
def test_register_refuses_what_a_frontliner_must_fix(desk, change, code_field):
    with pytest.raises(UserError) as refused:
        desk.register(whatsapp_request(**change), actor=ACTOR)
    assert refused.value.code == "online_field"
    assert refused.value.detail["field"] == code_field


def test_complete_starts_the_clock_by_closing_time_of_the_third_working_day(desk, ctx, clock):
    request = desk.register(whatsapp_request(), actor=ACTOR)
    clock.advance(hours=2)  # Monday 30 Nov 2026, 12:00 WIT
    done = desk.complete(request.id, actor=ACTOR, missing="Tahun data belum jelas",
                         supplied_at=clock.now - timedelta(minutes=5))
    assert done.status == "complete"
    assert done.row.due_at == wit(2026, 12, 3, 16, 0)
    assert done.missing == "Tahun data belum jelas"
    assert done.row.due.kind is DueKind.ON_TRACK and done.row.due.working_days == 3
    with pytest.raises(UserError) as again:
        desk.complete(request.id, actor=ACTOR)
    assert again.value.code == "online_wrong_state"


def test_an_answer_needs_a_complete_request_and_stops_the_clock(desk, clock):
    request = desk.register(whatsapp_request(), actor=ACTOR)
    with pytest.raises(UserError) as early:
        desk.answer(request.id, Reply("Berikut datanya"), actor=ACTOR)
    assert early.value.code == "online_wrong_state"
    desk.complete(request.id, actor=ACTOR)
    clock.advance(days=1)
    answered = desk.answer(request.number, Reply("Berikut tabelnya.", attachments=("gk.xlsx",)),
                           actor=ACTOR)
    assert answered.status == "answered" and answered.row.answered_at == clock.now
    assert answered.row.due is None and not answered.row.answered_late
    assert answered.messages[-1].attachments == ("gk.xlsx",)
    assert answered.row.waiting_for_requester
    assert desk.requests("due_today") == [] and desk.requests("overdue") == []


def test_consent_must_be_recorded_before_complete(desk, ctx):
    request = desk.register(whatsapp_request(), actor=ACTOR)
    with ctx.db.write() as session:
        from pst_kiosk.store.models import OnlineRequest

        row = session.get(OnlineRequest, request.id)
        row.consent_at = None
        session.add(row)
    with pytest.raises(UserError) as refused:
        desk.complete(request.id, actor=ACTOR)
    assert refused.value.code == "online_consent_required"
    assert desk.complete(request.id, actor=ACTOR, consent=True).consent_at is not None


def test_close_reasons_follow_the_state_table_and_reopen_keeps_history(desk, clock):
    request = desk.register(whatsapp_request(), actor=ACTOR)
    with pytest.raises(UserError) as refused:
        desk.close(request.id, "fulfilled", actor=ACTOR)
    assert refused.value.code == "online_close_reason"
    with pytest.raises(UserError) as not_silent:
        desk.close(request.id, "no_response", actor=ACTOR)
    assert not_silent.value.code == "online_not_silent"
    desk.complete(request.id, actor=ACTOR)
    desk.answer(request.id, Reply("Datanya terlampir."), actor=ACTOR)
    closed = desk.close(request.id, "fulfilled", actor=ACTOR)
    assert (closed.status, closed.row.close_reason) == ("closed", "fulfilled")
    clock.advance(hours=1)
    desk.receive(request.id, "Terima kasih! Satu pertanyaan lagi…", actor=ACTOR)
    still = desk.get(request.id)
    assert still.status == "closed" and still.row.new_from_requester  # kept, not reopened
    reopened = desk.reopen(request.id, actor=ACTOR)
    assert reopened.status == "answered" and reopened.row.close_reason == ""
    assert len(reopened.messages) == 3  # the history stays


def test_the_desk_lists(desk, clock):
    fresh = desk.register(whatsapp_request("Ani"), actor=ACTOR)
    due_today = desk.register(whatsapp_request("Beni"), actor=ACTOR)
    late = desk.register(whatsapp_request("Cici"), actor=ACTOR)
    asked = desk.register(whatsapp_request("Dodi"), actor=ACTOR)
    desk.complete(late.id, actor=ACTOR)  # Mon → due Thu 16:00
    clock.advance(days=1)
    desk.complete(due_today.id, actor=ACTOR)  # Tue → due Fri 16:30
    desk.write(asked.id, Reply("Mohon sebutkan tahun datanya."), actor=ACTOR)
    clock.now = wit(2026, 12, 4, 9, 0)  # Friday
    numbers = {w: [r.number for r in desk.requests(w)] for w in DeskList}
    assert numbers[DeskList.OVERDUE] == [late.number]
    assert numbers[DeskList.DUE_TODAY] == [due_today.number]
    assert numbers[DeskList.WAITING] == [asked.number]
    assert numbers[DeskList.OPEN][:2] == [late.number, due_today.number]  # by urgency
    assert set(numbers[DeskList.OPEN]) == {fresh.number, due_today.number, late.number,
                                           asked.number}
    assert numbers[DeskList.CLOSED] == []
    row = desk.requests("overdue")[0]
    assert row.due.kind is DueKind.OVERDUE and row.due.working_days == 1
    assert [r.number for r in desk.requests("open", search="08123")] != []
    assert [r.number for r in desk.requests("open", search=late.number.lower())] == [late.number]
    counts = desk.counts()
    assert (counts.open, counts.received, counts.overdue, counts.due_today, counts.waiting) == \
        (4, 2, 1, 1, 1)


def test_a_closure_moves_the_due_instant_of_requests_it_falls_in(desk, ctx):
    request = desk.register(whatsapp_request(), actor=ACTOR)
    desk.complete(request.id, actor=ACTOR)  # Monday 30 Nov → Thursday 3 Dec 16:00
    desk.add_closure(date(2026, 12, 2), "Listrik padam", actor=ACTOR)
    assert desk.get(request.id).row.due_at == wit(2026, 12, 4, 16, 30)  # Friday hours
    with pytest.raises(UserError) as twice:
        desk.add_closure(date(2026, 12, 2), "lagi", actor=ACTOR)
    assert twice.value.code == "closure_exists"
    assert [c.day for c in desk.closures()] == [date(2026, 12, 2)]
    desk.remove_closure(date(2026, 12, 2), actor=ACTOR)
    assert desk.get(request.id).row.due_at == wit(2026, 12, 3, 16, 0)
    with ctx.db.read() as session:
        rows = session.exec(select(AuditLog).where(AuditLog.entity == "office_closure")).all()
    assert [json.loads(r.detail)["due_moved"] for r in rows] == [[request.number]] * 2


def test_a_whatsapp_reply_is_recorded_without_sending_anything(desk, ctx):
    request = desk.register(whatsapp_request(), actor=ACTOR)
    desk.complete(request.id, actor=ACTOR)
    desk.answer(request.id, Reply("Data terlampir di chat."), actor=ACTOR)
    with ctx.db.read() as session:
        out = session.exec(select(OnlineMessage).where(OnlineMessage.direction == "out")).one()
    assert (out.channel, out.send_status) == ("whatsapp", "")
