// One card per counter: the number it calls now, and the numbers it called before.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: panel
    required property var board
    required property real u
    required property bool portrait
    spacing: 1 * u

    Text {
        text: qsTr("Panggilan per loket")
        color: "#d7e4f2"
        font.pixelSize: 2.8 * panel.u
        font.bold: true
    }

    GridLayout {
        Layout.fillWidth: true
        columns: panel.portrait ? 2 : 1
        rowSpacing: 1 * panel.u
        columnSpacing: 1 * panel.u

        Repeater {
            model: panel.board.counters
            Rectangle {
                id: card
                required property int number
                required property string code
                required property string previous
                required property bool active
                readonly property bool shown: active && panel.board.fresh
                Layout.fillWidth: true
                Layout.preferredHeight: (panel.portrait ? 14 : 12.5) * panel.u
                radius: 1.2 * panel.u
                color: shown ? "#0b4f8a" : "#16507f"
                border.color: shown ? "#f39c1f" : "transparent"
                border.width: 0.3 * panel.u

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 2 * panel.u
                    anchors.rightMargin: 2 * panel.u
                    spacing: 1.5 * panel.u

                    ColumnLayout {
                        spacing: 0
                        Text {
                            text: qsTr("LOKET")
                            color: "#ffd08a"
                            font.pixelSize: 2.4 * panel.u
                            font.bold: true
                        }
                        Text {
                            text: card.number
                            color: "white"
                            font.pixelSize: 6.5 * panel.u
                            font.bold: true
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        spacing: 0
                        Text {
                            objectName: "counterCode"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: card.shown ? card.code : "—"
                            color: card.shown ? "white" : "#7f9bb8"
                            font.pixelSize: (panel.portrait ? 7.5 : 7) * panel.u
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            visible: card.previous !== ""
                            text: qsTr("sebelumnya: %1").arg(card.previous)
                            color: "#b9cde3"
                            font.pixelSize: 2.2 * panel.u
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
