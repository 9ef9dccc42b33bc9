import QtQuick

// Sizes relative to the window: the same pages fit 1080×1920 portrait and 1920×1080 landscape.
QtObject {
    property real u: 10
    readonly property color blue: "#0b4f8a"
    readonly property color blueDark: "#083a66"
    readonly property color orange: "#f39c1f"
    readonly property color green: "#2e8540"
    readonly property color red: "#c62828"
    readonly property color amber: "#d98c00"
    readonly property color background: "#f4f6f9"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1d2733"
    readonly property color muted: "#5b6b7c"
    readonly property real title: 4.6 * u
    readonly property real heading: 3.4 * u
    readonly property real body: 2.6 * u
    readonly property real small: 2.0 * u
    readonly property real touch: 9 * u
    readonly property real gap: 2 * u
    readonly property real radius: 1.4 * u
}
