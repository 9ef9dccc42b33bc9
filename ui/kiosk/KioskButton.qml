import QtQuick
import "../common"

// A big touch target whose pressed look appears in the very next frame, before any work.
Rectangle {
    id: button
    property string text: ""
    property string subtext: ""
    property color tone: Theme.blue
    property bool primary: true
    property bool busy: false
    property real fontSize: Theme.body
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(label.implicitWidth + 6 * Theme.u, 20 * Theme.u)
    radius: Theme.radius
    opacity: enabled ? 1 : 0.45
    color: area.pressed || busy ? Qt.darker(primary ? tone : Theme.surface, 1.25)
                                : (primary ? tone : Theme.surface)
    border.width: primary ? 0 : Math.max(2, 0.3 * Theme.u)
    border.color: tone
    scale: area.pressed ? 0.97 : 1

    Column {
        anchors.centerIn: parent
        width: parent.width - 3 * Theme.u
        spacing: 0.4 * Theme.u
        Text {
            id: label
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: button.busy ? qsTr("Memproses…") : button.text
            font.pixelSize: button.fontSize
            font.bold: true
            wrapMode: Text.Wrap
            color: button.primary ? "white" : button.tone
        }
        Text {
            width: parent.width
            visible: button.subtext !== ""
            horizontalAlignment: Text.AlignHCenter
            text: button.subtext
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
            color: button.primary ? Theme.onBlue : Theme.muted
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        enabled: !button.busy
        onClicked: button.clicked()
    }
}
