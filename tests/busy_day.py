"""A busy day that stores every code there is, for the tests that no person ever reads one.

Visitors register through the real guest-book service with every choice code (education,
occupation, institution type, sex), every ID type and every priority reason; the counter
calls, skips, re-queues, hands over, transfers to another service, follows up and finishes
with notes of every outcome and subjects whose keys look like code (``national_accounts``);
the online desk and the complaints box get every channel and status. ``RAW_CODES`` is the
set of stored codes a person must never see: every code of the labels table except the
one-letter sex codes, which are looked for cell by cell instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pst_kiosk.domain import guestbook_fields as gf
from pst_kiosk.domain.enums import (
    Channel,
    IdType,
    OnlineChannel,
    OnlineStatus,
    Outcome,
    PriorityReason,
)
from pst_kiosk.domain.labels import LABELS, Kind
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.consultation import ConsultationService, NoteFields
from pst_kiosk.services.guestbook import GuestBookService, GuestEntry
from pst_kiosk.services.queue import QueueService
from pst_kiosk.store.models import Complaint, OnlineRequest

WIT = ZoneInfo("Asia/Jayapura")
DAY = date(2026, 11, 30)  # the clock fixture's Monday
PASSWORD = "kopi-pagi-7"
TOPICS = ("national_accounts", "social_other", "hdi", "population", "poverty", "geography")

RAW_CODES = frozenset(
    code for rows in LABELS.values() for code in rows if len(code) > 1 and code.isascii()
    and re.fullmatch(r"[a-z0-9_]+", code)
)
AGE_CODES = frozenset(LABELS[Kind.AGE_GROUP])
_TOKEN = re.compile(r"[A-Za-z0-9_]+")


def raw_codes_in(text: str) -> set[str]:
    """The stored codes standing as words in ``text`` (case as stored: lower case)."""
    found = {t for t in _TOKEN.findall(text) if t in RAW_CODES}
    found |= {code for code in AGE_CODES if re.search(rf"(?<![\d–-]){re.escape(code)}(?!\d)",
                                                       text)}
    return found


def at(hhmm: str, day: date = DAY) -> datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(h, m), tzinfo=WIT).astimezone(UTC)


def _id_number(kind: IdType, i: int) -> str:
    return {
        IdType.KTP: f"827101150890{i + 1:04d}",
        IdType.SIM: f"1234567890{i:02d}",
        IdType.PASSPORT: f"A12345{i:02d}",
        IdType.OTHER: f"KTM-2024-{i:03d}",
    }[kind]


def _cycle(values: tuple[str, ...], i: int) -> str:
    return values[i % len(values)]


CHOICE_CODES = {name: tuple(c.code for c in choices) for name, choices in gf.CHOICES.items()}


@dataclass
class BusyDay:
    staff: dict[str, int] = field(default_factory=dict)
    tickets: dict[str, int] = field(default_factory=dict)  # name in the script -> ticket id
    visit_ids: list[int] = field(default_factory=list)


def build_busy_day(ctx, clock) -> BusyDay:
    """Run the day; the clock is left at 16:00 on ``DAY``."""
    day = BusyDay()
    accounts = AccountService(ctx)
    day.staff["sari"] = accounts.create("sari", "Sari Wulandari", "frontliner", PASSWORD).id
    day.staff["budi"] = accounts.create("budi", "Budi Santoso", "supervisor", PASSWORD).id
    book, queue = GuestBookService(ctx), QueueService(ctx)
    notes = ConsultationService(ctx)
    sari, budi = day.staff["sari"], day.staff["budi"]
    priorities = tuple(p.value for p in PriorityReason)
    letters = ("K", "K", "P", "K", "R", "K", "J", "K", "A")
    for i, letter in enumerate(letters):
        clock.now = at(f"08:{i * 5:02d}")
        kind = list(IdType)[i % len(IdType)]
        values = {
            "name": f"Tamu Nomor {i}", "sex": _cycle(CHOICE_CODES["sex"], i),
            "birth_year": str(1950 + 8 * i), "education": _cycle(CHOICE_CODES["education"], i),
            "occupation": _cycle(CHOICE_CODES["occupation"], i),
            "institution": f"Instansi {i}",
            "institution_type": _cycle(CHOICE_CODES["institution_type"], i),
            "phone": f"08123400{i:04d}", "email": f"tamu{i}@contoh.id",
            "purpose": "Konsultasi data", "data_needed": "Tabel statistik",
        }
        done = book.register(GuestEntry(kind.value, _id_number(kind, i), letter, values, True,
                                        _cycle(priorities, i)))
        day.tickets[f"v{i}"] = done.ticket.id
        day.visit_ids.append(done.visit_id)
    t = day.tickets

    def note(ticket: str, staff: int, outcome: Outcome, topic: str) -> None:
        notes.finalise(t[ticket], staff, NoteFields(topic, "Tabel", "Tabel", outcome.value,
                                                    "Catatan"))

    def step(hhmm: str) -> None:
        clock.now = at(hhmm)

    def serve(ticket: str, counter: int, staff: int, called: str, done: str,
              outcome: Outcome, topic: str) -> None:
        """Called, served, noted and finished: the plain case."""
        step(called)
        queue.call(t[ticket], counter, staff_id=staff)
        step(done)
        note(ticket, staff, outcome, topic)
        queue.finish(t[ticket])

    serve("v1", 1, sari, "08:50", "08:58", Outcome.FULFILLED, TOPICS[0])
    step("09:00")
    queue.call(t["v0"], 1, staff_id=sari)
    step("09:02")
    queue.skip(t["v0"])
    step("09:04")
    queue.requeue(t["v0"])
    step("09:05")
    queue.call(t["v3"], 2, staff_id=budi)
    step("09:07")
    t["v3_to_R"] = queue.transfer(t["v3"], to_service="R").id
    step("09:08")
    queue.call(t["v0"], 1, staff_id=sari)
    queue.start(t["v0"])
    step("09:15")
    note("v0", sari, Outcome.PARTLY, TOPICS[1])
    t["v0_follow_up"] = notes.follow_up(t["v0"], "P", sari).id
    queue.finish(t["v0"])
    serve("v2", 1, sari, "09:16", "09:24", Outcome.NOT_AVAILABLE, TOPICS[2])
    step("09:25")
    queue.call(t["v5"], 2, staff_id=budi)
    step("09:26")
    queue.transfer(t["v5"], to_counter=1)  # a hand-over to counter 1
    serve("v5", 1, sari, "09:27", "09:36", Outcome.REFERRED, TOPICS[3])
    step("09:40")
    queue.cancel(t["v6"])
    step("09:41")
    queue.call(t["v7"], 2, staff_id=budi)
    step("09:44")
    queue.skip(t["v7"])
    serve("v4", 2, budi, "09:45", "09:54", Outcome.FULFILLED, TOPICS[4])
    # visitor 0 comes back in the afternoon: the card shows the morning's notes
    step("13:00")
    again = book.register(GuestEntry(IdType.KTP.value, _id_number(IdType.KTP, 0), "K", {
        "name": "Tamu Nomor 0", "sex": "L", "birth_year": "1950", "education": "d4s1",
        "occupation": "civil_servant", "institution": "Instansi 0",
        "institution_type": "government", "phone": "081299990000", "purpose": "Lanjutan",
    }, True))
    t["v0_again"] = again.ticket.id
    day.visit_ids.append(again.visit_id)
    serve("v0_again", 1, sari, "13:05", "13:12", Outcome.FULFILLED, TOPICS[5])
    _online_and_complaints(ctx)
    clock.now = at("16:00")
    return day


def _online_and_complaints(ctx) -> None:
    statuses = list(OnlineStatus)
    with ctx.db.write() as session:
        for i, channel in enumerate(OnlineChannel):  # every online channel and status code
            status = statuses[i % len(statuses)]
            received = at(f"10:{i * 5:02d}")
            answered = received + timedelta(hours=2) if status in (
                OnlineStatus.ANSWERED, OnlineStatus.CLOSED) else None
            session.add(OnlineRequest(
                number=f"PST-2026-{i + 1:05d}", channel=channel.value,
                requester_name="Penanya Daring", email="x@contoh.id", subject="prices",
                received_at=received, answered_at=answered, status=status.value,
                close_reason="fulfilled" if status is OnlineStatus.CLOSED else "",
                complete_at=None if status is OnlineStatus.RECEIVED else received,
                due_at=None if status is OnlineStatus.RECEIVED else received + timedelta(days=3),
                updated_at=received,
            ))
        for i, channel in enumerate(Channel):
            received = at(f"10:{i * 5:02d}")
            answered = received + timedelta(hours=2) if i % 2 else None
            session.add(Complaint(channel=channel.value, received_at=received, text="Saran",
                                  answered_at=answered, answer="Terima kasih" if answered else None))
