// Per service: how many people wait and roughly how long a ticket taken now waits.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: panel
    required property var board
    required property real u
    required property bool portrait
    color: "#0d4678"
    radius: 1.2 * u
    opacity: board.fresh ? 1 : 0.5  // counts from before a cut are only a hint

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1.6 * panel.u
        spacing: 0.6 * panel.u

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Layanan")
                color: "#d7e4f2"
                font.pixelSize: 2.8 * panel.u
                font.bold: true
            }
            Text {
                Layout.preferredWidth: 13 * panel.u
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Menunggu")
                color: "#d7e4f2"
                font.pixelSize: 2.4 * panel.u
            }
            Text {
                Layout.preferredWidth: 13 * panel.u
                horizontalAlignment: Text.AlignRight
                text: qsTr("Perkiraan")
                color: "#d7e4f2"
                font.pixelSize: 2.4 * panel.u
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
                Layout.maximumHeight: (panel.portrait ? 9 : 8) * panel.u
                spacing: 1.2 * panel.u

                Rectangle {
                    Layout.preferredWidth: 5 * panel.u
                    Layout.preferredHeight: 5 * panel.u
                    radius: 0.8 * panel.u
                    color: "#f39c1f"
                    Text {
                        anchors.centerIn: parent
                        text: row.letter
                        color: "white"
                        font.pixelSize: 3.4 * panel.u
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    color: "white"
                    font.pixelSize: (panel.portrait ? 3.2 : 2.8) * panel.u
                    elide: Text.ElideRight
                }
                Text {
                    Layout.preferredWidth: 13 * panel.u
                    horizontalAlignment: Text.AlignHCenter
                    text: row.waiting
                    color: "white"
                    font.pixelSize: 4 * panel.u
                    font.bold: true
                }
                Text {
                    Layout.preferredWidth: 13 * panel.u
                    horizontalAlignment: Text.AlignRight
                    text: row.waiting > 0 ? qsTr("± %1 mnt").arg(row.estimate) : "—"
                    color: "#ffd08a"
                    font.pixelSize: 3 * panel.u
                }
            }
        }

        Item { Layout.fillHeight: true }

        Rectangle {
            visible: panel.portrait
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: freeText.implicitWidth + 4 * panel.u
            Layout.preferredHeight: freeText.implicitHeight + 1.6 * panel.u
            radius: height / 2
            color: "#5aa02c"
            Text {
                id: freeText
                anchors.centerIn: parent
                text: qsTr("Semua layanan PST tidak dipungut biaya")
                color: "white"
                font.pixelSize: 3 * panel.u
                font.bold: true
            }
        }
    }
}
