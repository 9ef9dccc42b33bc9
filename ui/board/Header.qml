// Office identity on the left, date and time (WIT) on the right, and a discreet mark while
// the database is out of reach.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: header
    required property var board
    required property real u
    color: "#0b4f8a"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 2 * header.u
        anchors.rightMargin: 2 * header.u
        spacing: 1.6 * header.u

        BpsMark {
            u: header.u
            Layout.preferredHeight: header.height * 0.62
            Layout.preferredWidth: header.height * 0.62
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0.2 * header.u
            Text {
                Layout.fillWidth: true
                text: header.board.officeName
                color: "white"
                font.pixelSize: 3.6 * header.u
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: header.board.officeUnit
                color: "#ffd08a"
                font.pixelSize: 2.6 * header.u
                elide: Text.ElideRight
            }
        }

        Rectangle {
            objectName: "reconnecting"
            visible: !header.board.fresh
            color: "#33000000"
            radius: height / 2
            Layout.preferredHeight: 3.6 * header.u
            Layout.preferredWidth: reconnectText.implicitWidth + 3 * header.u
            Text {
                id: reconnectText
                anchors.centerIn: parent
                text: "⟳ " + qsTr("menghubungkan ulang…")
                color: "#ffd08a"
                font.pixelSize: 2 * header.u
            }
            SequentialAnimation on opacity {
                running: !header.board.fresh
                loops: Animation.Infinite
                NumberAnimation { to: 0.45; duration: 900 }
                NumberAnimation { to: 1; duration: 900 }
            }
        }

        ColumnLayout {
            spacing: 0
            Text {
                Layout.alignment: Qt.AlignRight
                text: header.board.timeText + " <font size='1'>WIT</font>"
                textFormat: Text.StyledText
                color: "white"
                font.pixelSize: 5.2 * header.u
                font.bold: true
            }
            Text {
                Layout.alignment: Qt.AlignRight
                text: header.board.dateText
                color: "#d7e4f2"
                font.pixelSize: 2.3 * header.u
            }
        }
    }
}
