import QtQuick

// The step, the chosen service and the page's question, at the top of every form page.
Column {
    property string title: ""
    property int step: 1
    width: parent.width
    spacing: 0.6 * theme.u
    Text {
        text: qsTr("Langkah %1 dari 4").arg(step) + "  ·  " + kiosk.serviceName
        font.pixelSize: theme.small
        color: theme.muted
        width: parent.width
        elide: Text.ElideRight
    }
    Text {
        text: parent.title
        font.pixelSize: theme.title * 0.9
        font.bold: true
        color: theme.blue
        width: parent.width
        wrapMode: Text.Wrap
    }
}
