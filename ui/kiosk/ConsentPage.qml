import QtQuick
import QtQuick.Controls

// Consent under UU 27/2022: the text shown in full, no ticket without a yes.
Item {
    id: page
    objectName: "page_consent"
    readonly property string pageName: "consent"
    property bool agreed: false
    readonly property bool declined: kiosk.message !== "" && !kiosk.busy

    Column {
        id: head
        x: 3 * theme.u
        y: 3 * theme.u
        width: parent.width - 6 * theme.u
        spacing: theme.gap
        PageTitle { title: qsTr("Persetujuan pemrosesan data pribadi"); step: 3 }
    }
    Rectangle {
        id: textBox
        anchors.top: head.bottom
        anchors.topMargin: theme.gap
        anchors.bottom: agreeBox.top
        anchors.bottomMargin: theme.gap
        x: 3 * theme.u
        width: parent.width - 6 * theme.u
        radius: theme.radius
        color: theme.surface
        border.color: "#b8c4d0"
        Flickable {
            anchors.fill: parent
            anchors.margins: 2 * theme.u
            contentHeight: consent.implicitHeight
            clip: true
            Text {
                id: consent
                objectName: "consentText"
                width: parent.width
                wrapMode: Text.Wrap
                font.pixelSize: theme.body * 0.92
                lineHeight: 1.15
                color: theme.text
                text: kiosk.consentText
            }
        }
    }
    Rectangle {
        id: agreeBox
        objectName: "consentCheck"
        anchors.bottom: nav.top
        anchors.bottomMargin: theme.gap
        x: 3 * theme.u
        width: parent.width - 6 * theme.u
        height: 10 * theme.u
        radius: theme.radius
        color: checkArea.pressed ? "#dbe7f3" : theme.surface
        border.color: page.agreed ? theme.green : theme.blue
        border.width: Math.max(3, 0.35 * theme.u)
        Rectangle {
            id: tick
            x: 2 * theme.u
            anchors.verticalCenter: parent.verticalCenter
            width: 6 * theme.u; height: width; radius: 0.8 * theme.u
            border.color: theme.green; border.width: Math.max(3, 0.4 * theme.u)
            color: page.agreed ? theme.green : "white"
            Text { anchors.centerIn: parent; text: "✓"; color: "white"; visible: page.agreed
                   font.pixelSize: 4.5 * theme.u; font.bold: true }
        }
        Text {
            anchors.left: tick.right; anchors.leftMargin: 2 * theme.u
            anchors.right: parent.right; anchors.rightMargin: 2 * theme.u
            anchors.verticalCenter: parent.verticalCenter
            wrapMode: Text.Wrap
            font.pixelSize: theme.body
            font.bold: true
            color: theme.text
            text: qsTr("Saya telah membaca dan menyetujui pemrosesan data pribadi saya.")
        }
        MouseArea { id: checkArea; anchors.fill: parent; onClicked: page.agreed = !page.agreed }
    }
    Row {
        id: nav
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * theme.u
        x: 3 * theme.u
        width: parent.width - 6 * theme.u
        spacing: theme.gap
        KioskButton { objectName: "back"; width: (nav.width - 2 * nav.spacing) * 0.25; text: qsTr("Kembali")
                      primary: false; onClicked: kiosk.back() }
        KioskButton { objectName: "consentDecline"; width: (nav.width - 2 * nav.spacing) * 0.3
                      text: qsTr("Tidak setuju"); primary: false; tone: theme.red
                      onClicked: kiosk.answerConsent(false) }
        KioskButton { objectName: "consentAgree"; width: (nav.width - 2 * nav.spacing) * 0.45
                      text: qsTr("Setuju dan lanjut"); tone: theme.green; enabled: page.agreed
                      onClicked: kiosk.answerConsent(true) }
    }

    Rectangle {
        // the refusal: nothing was stored; the visitor is sent to the counter
        objectName: "consentDeclined"
        anchors.fill: parent
        visible: page.declined
        color: theme.background
        MouseArea { anchors.fill: parent }
        Column {
            anchors.centerIn: parent
            width: parent.width - 10 * theme.u
            spacing: 3 * theme.u
            Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                   text: qsTr("Nomor antrean tidak dapat diberikan"); font.pixelSize: theme.title
                   font.bold: true; color: theme.red }
            Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                   text: kiosk.message; font.pixelSize: theme.body; color: theme.text }
            Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                   text: qsTr("Data yang Anda isi sudah dihapus dari kios."); font.pixelSize: theme.body
                   color: theme.muted }
            KioskButton { objectName: "declinedHome"; anchors.horizontalCenter: parent.horizontalCenter
                          width: parent.width * 0.6; text: qsTr("Kembali ke awal"); onClicked: kiosk.reset() }
        }
    }
}
