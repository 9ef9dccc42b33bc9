pragma Singleton
import QtQuick
import PstKiosk.Palette

// The one theme of the QML faces (kiosk and board). The colours are the palette of
// pst_kiosk/palette.py, given by PaletteBase (gui/qml_theme.py): QML has none of its own.
// Sizes are relative to u = 1 % of the window's short side, which each window sets, so the
// same pages fit 1080×1920 portrait and 1920×1080 landscape.
PaletteBase {
    property real u: 10
    // type scale and touch targets of the kiosk
    readonly property real title: 4.6 * u
    readonly property real heading: 3.4 * u
    readonly property real body: 2.6 * u
    readonly property real small: 2.0 * u
    readonly property real touch: 9 * u
    readonly property real gap: 2 * u
    readonly property real radius: 1.4 * u
    // a page's content keeps this far from each side (KioskPage.contentWidth)
    readonly property real margin: 3 * u
    // between the board's panels (read from 6 m)
    readonly property real boardGap: 1.6 * u
}
