"""The kiosk under test: a real window (offscreen), a real database, a real print spooler.

``QT_IM_MODULE`` must be set before the QApplication exists, so it is set at import time.
The ``kiosk`` fixture gives a ``KioskDriver`` that taps items by ``objectName`` at their
centre on the window, as a finger would, and types with keys or the virtual keyboard.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"

import pytest  # noqa: E402

from pst_kiosk.config import sample_path  # noqa: E402

NIK = "8271011508900001"  # Ternate, born 15-08-1990, male

GUEST = {
    "field_name": "Budi Santoso", "field_birth_year": "1990", "field_institution": "Bappeda",
    "field_phone": "081234567890", "field_email": "budi@example.id",
    "field_purpose": "Konsultasi data",
}  # fmt: skip
GUEST_CHOICES = ("sex_L", "education_d4s1", "occupation_civil_servant",
                 "institution_type_government")


def free_port() -> int:
    """A port where nothing listens: bound, then released."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(path: Path, printer: str, kiosk: str = "") -> Path:
    text = sample_path().read_text(encoding="utf-8")
    text = re.sub(r"\[printer\].*?(?=\n\[kiosk\])", printer.strip() + "\n", text, flags=re.S)
    if kiosk:
        text = re.sub(r"\[kiosk\].*?(?=\n\[board\])", kiosk.strip() + "\n", text, flags=re.S)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


class KioskDriver:
    def __init__(self, qtbot, window, ctx) -> None:
        self.qtbot, self.window, self.ctx = qtbot, window, ctx
        self.backend = window.backend

    # -------------------------------------------------------------- finding
    def items(self, root=None):
        root = root or self.window.contentItem()
        stack = [root]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.childItems())

    def find(self, name: str):
        found = [i for i in self.items() if i.objectName() == name and i.isVisible()
                 and i.width() > 0]
        return found[-1] if found else None

    def item(self, name: str):
        self.qtbot.waitUntil(lambda: self.find(name) is not None, timeout=5000)
        return self.find(name)

    def text_of(self, name: str) -> str:
        return str(self.item(name).property("text"))

    @property
    def page(self) -> str:
        return self.backend.property("page")

    def wait_page(self, page: str) -> None:
        self.qtbot.waitUntil(lambda: self.page == page and self.find(f"page_{page}") is not None,
                             timeout=10000)

    # -------------------------------------------------------------- touching
    def tap_item(self, item) -> None:
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtTest import QTest

        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, centre)

    def tap(self, name: str) -> None:
        item = self.item(name)
        self.reveal(item)
        self.tap_item(self.find(name))

    def reveal(self, item) -> None:
        """Scroll the guest book so the item is on screen, as a visitor would."""
        flick = self.find("guestFlick")
        if flick is None:
            return
        from PySide6.QtCore import QPointF

        top = item.mapToItem(flick, QPointF(0, 0)).y()
        if top < 0 or top + item.height() > flick.height():
            content_y = flick.property("contentY") + top - flick.height() / 3
            flick.setProperty("contentY", max(0.0, content_y))
            self.qtbot.wait(20)

    def type_text(self, name: str, text: str) -> None:
        from PySide6.QtTest import QTest

        self.tap(name)
        self.qtbot.waitUntil(lambda: self.find(name).hasActiveFocus(), timeout=3000)
        for char in text:  # QTest.keyClicks has no QWindow overload
            QTest.keyClick(self.window, char)

    def key(self, label: str):
        """A key of the virtual keyboard, by what it shows."""
        panel = self.item("keyboard")
        for item in self.items(panel):
            if not item.isVisible() or item.width() <= 0:
                continue
            if item.metaObject().indexOfProperty("displayText") < 0:
                continue
            shown = str(item.property("displayText") or item.property("text") or "")
            if shown == label or (label == " " and item.metaObject().className()
                                  .startswith("SpaceKey")):
                return item
        return None

    def type_on_keyboard(self, text: str) -> None:
        for char in text:
            self.qtbot.waitUntil(lambda c=char: self.key(c) is not None, timeout=5000)
            self.tap_item(self.key(char))

    # -------------------------------------------------------------- journeys
    def enter_nik(self, nik: str) -> None:
        self.tap("idtype_ktp")
        for digit in nik:
            self.tap(f"key{digit}")
        self.tap("idNext")

    def fill_guest_book(self, skip: tuple[str, ...] = ()) -> None:
        for name, value in GUEST.items():
            if name not in skip:
                field = self.item(name)
                if field.property("text"):
                    continue  # pre-filled (e.g. birth year from the NIK)
                self.type_text(name, value)
        for name in GUEST_CHOICES:
            if name not in skip:
                self.tap(name)

    def agree_to_priority_page(self) -> None:
        """From a filled guest book: next, consent, and on to the priority page."""
        self.tap("guestNext")
        self.wait_page("consent")
        self.tap("consentCheck")
        self.tap("consentAgree")
        self.wait_page("priority")


@pytest.fixture
def kiosk_config(isolated_machine: Path, tmp_path: Path) -> Path:
    """Prints to a file: the printer works."""
    return write_config(Path(os.environ["PST_CONFIG"]), f"""
[printer]
connection = "file"
file_path = "{tmp_path / 'printer.bin'}"
timeout_seconds = 1.0
""")


@pytest.fixture
def kiosk(qtbot, db_url: str, clock, kiosk_config: Path) -> Iterator[KioskDriver]:
    yield from open_kiosk(qtbot, db_url, clock)


def open_kiosk(qtbot, db_url: str, clock, size: tuple[int, int] = (1080, 1920)):
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.kiosk import open_face
    from pst_kiosk.services.bootstrap import open_context

    ctx = open_context(database_url=db_url, clock=clock)
    gui = GuiContext.create(ctx)
    window = open_face(gui, None, windowed=True)
    window.resize(*size)
    qtbot.waitExposed(window)
    driver = KioskDriver(qtbot, window, ctx)
    driver.wait_page("welcome")
    try:
        yield driver
    finally:
        # A late answer for a deleted object is dropped by gui.tasks, so nothing here needs
        # ordering; what is left running fails the test (``no_dangling_threads``).
        if window.backend.spooler is not None:
            window.backend.spooler.stop(2.0)
        window.engine.deleteLater()
        gui.close()
        qtbot.wait(10)  # the deferred delete of the engine and its window happens here
        ctx.db.dispose()
