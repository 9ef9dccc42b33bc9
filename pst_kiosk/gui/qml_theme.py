"""The palette for QML: ``PaletteBase``, a type whose constant colour properties are the
ones of ``pst_kiosk/palette.py``, registered as ``PstKiosk.Palette``.

``ui/common/Theme.qml`` (the singleton kiosk and board import) is a ``PaletteBase`` with the
sizes added, so QML has no colour of its own: one palette, read from one source. ``register``
runs before a face loads its QML (once per process; cheap: no QML is compiled here).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject
from PySide6.QtGui import QColor
from PySide6.QtQml import qmlRegisterType

from pst_kiosk.palette import colours, qml_name

MODULE, MAJOR, MINOR = "PstKiosk.Palette", 1, 0
_registered = False


def _constant(value: str) -> Property:
    def getter(_self: QObject) -> QColor:
        return QColor(value)

    return Property(QColor, getter, constant=True)


PaletteBase = type(
    "PaletteBase",
    (QObject,),
    {qml_name(name): _constant(value) for name, value in colours().items()},
)


def register() -> None:
    global _registered
    if not _registered:
        qmlRegisterType(PaletteBase, MODULE, MAJOR, MINOR, "PaletteBase")
        _registered = True
