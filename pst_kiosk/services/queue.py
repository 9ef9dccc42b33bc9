"""The queue: issue, call, recall, skip, re-queue, transfer, start, finish, cancel.

Each use case is one write transaction. Numbers come from one ``daily_sequence`` row updated
with ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (locked: SQLite ``BEGIN IMMEDIATE``,
PostgreSQL row lock); calls take the head of the queue with ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL. ``UNIQUE(day, service, seq)`` and the one-active-ticket-per-counter index are
the last guard.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from pst_kiosk.domain import sla
from pst_kiosk.domain.clock import as_utc, local_day
from pst_kiosk.domain.enums import ACTIVE_AT_COUNTER, PrintStatus, PriorityReason, TicketStatus
from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.estimate import estimated_wait
from pst_kiosk.domain.ticket_code import format_code, parse_code
from pst_kiosk.services import audit
from pst_kiosk.services.context import ServiceContext
from pst_kiosk.store.changefeed import notify
from pst_kiosk.store.models import Counter, DailySequence, PrintJob, Service, Ticket

S = TicketStatus
# Written exactly as the partial index's predicate so SQLite's planner uses that index.
_AT_COUNTER = text("ticket.status IN ('called', 'serving')")
assert set(ACTIVE_AT_COUNTER) == {"called", "serving"}


@dataclass(frozen=True)
class TicketView:
    """A ticket as faces and scripts see it: plain values, no session attached."""

    id: int
    code: str
    day: date
    service_letter: str
    service_name_id: str
    service_name_en: str
    status: str
    priority: int
    priority_reason: str
    issued_at: datetime
    queued_at: datetime
    called_at: datetime | None
    last_called_at: datetime | None
    call_count: int
    started_at: datetime | None
    finished_at: datetime | None
    skipped_at: datetime | None
    wait_started_at: datetime | None
    counter_number: int | None
    target_counter_number: int | None
    visit_id: int | None
    origin_ticket_id: int | None
    people_ahead: int | None = None
    estimated_wait_minutes: int | None = None
    print_job_id: int | None = None

    def clocks(self, now: datetime) -> sla.Clocks:
        """Both clocks at ``now``: wait (to the call) and service (call to finish)."""
        return sla.Clocks(
            wait=sla.elapsed(self.wait_started_at or self.issued_at, self.called_at, now),
            service=sla.elapsed(self.called_at, self.finished_at or self.skipped_at, now),
        )

    def as_dict(self) -> dict[str, object]:
        return {k: (v.isoformat() if isinstance(v, datetime | date) else v) for k, v in vars(self).items()}


@dataclass(frozen=True)
class QueueSummary:
    """Per service: people waiting and the estimated wait of a ticket issued now."""

    letter: str
    name_id: str
    name_en: str
    waiting: int
    open_counters: int
    estimated_wait_minutes: int


def _error(code: str, message_id: str, message_en: str, **detail: object) -> UserError:
    return UserError(code, message_id, message_en, **detail)


class QueueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---------------------------------------------------------------- issuing
    def issue(
        self,
        service_letter: str,
        *,
        priority_reason: str = "",
        visit_id: int | None = None,
        actor: str = "kiosk",
        print_ticket: bool = False,
        printer: str = "",
    ) -> TicketView:
        """A new ticket, committed before anything is printed (the print job rides along).

        ``printer`` names the spooler that must print it (the kiosk's own, so a ticket never
        comes out of another kiosk's printer); empty means any spooler."""
        with self.ctx.db.write() as session:
            return self.issue_in(session, service_letter, priority_reason=priority_reason,
                                 visit_id=visit_id, actor=actor, print_ticket=print_ticket,
                                 printer=printer)

    def issue_in(
        self,
        session: Session,
        service_letter: str,
        *,
        priority_reason: str = "",
        visit_id: int | None = None,
        actor: str = "kiosk",
        print_ticket: bool = False,
        printer: str = "",
    ) -> TicketView:
        """``issue`` inside a caller's write transaction (guest book + visit + ticket as one)."""
        reason = _priority(priority_reason)
        service = self._service(session, service_letter)
        now = self.ctx.now()
        ticket = self._new_ticket(session, service, now, reason, visit_id, queued_at=now)
        job_id = None
        if print_ticket:
            job = PrintJob(ticket_id=ticket.id, created_at=now, updated_at=now,
                           status=PrintStatus.PENDING, printer=printer)
            session.add(job)
            session.flush()
            job_id = job.id
        audit.record(session, now, actor, "issue", "ticket", ticket.id, code=ticket.code,
                     priority=reason.value)
        notify(session)
        view = self._view(session, ticket, with_ahead=True)
        return _with(view, print_job_id=job_id)

    def _new_ticket(
        self,
        session: Session,
        service: Service,
        now: datetime,
        reason: PriorityReason,
        visit_id: int | None,
        queued_at: datetime,
        origin_ticket_id: int | None = None,
    ) -> Ticket:
        day = local_day(now, self.ctx.zone)  # the same instant as issued_at, never a second read
        seq = self._next_seq(session, day, service.id or 0)
        ticket = Ticket(
            day=day,
            service_id=service.id or 0,
            seq=seq,
            code=format_code(service.letter, seq),
            status=S.WAITING,
            priority=1 if reason is not PriorityReason.NONE else 0,
            priority_reason=reason.value,
            visit_id=visit_id,
            origin_ticket_id=origin_ticket_id,
            issued_at=now,
            queued_at=queued_at,
        )
        session.add(ticket)
        session.flush()
        return ticket

    def _next_seq(self, session: Session, day: date, service_id: int) -> int:
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        table = DailySequence.__table__  # type: ignore[attr-defined]
        stmt = (
            dialect.insert(table)
            .values(day=day, service_id=service_id, last_seq=1)
            .on_conflict_do_update(
                index_elements=["day", "service_id"],
                set_={"last_seq": table.c.last_seq + 1},
            )
            .returning(table.c.last_seq)
        )
        return int(session.execute(stmt).scalar_one())

    # ---------------------------------------------------------------- calling
    def call_next(
        self,
        counter_number: int,
        *,
        service_letter: str | None = None,
        staff_id: int | None = None,
        actor: str = "counter",
    ) -> TicketView | None:
        """Take the head of this counter's queues (priority first); ``None`` if nobody waits."""
        with self.ctx.db.write() as session:
            counter = self._counter(session, counter_number)
            letters = self._letters(counter)
            if service_letter is not None:
                letter = service_letter.upper()
                self._service(session, letter)
                if letter not in letters:
                    raise _error(
                        "counter_not_serving",
                        f"Loket {counter.number} tidak melayani layanan {letter}.",
                        f"Counter {counter.number} does not serve service {letter}.",
                    )
                letters = [letter]
            self._ensure_free(session, counter)
            head = (
                select(Ticket.id)
                .join(Service, col(Service.id) == col(Ticket.service_id))
                .where(
                    Ticket.day == self.ctx.today(),
                    Ticket.status == S.WAITING,
                    col(Service.letter).in_(letters),
                    or_(col(Ticket.target_counter_id).is_(None),
                        Ticket.target_counter_id == counter.id),
                )
                .order_by(col(Ticket.priority).desc(), col(Ticket.queued_at), col(Ticket.id))
                .limit(1)
                .with_for_update(skip_locked=True, of=Ticket)  # not the joined service row
                .scalar_subquery()
            )
            now = self.ctx.now()
            with _counter_guard(counter):
                taken = session.execute(
                    update(Ticket)
                    .where(col(Ticket.id) == head, Ticket.status == S.WAITING)
                    .values(status=S.CALLED, counter_id=counter.id, staff_id=staff_id,
                            called_at=func.coalesce(Ticket.called_at, now),
                            last_called_at=now, call_count=Ticket.call_count + 1)
                    .returning(Ticket.id)
                    .execution_options(synchronize_session=False)
                ).scalar_one_or_none()
            if taken is None:
                return None
            return self._after_call(session, taken, counter, now, actor)

    def call(
        self, ticket_id: int, counter_number: int, *, staff_id: int | None = None,
        actor: str = "counter",
    ) -> TicketView:
        """Call one chosen waiting ticket (out of order, e.g. a re-queued visitor)."""
        with self.ctx.db.write() as session:
            counter = self._counter(session, counter_number)
            ticket = self._ticket(session, ticket_id, allowed=(S.WAITING,), action="call")
            self._ensure_today(ticket, "call")
            if ticket.target_counter_id not in (None, counter.id):
                raise _error(
                    "counter_not_target",
                    f"Tiket {ticket.code} dialihkan ke loket lain; hanya loket itu yang dapat "
                    "memanggilnya.",
                    f"Ticket {ticket.code} was sent to another counter; only that counter can "
                    "call it.",
                )
            service = _service_of(session, ticket.service_id)
            assert service is not None
            if service.letter not in self._letters(counter):
                raise _error(
                    "counter_not_serving",
                    f"Loket {counter.number} tidak melayani layanan {service.letter}.",
                    f"Counter {counter.number} does not serve service {service.letter}.",
                )
            self._ensure_free(session, counter)
            now = self.ctx.now()
            ticket.status, ticket.counter_id, ticket.staff_id = S.CALLED, counter.id, staff_id
            ticket.called_at = ticket.called_at or now  # a handed-over ticket keeps its first call
            ticket.last_called_at = now
            ticket.call_count += 1
            session.add(ticket)
            with _counter_guard(counter):
                session.flush()
            return self._after_call(session, ticket.id or 0, counter, now, actor)

    def _after_call(
        self, session: Session, ticket_id: int, counter: Counter, now: datetime, actor: str
    ) -> TicketView:
        ticket = session.get(Ticket, ticket_id, populate_existing=True)
        assert ticket is not None
        if ticket.wait_started_at is None:  # first call; a handover keeps the first clock
            ticket.wait_started_at = self._wait_start(session, ticket, now)
            session.add(ticket)
            session.flush()
        audit.record(session, now, actor, "call", "ticket", ticket.id, code=ticket.code,
                     counter=counter.number)
        notify(session)
        return self._view(session, ticket)

    def _wait_start(self, session: Session, ticket: Ticket, now: datetime) -> datetime:
        """The clock start of DESIGN.md: issue, or the predecessor's finish if later."""
        predecessor = session.exec(
            select(Ticket)
            .where(
                Ticket.day == ticket.day,
                Ticket.service_id == ticket.service_id,
                col(Ticket.called_at).is_not(None),
                Ticket.id != ticket.id,
            )
            .order_by(col(Ticket.called_at).desc(), col(Ticket.id).desc())
            .limit(1)
        ).first()
        # A re-queued visitor waits again from when they came back, not from their first issue.
        floor = max(as_utc(ticket.issued_at), as_utc(ticket.queued_at))
        if predecessor is None:
            return floor
        return sla.wait_clock_start(floor, predecessor.called_at, done_with_at(predecessor), now)

    def _ensure_today(self, ticket: Ticket, action: str) -> None:
        if ticket.day != self.ctx.today():
            raise _error(
                "not_today",
                f"Tiket {ticket.code} berasal dari hari lain ({ticket.day:%d-%m-%Y}) dan tidak "
                f"bisa {_ACTION_ID[action]}. Ambil nomor baru di kios.",
                f"Ticket {ticket.code} is from another day ({ticket.day:%d-%m-%Y}) and cannot be "
                f"{_ACTION_EN[action]}. Take a new ticket at the kiosk.",
            )

    def _ensure_free(self, session: Session, counter: Counter) -> None:
        busy = session.exec(
            select(Ticket.code).where(
                Ticket.counter_id == counter.id, Ticket.day == self.ctx.today(), _AT_COUNTER
            )
        ).first()
        if busy is not None:
            raise self._busy(counter, busy)

    @staticmethod
    def _busy(counter: Counter, code: str | None = None) -> UserError:
        current = f" ({code})" if code else ""
        return _error(
            "counter_busy",
            f"Loket {counter.number} masih melayani{current}. Selesaikan atau lewati dulu.",
            f"Counter {counter.number} is still serving{current}. Finish or skip it first.",
        )

    # ------------------------------------------------------- state changes
    def recall(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, "recall", (S.CALLED, S.SERVING), actor, _recall)

    def start(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, "start", (S.CALLED,), actor, _start)

    def finish(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, "finish", (S.CALLED, S.SERVING), actor, _finish)

    def skip(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        """No-show: called and did not come. May be re-queued within the grace period."""
        return self._change(ticket_id, "skip", (S.CALLED,), actor, _skip)

    def cancel(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        return self._change(ticket_id, "cancel", (S.WAITING,), actor, _cancel)

    def requeue(self, ticket_id: int, *, actor: str = "counter") -> TicketView:
        """A no-show who came back goes to the back of the queue with the same number."""
        grace = timedelta(minutes=self.ctx.config.queue.requeue_grace_minutes)

        def apply(ticket: Ticket, now: datetime) -> None:
            assert ticket.skipped_at is not None
            if now - as_utc(ticket.skipped_at) > grace or ticket.day != self.ctx.today():
                minutes = int(grace.total_seconds() // 60)
                raise _error(
                    "requeue_too_late",
                    f"Batas waktu {minutes} menit untuk antre ulang sudah lewat. "
                    "Ambil nomor baru di kios.",
                    f"The {minutes}-minute grace period to re-queue has passed. "
                    "Take a new ticket at the kiosk.",
                )
            ticket.status, ticket.queued_at, ticket.counter_id = S.WAITING, now, None
            ticket.skipped_at = None
            ticket.called_at = None
            ticket.wait_started_at = None

        return self._change(ticket_id, "requeue", (S.NO_SHOW,), actor, apply)

    def transfer(
        self,
        ticket_id: int,
        *,
        to_service: str | None = None,
        to_counter: int | None = None,
        actor: str = "counter",
    ) -> TicketView:
        """To a counter: same ticket, waits for that counter only, keeping its place.
        To a service: a new ticket of that service that keeps the visitor's arrival order."""
        if (to_service is None) == (to_counter is None):
            raise _error(
                "transfer_target",
                "Pilih satu tujuan: layanan atau loket.",
                "Choose one destination: a service or a counter.",
            )
        allowed = (S.WAITING, S.CALLED, S.SERVING)
        with self.ctx.db.write() as session:
            ticket = self._ticket(session, ticket_id, allowed=allowed, action="transfer")
            self._ensure_today(ticket, "transfer")
            now = self.ctx.now()
            if to_counter is not None:
                result = self._transfer_to_counter(session, ticket, to_counter)
            else:
                result = self._transfer_to_service(session, ticket, str(to_service), now, actor)
            audit.record(session, now, actor, "transfer", "ticket", ticket.id, code=ticket.code,
                         to_service=to_service, to_counter=to_counter, new_code=result.code)
            notify(session)
            return self._view(session, result, with_ahead=True)

    def _transfer_to_counter(self, session: Session, ticket: Ticket, number: int) -> Ticket:
        counter = self._counter(session, number)
        service = session.get(Service, ticket.service_id)
        assert service is not None
        if service.letter not in self._letters(counter):
            raise _error(
                "counter_not_serving",
                f"Loket {counter.number} tidak melayani layanan {service.letter}.",
                f"Counter {counter.number} does not serve service {service.letter}.",
            )
        # The visitor is handed over, not sent back to the start: the first call, the wait
        # clock and the service start are kept, so neither SLA figure is distorted.
        ticket.status, ticket.target_counter_id, ticket.counter_id = S.WAITING, counter.id, None
        if ticket.called_at is not None:
            ticket.handed_over_at = self.ctx.now()
        session.add(ticket)
        return ticket

    def _transfer_to_service(
        self, session: Session, ticket: Ticket, letter: str, now: datetime, actor: str
    ) -> Ticket:
        service = self._service(session, letter)
        if service.id == ticket.service_id:
            raise _error(
                "transfer_same_service",
                "Tiket sudah berada di layanan itu.",
                "The ticket is already in that service.",
            )
        ticket.status = S.TRANSFERRED
        ticket.finished_at = now
        if ticket.called_at is not None and ticket.started_at is None:
            ticket.started_at = ticket.called_at
        session.add(ticket)
        session.flush()
        moved = self._new_ticket(
            session, service, now, PriorityReason(ticket.priority_reason), ticket.visit_id,
            queued_at=as_utc(ticket.queued_at), origin_ticket_id=ticket.id,
        )
        audit.record(session, now, actor, "issue", "ticket", moved.id, code=moved.code,
                     origin=ticket.code)
        return moved

    def _change(self, ticket_id: int, action: str, allowed: Sequence[str], actor: str,
                apply: object) -> TicketView:
        with self.ctx.db.write() as session:
            ticket = self._ticket(session, ticket_id, allowed=allowed, action=action)
            now = self.ctx.now()
            apply(ticket, now)  # type: ignore[operator]
            session.add(ticket)
            session.flush()
            audit.record(session, now, actor, action, "ticket", ticket.id, code=ticket.code)
            notify(session)
            return self._view(session, ticket)

    # ---------------------------------------------------------------- reading
    def get(self, ticket_id: int) -> TicketView:
        with self.ctx.db.read() as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                raise self._unknown_ticket(str(ticket_id))
            return self._view(session, ticket, with_ahead=ticket.status == S.WAITING)

    def find(self, code: str, day: date | None = None) -> TicketView:
        """Today's ticket by its code, as staff type it (``K-007``, ``k7``)."""
        letter, seq = parse_code(code)
        with self.ctx.db.read() as session:
            ticket = session.exec(
                select(Ticket)
                .join(Service, col(Service.id) == col(Ticket.service_id))
                .where(Ticket.day == (day or self.ctx.today()), Service.letter == letter,
                       Ticket.seq == seq)
            ).first()
            if ticket is None:
                raise self._unknown_ticket(code)
            return self._view(session, ticket, with_ahead=ticket.status == S.WAITING)

    def waiting(self, counter_number: int | None = None) -> list[TicketView]:
        """Today's queue in calling order; for one counter, only what it may call."""
        with self.ctx.db.read() as session:
            query = (
                select(Ticket)
                .where(Ticket.day == self.ctx.today(), Ticket.status == S.WAITING)
                .order_by(col(Ticket.priority).desc(), col(Ticket.queued_at), col(Ticket.id))
            )
            if counter_number is not None:
                counter = self._counter(session, counter_number)
                query = query.join(Service, col(Service.id) == col(Ticket.service_id)).where(
                    col(Service.letter).in_(self._letters(counter)),
                    or_(col(Ticket.target_counter_id).is_(None),
                        Ticket.target_counter_id == counter.id),
                )
            return [self._view(session, t) for t in session.exec(query).all()]

    def today(self, statuses: Sequence[str] | None = None) -> list[TicketView]:
        with self.ctx.db.read() as session:
            query = select(Ticket).where(Ticket.day == self.ctx.today())
            if statuses:
                query = query.where(col(Ticket.status).in_(list(statuses)))
            return [self._view(session, t) for t in session.exec(query.order_by(col(Ticket.id))).all()]

    def active_at(self, counter_number: int) -> TicketView | None:
        """The ticket a counter is calling or serving now, if any."""
        with self.ctx.db.read() as session:
            counter = self._counter(session, counter_number)
            ticket = session.exec(
                select(Ticket).where(
                    Ticket.counter_id == counter.id, Ticket.day == self.ctx.today(), _AT_COUNTER
                )
            ).first()
            return None if ticket is None else self._view(session, ticket)

    def recent_calls(self, limit: int = 10) -> list[TicketView]:
        """Today's calls, newest first (recalls move a ticket to the top): for the board."""
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(Ticket)
                .where(Ticket.day == self.ctx.today(), col(Ticket.last_called_at).is_not(None))
                .order_by(col(Ticket.last_called_at).desc(), col(Ticket.id).desc())
                .limit(limit)
            ).all()
            return [self._view(session, t) for t in rows]

    def summary(self) -> list[QueueSummary]:
        """Waiting count and estimated wait per active service, for the kiosk and board."""
        with self.ctx.db.read() as session:
            today = self.ctx.today()
            waiting = dict(
                session.execute(
                    select(Ticket.service_id, func.count())
                    .where(Ticket.day == today, Ticket.status == S.WAITING)
                    .group_by(col(Ticket.service_id))
                ).all()
            )
            average = self._average_service(session, today)
            counters = session.exec(select(Counter).where(Counter.active)).all()
            result = []
            for service in session.exec(
                select(Service).where(Service.active).order_by(Service.sort)
            ).all():
                open_counters = sum(service.letter in self._letters(c) for c in counters)
                count = int(waiting.get(service.id, 0))
                estimate = estimated_wait(count, open_counters, average)
                result.append(QueueSummary(service.letter, service.name_id, service.name_en,
                                           count, open_counters,
                                           int(-(-estimate.total_seconds() // 60))))
            return result

    def _average_service(self, session: Session, day: date) -> timedelta | None:
        rows = session.exec(
            select(Ticket.called_at, Ticket.finished_at).where(
                Ticket.day == day, Ticket.status == S.DONE,
                col(Ticket.called_at).is_not(None), col(Ticket.finished_at).is_not(None),
            ).order_by(col(Ticket.finished_at).desc()).limit(20)
        ).all()
        if not rows:
            return None
        total = sum(((f - c) for c, f in rows if c and f), timedelta(0))
        return total / len(rows)

    # ---------------------------------------------------------------- helpers
    def _service(self, session: Session, letter: str) -> Service:
        service = session.exec(
            select(Service).where(Service.letter == letter.upper(), Service.active)
        ).first()
        if service is None:
            raise _error(
                "unknown_service",
                f"Layanan '{letter}' tidak ada. Pilih salah satu layanan yang tersedia.",
                f"There is no service '{letter}'. Choose one of the services offered.",
            )
        return service

    def _counter(self, session: Session, number: int) -> Counter:
        counter = session.exec(
            select(Counter).where(Counter.number == number, Counter.active)
        ).first()
        if counter is None:
            raise _error(
                "unknown_counter",
                f"Loket {number} tidak ada dalam konfigurasi.",
                f"Counter {number} is not configured.",
            )
        return counter

    @staticmethod
    def _letters(counter: Counter) -> list[str]:
        return [x for x in counter.service_letters.split(",") if x]

    def _ticket(self, session: Session, ticket_id: int, *, allowed: Sequence[str],
                action: str) -> Ticket:
        # Row lock (PostgreSQL): two counters acting on one ticket take turns, and the second
        # sees the first one's outcome. SQLite's BEGIN IMMEDIATE already serialises writers.
        ticket = session.get(Ticket, ticket_id, with_for_update=True, populate_existing=True)
        if ticket is None:
            raise self._unknown_ticket(str(ticket_id))
        if ticket.status not in allowed:
            raise _error(
                "wrong_state",
                f"Tiket {ticket.code} berstatus '{_STATUS_ID[ticket.status]}' dan tidak bisa "
                f"{_ACTION_ID.get(action, action)}.",
                f"Ticket {ticket.code} is '{ticket.status}' and cannot be "
                f"{_ACTION_EN.get(action, action)}.",
                code_ticket=ticket.code,
                status=ticket.status,
            )
        return ticket

    @staticmethod
    def _unknown_ticket(ref: str) -> UserError:
        return _error("unknown_ticket", f"Tiket {ref} tidak ditemukan.",
                      f"Ticket {ref} was not found.")

    def _view(self, session: Session, ticket: Ticket, with_ahead: bool = False) -> TicketView:
        service = _service_of(session, ticket.service_id)
        assert service is not None
        counters = {c.id: c.number for c in _counters_cache(session)}
        ahead = estimate = None
        if with_ahead and ticket.status == S.WAITING:
            ahead = self._ahead(session, ticket)
            open_counters = sum(
                service.letter in self._letters(c) for c in _counters_cache(session) if c.active
            )
            wait = estimated_wait(ahead, open_counters, self._average_service(session, ticket.day))
            estimate = int(-(-wait.total_seconds() // 60))
        return TicketView(
            id=ticket.id or 0, code=ticket.code, day=ticket.day,
            service_letter=service.letter, service_name_id=service.name_id,
            service_name_en=service.name_en, status=ticket.status, priority=ticket.priority,
            priority_reason=ticket.priority_reason, issued_at=ticket.issued_at,
            queued_at=ticket.queued_at, called_at=ticket.called_at,
            last_called_at=ticket.last_called_at, call_count=ticket.call_count,
            started_at=ticket.started_at, finished_at=ticket.finished_at,
            skipped_at=ticket.skipped_at, wait_started_at=ticket.wait_started_at,
            counter_number=counters.get(ticket.counter_id),
            target_counter_number=counters.get(ticket.target_counter_id),
            visit_id=ticket.visit_id, origin_ticket_id=ticket.origin_ticket_id,
            people_ahead=ahead, estimated_wait_minutes=estimate,
        )

    def _ahead(self, session: Session, ticket: Ticket) -> int:
        """Waiting tickets of the same service that will be called before this one."""
        before = or_(
            col(Ticket.priority) > ticket.priority,
            and_(Ticket.priority == ticket.priority,
                 or_(col(Ticket.queued_at) < ticket.queued_at,
                     and_(Ticket.queued_at == ticket.queued_at, col(Ticket.id) < ticket.id))),
        )
        return int(session.execute(
            select(func.count()).select_from(Ticket).where(
                Ticket.day == ticket.day, Ticket.service_id == ticket.service_id,
                Ticket.status == S.WAITING, Ticket.id != ticket.id, before,
            )
        ).scalar_one())


def done_with_at(ticket: Ticket) -> datetime | None:
    """When the counter was done with a called ticket (finished, skipped, handed over): the
    moment the next visitor's wait clock may start. One rule for the queue and the counter."""
    return ticket.finished_at or ticket.skipped_at or ticket.handed_over_at


def _priority(reason: str) -> PriorityReason:
    try:
        return PriorityReason(reason)
    except ValueError:
        raise _error(
            "unknown_priority",
            f"Alasan prioritas '{reason}' tidak dikenal.",
            f"Unknown priority reason '{reason}'.",
        ) from None


@contextmanager
def _counter_guard(counter: Counter) -> Iterator[None]:
    """The one-active-ticket index fired under a race: say so plainly, not as a traceback."""
    try:
        yield
    except IntegrityError as exc:
        raise QueueService._busy(counter) from exc


def _counters_cache(session: Session) -> list[Counter]:
    cached = session.info.get("counters")
    if cached is None:
        cached = session.info["counters"] = list(session.exec(select(Counter)).all())
    return cached


def _service_of(session: Session, service_id: int) -> Service | None:
    """A service kept alive for the session: the identity map holds only weak references,
    so a bare ``session.get`` per ticket was one query per row (the board's read, on PG)."""
    cached: dict[int, Service | None] = session.info.setdefault("services", {})
    if service_id not in cached:
        cached[service_id] = session.get(Service, service_id)
    return cached[service_id]


def _with(view: TicketView, **changes: Any) -> TicketView:
    return replace(view, **changes)


def _recall(ticket: Ticket, now: datetime) -> None:
    ticket.call_count += 1
    ticket.last_called_at = now


def _start(ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.started_at = S.SERVING, now


def _finish(ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.finished_at = S.DONE, now
    if ticket.started_at is None:
        ticket.started_at = ticket.called_at


def _skip(ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.skipped_at = S.NO_SHOW, now


def _cancel(ticket: Ticket, now: datetime) -> None:
    ticket.status, ticket.cancelled_at = S.CANCELLED, now


_STATUS_ID: dict[str, str] = {
    S.WAITING: "menunggu", S.CALLED: "dipanggil", S.SERVING: "dilayani", S.DONE: "selesai",
    S.NO_SHOW: "tidak hadir", S.CANCELLED: "dibatalkan", S.TRANSFERRED: "dialihkan",
}
_ACTION_ID = {
    "call": "dipanggil", "transfer": "dialihkan", "recall": "dipanggil ulang", "start": "dimulai", "finish": "diselesaikan",
    "skip": "dilewati", "cancel": "dibatalkan", "requeue": "diantrekan ulang",
}
_ACTION_EN = {
    "call": "called", "transfer": "transferred", "recall": "recalled", "start": "started", "finish": "finished", "skip": "skipped",
    "cancel": "cancelled", "requeue": "re-queued",
}
