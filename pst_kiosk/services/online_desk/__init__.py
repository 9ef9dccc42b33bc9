"""The online desk: requests by web, WhatsApp, email, phone or a visitor who continues online,
answered within 3 working days of being complete and closed after 7 silent days.

Each ``OnlineDesk`` method is one transaction; the steps live one job per module — ``intake``
(register), ``lifecycle`` (complete, messages, answer, close, reopen, edit), ``appointments``
and ``checkin`` (follow-ups by appointment), ``listing`` (the desk's lists and counts),
``sweep`` (the 7-day close), ``calendar`` (office closures), ``figures`` (the report), ``mail``
(IMAP in, SMTP out). Which status allows which action is ``domain/online_states``; the due
rule is ``domain/online_sla``.
"""

from __future__ import annotations

from datetime import date, datetime

from pst_kiosk.services.context import ServiceContext
from pst_kiosk.services.online_desk import (
    appointments,
    intake,
    lifecycle,
    listing,
    records,
)
from pst_kiosk.services.online_desk.calendar import (
    Closure,
    add_closure,
    list_closures,
    remove_closure,
)
from pst_kiosk.services.online_desk.checkin import CheckIn, check_in
from pst_kiosk.services.online_desk.intake import NewRequest
from pst_kiosk.services.online_desk.lifecycle import Reply
from pst_kiosk.services.online_desk.listing import DeskCounts, DeskList
from pst_kiosk.services.online_desk.sweep import SweepResult, sweep
from pst_kiosk.services.online_desk.views import AppointmentView, RequestRow, RequestView

__all__ = [
    "AppointmentView", "CheckIn", "Closure", "DeskCounts", "DeskList", "NewRequest",
    "OnlineDesk", "Reply", "RequestRow", "RequestView", "SweepResult",
]


class OnlineDesk:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ writing
    def register(self, new: NewRequest, *, actor: str, staff_id: int | None = None
                 ) -> RequestView:
        checked = intake.check(new)
        with self.ctx.db.write() as session:
            request = intake.register_in(self.ctx, session, checked, actor=actor,
                                         staff_id=staff_id)
            return records.detail(self.ctx, session, request)

    def complete(self, key: int | str, *, actor: str, missing: str = "",
                 supplied_at: datetime | None = None, consent: bool = False,
                 staff_id: int | None = None) -> RequestView:
        with self.ctx.db.write() as session:
            request = lifecycle.complete_in(self.ctx, session, key, actor=actor,
                                            missing=missing, supplied_at=supplied_at,
                                            consent=consent, staff_id=staff_id)
            return records.detail(self.ctx, session, request)

    def answer(self, key: int | str, reply: Reply, *, actor: str,
               staff_id: int | None = None) -> RequestView:
        """The information asked for; by email it is queued and sent by ``send_mail``."""
        return self._reply(key, reply, True, actor, staff_id)

    def write(self, key: int | str, reply: Reply, *, actor: str,
              staff_id: int | None = None) -> RequestView:
        """A message that is not the answer (asking for what is missing, a clarification)."""
        return self._reply(key, reply, False, actor, staff_id)

    def _reply(self, key: int | str, reply: Reply, answer: bool, actor: str,
               staff_id: int | None) -> RequestView:
        with self.ctx.db.write() as session:
            request, _message = lifecycle.reply_in(
                self.ctx, session, key, reply, answer=answer, actor=actor, staff_id=staff_id,
                office_address=self.ctx.config.mail.address)
            return records.detail(self.ctx, session, request)

    def receive(self, key: int | str, text: str, *, actor: str, channel: str = "",
                at: datetime | None = None, attachments: tuple[str, ...] = ()) -> RequestView:
        """A requester's message typed or pasted by the officer (WhatsApp, a call)."""
        with self.ctx.db.write() as session:
            request = lifecycle.receive_in(self.ctx, session, key, text, actor=actor,
                                           channel=channel, at=at, attachments=attachments)
            return records.detail(self.ctx, session, request)

    def close(self, key: int | str, reason: str, *, actor: str, note: str = "") -> RequestView:
        with self.ctx.db.write() as session:
            request = lifecycle.close_in(self.ctx, session, key, reason, actor=actor, note=note)
            return records.detail(self.ctx, session, request)

    def reopen(self, key: int | str, *, actor: str, note: str = "") -> RequestView:
        with self.ctx.db.write() as session:
            request = lifecycle.reopen_in(self.ctx, session, key, actor=actor, note=note)
            return records.detail(self.ctx, session, request)

    def edit(self, key: int | str, changes: dict[str, str], *, actor: str,
             consent: bool = False) -> RequestView:
        with self.ctx.db.write() as session:
            request = lifecycle.edit_in(self.ctx, session, key, changes, actor=actor,
                                        consent=consent)
            return records.detail(self.ctx, session, request)

    def schedule(self, key: int | str, *, kind: str, starts_at: datetime, actor: str,
                 staff_id: int | None = None, meeting_link: str = "") -> AppointmentView:
        with self.ctx.db.write() as session:
            booked = appointments.schedule_in(self.ctx, session, key, kind=kind,
                                              starts_at=starts_at, actor=actor,
                                              staff_id=staff_id, meeting_link=meeting_link)
            request = records.find(session, booked.request_id)
            from pst_kiosk.services.online_desk import views

            return views.appointment(booked, request, records.staff_names(session))

    def cancel_appointment(self, appointment_id: int, *, actor: str) -> None:
        with self.ctx.db.write() as session:
            appointments.cancel_in(self.ctx, session, appointment_id, actor=actor)

    def check_in(self, code: str, *, printer: str = "", actor: str = "kiosk") -> CheckIn:
        return check_in(self.ctx, code, printer=printer, actor=actor)

    def sweep(self, actor: str = "system:sweep") -> SweepResult:
        return sweep(self.ctx, actor)

    # ------------------------------------------------------------------ reading
    def get(self, key: int | str) -> RequestView:
        with self.ctx.db.read() as session:
            return records.detail(self.ctx, session, records.find(session, key))

    def requests(self, which: DeskList | str = DeskList.OPEN, search: str = ""
                 ) -> list[RequestRow]:
        """One of the desk's lists (``listing``), optionally narrowed by a search."""
        with self.ctx.db.read() as session:
            return listing.rows(self.ctx, session, DeskList(which), search)

    def counts(self) -> DeskCounts:
        with self.ctx.db.read() as session:
            return listing.counts(self.ctx, session)

    def appointments_of(self, day: date | None = None) -> list[AppointmentView]:
        with self.ctx.db.read() as session:
            return appointments.of_day(self.ctx, session, day or self.ctx.today())

    # ------------------------------------------------------------------ closures
    def closures(self, since: date | None = None) -> list[Closure]:
        return list_closures(self.ctx, since)

    def add_closure(self, day: date, reason: str, *, actor: str) -> Closure:
        return add_closure(self.ctx, day, reason, actor)

    def remove_closure(self, day: date, *, actor: str) -> Closure:
        return remove_closure(self.ctx, day, actor)
