// The number being called, as large as the space allows, with its counter; it flashes and
// grows on arrival so that a head turned away notices it.
import QtQuick
import QtQuick.Layouts
import "../common"

Rectangle {
    id: hero
    required property var board
    required property bool portrait
    readonly property bool hasCall: board.currentCode !== ""
    color: Theme.surface
    radius: 1.6 * Theme.u

    Rectangle {
        id: flash
        anchors.fill: parent
        radius: parent.radius
        color: Theme.orange
        opacity: 0
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 2 * Theme.u
        spacing: 0

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("NOMOR ANTRIAN")
            color: Theme.muted
            font.pixelSize: 3.6 * Theme.u
            font.bold: true
            font.letterSpacing: 0.4 * Theme.u
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Text {
                id: code
                objectName: "currentCode"
                anchors.centerIn: parent
                text: hero.hasCall ? hero.board.currentCode : "—"
                color: hero.hasCall ? Theme.blue : Theme.faint
                font.pixelSize: Math.min(parent.height * 0.95, parent.width / 3.2)
                font.bold: true
                transformOrigin: Item.Center
            }
        }

        Text {
            Layout.alignment: Qt.AlignHCenter
            visible: hero.hasCall
            text: qsTr("silakan ke")
            color: Theme.muted
            font.pixelSize: 3.2 * Theme.u
        }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: counterText.implicitWidth + 6 * Theme.u
            Layout.preferredHeight: counterText.implicitHeight + 1 * Theme.u
            radius: 1.2 * Theme.u
            color: hero.hasCall ? Theme.orange : "transparent"
            Text {
                id: counterText
                objectName: "currentCounter"
                anchors.centerIn: parent
                text: hero.hasCall ? qsTr("LOKET %1").arg(hero.board.currentCounter)
                                   : (hero.board.fresh ? qsTr("Menunggu panggilan berikutnya")
                                                       : qsTr("Menunggu data terbaru…"))
                color: hero.hasCall ? "white" : Theme.muted
                font.pixelSize: (hero.hasCall ? 9 : 3.6) * Theme.u
                font.bold: hero.hasCall
            }
        }

        Text {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 1 * Theme.u
            Layout.maximumWidth: hero.width - 4 * Theme.u
            text: hero.board.currentService
            visible: hero.hasCall
            color: Theme.text
            font.pixelSize: 3.2 * Theme.u
            elide: Text.ElideRight
        }
    }

    ParallelAnimation {
        id: arrival
        SequentialAnimation {
            NumberAnimation { target: code; property: "scale"; from: 0.6; to: 1.12; duration: 350; easing.type: Easing.OutBack }
            NumberAnimation { target: code; property: "scale"; to: 1.0; duration: 250 }
        }
        SequentialAnimation {
            loops: 3
            NumberAnimation { target: flash; property: "opacity"; from: 0; to: 0.35; duration: 250 }
            NumberAnimation { target: flash; property: "opacity"; to: 0; duration: 350 }
        }
    }

    Connections {
        target: hero.board
        function onCalled(code, counter, recall) { arrival.restart() }
    }
}
