"""The online request's state table and its numbers."""

from __future__ import annotations

import pytest

from pst_kiosk.domain.enums import CloseReason, OnlineStatus
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.online_number import (
    format_number,
    new_booking_code,
    normalise_booking_code,
    number_in_subject,
    parse_number,
    tagged_subject,
)
from pst_kiosk.domain.online_states import (
    OnlineAction,
    actions_for,
    allows,
    close_reasons_for,
    status_before_close,
)

S = OnlineStatus
A = OnlineAction


def test_only_complete_starts_the_clock_and_answering_needs_it() -> None:
    assert actions_for(S.RECEIVED) >= {A.COMPLETE, A.WRITE, A.CLOSE}
    assert not allows(A.ANSWER, S.RECEIVED)
    assert allows(A.ANSWER, S.COMPLETE) and allows(A.ANSWER, S.ANSWERED)
    assert not allows(A.COMPLETE, S.COMPLETE)


def test_a_closed_request_only_reopens_and_still_receives() -> None:
    assert actions_for(S.CLOSED) == {A.REOPEN, A.RECEIVE}
    assert not allows(A.CLOSE, None)


def test_fulfilled_needs_an_answer() -> None:
    assert CloseReason.FULFILLED not in close_reasons_for(S.RECEIVED)
    assert close_reasons_for(S.ANSWERED)[0] is CloseReason.FULFILLED
    assert close_reasons_for(S.CLOSED) == ()


def test_reopen_returns_to_where_the_history_was() -> None:
    assert status_before_close(False, False) is S.RECEIVED
    assert status_before_close(True, False) is S.COMPLETE
    assert status_before_close(True, True) is S.ANSWERED


def test_request_numbers_in_subjects() -> None:
    assert format_number(2026, 42) == "PST-2026-00042"
    assert parse_number(" pst-2026-00042 ") == "PST-2026-00042"
    with pytest.raises(UserError):
        parse_number("PST-2026-42")
    assert number_in_subject("Re: Re: Data IPM [PST-2026-00042]") == "PST-2026-00042"
    assert number_in_subject("Data IPM PST-2026-00042") is None  # only in brackets
    assert tagged_subject("Data IPM", "PST-2026-00042") == "Re: Data IPM [PST-2026-00042]"
    assert tagged_subject("RE: Data IPM [PST-2026-00042]", "PST-2026-00042") == \
        "RE: Data IPM [PST-2026-00042]"


def test_booking_codes_are_six_digits_however_typed() -> None:
    code = new_booking_code()
    assert len(code) == 6 and code.isdigit()
    assert normalise_booking_code("428 913") == "428913"
    assert normalise_booking_code("428-913") == "428913"
    with pytest.raises(UserError):
        normalise_booking_code("42891")


def test_whatsapp_links_use_the_international_number() -> None:
    from pst_kiosk.domain.online_number import whatsapp_link

    assert whatsapp_link("0812-3456-7890") == "https://wa.me/6281234567890"
    assert whatsapp_link("+62 812 3456 7890", "Data terlampir") == \
        "https://wa.me/6281234567890?text=Data%20terlampir"
