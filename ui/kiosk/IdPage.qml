import QtQuick

// ID type and number: digits on a big pad; passport and other numbers on the keyboard.
Item {
    id: page
    objectName: "page_id"
    readonly property string pageName: "id"
    property string idType: "ktp"
    readonly property bool digitsOnly: idType === "ktp" || idType === "sim"
    readonly property string number: digitsOnly ? pad.value : textInput.text

    Column {
        id: body
        x: 3 * theme.u
        y: 3 * theme.u
        width: parent.width - 6 * theme.u
        spacing: theme.gap
        PageTitle { title: qsTr("Tunjukkan identitas Anda"); step: 1 }
        Text { text: qsTr("Jenis identitas"); font.pixelSize: theme.body; font.bold: true; color: theme.text }
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
            font.pixelSize: theme.body
            color: theme.muted
            text: page.idType === "ktp" ? qsTr("Ketik NIK (16 angka) yang tertera pada KTP Anda.")
                : page.idType === "sim" ? qsTr("Ketik nomor SIM (12–14 angka).")
                : page.idType === "passport" ? qsTr("Ketik nomor paspor, misalnya A1234567.")
                : qsTr("Ketik nomor kartu identitas Anda.")
        }
        Rectangle {
            visible: page.digitsOnly
            objectName: "idNumberDisplay"
            width: parent.width
            height: 10 * theme.u
            radius: theme.radius
            color: theme.surface
            border.color: kiosk.idError !== "" ? theme.red : theme.blue
            border.width: Math.max(3, 0.35 * theme.u)
            Text {
                anchors.centerIn: parent
                text: pad.value === "" ? "—" : pad.value.replace(/(\d{4})(?=\d)/g, "$1 ")
                font.pixelSize: 5 * theme.u
                font.family: "DejaVu Sans Mono"
                font.bold: true
                color: theme.text
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
            font.pixelSize: theme.body
            font.bold: true
            color: theme.red
        }
        NumPad {
            id: pad
            visible: page.digitsOnly
            anchors.horizontalCenter: parent.horizontalCenter
            maxLength: page.idType === "ktp" ? 16 : 14
            keySize: root.landscape ? 6.2 * theme.u : 13 * theme.u
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            font.pixelSize: theme.small
            color: theme.muted
            text: qsTr("Nomor identitas tidak disimpan: hanya sandi tak terbalikkan dan 4 angka terakhirnya.")
        }
    }
    NavBar {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * theme.u
        x: 3 * theme.u
        width: parent.width - 6 * theme.u
        nextName: "idNext"
        busy: kiosk.busy
        nextEnabled: page.number.length >= 4
        onNext: kiosk.submitId(page.idType, page.number)
    }
}
