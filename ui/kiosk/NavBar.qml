import QtQuick
import "../common"

// Back and next, always in the same place at the bottom of a page.
Row {
    id: bar
    property string nextText: qsTr("Lanjut")
    property bool nextEnabled: true
    property bool busy: false
    property string nextName: "next"
    signal next()
    spacing: Theme.gap
    KioskButton {
        objectName: "back"
        width: (bar.width - bar.spacing) * 0.35
        text: qsTr("Kembali")
        primary: false
        onClicked: kiosk.back()
    }
    KioskButton {
        objectName: bar.nextName
        width: (bar.width - bar.spacing) * 0.65
        text: bar.nextText
        tone: Theme.green
        enabled: bar.nextEnabled
        busy: bar.busy
        onClicked: bar.next()
    }
}
