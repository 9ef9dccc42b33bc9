"""The desk's actions: one ``QAction`` each, with its shortcut, its tooltip and its place on
the toolbar. Which of them is enabled is the desk's business (``Desk.update_actions``, from
``domain/ticket_states.py``); here they are only made.

The texts are translated in the desk's context ("Desk" in ``counter_en.ts``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from pst_kiosk.gui import theme

if TYPE_CHECKING:
    from pst_kiosk.gui.counter.desk import Desk

translate = QCoreApplication.translate
SHORTCUTS = {
    "call_next": "F2",
    "recall": "F3",
    "start": "F4",
    "finish": "F5",
    "skip": "F6",
    "transfer": "F7",
    "requeue": "F8",
    "call_chosen": "Ctrl+Return",
    "lock": "Ctrl+L",
    "sign_out": "Ctrl+Shift+Q",
}
SHOWN_AS = {"call_chosen": "Ctrl+Enter"}  # what the button says for a key with two names
NO_KEY_IN_LABEL = ("lock", "sign_out")
SEPARATOR_AFTER = ("transfer", "call_chosen")


def make_actions(desk: Desk, toolbar: QToolBar) -> dict[str, QAction]:
    specs: list[tuple[str, str, str, Callable[[], None]]] = [
        ("call_next", translate("Desk", "Panggil"), translate("Desk", "Panggil nomor berikutnya"), desk.call_next),
        ("recall", translate("Desk", "Ulang"), translate("Desk", "Panggil ulang (umumkan lagi)"), desk.recall),
        ("start", translate("Desk", "Mulai"), translate("Desk", "Pengunjung datang: mulai layani"), desk.start),
        ("finish", translate("Desk", "Selesai"), translate("Desk", "Selesai dilayani; catatan menjadi final"), desk.finish),
        ("skip", translate("Desk", "Tidak hadir"), translate("Desk", "Lewati: pengunjung tidak datang"), desk.skip),
        ("transfer", translate("Desk", "Alihkan"), translate("Desk", "Alihkan ke layanan atau loket lain"), desk.transfer),
        ("requeue", translate("Desk", "Antre ulang"),
         translate("Desk", "Kembalikan pengunjung yang dilewati (pilih di tab Tidak hadir)"), desk.requeue),
        ("call_chosen", translate("Desk", "Panggil pilihan"),
         translate("Desk", "Panggil nomor yang dipilih di antrean (atau klik ganda)"), desk.call_chosen),
        ("lock", translate("Desk", "Kunci"), translate("Desk", "Kunci layar"), desk.lockRequested.emit),
        ("sign_out", translate("Desk", "Keluar"), translate("Desk", "Keluar dari akun"), desk.signOutRequested.emit),
    ]
    actions = {}
    for name, text, tip, slot in specs:
        key = SHORTCUTS[name]
        label = text if name in NO_KEY_IN_LABEL else f"{text} ({SHOWN_AS.get(name, key)})"
        action = QAction(label, desk)
        action.setToolTip(f"{tip} — {key}")
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False, run=slot: run())
        desk.addAction(action)
        toolbar.addAction(action)
        if name in SEPARATOR_AFTER:
            toolbar.addSeparator()
        actions[name] = action
    toolbar.widgetForAction(actions["call_next"]).setStyleSheet(
        f"QToolButton {{ background: {theme.BPS_BLUE}; color: white; border-radius: 4px; }}"
        f"QToolButton:disabled {{ background: {theme.DISABLED}; color: white; }}"
    )
    toolbar.setStyleSheet(
        f"QToolButton {{ padding: 6px 8px; font-weight: 600; color: {theme.BPS_BLUE_DARK}; }}"
        f"QToolButton:disabled {{ color: {theme.DISABLED_TEXT}; }}"
    )
    return actions
