import QtQuick

// A big touch target whose pressed look appears in the very next frame, before any work.
Rectangle {
    id: button
    property string text: ""
    property string subtext: ""
    property color tone: theme.blue
    property bool primary: true
    property bool busy: false
    property real fontSize: theme.body
    signal clicked()

    implicitHeight: theme.touch
    implicitWidth: Math.max(label.implicitWidth + 6 * theme.u, 20 * theme.u)
    radius: theme.radius
    opacity: enabled ? 1 : 0.45
    color: area.pressed || busy ? Qt.darker(primary ? tone : theme.surface, 1.25)
                                : (primary ? tone : theme.surface)
    border.width: primary ? 0 : Math.max(2, 0.3 * theme.u)
    border.color: tone
    scale: area.pressed ? 0.97 : 1

    Column {
        anchors.centerIn: parent
        width: parent.width - 3 * theme.u
        spacing: 0.4 * theme.u
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
            font.pixelSize: theme.small
            wrapMode: Text.Wrap
            color: button.primary ? "#e8eef5" : theme.muted
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        enabled: !button.busy
        onClicked: button.clicked()
    }
}
