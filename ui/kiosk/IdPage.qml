import QtQuick
import "../common"

// ID type and number: digits on a big pad; passport and other numbers on the keyboard.
KioskPage {
    id: page
    objectName: "page_id"
    pageName: "id"
    property string idType: "ktp"
    readonly property bool digitsOnly: idType === "ktp" || idType === "sim"
    readonly property string number: digitsOnly ? pad.value : textInput.text

    Column {
        id: body
        x: page.margin
        y: page.margin
        width: page.contentWidth
        spacing: Theme.gap
        PageTitle { title: qsTr("Tunjukkan identitas Anda"); step: 1 }
        Text { text: qsTr("Jenis identitas"); font.pixelSize: Theme.body; font.bold: true; color: Theme.text }
        ChoiceRow {
            id: types
            width: parent.width
            namePrefix: "idtype_"
            buttonWidth: (width - 3 * spacing) / 4
            value: page.idType
            onValueChanged: page.idType = value
            options: kioskLabels.idTypes
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: Theme.muted
            text: page.idType === "ktp" ? qsTr("Ketik NIK (16 angka) yang tertera pada KTP Anda.")
                : page.idType === "sim" ? qsTr("Ketik nomor SIM (12–14 angka).")
                : page.idType === "passport" ? qsTr("Ketik nomor paspor, misalnya A1234567.")
                : qsTr("Ketik nomor kartu identitas Anda.")
        }
        Rectangle {
            visible: page.digitsOnly
            objectName: "idNumberDisplay"
            width: parent.width
            height: 10 * Theme.u
            radius: Theme.radius
            color: Theme.surface
            border.color: kiosk.idError !== "" ? Theme.red : Theme.blue
            border.width: Math.max(3, 0.35 * Theme.u)
            Text {
                anchors.centerIn: parent
                text: pad.value === "" ? "—" : pad.value.replace(/(\d{4})(?=\d)/g, "$1 ")
                font.pixelSize: 5 * Theme.u
                font.family: "DejaVu Sans Mono"
                font.bold: true
                color: Theme.text
            }
        }
        KioskTextField {
            id: textInput
            objectName: "idNumberText"
            visible: !page.digitsOnly
            invalid: kiosk.idError !== ""
            placeholderText: qsTr("Nomor identitas")
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        }
        Text {
            objectName: "idError"
            width: parent.width
            visible: kiosk.idError !== ""
            text: "⚠ " + kiosk.idError
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.red
        }
        NumPad {
            id: pad
            visible: page.digitsOnly
            anchors.horizontalCenter: parent.horizontalCenter
            maxLength: page.idType === "ktp" ? 16 : 14
            keySize: root.landscape ? 6.2 * Theme.u : 13 * Theme.u
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.muted
            text: qsTr("Nomor identitas tidak disimpan: hanya sandi tak terbalikkan dan 4 angka terakhirnya.")
        }
    }
    NavBar {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * Theme.u
        x: page.margin
        width: page.contentWidth
        nextName: "idNext"
        busy: kiosk.busy
        nextEnabled: page.number.length >= 4
        onNext: kiosk.submitId(page.idType, page.number)
    }
}
