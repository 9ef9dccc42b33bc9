"""The "Layanan Online" tab as a supervisor sees it on a Thursday morning, in Indonesian and
in English. ``PST_UPDATE_SCREENSHOTS=1`` writes the PNGs to ``docs/screenshots/`` (run it in a
real window: ``xvfb-run -s '-screen 0 1920x1080x24' env QT_QPA_PLATFORM=xcb …``)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QImage

from pst_kiosk.gui import i18n
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.services.accounts import AccountService
from pst_kiosk.services.online_desk import OnlineDesk, Reply
from pst_kiosk.services.online_desk.mail.importer import import_message
from tests.gui.counter.conftest import PASSWORD, drain, sign_in
from tests.services.online_helpers import whatsapp_request

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
WIT = ZoneInfo("Asia/Jayapura")


def wit(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=WIT).astimezone(UTC)


def _week(ctx, clock) -> int:
    accounts = AccountService(ctx)
    budi = accounts.create("budi", "Budi Santoso", "supervisor", PASSWORD)
    accounts.create("rina", "Rina Lestari", "frontliner", PASSWORD)
    desk, actor = OnlineDesk(ctx), "staff:budi"
    clock.now = datetime(2026, 11, 27, 8, 30, tzinfo=WIT).astimezone(UTC)  # a Friday
    late = desk.register(whatsapp_request("Hendra Wijaya", institution="Dinas Sosial",
                                          title="Penduduk miskin per kecamatan"), actor=actor)
    desk.complete(late.id, actor=actor)  # due Wednesday 16:00: overdue on Thursday
    clock.now = wit(1, 9, 40)
    today = desk.register(whatsapp_request("Siti Rahma", title="Garis kemiskinan 2025",
                                           subject="poverty"), actor=actor)
    clock.now = wit(1, 10, 5)
    desk.write(today.id, Reply("Selamat pagi Bu Siti. Data untuk kabupaten/kota mana saja?"),
               actor=actor, staff_id=budi.id)
    clock.now = wit(1, 10, 30)
    desk.receive(today.id, "Semua kabupaten/kota di Maluku Utara, tahun 2025.", actor=actor)
    clock.now = wit(1, 10, 45)
    desk.complete(today.id, actor=actor, missing="Wilayah dan tahun data")
    clock.now = wit(2, 9, 0)
    asked = desk.register(whatsapp_request("Yusuf Abdullah", channel="web",
                                           web_transaction="TRX-2026-118",
                                           title="Rekomendasi survei kepuasan",
                                           subject="other"), actor=actor)
    desk.write(asked.id, Reply("Mohon kirim rancangan kuesionernya."), actor=actor)
    clock.now = wit(2, 13, 0)
    answered = desk.register(whatsapp_request("Maria Tan", title="Inflasi Ternate",
                                              subject="prices"), actor=actor)
    desk.complete(answered.id, actor=actor)
    desk.answer(answered.id, Reply("Inflasi Ternate Nov 2026: 2,41% (y-on-y)."), actor=actor)
    desk.schedule(answered.id, kind="walk_in", starts_at=wit(3, 13, 30), actor=actor,
                  staff_id=budi.id)
    clock.now = wit(3, 8, 5)
    raw = (b"From: Ani Lestari <ani.lestari@unkhair.ac.id>\r\nTo: bps8200@bps.go.id\r\n"
           b"Subject: Permohonan data IPM kabupaten 2020-2025\r\n"
           b"Message-ID: <ipm-2026@unkhair.ac.id>\r\n\r\nYth. PST BPS Maluku Utara,\r\n"
           b"mohon data IPM per kabupaten/kota 2020-2025 untuk penelitian.\r\n")
    import_message(ctx, "bps8200@bps.go.id@mail/INBOX", 1, 1, raw, clock.now)
    clock.now = wit(3, 9, 20)  # Thursday
    return today.id


@pytest.mark.parametrize("language", ["id", "en"])
def test_online_tab_screenshots(sqlite_ctx, clock, qtbot, qapp, tmp_path, language):
    from pst_kiosk.gui.counter import CounterWindow

    selected = _week(sqlite_ctx, clock)
    gui = GuiContext.create(sqlite_ctx)
    i18n.set_language(language)
    try:
        window = CounterWindow(gui, counter=1)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        sign_in(qtbot, window, "budi")
        qtbot.waitUntil(lambda: window.desk is not None)
        tab = window.desk.online
        window.desk.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: len(tab.model.numbers()) == 5)
        qtbot.waitUntil(lambda: tab.strip.overdue.rowCount() == 1)
        tab.table.selectRow(tab.model.row_of(selected))
        qtbot.waitUntil(lambda: tab.detail.view is not None and tab.detail.view.id == selected)
        tab.detail.reply.setPlainText("Berikut tabel garis kemiskinan kabupaten/kota 2025 …")
        qtbot.wait(100)
        target = DOCS if os.environ.get("PST_UPDATE_SCREENSHOTS") else tmp_path
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"counter_online_{language}_1366x768.png"
        assert window.grab().save(str(path))
        assert QImage(str(path)).width() == 1366
        times = [tab.model.data(tab.model.index(r, tab.model.TIME)) for r in range(5)]
        assert any(t.startswith(("TERLAMBAT", "OVERDUE")) for t in times)
        assert timedelta(0) < clock.now - wit(1, 8)
    finally:
        i18n.set_language("id")
        drain(gui, qapp)
