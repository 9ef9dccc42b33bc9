// The office's mark in the BPS colours (blue, green, orange bars on white), drawn by both
// faces; the real logo file can replace it without touching a layout.
import QtQuick

Rectangle {
    id: mark
    color: Theme.surface
    radius: width * 0.18

    Row {
        anchors.centerIn: parent
        spacing: mark.width * 0.06
        Repeater {
            model: [Theme.blue, Theme.bpsGreen, Theme.orange]
            Rectangle {
                required property color modelData
                required property int index
                width: mark.width * 0.2
                height: mark.height * (0.42 + 0.14 * index)
                anchors.bottom: parent.bottom
                radius: width * 0.25
                color: modelData
            }
        }
    }
}
