// A plain mark in the BPS colours (blue, green, orange) for the office identity; the real
// logo file can replace it without touching the layout.
import QtQuick

Rectangle {
    id: mark
    required property real u
    color: "white"
    radius: width * 0.18

    Row {
        anchors.centerIn: parent
        spacing: mark.width * 0.06
        Repeater {
            model: ["#0b4f8a", "#5aa02c", "#f39c1f"]
            Rectangle {
                required property string modelData
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
