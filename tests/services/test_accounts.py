"""Staff accounts on both backends: hashes, roles, the rate limit and the audit trail."""

from __future__ import annotations

import pytest
from sqlmodel import select

from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.accounts import AccountService, lock_for
from pst_kiosk.store.models import AuditLog, Staff


def test_first_admin_only_on_a_fresh_install(ctx):
    accounts = AccountService(ctx)
    assert not accounts.has_accounts()
    admin = accounts.create_first_admin("Admin", "Admin PST", "rahasia-123")
    assert admin.username == "admin" and admin.role == "admin" and admin.supervises
    with pytest.raises(UserError) as err:
        accounts.create_first_admin("other", "Other", "rahasia-123")
    assert err.value.code == "accounts_exist"


def test_password_is_stored_as_argon2_hash(ctx):
    AccountService(ctx).create("sari", "Sari Frontliner", "frontliner", "kopi-pagi-7")
    with ctx.db.read() as session:
        row = session.exec(select(Staff).where(Staff.username == "sari")).one()
    assert row.password_hash.startswith("$argon2id$") and "kopi-pagi-7" not in row.password_hash


def test_sign_in_right_and_wrong(ctx):
    accounts = AccountService(ctx)
    accounts.create("sari", "Sari", "frontliner", "kopi-pagi-7")
    assert accounts.sign_in("Sari", "kopi-pagi-7", counter=1).full_name == "Sari"
    with pytest.raises(UserError) as err:
        accounts.sign_in("sari", "salah")
    assert err.value.code == "wrong_password"
    assert "salah" in err.value.message_id and "Wrong" in err.value.message_en
    with pytest.raises(UserError) as err:
        accounts.sign_in("nobody", "whatever1")
    assert err.value.code == "wrong_password"
    with ctx.db.read() as session:
        actions = [a.action for a in session.exec(select(AuditLog)).all()]
    assert actions.count("sign_in") == 1 and actions.count("sign_in_failed") == 2


def test_wrong_tries_lock_the_account_then_it_opens_again(ctx, clock):
    accounts = AccountService(ctx)
    accounts.create("sari", "Sari", "frontliner", "kopi-pagi-7")
    for _ in range(4):
        with pytest.raises(UserError) as err:
            accounts.sign_in("sari", "salah")
        assert err.value.code == "wrong_password"
    with pytest.raises(UserError) as err:
        accounts.sign_in("sari", "salah")
    assert err.value.code == "account_locked"
    # Even the right password is refused while locked.
    with pytest.raises(UserError) as err:
        accounts.sign_in("sari", "kopi-pagi-7")
    assert err.value.code == "account_locked"
    clock.advance(minutes=1, seconds=1)
    assert accounts.sign_in("sari", "kopi-pagi-7").username == "sari"
    with ctx.db.read() as session:
        row = session.exec(select(Staff).where(Staff.username == "sari")).one()
    assert row.failed_attempts == 0 and row.locked_until is None


def test_lock_grows_but_is_capped():
    assert lock_for(4) is None
    assert [lock_for(n).total_seconds() / 60 for n in (5, 6, 7, 8, 9, 20)] == [1, 2, 4, 8, 15, 15]


def test_roles_usernames_passwords_are_checked(ctx):
    accounts = AccountService(ctx)
    for args, code in ((("x", "X", "boss", "kopi-pagi-7"), "unknown_role"),
                       (("a b", "X", "admin", "kopi-pagi-7"), "bad_username"),
                       (("ab", "X", "admin", "short"), "password_too_short")):
        with pytest.raises(UserError) as err:
            accounts.create(*args)
        assert err.value.code == code
    accounts.create("ab", "AB", "supervisor", "kopi-pagi-7")
    with pytest.raises(UserError) as err:
        accounts.create("AB", "AB", "supervisor", "kopi-pagi-7")
    assert err.value.code == "username_taken"


def test_change_password_and_deactivate(ctx):
    accounts = AccountService(ctx)
    accounts.create("sari", "Sari", "frontliner", "kopi-pagi-7")
    accounts.change_password("sari", "teh-sore-88")
    with pytest.raises(UserError):
        accounts.sign_in("sari", "kopi-pagi-7")
    assert accounts.sign_in("sari", "teh-sore-88").username == "sari"
    accounts.set_active("sari", False)
    with pytest.raises(UserError) as err:
        accounts.sign_in("sari", "teh-sore-88")
    assert err.value.code == "wrong_password"
    assert [s.active for s in accounts.list()] == [False]


def test_cli_staff_add_list_passwd(db_url, monkeypatch, capsys):
    import io
    import json

    from pst_kiosk.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("kopi-pagi-7\n"))
    assert main(["--database-url", db_url, "staff", "add", "Sari", "--name", "Sari W",
                 "--role", "supervisor", "--password-stdin"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "supervisor"
    assert main(["--database-url", db_url, "staff", "list"]) == 0
    assert [s["username"] for s in json.loads(capsys.readouterr().out)] == ["sari"]
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--database-url", db_url, "staff", "passwd", "sari", "--password-stdin"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "password_too_short"
