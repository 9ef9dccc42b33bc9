// The number being called, as large as the space allows, with its counter; it flashes and
// grows on arrival so that a head turned away notices it.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: hero
    required property var board
    required property real u
    required property bool portrait
    readonly property bool hasCall: board.currentCode !== ""
    color: "white"
    radius: 1.6 * u

    Rectangle {
        id: flash
        anchors.fill: parent
        radius: parent.radius
        color: "#f39c1f"
        opacity: 0
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 2 * hero.u
        spacing: 0

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("NOMOR ANTRIAN")
            color: "#5b6b7c"
            font.pixelSize: 3.6 * hero.u
            font.bold: true
            font.letterSpacing: 0.4 * hero.u
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Text {
                id: code
                objectName: "currentCode"
                anchors.centerIn: parent
                text: hero.hasCall ? hero.board.currentCode : "—"
                color: hero.hasCall ? "#0b4f8a" : "#d5dde6"
                font.pixelSize: Math.min(parent.height * 0.95, parent.width / 3.2)
                font.bold: true
                transformOrigin: Item.Center
            }
        }

        Text {
            Layout.alignment: Qt.AlignHCenter
            visible: hero.hasCall
            text: qsTr("silakan ke")
            color: "#5b6b7c"
            font.pixelSize: 3.2 * hero.u
        }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: counterText.implicitWidth + 6 * hero.u
            Layout.preferredHeight: counterText.implicitHeight + 1 * hero.u
            radius: 1.2 * hero.u
            color: hero.hasCall ? "#f39c1f" : "transparent"
            Text {
                id: counterText
                objectName: "currentCounter"
                anchors.centerIn: parent
                text: hero.hasCall ? qsTr("LOKET %1").arg(hero.board.currentCounter)
                                   : (hero.board.fresh ? qsTr("Menunggu panggilan berikutnya")
                                                       : qsTr("Menunggu data terbaru…"))
                color: hero.hasCall ? "white" : "#5b6b7c"
                font.pixelSize: (hero.hasCall ? 9 : 3.6) * hero.u
                font.bold: hero.hasCall
            }
        }

        Text {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 1 * hero.u
            Layout.maximumWidth: hero.width - 4 * hero.u
            text: hero.board.currentService
            visible: hero.hasCall
            color: "#1d2733"
            font.pixelSize: 3.2 * hero.u
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
