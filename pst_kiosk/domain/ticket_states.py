"""Which action a ticket allows in which status: one table for the services and the counter.

The queue services refuse an action outside this table (``wrong_state``), and the counter
enables its buttons from the same table, so a button is never offered for an action the
queue would refuse, nor hidden for one it would take.

    waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
       │                │  ╲                │
     cancel            skip ╲ transfer ─────┤  (to a counter: waiting again, for that counter;
       ▼                ▼    ╲              │   to a service: transferred, a new ticket waits)
    cancelled        no_show   recall (called/serving: announced again, status kept)
                        └──requeue──▶ waiting
    waiting/called/serving ──close (the day's end)──▶ closed
"""

from __future__ import annotations

from enum import StrEnum

from pst_kiosk.domain.enums import TicketStatus

S = TicketStatus


class Action(StrEnum):
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    SKIP = "skip"
    CANCEL = "cancel"
    REQUEUE = "requeue"
    TRANSFER = "transfer"
    CLOSE = "close"  # the day's end: left open, closed with a reason


ALLOWED_FROM: dict[Action, frozenset[TicketStatus]] = {
    Action.CALL: frozenset({S.WAITING}),
    Action.RECALL: frozenset({S.CALLED, S.SERVING}),
    Action.START: frozenset({S.CALLED}),
    Action.FINISH: frozenset({S.CALLED, S.SERVING}),
    Action.SKIP: frozenset({S.CALLED}),
    Action.CANCEL: frozenset({S.WAITING}),
    Action.REQUEUE: frozenset({S.NO_SHOW}),
    Action.TRANSFER: frozenset({S.WAITING, S.CALLED, S.SERVING}),
    Action.CLOSE: frozenset({S.WAITING, S.CALLED, S.SERVING}),
}

# Where an action leaves the ticket; ``None``: the status is kept (a recall), and a transfer
# depends on its target (a counter: waiting; a service: transferred).
RESULT: dict[Action, TicketStatus | None] = {
    Action.CALL: S.CALLED,
    Action.RECALL: None,
    Action.START: S.SERVING,
    Action.FINISH: S.DONE,
    Action.SKIP: S.NO_SHOW,
    Action.CANCEL: S.CANCELLED,
    Action.REQUEUE: S.WAITING,
    Action.TRANSFER: None,
    Action.CLOSE: S.CLOSED,
}

# Actions a counter takes on the visitor in front of it (the desk's buttons).
AT_COUNTER = (Action.RECALL, Action.START, Action.FINISH, Action.SKIP, Action.TRANSFER)


def allows(action: Action, status: str | None) -> bool:
    return status is not None and status in ALLOWED_FROM[action]


def actions_for(status: str | None) -> frozenset[Action]:
    return frozenset(a for a in Action if allows(a, status))
