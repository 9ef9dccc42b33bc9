import QtQuick
import "../common"

// "Saya punya janji": the six-digit booking code of a follow-up appointment, on the big pad.
KioskPage {
    id: page
    objectName: "page_appointment"
    pageName: "appointment"

    Column {
        x: page.margin
        y: page.margin
        width: page.contentWidth
        spacing: Theme.gap
        Text {
            width: parent.width
            text: qsTr("Saya punya janji")
            font.pixelSize: Theme.title * 0.9
            font.bold: true
            color: Theme.blue
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: Theme.muted
            text: qsTr("Ketik kode janji 6 angka yang dikirim petugas lewat WhatsApp atau email. Data Anda sudah tercatat: tidak perlu mengisi buku tamu.")
        }
        Rectangle {
            objectName: "codeDisplay"
            width: parent.width
            height: 10 * Theme.u
            radius: Theme.radius
            color: Theme.surface
            border.color: checkin.error !== "" ? Theme.red : Theme.orange
            border.width: Math.max(3, 0.35 * Theme.u)
            Text {
                anchors.centerIn: parent
                text: pad.value === "" ? "— — —  — — —" : pad.value.replace(/(\d{3})(?=\d)/, "$1 ")
                font.pixelSize: 5.5 * Theme.u
                font.family: "DejaVu Sans Mono"
                font.bold: true
                color: Theme.text
            }
        }
        Text {
            objectName: "codeError"
            width: parent.width
            visible: checkin.error !== ""
            text: "⚠ " + checkin.error
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.red
        }
        NumPad {
            id: pad
            namePrefix: "code"
            maxLength: 6
            anchors.horizontalCenter: parent.horizontalCenter
        }
    }

    Row {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: page.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: page.contentWidth
        spacing: Theme.gap
        KioskButton {
            objectName: "back"
            width: (parent.width - parent.spacing) * 0.35
            text: qsTr("Kembali")
            primary: false
            onClicked: checkin.cancel()
        }
        KioskButton {
            objectName: "checkIn"
            width: (parent.width - parent.spacing) * 0.65
            text: qsTr("Ambil nomor antrean")
            tone: Theme.green
            enabled: pad.value.length === 6 && !checkin.busy
            busy: checkin.busy
            onClicked: checkin.submit(pad.value)
        }
    }
}
