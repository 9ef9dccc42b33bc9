"""Staff accounts: argon2 password hashes, roles, sign-in with a rate limit, audit-logged.

A wrong password is said plainly ("kata sandi salah") and counted on the account; from the
fifth wrong try in a row the account is locked for a while that doubles with each further
try (1, 2, 4… up to 15 minutes), so guessing at a busy counter PC is slow but a colleague who
mistypes is never locked out for long. A right password resets the count.

First run: while no staff account exists, ``create_first_admin`` makes one admin account (the
counter offers it on its sign-in page; ``pst-kiosk staff add`` does the same from a shell).
As soon as one account exists, that door is closed and only an admin or the CLI adds staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func
from sqlmodel import Session, select

from pst_kiosk.domain.clock import as_utc
from pst_kiosk.domain.enums import Role
from pst_kiosk.domain.errors import UserError
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import Staff

FREE_ATTEMPTS = 4  # wrong tries allowed before the account starts to lock
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(minutes=15)
MIN_PASSWORD = 8

_hasher = PasswordHasher()


@dataclass(frozen=True)
class StaffView:
    id: int
    username: str
    full_name: str
    role: str
    active: bool

    @property
    def supervises(self) -> bool:
        """Supervisors and admins see every counter and the reports."""
        return self.role in (Role.SUPERVISOR, Role.ADMIN)

    @property
    def actor(self) -> str:
        return f"staff:{self.username}"


def lock_for(failed_attempts: int) -> timedelta | None:
    """How long an account stays locked after this many wrong tries in a row."""
    if failed_attempts <= FREE_ATTEMPTS:
        return None
    return min(FIRST_LOCK * 2 ** (failed_attempts - FREE_ATTEMPTS - 1), LONGEST_LOCK)


class AccountService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---------------------------------------------------------------- reading
    def has_accounts(self) -> bool:
        with self.ctx.db.read() as session:
            return bool(session.execute(select(func.count()).select_from(Staff)).scalar_one())

    def list(self, include_inactive: bool = True) -> list[StaffView]:
        with self.ctx.db.read() as session:
            query = select(Staff).order_by(Staff.username)
            if not include_inactive:
                query = query.where(Staff.active)
            return [_view(s) for s in session.exec(query).all()]

    def get(self, username: str) -> StaffView:
        with self.ctx.db.read() as session:
            return _view(self._staff(session, username))

    # ---------------------------------------------------------------- changes
    def create(self, username: str, full_name: str, role: str, password: str, *,
               actor: str = "cli") -> StaffView:
        role_value, name = _check_role(role), _check_username(username)
        hashed = _hash(password)
        with self.ctx.db.write() as session:
            notify(session, Topic.STAFF)  # staff on duty, the sign-in lists
            return self._insert(session, name, full_name, role_value, hashed, actor)

    def create_first_admin(self, username: str, full_name: str, password: str) -> StaffView:
        """The first account of a fresh install; refused once any account exists."""
        name, hashed = _check_username(username), _hash(password)
        with self.ctx.db.write() as session:
            notify(session, Topic.STAFF)  # staff on duty, the sign-in lists
            if session.execute(select(func.count()).select_from(Staff)).scalar_one():
                raise UserError(
                    "accounts_exist",
                    "Sudah ada akun petugas. Minta admin membuatkan akun Anda.",
                    "Staff accounts already exist. Ask an admin to create yours.",
                )
            return self._insert(session, name, full_name, Role.ADMIN, hashed, "first-run")

    def change_password(self, username: str, new_password: str, *, actor: str = "cli") -> None:
        hashed = _hash(new_password)
        with self.ctx.db.write() as session:
            notify(session, Topic.STAFF)  # staff on duty, the sign-in lists
            staff = self._staff(session, username)
            staff.password_hash, staff.failed_attempts, staff.locked_until = hashed, 0, None
            session.add(staff)
            audit.record(session, self.ctx.now(), actor, "passwd", "staff", staff.id,
                         username=staff.username)

    def set_active(self, username: str, active: bool, *, actor: str = "cli") -> StaffView:
        with self.ctx.db.write() as session:
            notify(session, Topic.STAFF)  # staff on duty, the sign-in lists
            staff = self._staff(session, username)
            staff.active = active
            session.add(staff)
            audit.record(session, self.ctx.now(), actor, "activate" if active else "deactivate",
                         "staff", staff.id, username=staff.username)
            return _view(staff)

    # ---------------------------------------------------------------- signing in
    def sign_in(self, username: str, password: str, *, counter: int | None = None) -> StaffView:
        """The account if the password is right; else a ``UserError`` saying why.

        The hash is checked outside the write transaction (argon2 takes ~0.1 s and must not
        hold the database's write lock); the outcome is then committed before any refusal is
        raised, so the count of wrong tries survives.
        """
        name = username.strip().lower()
        with self.ctx.db.read() as session:
            found = session.exec(select(Staff).where(Staff.username == name)).first()
            stored = None if found is None or not found.active else found.password_hash
            locked_until = None if found is None else found.locked_until
        now = self.ctx.now()
        if stored is not None and locked_until is not None and as_utc(locked_until) > now:
            raise _locked(as_utc(locked_until) - now)
        right = stored is not None and _verify(stored, password)
        refusal: UserError | None = None
        view: StaffView | None = None
        with self.ctx.db.write() as session:
            notify(session, Topic.STAFF)  # staff on duty, the sign-in lists
            staff = session.exec(select(Staff).where(Staff.username == name)).first()
            if staff is None or stored is None:
                audit.record(session, now, f"staff:{name}", "sign_in_failed", "staff",
                             None if staff is None else staff.id, reason="unknown")
                refusal = _wrong_password()
            elif right:
                staff.failed_attempts, staff.locked_until = 0, None
                if _hasher.check_needs_rehash(staff.password_hash):
                    staff.password_hash = _hash(password)
                audit.record(session, now, f"staff:{staff.username}", "sign_in", "staff",
                             staff.id, counter=counter)
            else:
                staff.failed_attempts += 1
                lock = lock_for(staff.failed_attempts)
                staff.locked_until = now + lock if lock else None
                audit.record(session, now, f"staff:{staff.username}", "sign_in_failed",
                             "staff", staff.id, attempts=staff.failed_attempts)
                refusal = _locked(lock, wrong=True) if lock else _wrong_password()
            if staff is not None:
                session.add(staff)
                view = _view(staff)
        if refusal is not None:
            raise refusal
        assert view is not None
        return view

    def sign_out(self, username: str, *, counter: int | None = None,
                 reason: str = "sign_out") -> None:
        """Recorded so the supervisor's "staff on duty" knows who left (``reason``: lock too)."""
        with self.ctx.db.write() as session:
            notify(session, Topic.STAFF)  # staff on duty, the sign-in lists
            staff = self._staff(session, username)
            audit.record(session, self.ctx.now(), f"staff:{staff.username}", reason, "staff",
                         staff.id, counter=counter)

    # ---------------------------------------------------------------- helpers
    def _insert(self, session: Session, username: str, full_name: str, role: str,
                hashed: str, actor: str) -> StaffView:
        if session.exec(select(Staff).where(Staff.username == username)).first() is not None:
            raise UserError(
                "username_taken",
                f"Nama pengguna '{username}' sudah dipakai.",
                f"The username '{username}' is already taken.",
            )
        if not full_name.strip():
            raise UserError("name_missing", "Nama lengkap wajib diisi.", "Full name is required.")
        now = self.ctx.now()
        staff = Staff(username=username, full_name=full_name.strip(), password_hash=hashed,
                      role=role, created_at=now)
        session.add(staff)
        session.flush()
        audit.record(session, now, actor, "create", "staff", staff.id, username=username,
                     role=role)
        return _view(staff)

    @staticmethod
    def _staff(session: Session, username: str) -> Staff:
        staff = session.exec(
            select(Staff).where(Staff.username == username.strip().lower())
        ).first()
        if staff is None:
            raise UserError(
                "unknown_staff",
                f"Akun petugas '{username}' tidak ada.",
                f"There is no staff account '{username}'.",
            )
        return staff


def _view(staff: Staff) -> StaffView:
    return StaffView(staff.id or 0, staff.username, staff.full_name, staff.role, staff.active)


def _check_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UserError(
            "unknown_role",
            f"Peran '{role}' tidak dikenal. Pilih: frontliner, supervisor, admin.",
            f"Unknown role '{role}'. Choose: frontliner, supervisor, admin.",
        ) from None


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-" for c in name):
        raise UserError(
            "bad_username",
            "Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.",
            "A username may hold only letters, digits, dots, underscores or hyphens.",
        )
    return name


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UserError(
            "password_too_short",
            f"Kata sandi minimal {MIN_PASSWORD} karakter.",
            f"A password needs at least {MIN_PASSWORD} characters.",
        )
    return _hasher.hash(password)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _wrong_password() -> UserError:
    return UserError(
        "wrong_password",
        "Nama pengguna atau kata sandi salah.",
        "Wrong username or password.",
    )


def _locked(remaining: timedelta, wrong: bool = False) -> UserError:
    minutes = max(1, int(-(-remaining.total_seconds() // 60)))
    prefix_id = "Kata sandi salah. " if wrong else ""
    prefix_en = "Wrong password. " if wrong else ""
    return UserError(
        "account_locked",
        f"{prefix_id}Terlalu banyak percobaan: akun dikunci {minutes} menit. Coba lagi nanti.",
        f"{prefix_en}Too many tries: the account is locked for {minutes} min. Try again later.",
        minutes=minutes,
    )


def is_first_run(ctx: ServiceContext) -> bool:
    return not AccountService(ctx).has_accounts()

