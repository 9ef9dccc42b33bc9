import QtQuick
import "../common"

// Priority visitors go ahead in the queue; the tap here commits the ticket.
KioskPage {
    id: page
    objectName: "page_priority"
    pageName: "priority"
    property string chosen: ""

    Column {
        x: page.margin
        y: page.margin
        width: page.contentWidth
        spacing: Theme.gap
        PageTitle { title: qsTr("Apakah Anda pengunjung prioritas?"); step: 4 }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: Theme.muted
            text: qsTr("Lansia, penyandang disabilitas, ibu hamil, dan pengunjung yang membawa anak kecil dilayani lebih dahulu.")
        }
        Grid {
            id: options
            columns: root.landscape ? 2 : 1
            spacing: Theme.gap
            width: parent.width
            readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
            Repeater {
                model: kioskLabels.priorityOptions  // labels from the one table, current language
                KioskButton {
                    objectName: "priority_" + (modelData.code || "none")
                    width: options.cellWidth
                    height: root.landscape ? 11 * Theme.u : 12 * Theme.u
                    text: modelData.label
                    subtext: modelData.sub
                    fontSize: Theme.heading * 0.9
                    primary: modelData.code === ""
                    tone: modelData.code === "" ? Theme.green : Theme.blue
                    busy: kiosk.busy && page.chosen === modelData.code
                    enabled: !kiosk.busy
                    onClicked: { page.chosen = modelData.code; kiosk.issueTicket(modelData.code) }
                }
            }
        }
        Text {
            objectName: "priorityMessage"
            width: parent.width
            visible: kiosk.message !== ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.red
            text: "⚠ " + kiosk.message
        }
    }
    KioskButton {
        objectName: "back"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * Theme.u
        x: page.margin
        width: page.contentWidth * 0.35
        text: qsTr("Kembali")
        primary: false
        enabled: !kiosk.busy
        onClicked: kiosk.back()
    }
}
