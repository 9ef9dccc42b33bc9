"""Email for real: Dovecot (IMAPS) and aiosmtpd (SMTPS) on loopback, both with TLS checked
against a certificate made by the test; no mock of either."""

from __future__ import annotations

import random
import time

import pytest
from sqlalchemy import func
from sqlmodel import select

from pst_kiosk import config as config_module
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.online_desk import OnlineDesk, Reply
from pst_kiosk.services.online_desk.mail import settings as mail_settings
from pst_kiosk.services.online_desk.mail.fetch import fetch_new
from pst_kiosk.services.online_desk.mail.outbox import send_pending
from pst_kiosk.store.models import OnlineMailUid, OnlineMessage, OnlineRequest
from tests.mail.messages import mail

ACTOR = "staff:rina"



def test_fifty_messages_become_thirty_requests_and_twenty_threaded_replies(imap, mail_ctx):
    rng = random.Random(13)
    originals = []
    for i in range(30):
        mid, raw = mail(f"penanya{i}@contoh.id", f"Permintaan data {i}",
                        f"Mohon data nomor {i}.", name=f"Penanya {i}")
        originals.append((i, mid))
        imap.deliver(raw)
    first = fetch_new(mail_ctx)
    assert first.as_dict()["request"] == 30
    desk = OnlineDesk(mail_ctx)
    numbers = {r.requester_name: r.number for r in desk.requests("all")}
    expected: dict[str, int] = {}
    for n in range(20):
        i, mid = rng.choice(originals)
        number = numbers[f"Penanya {i}"]
        how = n % 3
        if how == 0:  # a mail program that keeps In-Reply-To
            _, raw = mail(f"penanya{i}@contoh.id", f"Re: Permintaan data {i}", "Tambahan.",
                          in_reply_to=mid, references=mid)
        elif how == 1:  # References only
            _, raw = mail(f"penanya{i}@contoh.id", f"Re: Permintaan data {i}", "Tambahan.",
                          references=f"<lain@contoh.id> {mid}")
        else:  # headers dropped, the number in the subject kept
            _, raw = mail(f"penanya{i}@contoh.id", f"Re: data [{number}]", "Tambahan.")
        expected[number] = expected.get(number, 0) + 1
        imap.deliver(raw)
    second = fetch_new(mail_ctx)
    assert second.as_dict()["reply"] == 20 and second.as_dict().get("request", 0) == 0
    assert fetch_new(mail_ctx).imported == ()  # nothing twice
    with mail_ctx.db.read() as session:
        per_request = dict(session.exec(
            select(OnlineRequest.number, func.count(OnlineMessage.id))
            .join(OnlineMessage, OnlineMessage.request_id == OnlineRequest.id)
            .group_by(OnlineRequest.number)).all())
        uids = session.exec(select(func.count()).select_from(OnlineMailUid)).one()
    assert uids == imap.count() == 50
    for number, count in per_request.items():
        assert count == 1 + expected.get(number, 0), number
    assert imap.count() == 50  # read-only: nothing moved or deleted


def test_a_reply_from_the_desk_arrives_with_the_number_and_in_reply_to(imap, smtp, mail_ctx):
    mid, raw = mail("ani@contoh.id", "Data IPM kabupaten", "Mohon data IPM 2025.",
                    name="Ani", attachment="contoh.csv")
    imap.deliver(raw)
    fetch_new(mail_ctx)
    desk = OnlineDesk(mail_ctx)
    request = desk.requests("all")[0]
    view = desk.get(request.id)
    assert view.email == "ani@contoh.id" and view.messages[0].attachments == ("contoh.csv",)
    desk.edit(request.id, {"subject": "hdi"}, actor=ACTOR, consent=True)
    desk.complete(request.id, actor=ACTOR)
    answered = desk.answer(request.id, Reply("IPM 2025 terlampir.", channel="email"),
                           actor=ACTOR)
    assert answered.messages[-1].send_status == "pending"
    results = send_pending(mail_ctx)
    assert [(r.status, r.error) for r in results] == [("sent", "")]
    assert smtp.logins == ["bps8200@bps.go.id"]
    sent = smtp.received[-1]
    assert f"[{request.number}]" in sent["Subject"] and sent["Subject"].startswith("Re: ")
    assert sent["In-Reply-To"] == mid and mid in sent["References"]
    assert "IPM 2025 terlampir." in sent.get_content()
    assert desk.get(request.id).messages[-1].send_status == "sent"
    # the requester answers our email: threaded by our own Message-ID
    _, raw = mail("ani@contoh.id", sent["Subject"].replace("Re: ", "Re: Re: "), "Terima kasih",
                  in_reply_to=sent["Message-ID"])
    imap.deliver(raw)
    assert fetch_new(mail_ctx).as_dict()["reply"] == 1
    assert len(desk.get(request.id).messages) == 3


