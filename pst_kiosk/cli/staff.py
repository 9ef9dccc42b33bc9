"""``pst-kiosk staff add|list|passwd|disable|enable``: staff accounts from a shell.

Passwords are never arguments (they would stay in the shell history): they are asked with
``getpass`` twice, or read from the first line of standard input with ``--password-stdin``
for scripts.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from pst_kiosk.cli.common import context_from, emit
from pst_kiosk.domain.enums import Role
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services.accounts import AccountService


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    staff = sub.add_parser("staff", help="akun petugas: tambah, daftar, ganti sandi (JSON)")
    actions = staff.add_subparsers(dest="action", required=True)

    add = actions.add_parser("add", help="tambah akun petugas")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="nama lengkap")
    add.add_argument("--role", default=Role.FRONTLINER.value, choices=[r.value for r in Role])
    add.add_argument("--password-stdin", action="store_true",
                     help="baca kata sandi dari baris pertama stdin")
    add.set_defaults(handler=_add)

    actions.add_parser("list", help="daftar akun petugas").set_defaults(handler=_list)

    passwd = actions.add_parser("passwd", help="ganti kata sandi (juga membuka kunci akun)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    passwd.set_defaults(handler=_passwd)

    for name, active in (("disable", False), ("enable", True)):
        action = actions.add_parser(name, help="nonaktifkan akun" if not active else "aktifkan")
        action.add_argument("username")
        action.set_defaults(handler=_set_active, active=active)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi / Password: ")
    if getpass.getpass("Ulangi / Repeat: ") != first:
        raise UserError("password_mismatch", "Kedua kata sandi tidak sama.",
                        "The two passwords differ.")
    return first


def _add(args: argparse.Namespace) -> int:
    accounts = AccountService(context_from(args))
    view = accounts.create(args.username, args.name, args.role, _password(args), actor="cli")
    emit(vars(view))
    return 0


def _list(args: argparse.Namespace) -> int:
    emit([vars(s) for s in AccountService(context_from(args)).list()])
    return 0


def _passwd(args: argparse.Namespace) -> int:
    accounts = AccountService(context_from(args))
    accounts.change_password(args.username, _password(args), actor="cli")
    emit({"username": args.username.lower(), "password_changed": True})
    return 0


def _set_active(args: argparse.Namespace) -> int:
    emit(vars(AccountService(context_from(args)).set_active(args.username, args.active,
                                                            actor="cli")))
    return 0
