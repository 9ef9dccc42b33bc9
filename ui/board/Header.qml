// Office identity on the left, date and time (WIT) on the right, a discreet mark while the
// database is out of reach, and another for a minute after a background error (in the log).
import QtQuick
import QtQuick.Layouts
import "../common"

Rectangle {
    id: header
    required property var board
    color: Theme.blue

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 2 * Theme.u
        anchors.rightMargin: 2 * Theme.u
        spacing: 1.6 * Theme.u

        BpsMark {
            Layout.preferredHeight: header.height * 0.62
            Layout.preferredWidth: header.height * 0.62
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0.2 * Theme.u
            Text {
                Layout.fillWidth: true
                text: header.board.officeName
                color: "white"
                font.pixelSize: 3.6 * Theme.u
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: header.board.officeUnit
                color: Theme.orangeLight
                font.pixelSize: 2.6 * Theme.u
                elide: Text.ElideRight
            }
        }

        Rectangle {
            objectName: "reconnecting"
            visible: !header.board.fresh
            color: Theme.shade
            radius: height / 2
            Layout.preferredHeight: 3.6 * Theme.u
            Layout.preferredWidth: reconnectText.implicitWidth + 3 * Theme.u
            Text {
                id: reconnectText
                anchors.centerIn: parent
                text: "⟳ " + qsTr("menghubungkan ulang…")
                color: Theme.orangeLight
                font.pixelSize: 2 * Theme.u
            }
            SequentialAnimation on opacity {
                running: !header.board.fresh
                loops: Animation.Infinite
                NumberAnimation { to: 0.45; duration: 900 }
                NumberAnimation { to: 1; duration: 900 }
            }
        }

        Rectangle {
            objectName: "trouble"
            visible: header.board.trouble && header.board.fresh
            color: Theme.shade
            radius: height / 2
            Layout.preferredHeight: 3.6 * Theme.u
            Layout.preferredWidth: troubleText.implicitWidth + 3 * Theme.u
            Text {
                id: troubleText
                anchors.centerIn: parent
                text: "⚠ " + qsTr("gangguan teknis")
                color: Theme.orangeLight
                font.pixelSize: 2 * Theme.u
            }
        }

        ColumnLayout {
            spacing: 0
            Text {
                Layout.alignment: Qt.AlignRight
                text: header.board.timeText + " <font size='1'>WIT</font>"
                textFormat: Text.StyledText
                color: "white"
                font.pixelSize: 5.2 * Theme.u
                font.bold: true
            }
            Text {
                Layout.alignment: Qt.AlignRight
                text: header.board.dateText
                color: Theme.onBlue
                font.pixelSize: 2.3 * Theme.u
            }
        }
    }
}
