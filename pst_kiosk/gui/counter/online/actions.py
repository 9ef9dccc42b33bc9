"""What each button of the online desk does: open its form when it has one, then one service
call off the UI thread (``OnlineTab.run``); the request comes back and is shown, then the list
follows with the feed. An email reply is sent right after its commit, in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pst_kiosk.domain.enums import OnlineChannel, SendStatus
from pst_kiosk.gui import theme
from pst_kiosk.gui.counter.messages import describe
from pst_kiosk.gui.counter.online.dialogs import (
    AppointmentDialog,
    CloseDialog,
    CompleteDialog,
    RegisterDialog,
)
from pst_kiosk.gui.counter.refresh import run_for
from pst_kiosk.gui.tasks import Lane
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.online_desk import DeskList, Reply, RequestView

if TYPE_CHECKING:
    from pst_kiosk.gui.counter.online.tab import OnlineTab


def register(tab: OnlineTab) -> None:
    dialog = RegisterDialog(tab)
    tab.register_dialog = dialog  # type: ignore[attr-defined]

    def submit() -> None:
        new = dialog.value()
        dialog.buttons.setEnabled(False)

        def done(view: RequestView) -> None:
            dialog.done(1)
            tab.show_message(tab.tr("%1 dicatat.").replace("%1", view.number))
            tab.search.clear()
            tab.choose(DeskList.OPEN)
            tab.detail.show_request(view)

        def failed(error: BaseException) -> None:
            dialog.buttons.setEnabled(True)
            dialog.show_problem(describe(error))

        tab.run(lambda: tab.desk.register(new, actor=tab.staff.actor, staff_id=tab.staff.id),
                done, failed)

    dialog.buttons.accepted.disconnect()
    dialog.buttons.accepted.connect(submit)
    dialog.open()


def _shown(tab: OnlineTab) -> Any:
    def show(view: RequestView) -> None:
        tab.detail.show_request(view)

    return show


def complete(tab: OnlineTab, view: RequestView) -> None:
    dialog = CompleteDialog(tab.gui.services.zone, view.consent_at is None,
                            not view.row.subject, tab)
    tab.complete_dialog = dialog  # type: ignore[attr-defined]

    def submit() -> None:
        missing, supplied = dialog.missing.text(), dialog.supplied_instant()
        consent, subject = dialog.consent.isChecked(), dialog.subject.currentData()
        actor, staff_id = tab.staff.actor, tab.staff.id

        def work() -> RequestView:
            if dialog.needs_subject or consent:
                tab.desk.edit(view.id, {"subject": subject} if dialog.needs_subject else {},
                              actor=actor, consent=consent)
            return tab.desk.complete(view.id, actor=actor, missing=missing, supplied_at=supplied,
                                     staff_id=staff_id)

        def failed(error: BaseException) -> None:
            dialog.buttons.setEnabled(True)
            dialog.show_problem(describe(error))

        dialog.buttons.setEnabled(False)
        tab.run(work, lambda v: (dialog.done(1), _shown(tab)(v)), failed)

    dialog.buttons.accepted.disconnect()
    dialog.buttons.accepted.connect(submit)
    dialog.open()


def answer(tab: OnlineTab, view: RequestView) -> None:
    _reply(tab, view, answer=True)


def write(tab: OnlineTab, view: RequestView) -> None:
    _reply(tab, view, answer=False)


def _reply(tab: OnlineTab, view: RequestView, answer: bool) -> None:
    text, channel = tab.detail.text(), tab.detail.chosen_channel()
    if not text:
        return
    reply = Reply(text, channel)
    desk, actor, staff_id = tab.desk, tab.staff.actor, tab.staff.id
    work = (desk.answer if answer else desk.write)

    def done(result: RequestView) -> None:
        tab.detail.reply.clear()
        tab.detail.show_request(result)
        last = result.messages[-1]
        if last.send_status == SendStatus.PENDING:
            _send(tab, result.id, last.id)
        elif channel == OnlineChannel.WHATSAPP:
            tab.show_message(tab.tr("Dicatat. Kirim teksnya lewat WhatsApp kantor (Buka "
                                    "WhatsApp)."))

    tab.run(lambda: work(view.id, reply, actor=actor, staff_id=staff_id), done)


def _send(tab: OnlineTab, request_id: int, message_id: int) -> None:
    from pst_kiosk.services.online_desk.mail.outbox import send_pending

    ctx = tab.gui.services

    def work() -> tuple[list[Any], RequestView]:
        return send_pending(ctx, message_id), tab.desk.get(request_id)

    def done(result: tuple[list[Any], RequestView]) -> None:
        sent, view = result
        if tab.detail.view is not None and tab.detail.view.id == view.id:
            tab.detail.show_request(view)
        errors = [s.error for s in sent if s.error]
        if errors:
            tab.show_message(tab.tr("Email belum terkirim: %1").replace("%1", errors[0]),
                             theme.AMBER)
        else:
            tab.show_message(tab.tr("Email terkirim."))

    run_for(tab, tab.gui.tasks, work, done, tab.show_error, lane=Lane.IO)


def receive(tab: OnlineTab, view: RequestView) -> None:
    text, channel = tab.detail.text(), tab.detail.chosen_channel()
    actor = tab.staff.actor

    def done(result: RequestView) -> None:
        tab.detail.reply.clear()
        tab.detail.show_request(result)

    tab.run(lambda: tab.desk.receive(view.id, text, actor=actor, channel=channel), done)


def schedule(tab: OnlineTab, view: RequestView) -> None:
    def officers() -> list[tuple[int, str]]:
        staff = AccountService(tab.gui.services).list(include_inactive=False)
        return [(s.id, s.full_name) for s in staff]

    def opened(choices: list[tuple[int, str]]) -> None:
        dialog = AppointmentDialog(tab.gui.services.zone, tab.gui.services.now(), choices,
                                   tab.staff.id, tab)
        tab.appointment_dialog = dialog  # type: ignore[attr-defined]

        def submit() -> None:
            kind, starts = dialog.kind.currentData(), dialog.starts_at()
            officer, link = dialog.officer.currentData(), dialog.link.text()

            def work() -> RequestView:
                tab.desk.schedule(view.id, kind=kind, starts_at=starts, actor=tab.staff.actor,
                                  staff_id=officer, meeting_link=link)
                return tab.desk.get(view.id)

            def done(result: RequestView) -> None:
                dialog.done(1)
                booked = result.appointments[-1]
                tab.detail.show_request(result)
                tab.show_message(tab.tr("Janji dijadwalkan. Kode janji: %1 (berlaku pada hari "
                                        "janji).").replace("%1", booked.code))
                tab.detail.reply.setPlainText(
                    tab.tr("Konsultasi lanjutan Anda: %1 WIT. Di kios PST pilih \"Saya punya "
                           "janji\" lalu masukkan kode %2.")
                    .replace("%1", booked.starts_at.astimezone(tab.gui.services.zone)
                             .strftime("%d-%m-%Y %H:%M")).replace("%2", booked.code))

            def failed(error: BaseException) -> None:
                dialog.buttons.setEnabled(True)
                dialog.show_problem(describe(error))

            dialog.buttons.setEnabled(False)
            tab.run(work, done, failed)

        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(submit)
        dialog.open()

    run_for(tab, tab.gui.tasks, officers, opened, tab.show_error)


def close(tab: OnlineTab, view: RequestView) -> None:
    dialog = CloseDialog(view.status, tab)
    tab.close_dialog = dialog  # type: ignore[attr-defined]

    def submit() -> None:
        reason, note = dialog.reason.currentData(), dialog.note.text()

        def failed(error: BaseException) -> None:
            dialog.buttons.setEnabled(True)
            dialog.show_problem(describe(error))

        dialog.buttons.setEnabled(False)
        tab.run(lambda: tab.desk.close(view.id, reason, actor=tab.staff.actor, note=note),
                lambda v: (dialog.done(1), _shown(tab)(v)), failed)

    dialog.buttons.accepted.disconnect()
    dialog.buttons.accepted.connect(submit)
    dialog.open()


def reopen(tab: OnlineTab, view: RequestView) -> None:
    tab.run(lambda: tab.desk.reopen(view.id, actor=tab.staff.actor), _shown(tab))
