"""The IMAP session: take every message of the office mailbox not taken yet.

The mailbox is opened read-only and messages are read with ``BODY.PEEK[]``: the office can
still read its mail in any other program, nothing is marked or moved. Which messages are new
is decided against the UID rows of the database (``importer``), never against flags, so a
message read elsewhere is still imported, and one already imported is never taken twice.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from sqlmodel import select

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk.mail import settings as mail_settings
from pst_kiosk.services.online_desk.mail.importer import Imported, import_message
from pst_kiosk.store.models import OnlineMailUid

BATCH = 20


@dataclass(frozen=True)
class FetchResult:
    mailbox: str
    uidvalidity: int
    in_mailbox: int
    imported: tuple[Imported, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, object]:
        tally: dict[str, int] = {}
        for item in self.imported:
            tally[item.outcome] = tally.get(item.outcome, 0) + 1
        return {"mailbox": self.mailbox, "uidvalidity": self.uidvalidity,
                "in_mailbox": self.in_mailbox, "imported": len(self.imported), **tally,
                "requests": sorted({i.request_number for i in self.imported
                                    if i.request_number})}


def fetch_new(ctx: ServiceContext, settings: mail_settings.MailSettings | None = None, *,
              on_message: Callable[[Imported], None] | None = None) -> FetchResult:
    settings = settings or mail_settings.load(ctx.config)
    key = settings.mailbox_key
    with connect(settings) as client:
        info = client.select_folder(settings.mail.mailbox, readonly=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        uids = [int(u) for u in client.search("ALL")]
        known = known_uids(ctx, key, uidvalidity)
        new = sorted(set(uids) - known)
        imported: list[Imported] = []
        for start in range(0, len(new), BATCH):
            chunk = new[start:start + BATCH]
            data = client.fetch(chunk, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in chunk:
                item = data.get(uid)
                if item is None:  # expunged between SEARCH and FETCH: nothing to take
                    continue
                done = import_message(ctx, key, uidvalidity, uid, bytes(item[b"BODY[]"]),
                                      item.get(b"INTERNALDATE"))
                imported.append(done)
                if on_message is not None:
                    on_message(done)
    return FetchResult(key, uidvalidity, len(uids), tuple(imported))


def known_uids(ctx: ServiceContext, mailbox: str, uidvalidity: int) -> set[int]:
    with ctx.db.read() as session:
        return set(session.exec(
            select(OnlineMailUid.uid).where(OnlineMailUid.mailbox == mailbox,
                                            OnlineMailUid.uidvalidity == uidvalidity)
        ).all())


@contextmanager
def connect(settings: mail_settings.MailSettings) -> Iterator[IMAPClient]:
    """A logged-in IMAP client over TLS (IMAPS, or STARTTLS before the login)."""
    mail = settings.mail
    context = settings.tls_context()
    try:
        client = IMAPClient(mail.imap_host, port=mail.imap_port,
                            ssl=mail.imap_security == "ssl", ssl_context=context,
                            timeout=mail.timeout_seconds)
        client.normalise_times = False  # INTERNALDATE as an aware instant
        if mail.imap_security == "starttls":
            client.starttls(context)
        client.login(settings.imap.username, settings.imap.password)
    except LoginError:
        raise UserError(
            "mail_login_failed",
            f"Server IMAP {mail.imap_host} menolak login {settings.imap.username}. Periksa "
            "berkas kredensial email.",
            f"The IMAP server {mail.imap_host} refused the login of {settings.imap.username}. "
            "Check the mail credentials file.") from None
    except (TimeoutError, OSError, ssl.SSLError, IMAPClientError) as exc:
        raise unreachable("IMAP", mail.imap_host, mail.imap_port, exc) from None
    try:
        yield client
    except (TimeoutError, OSError, ssl.SSLError) as exc:
        raise unreachable("IMAP", mail.imap_host, mail.imap_port, exc) from None
    finally:
        try:
            client.logout()
        except (OSError, IMAPClientError):
            client.shutdown()


def unreachable(protocol: str, host: str, port: int, exc: BaseException) -> UserError:
    reason = type(exc).__name__ + (f": {exc}" if str(exc) else "")
    return UserError(
        "mail_unreachable",
        f"Server {protocol} {host}:{port} tidak dapat dihubungi dengan aman ({reason}).",
        f"The {protocol} server {host}:{port} cannot be reached securely ({reason}).",
        protocol=protocol)
