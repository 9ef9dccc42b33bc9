// One card per counter: the number it calls now, and the numbers it called before.
import QtQuick
import QtQuick.Layouts
import "../common"

ColumnLayout {
    id: panel
    required property var board
    required property bool portrait
    spacing: 1 * Theme.u

    Text {
        text: qsTr("Panggilan per loket")
        color: Theme.onBlue
        font.pixelSize: 2.8 * Theme.u
        font.bold: true
    }

    GridLayout {
        Layout.fillWidth: true
        columns: panel.portrait ? 2 : 1
        rowSpacing: 1 * Theme.u
        columnSpacing: 1 * Theme.u

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
                Layout.preferredHeight: (panel.portrait ? 14 : 12.5) * Theme.u
                radius: 1.2 * Theme.u
                color: shown ? Theme.blue : Theme.cardIdle
                border.color: shown ? Theme.orange : "transparent"
                border.width: 0.3 * Theme.u

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 2 * Theme.u
                    anchors.rightMargin: 2 * Theme.u
                    spacing: 1.5 * Theme.u

                    ColumnLayout {
                        spacing: 0
                        Text {
                            text: qsTr("LOKET")
                            color: Theme.orangeLight
                            font.pixelSize: 2.4 * Theme.u
                            font.bold: true
                        }
                        Text {
                            text: card.number
                            color: "white"
                            font.pixelSize: 6.5 * Theme.u
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
                            color: card.shown ? "white" : Theme.onBlueFaint
                            font.pixelSize: (panel.portrait ? 7.5 : 7) * Theme.u
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            visible: card.previous !== ""
                            text: qsTr("sebelumnya: %1").arg(card.previous)
                            color: Theme.onBlueMuted
                            font.pixelSize: 2.2 * Theme.u
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
