"""One palette for every face: ``pst_kiosk/palette.py`` feeds the Widgets theme and the QML
``Theme`` singleton that kiosk and board import; one BPS mark; page margins as a token."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine

from pst_kiosk import palette
from pst_kiosk.paths import ui_dir

QML_FILES = sorted(ui_dir().rglob("*.qml"))
HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def test_no_face_keeps_a_palette_of_its_own():
    """The board had 29 hex literals and the kiosk its own Theme.qml: four palettes."""
    found = [f"{p.relative_to(ui_dir())}:{n}: {line.strip()}"
             for p in QML_FILES
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if HEX.search(line.split("//")[0])]
    assert not found, found


def test_palette_values_are_full_hex():
    """Six digits (reportlab reads "#2a7" as 0x0002a7); eight only for Qt's #AARRGGBB."""
    for name, value in palette.colours().items():
        assert re.fullmatch(r"#[0-9a-f]{6}", value) or name in palette.QT_ONLY, (name, value)


def test_widgets_and_qml_read_the_same_palette(qapp):
    from pst_kiosk.gui import qml_theme, theme

    assert theme.BPS_BLUE == palette.PALETTE.blue and theme.RED == palette.PALETTE.red
    assert theme.CLOCK_COLOURS == {"ok": palette.PALETTE.green, "amber": palette.PALETTE.amber,
                                   "red": palette.PALETTE.red}
    qml_theme.register()
    engine = QQmlEngine()
    probe = QQmlComponent(engine)
    probe.setData(b'import QtQuick\nimport "common"\nQtObject { property var t: Theme }',
                  QUrl.fromLocalFile(str(ui_dir() / "probe.qml")))
    root = probe.create()
    assert root is not None, probe.errorString()
    singleton = root.property("t")
    assert isinstance(singleton, QObject)
    for name, value in palette.colours().items():
        colour = singleton.property(palette.qml_name(name))
        assert colour is not None, name
        expected = value.lower()
        shown = colour.name(colour.NameFormat.HexArgb if len(expected) == 9 else
                            colour.NameFormat.HexRgb)
        assert shown == expected, name


def test_one_bps_mark_for_both_faces():
    marks = [p for p in QML_FILES if p.name == "BpsMark.qml"]
    assert [p.relative_to(ui_dir()).as_posix() for p in marks] == ["common/BpsMark.qml"]
    assert "BpsMark {" in (ui_dir() / "kiosk" / "Main.qml").read_text(encoding="utf-8")
    assert "BpsMark {" in (ui_dir() / "board" / "Header.qml").read_text(encoding="utf-8")


def test_page_margins_are_one_token():
    """``parent.width - 6 * theme.u`` was copied into every page: now ``KioskPage``'s
    ``contentWidth`` and the theme's ``margin``."""
    copies = [f"{p.name}:{n}" for p in QML_FILES
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"width\s*-\s*6\s*\*\s*[Tt]heme\.u", line)]
    assert not copies, copies
