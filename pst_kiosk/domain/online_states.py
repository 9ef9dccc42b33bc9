"""Which action an online request allows in which status: one table for the services and the
desk's buttons (the online twin of ``ticket_states``).

    received ──complete──▶ complete ──answer──▶ answered ──answer──▶ answered
       │                      │                    │
       └──────────── close (withdrawn, referred, no response) ───────┤ close (fulfilled too)
                                                                     ▼
                                  closed ──reopen──▶ the status it had before closing

``complete`` is the officer saying "the request is clear and the requirements are complete":
only it starts the 3-working-day clock (``online_sla``). ``write`` is an officer's message that
is not the answer (asking for what is missing, a clarification); ``receive`` a requester's
message, recorded in every status (a reply to a closed request is kept, and the officer
decides whether to reopen). A follow-up appointment is booked once the request is clear.
"""

from __future__ import annotations

from enum import StrEnum

from pst_kiosk.domain.enums import CloseReason, OnlineStatus

S = OnlineStatus
R = CloseReason
OPEN = frozenset({S.RECEIVED, S.COMPLETE, S.ANSWERED})


class OnlineAction(StrEnum):
    COMPLETE = "complete"
    ANSWER = "answer"
    WRITE = "write"  # an officer's message that is not the answer
    RECEIVE = "receive"  # a requester's message
    EDIT = "edit"  # correct the requester's details, subject, data asked for
    SCHEDULE = "schedule"  # a follow-up appointment
    CLOSE = "close"
    REOPEN = "reopen"


ALLOWED_FROM: dict[OnlineAction, frozenset[OnlineStatus]] = {
    OnlineAction.COMPLETE: frozenset({S.RECEIVED}),
    OnlineAction.ANSWER: frozenset({S.COMPLETE, S.ANSWERED}),
    OnlineAction.WRITE: OPEN,
    OnlineAction.RECEIVE: frozenset(S),
    OnlineAction.EDIT: OPEN,
    OnlineAction.SCHEDULE: frozenset({S.COMPLETE, S.ANSWERED}),
    OnlineAction.CLOSE: OPEN,
    OnlineAction.REOPEN: frozenset({S.CLOSED}),
}

# Which reason a request may be closed with, from which status: "fulfilled" needs an answer.
CLOSE_REASONS_FROM: dict[CloseReason, frozenset[OnlineStatus]] = {
    R.FULFILLED: frozenset({S.ANSWERED}),
    R.NO_RESPONSE: OPEN,
    R.WITHDRAWN: OPEN,
    R.REFERRED: OPEN,
}

# Where an action leaves the request; ``None``: the status is kept (or, for reopen, the one
# it had before closing: ``status_before_close``).
RESULT: dict[OnlineAction, OnlineStatus | None] = {
    OnlineAction.COMPLETE: S.COMPLETE,
    OnlineAction.ANSWER: S.ANSWERED,
    OnlineAction.WRITE: None,
    OnlineAction.RECEIVE: None,
    OnlineAction.EDIT: None,
    OnlineAction.SCHEDULE: None,
    OnlineAction.CLOSE: S.CLOSED,
    OnlineAction.REOPEN: None,
}


def allows(action: OnlineAction, status: str | None) -> bool:
    return status is not None and status in ALLOWED_FROM[action]


def actions_for(status: str | None) -> frozenset[OnlineAction]:
    return frozenset(a for a in OnlineAction if allows(a, status))


def close_reasons_for(status: str | None) -> tuple[CloseReason, ...]:
    """The reasons offered when closing from ``status``, in the order the desk lists them."""
    return tuple(r for r in CloseReason if status in CLOSE_REASONS_FROM[r])


def status_before_close(complete: bool, answered: bool) -> OnlineStatus:
    """A reopened request goes back to where its own history says it was."""
    if answered:
        return S.ANSWERED
    return S.COMPLETE if complete else S.RECEIVED
