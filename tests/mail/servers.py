"""Real mail servers on loopback for the tests: Debian's Dovecot (IMAP over TLS, a passwd-file
user, a Maildir in a temporary folder, run in the foreground) and aiosmtpd (SMTP over TLS with
a login), with a self-signed certificate made by openssl for 127.0.0.1.

Dovecot runs as the test's own user; under root (CI) its login processes run as Debian's
``dovenull`` and the mail as ``dovecot``, which Dovecot requires.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from imapclient import IMAPClient

USER, PASSWORD = "bps8200@bps.go.id", "rahasia-uji-123"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True)
    return cert, key


@dataclass
class Imap:
    port: int
    cert: Path
    folder: Path
    process: subprocess.Popen[bytes]

    def client(self) -> IMAPClient:
        context = ssl.create_default_context(cafile=str(self.cert))
        client = IMAPClient("127.0.0.1", port=self.port, ssl=True, ssl_context=context,
                            timeout=10)
        client.login(USER, PASSWORD)
        return client

    def deliver(self, *messages: bytes) -> None:
        """Put messages in the INBOX as an MTA would (IMAP APPEND)."""
        client = self.client()
        try:
            for raw in messages:
                client.append("INBOX", raw)
        finally:
            client.logout()

    def count(self) -> int:
        client = self.client()
        try:
            return int(client.select_folder("INBOX", readonly=True)[b"EXISTS"])
        finally:
            client.logout()


def _users() -> tuple[str, str, int, int]:
    """(login user, internal user, mail uid, mail gid)."""
    if os.getuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return me.pw_name, me.pw_name, me.pw_uid, me.pw_gid
    mail = pwd.getpwnam("dovecot")
    return "dovenull", "dovecot", mail.pw_uid, mail.pw_gid


@contextmanager
def dovecot() -> Iterator[Imap]:
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        raise RuntimeError("dovecot is not installed: bash scripts/system-packages.sh --test")
    folder = Path(tempfile.mkdtemp(prefix="pst-dovecot-"))
    folder.chmod(0o755)  # the mail user must reach its home under it
    login_user, internal_user, uid, gid = _users()
    cert, key = make_certificate(folder)
    home = folder / "home"
    home.mkdir()
    os.chown(home, uid, gid)
    (folder / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    port = free_port()
    (folder / "dovecot.conf").write_text(f"""
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = {uid}
auth_mechanisms = plain
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={home}/%n
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    user = {internal_user}
  }}
  unix_listener stats-writer {{
    user = {internal_user}
  }}
}}
""")
    process = subprocess.Popen([binary, "-F", "-c", str(folder / "dovecot.conf")],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    server = Imap(port, cert, folder, process)
    try:
        _wait_listening(port, process, folder)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_listening(port: int, process: subprocess.Popen[bytes], folder: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (folder / "dovecot.log").read_text() if (folder / "dovecot.log").exists() \
                else ""
            raise RuntimeError(f"dovecot stopped at start: {log}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("dovecot did not listen within 15 s")


@dataclass
class Smtp:
    port: int
    cert: Path
    received: list[EmailMessage] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)


@contextmanager
def smtp_server(folder: Path) -> Iterator[Smtp]:
    """aiosmtpd in this process, SMTPS (implicit TLS) with a required login."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    cert, key = make_certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    server = Smtp(free_port(), cert)

    class Handler:
        async def handle_DATA(self, _server, _session, envelope):  # noqa: N802 - aiosmtpd API
            message = message_from_bytes(envelope.original_content or envelope.content,
                                         policy=policy.default)
            server.received.append(message)  # type: ignore[arg-type]
            return "250 OK"

    def authenticator(_server, _session, _envelope, _mechanism, auth_data):
        ok = auth_data.login.decode() == USER and auth_data.password.decode() == PASSWORD
        if ok:
            server.logins.append(auth_data.login.decode())
        return AuthResult(success=ok)

    # Implicit TLS (the whole connection is TLS): aiosmtpd's auth_require_tls looks only at
    # STARTTLS, so it is off here and its warning about it does not apply.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
        controller = Controller(Handler(), hostname="127.0.0.1", port=server.port,
                                ssl_context=context, authenticator=authenticator,
                                auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


def write_config(folder: Path, imap: Imap, smtp: Smtp | None, base: Path) -> Path:
    """The sample configuration with [mail] pointed at the test servers, and the owner-only
    credentials file beside it; returns the config path."""
    text = base.read_text(encoding="utf-8")
    head = text[:text.index("[mail]")]
    smtp_port = smtp.port if smtp else free_port()
    config = folder / "config.toml"
    config.write_text(head + f"""[mail]
enabled = true
address = "{USER}"
imap_host = "127.0.0.1"
imap_port = {imap.port}
imap_security = "ssl"
smtp_host = "127.0.0.1"
smtp_port = {smtp_port}
smtp_security = "ssl"
credentials_file = "mail_credentials.toml"
ca_file = "{imap.cert}"
timeout_seconds = 10.0
""", encoding="utf-8")
    if smtp is not None and smtp.cert != imap.cert:
        bundle = folder / "ca.pem"
        bundle.write_text(imap.cert.read_text() + smtp.cert.read_text())
        config.write_text(config.read_text().replace(str(imap.cert), str(bundle)))
    credentials = folder / "mail_credentials.toml"
    credentials.write_text(f'[imap]\nusername = "{USER}"\npassword = "{PASSWORD}"\n')
    credentials.chmod(0o600)
    return config
