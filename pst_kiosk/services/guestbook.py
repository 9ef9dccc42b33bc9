"""The electronic guest book: who came, with their consent, and the ticket they got.

One kiosk submission is one write transaction: visitor (created or updated), visit with its
anonymous snapshot and the contact given that day, ticket and pending print job commit
together or not at all. The ID number
never reaches the database: only its keyed hash (to greet a returning visitor) and its last
four digits (so staff can check a card) are kept, as DESIGN.md asks under UU 27/2022.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, select

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.identity import IdFacts, age_group, keyed_hash, validate_id
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.privacy_key import load_key
from pst_kiosk.services.queue import QueueService, TicketView
from pst_kiosk.store.changefeed import Topic, notify
from pst_kiosk.store.models import PrintJob, Service, Visit, Visitor

PROFILE_FIELDS = (
    "name", "sex", "birth_year", "education", "occupation", "institution",
    "institution_type", "phone", "email",
)  # fmt: skip


@dataclass(frozen=True)
class IdCheck:
    """A valid ID and, for a returning visitor, the last profile to confirm."""

    facts: IdFacts
    profile: dict[str, str] | None = None

    @property
    def returning(self) -> bool:
        return self.profile is not None

    def as_form(self) -> dict[str, str]:
        """Values to pre-fill the guest book: the last profile, else what the NIK tells."""
        form = dict(self.profile or {})
        if not form.get("sex") and self.facts.sex:
            form["sex"] = self.facts.sex
        if not form.get("birth_year") and self.facts.birth_date:
            form["birth_year"] = str(self.facts.birth_date.year)
        return form


@dataclass(frozen=True)
class GuestEntry:
    """What the visitor typed and chose at the kiosk, as plain strings."""

    id_type: str
    id_number: str
    service_letter: str
    values: dict[str, str] = field(default_factory=dict)
    consent: bool = False
    priority_reason: str = ""


@dataclass(frozen=True)
class Registration:
    visitor_id: int
    visit_id: int
    returning: bool
    ticket: TicketView


class FieldErrors(UserError):
    """The guest book has problems; each is shown next to its field."""

    def __init__(self, problems: list[gf.FieldProblem]) -> None:
        first = problems[0]
        super().__init__(
            "guestbook_fields",
            f"Periksa isian yang ditandai ({len(problems)}).",
            f"Check the marked fields ({len(problems)}).",
            field=first.field,
        )
        self.problems = problems


CONSENT_REQUIRED = (
    "consent_required",
    "Tanpa persetujuan pemrosesan data pribadi, kios tidak dapat memberi nomor antrean. "
    "Silakan menghubungi petugas di loket.",
    "Without consent to the processing of personal data the kiosk cannot give a ticket. "
    "Please ask the officer at the counter.",
)


class GuestBookService:
    def __init__(self, ctx: ServiceContext, key: bytes | None = None) -> None:
        self.ctx = ctx
        self._key = key
        self.queue = QueueService(ctx)

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = load_key(self.ctx.config.path.parent, self.ctx.config.id_hash_key)
        return self._key

    # ---------------------------------------------------------------- reading
    def check_id(self, id_type: str, number: str) -> IdCheck:
        """Validate the ID and look up a returning visitor by its keyed hash."""
        facts = validate_id(id_type, number, self.ctx.today())
        digest = keyed_hash(facts.number, self.key)
        with self.ctx.db.read() as session:
            visitor = self._visitor(session, facts.id_type, digest)
            profile = _profile(visitor) if visitor is not None else None
        return IdCheck(facts, profile)

    def print_status(self, job_id: int) -> str:
        """``pending`` | ``printing`` | ``printed`` | ``failed``, as the visitor must hear it.

        A job back in the queue after a failed try is ``failed`` here: the spooler may still
        print it later, but the visitor at the kiosk should not wait for that.
        """
        with self.ctx.db.read() as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                return "failed"
            if job.status == "pending" and job.attempts > 0 and job.last_error:
                return "failed"
            return job.status

    # ---------------------------------------------------------------- writing
    def register(self, entry: GuestEntry, actor: str = "kiosk", printer: str = "") -> Registration:
        """Guest book + consent + visit + ticket + print job, in one transaction; the job is
        for ``printer`` (this kiosk's spooler) when named."""
        today = self.ctx.today()
        facts = validate_id(entry.id_type, entry.id_number, today)
        values = {k: str(v or "").strip() for k, v in entry.values.items()}
        problems = gf.check_fields(values, today)
        if problems:
            raise FieldErrors(problems)
        if not entry.consent:
            raise UserError(*CONSENT_REQUIRED)
        digest = keyed_hash(facts.number, self.key)
        with self.ctx.db.write() as session:
            now = self.ctx.now()
            visitor = self._visitor(session, facts.id_type, digest)
            returning = visitor is not None
            visitor = self._save_visitor(session, visitor, facts, digest, values, now)
            visit = self._add_visit(session, visitor, entry.service_letter, values, today, now)
            ticket = self.queue.issue_in(
                session, entry.service_letter, priority_reason=entry.priority_reason,
                visit_id=visit.id, actor=actor, print_ticket=True, printer=printer,
            )
            notify(session, Topic.VISITORS)  # the queue's topic comes with issue_in
            audit.record(session, now, actor, "register", "visitor", visitor.id,
                         returning=returning, consent_version=gf.CONSENT_VERSION)
        return Registration(visitor.id or 0, visit.id or 0, returning, ticket)

    def _visitor(self, session: Session, id_type: str, digest: str) -> Visitor | None:
        return session.exec(
            select(Visitor)
            .where(Visitor.id_hash == digest, Visitor.id_type == str(id_type),
                   col(Visitor.purged_at).is_(None))
            .order_by(col(Visitor.id).desc())
        ).first()

    def _save_visitor(self, session: Session, visitor: Visitor | None, facts: IdFacts,
                      digest: str, values: dict[str, str], now: datetime) -> Visitor:
        if visitor is None:
            visitor = Visitor(id_type=str(facts.id_type), id_hash=digest, id_last4=facts.last4,
                              created_at=now)
        visitor.name = values["name"]
        visitor.sex = values["sex"]
        visitor.birth_year = int(values["birth_year"])
        visitor.education = values["education"]
        visitor.occupation = values["occupation"]
        visitor.institution = values.get("institution") or None
        visitor.institution_type = values["institution_type"]
        visitor.phone = gf.normalise_phone(values["phone"])
        visitor.email = values.get("email") or None
        visitor.consent_at = now
        visitor.consent_version = gf.CONSENT_VERSION
        visitor.last_visit_at = now
        session.add(visitor)
        session.flush()
        return visitor

    def _add_visit(self, session: Session, visitor: Visitor, letter: str,
                   values: dict[str, str], today: date, now: datetime) -> Visit:
        service_id = session.exec(
            select(Service.id).where(Service.letter == letter.upper())
        ).first()
        visit = Visit(
            visitor_id=visitor.id, day=today, created_at=now, service_id=service_id,
            purpose=values.get("purpose") or None, data_needed=values.get("data_needed") or None,
            sex=visitor.sex, age_group=age_group(visitor.birth_year or today.year, today),
            education=visitor.education, occupation=visitor.occupation,
            institution_type=visitor.institution_type,
            # what was given on this visit: a later visit's new phone leaves this one alone
            name=visitor.name, institution=visitor.institution, phone=visitor.phone,
            email=visitor.email,
        )
        session.add(visit)
        session.flush()
        return visit


def _profile(visitor: Visitor) -> dict[str, str]:
    profile = {name: getattr(visitor, name) for name in PROFILE_FIELDS}
    return {k: ("" if v is None else str(v)) for k, v in profile.items()}
