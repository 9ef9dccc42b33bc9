import QtQuick

// Priority visitors go ahead in the queue; the tap here commits the ticket.
Item {
    id: page
    objectName: "page_priority"
    readonly property string pageName: "priority"
    property string chosen: ""

    Column {
        x: 3 * theme.u
        y: 3 * theme.u
        width: parent.width - 6 * theme.u
        spacing: theme.gap
        PageTitle { title: qsTr("Apakah Anda pengunjung prioritas?"); step: 4 }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: theme.body
            color: theme.muted
            text: qsTr("Lansia, penyandang disabilitas, ibu hamil, dan pengunjung yang membawa anak kecil dilayani lebih dahulu.")
        }
        Grid {
            id: options
            columns: root.landscape ? 2 : 1
            spacing: theme.gap
            width: parent.width
            readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
            Repeater {
                model: kioskLabels.priorityOptions  // labels from the one table, current language
                KioskButton {
                    objectName: "priority_" + (modelData.code || "none")
                    width: options.cellWidth
                    height: root.landscape ? 11 * theme.u : 12 * theme.u
                    text: modelData.label
                    subtext: modelData.sub
                    fontSize: theme.heading * 0.9
                    primary: modelData.code === ""
                    tone: modelData.code === "" ? theme.green : theme.blue
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
            font.pixelSize: theme.body
            font.bold: true
            color: theme.red
            text: "⚠ " + kiosk.message
        }
    }
    KioskButton {
        objectName: "back"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * theme.u
        x: 3 * theme.u
        width: (parent.width - 6 * theme.u) * 0.35
        text: qsTr("Kembali")
        primary: false
        enabled: !kiosk.busy
        onClicked: kiosk.back()
    }
}
