import QtQuick
import "../common"

// The step, the chosen service and the page's question, at the top of every form page.
Column {
    property string title: ""
    property int step: 1
    width: parent.width
    spacing: 0.6 * Theme.u
    Text {
        text: qsTr("Langkah %1 dari 4").arg(step) + "  ·  " + kiosk.serviceName
        font.pixelSize: Theme.small
        color: Theme.muted
        width: parent.width
        elide: Text.ElideRight
    }
    Text {
        text: parent.title
        font.pixelSize: Theme.title * 0.9
        font.bold: true
        color: Theme.blue
        width: parent.width
        wrapMode: Text.Wrap
    }
}
