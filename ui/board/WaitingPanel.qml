// Per service: how many people wait and roughly how long a ticket taken now waits.
import QtQuick
import QtQuick.Layouts
import "../common"

Rectangle {
    id: panel
    required property var board
    required property bool portrait
    color: Theme.panel
    radius: 1.2 * Theme.u
    opacity: board.fresh ? 1 : 0.5  // counts from before a cut are only a hint

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1.6 * Theme.u
        spacing: 0.6 * Theme.u

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Layanan")
                color: Theme.onBlue
                font.pixelSize: 2.8 * Theme.u
                font.bold: true
            }
            Text {
                Layout.preferredWidth: 13 * Theme.u
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Menunggu")
                color: Theme.onBlue
                font.pixelSize: 2.4 * Theme.u
            }
            Text {
                Layout.preferredWidth: 13 * Theme.u
                horizontalAlignment: Text.AlignRight
                text: qsTr("Perkiraan")
                color: Theme.onBlue
                font.pixelSize: 2.4 * Theme.u
            }
        }

        Repeater {
            model: panel.board.waiting
            RowLayout {
                id: row
                required property string letter
                required property string name
                required property int waiting
                required property int estimate
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumHeight: (panel.portrait ? 9 : 8) * Theme.u
                spacing: 1.2 * Theme.u

                Rectangle {
                    Layout.preferredWidth: 5 * Theme.u
                    Layout.preferredHeight: 5 * Theme.u
                    radius: 0.8 * Theme.u
                    color: Theme.orange
                    Text {
                        anchors.centerIn: parent
                        text: row.letter
                        color: "white"
                        font.pixelSize: 3.4 * Theme.u
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    color: "white"
                    font.pixelSize: (panel.portrait ? 3.2 : 2.8) * Theme.u
                    elide: Text.ElideRight
                }
                Text {
                    Layout.preferredWidth: 13 * Theme.u
                    horizontalAlignment: Text.AlignHCenter
                    text: row.waiting
                    color: "white"
                    font.pixelSize: 4 * Theme.u
                    font.bold: true
                }
                Text {
                    Layout.preferredWidth: 13 * Theme.u
                    horizontalAlignment: Text.AlignRight
                    text: row.waiting > 0 ? qsTr("± %1 mnt").arg(row.estimate) : "—"
                    color: Theme.orangeLight
                    font.pixelSize: 3 * Theme.u
                }
            }
        }

        Item { Layout.fillHeight: true }

        Rectangle {
            visible: panel.portrait
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: freeText.implicitWidth + 4 * Theme.u
            Layout.preferredHeight: freeText.implicitHeight + 1.6 * Theme.u
            radius: height / 2
            color: Theme.bpsGreen
            Text {
                id: freeText
                anchors.centerIn: parent
                text: qsTr("Semua layanan PST tidak dipungut biaya")
                color: "white"
                font.pixelSize: 3 * Theme.u
                font.bold: true
            }
        }
    }
}
