"""Mail servers and a desk configured for them (real Dovecot and aiosmtpd on loopback)."""

from __future__ import annotations

import shutil

import pytest

from pst_kiosk import config as config_module
from tests.mail.servers import dovecot, smtp_server, write_config

pytestmark = pytest.mark.skipif(shutil.which("dovecot") is None and
                                not __import__("pathlib").Path("/usr/sbin/dovecot").exists(),
                                reason="dovecot-imapd is not installed")


@pytest.fixture
def imap():
    with dovecot() as server:
        yield server


@pytest.fixture
def smtp(tmp_path):
    folder = tmp_path / "smtp"
    folder.mkdir()
    with smtp_server(folder) as server:
        yield server


@pytest.fixture
def mail_config(tmp_path, imap, smtp):
    folder = tmp_path / "office"
    folder.mkdir()
    return write_config(folder, imap, smtp, config_module.sample_path())


@pytest.fixture
def mail_ctx(mail_config, sqlite_url):
    from pst_kiosk.services.bootstrap import open_context

    context = open_context(config=config_module.load(mail_config), database_url=sqlite_url)
    yield context
    context.db.dispose()


def pytest_collection_modifyitems(items):
    """aiosmtpd warns about AUTH without STARTTLS; the test server is implicit TLS throughout."""
    for item in items:
        if "tests/mail/" in str(item.fspath):
            item.add_marker(pytest.mark.filterwarnings(
                "ignore:Requiring AUTH while not requiring TLS"))
