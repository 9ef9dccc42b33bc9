"""The ticket state machine as data: the services and the counter read the same table."""

from __future__ import annotations

from pst_kiosk.domain.enums import TicketStatus
from pst_kiosk.domain.ticket_states import ALLOWED_FROM, RESULT, Action, actions_for, allows

S = TicketStatus


def test_every_action_has_its_states_and_result():
    assert set(ALLOWED_FROM) == set(Action) == set(RESULT)


def test_final_states_allow_nothing_but_a_requeue_of_a_no_show():
    for status in (S.DONE, S.CANCELLED, S.TRANSFERRED, S.CLOSED):
        assert actions_for(status) == frozenset()
    assert actions_for(S.NO_SHOW) == {Action.REQUEUE}


def test_at_the_counter():
    assert actions_for(S.CALLED) == {Action.RECALL, Action.START, Action.FINISH, Action.SKIP,
                                     Action.TRANSFER, Action.CLOSE}
    assert not allows(Action.SKIP, S.SERVING) and allows(Action.FINISH, S.SERVING)
    assert not allows(Action.FINISH, None)
