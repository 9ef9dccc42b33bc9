"""Every refusal of the queue, in both languages, with a stable code.

One place, so the counter, the kiosk and the CLI say the same thing for the same refusal.
"""

from __future__ import annotations

from datetime import date

from pst_kiosk.domain.errors import UserError
from pst_kiosk.domain.labels import Kind, label
from pst_kiosk.domain.ticket_states import Action

_ACTION_ID: dict[Action, str] = {
    Action.CALL: "dipanggil", Action.TRANSFER: "dialihkan", Action.RECALL: "dipanggil ulang",
    Action.START: "dimulai", Action.FINISH: "diselesaikan", Action.SKIP: "dilewati",
    Action.CANCEL: "dibatalkan", Action.REQUEUE: "diantrekan ulang", Action.CLOSE: "ditutup",
}
_ACTION_EN: dict[Action, str] = {
    Action.CALL: "called", Action.TRANSFER: "transferred", Action.RECALL: "recalled",
    Action.START: "started", Action.FINISH: "finished", Action.SKIP: "skipped",
    Action.CANCEL: "cancelled", Action.REQUEUE: "re-queued", Action.CLOSE: "closed",
}


def unknown_service(letter: str) -> UserError:
    return UserError(
        "unknown_service",
        f"Layanan '{letter}' tidak ada. Pilih salah satu layanan yang tersedia.",
        f"There is no service '{letter}'. Choose one of the services offered.",
    )


def unknown_counter(number: int) -> UserError:
    return UserError(
        "unknown_counter",
        f"Loket {number} tidak ada dalam konfigurasi.",
        f"Counter {number} is not configured.",
    )


def unknown_ticket(ref: str) -> UserError:
    return UserError("unknown_ticket", f"Tiket {ref} tidak ditemukan.",
                     f"Ticket {ref} was not found.")


def unknown_priority(reason: str) -> UserError:
    return UserError(
        "unknown_priority",
        f"Alasan prioritas '{reason}' tidak dikenal.",
        f"Unknown priority reason '{reason}'.",
    )


def counter_busy(number: int, code: str | None = None) -> UserError:
    current = f" ({code})" if code else ""
    return UserError(
        "counter_busy",
        f"Loket {number} masih melayani{current}. Selesaikan atau lewati dulu.",
        f"Counter {number} is still serving{current}. Finish or skip it first.",
    )


def counter_not_serving(number: int, letter: str) -> UserError:
    return UserError(
        "counter_not_serving",
        f"Loket {number} tidak melayani layanan {letter}.",
        f"Counter {number} does not serve service {letter}.",
    )


def counter_not_target(code: str) -> UserError:
    return UserError(
        "counter_not_target",
        f"Tiket {code} dialihkan ke loket lain; hanya loket itu yang dapat memanggilnya.",
        f"Ticket {code} was sent to another counter; only that counter can call it.",
    )


def wrong_state(code: str, status: str, action: Action) -> UserError:
    return UserError(
        "wrong_state",
        f"Tiket {code} berstatus '{label(Kind.TICKET_STATUS, status).lower()}' dan tidak bisa "
        f"{_ACTION_ID[action]}.",
        f"Ticket {code} is '{label(Kind.TICKET_STATUS, status, 'en').lower()}' and cannot be "
        f"{_ACTION_EN[action]}.",
        code_ticket=code,
        status=status,
    )


def not_today(code: str, day: date, action: Action) -> UserError:
    return UserError(
        "not_today",
        f"Tiket {code} berasal dari hari lain ({day:%d-%m-%Y}) dan tidak bisa "
        f"{_ACTION_ID[action]}. Ambil nomor baru di kios.",
        f"Ticket {code} is from another day ({day:%d-%m-%Y}) and cannot be "
        f"{_ACTION_EN[action]}. Take a new ticket at the kiosk.",
    )


def requeue_too_late(minutes: int) -> UserError:
    return UserError(
        "requeue_too_late",
        f"Batas waktu {minutes} menit untuk antre ulang sudah lewat. Ambil nomor baru di kios.",
        f"The {minutes}-minute grace period to re-queue has passed. "
        "Take a new ticket at the kiosk.",
    )


def transfer_target() -> UserError:
    return UserError(
        "transfer_target",
        "Pilih satu tujuan: layanan atau loket.",
        "Choose one destination: a service or a counter.",
    )


def transfer_same_service() -> UserError:
    return UserError(
        "transfer_same_service",
        "Tiket sudah berada di layanan itu.",
        "The ticket is already in that service.",
    )
