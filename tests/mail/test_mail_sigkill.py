"""Exactly once under SIGKILL: a real fetcher process killed at random moments, 20 times, while
it imports; afterwards the mailbox and the database hold the same messages, each once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from pst_kiosk.services.online_desk.mail.fetch import fetch_new
from pst_kiosk.store.models import OnlineMailUid, OnlineMessage, OnlineRequest
from tests.helpers import child_env
from tests.mail.messages import mail

WORKER = Path(__file__).with_name("fetch_worker.py")
LOOPS = 20


def _count(ctx, table) -> int:
    with ctx.db.read() as session:
        return int(session.exec(select(func.count()).select_from(table)).one())


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_nor_doubles_a_message(imap, mail_config,
                                                                     mail_ctx, sqlite_url):
    rng = random.Random(20261213)
    originals: list[str] = []

    def deliver(n: int) -> None:
        batch = []
        for _ in range(n):
            i = len(originals)
            if originals and rng.random() < 0.3:  # a reply to an earlier request
                _, raw = mail(f"p{i}@contoh.id", "Re: permintaan", "Tambahan data.",
                              in_reply_to=rng.choice(originals))
            else:
                mid, raw = mail(f"p{i}@contoh.id", f"Permintaan {i}", "Mohon data.")
                originals.append(mid)
            batch.append(raw)
        imap.deliver(*batch)

    deliver(150)
    interrupted = 0
    for _ in range(LOOPS):
        deliver(10)
        before = _count(mail_ctx, OnlineMailUid)
        child = subprocess.Popen([sys.executable, str(WORKER), str(mail_config), sqlite_url],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=child_env())
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if \
            child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere in the middle of the import
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        after = _count(mail_ctx, OnlineMailUid)
        if after < imap.count():
            interrupted += 1
        assert after >= before
    assert interrupted >= LOOPS // 2, "the kills should land while messages remain to import"
    fetch_new(mail_ctx)  # one run to the end
    in_mailbox = imap.count()
    assert in_mailbox == 150 + 10 * LOOPS
    assert _count(mail_ctx, OnlineMailUid) == in_mailbox
    with mail_ctx.db.read() as session:
        message_ids = session.exec(select(OnlineMessage.mail_message_id)).all()
        requests = _count(mail_ctx, OnlineRequest)
    assert len(message_ids) == in_mailbox == len(set(message_ids))  # each exactly once
    assert requests == len(originals)
