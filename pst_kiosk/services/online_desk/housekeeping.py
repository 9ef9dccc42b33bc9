"""The online desk's chores for a face's background housekeeping: the 7-day sweep on every
face, and on the counter PC (when the mailbox is configured) fetching new email and sending
the replies still waiting. A mail server that cannot be reached is logged and tried at the
next round; it never stops the sweep."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk.privacy import purge_requests
from pst_kiosk.services.online_desk.sweep import sweep

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChoresResult:
    closed: tuple[str, ...] = ()
    imported: int = 0
    sent: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)


def sweep_chore(ctx: ServiceContext) -> ChoresResult:
    """The 7-day close and the purge of old requesters' personal data (every face)."""
    purge_requests(ctx)
    result = sweep(ctx)
    if result.closed:
        log.info("online sweep closed %d request(s) for no response: %s",
                 len(result.closed), ", ".join(result.closed))
    return ChoresResult(closed=result.closed)


def mail_chore(ctx: ServiceContext) -> ChoresResult:
    if not ctx.config.mail.enabled:
        return ChoresResult()
    from pst_kiosk.services.online_desk.mail.fetch import fetch_new
    from pst_kiosk.services.online_desk.mail.outbox import send_pending

    problems = []
    imported = sent = 0
    try:
        imported = len(fetch_new(ctx).imported)
    except UserError as error:
        problems.append(error.message_en)
        log.warning("online mail fetch: %s", error.message_en)
    try:
        results = send_pending(ctx)
        sent = sum(r.status == "sent" for r in results)
        problems += [f"{r.request_number}: {r.error}" for r in results if r.error]
        for r in results:
            if r.error:
                log.warning("online mail send %s: %s", r.request_number, r.error)
    except UserError as error:
        problems.append(error.message_en)
        log.warning("online mail send: %s", error.message_en)
    return ChoresResult(imported=imported, sent=sent, problems=tuple(problems))