def test_an_out_of_office_reply_does_not_end_the_silence(imap, smtp, mail_ctx):
    mid, raw = mail("budi@contoh.id", "Data penduduk", "Mohon data penduduk.", name="Budi")
    imap.deliver(raw)
    fetch_new(mail_ctx)
    desk = OnlineDesk(mail_ctx)
    number = desk.requests("all")[0].number
    desk.edit(number, {"subject": "population"}, actor=ACTOR, consent=True)
    desk.complete(number, actor=ACTOR)
    desk.answer(number, Reply("Terlampir.", channel="email"), actor=ACTOR)
    send_pending(mail_ctx)
    time.sleep(1.1)  # INTERNALDATE has whole seconds: the auto-reply comes after our answer
    _, raw = mail("budi@contoh.id", f"Auto: Re: Data penduduk [{number}]", "Saya sedang cuti.",
                  auto=True)
    imap.deliver(raw)
    fetch_new(mail_ctx)
    row = desk.get(number).row
    assert row.waiting_for_requester and not row.new_from_requester
    assert desk.get(number).messages[-1].text == "Saya sedang cuti."


def test_a_send_that_fails_stays_on_the_request_and_is_retried(imap, mail_config, sqlite_url):
    from pst_kiosk.services.bootstrap import open_context

    text = mail_config.read_text().replace("smtp_port = ", "smtp_port = 1")  # nobody there
    mail_config.write_text(text)
    ctx = open_context(config=config_module.load(mail_config), database_url=sqlite_url)
    desk = OnlineDesk(ctx)
    _, raw = mail("cici@contoh.id", "Data inflasi", "Mohon data inflasi.", name="Cici")
    imap.deliver(raw)
    fetch_new(ctx)
    number = desk.requests("all")[0].number
    desk.edit(number, {"subject": "prices"}, actor=ACTOR, consent=True)
    desk.complete(number, actor=ACTOR)
    desk.answer(number, Reply("Terlampir.", channel="email"), actor=ACTOR)
    [result] = send_pending(ctx)
    assert result.status == "failed" and "cannot be reached" in result.error
    assert desk.get(number).messages[-1].send_status == "failed"
    assert [r.status for r in send_pending(ctx)] == ["failed"]  # tried again
    ctx.db.dispose()


def test_credentials_must_be_owner_only_and_never_shown(mail_config):
    config = config_module.load(mail_config)
    credentials = mail_config.parent / "mail_credentials.toml"
    settings = mail_settings.load(config)
    assert "rahasia" not in repr(settings)
    credentials.chmod(0o644)
    with pytest.raises(UserError) as open_to_all:
        mail_settings.load(config)
    assert open_to_all.value.code == "mail_credentials_open"
    assert "chmod 600" in open_to_all.value.message_id
    credentials.unlink()
    with pytest.raises(UserError) as missing:
        mail_settings.load(config)
    assert missing.value.code == "mail_credentials_missing"
    assert str(credentials) in missing.value.message_en
    credentials.write_text("[imap]\nusername = 'x'\n")
    credentials.chmod(0o600)
    with pytest.raises(UserError) as incomplete:
        mail_settings.load(config)
    assert incomplete.value.code == "mail_credentials_invalid"


def test_a_wrong_password_or_an_untrusted_certificate_is_said_plainly(imap, mail_config,
                                                                      sqlite_url):
    from pst_kiosk.services.bootstrap import open_context

    credentials = mail_config.parent / "mail_credentials.toml"
    credentials.write_text(credentials.read_text().replace("rahasia-uji-123", "salah"))
    ctx = open_context(config=config_module.load(mail_config), database_url=sqlite_url)
    with pytest.raises(UserError) as refused:
        fetch_new(ctx)
    assert refused.value.code == "mail_login_failed" and "salah" not in refused.value.message_en
    mail_config.write_text("\n".join(line for line in mail_config.read_text().splitlines()
                                     if not line.startswith("ca_file")))
    ctx = open_context(config=config_module.load(mail_config), database_url=sqlite_url)
    with pytest.raises(UserError) as untrusted:
        fetch_new(ctx)
    assert untrusted.value.code == "mail_unreachable"
    assert "CERTIFICATE_VERIFY_FAILED" in untrusted.value.message_en
    ctx.db.dispose()


def test_fetch_mail_from_the_command_line(imap, mail_config, sqlite_url):
    import json

    from tests.helpers import run_cli

    for i in range(3):
        imap.deliver(mail(f"cli{i}@contoh.id", f"Data {i}", "Mohon.")[1])
    result = run_cli("--config", str(mail_config), "--database-url", sqlite_url,
                     "online", "fetch-mail")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["imported"], out["request"], out["in_mailbox"]) == (3, 3, 3)
    assert "rahasia" not in result.stdout + result.stderr
