import QtQuick
import QtQuick.Controls
import "../common"

// Consent under UU 27/2022: the text shown in full, no ticket without a yes.
KioskPage {
    id: page
    objectName: "page_consent"
    pageName: "consent"
    property bool agreed: false
    readonly property bool declined: kiosk.message !== "" && !kiosk.busy

    Column {
        id: head
        x: page.margin
        y: page.margin
        width: page.contentWidth
        spacing: Theme.gap
        PageTitle { title: qsTr("Persetujuan pemrosesan data pribadi"); step: 3 }
    }
    Rectangle {
        id: textBox
        anchors.top: head.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: agreeBox.top
        anchors.bottomMargin: Theme.gap
        x: page.margin
        width: page.contentWidth
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Flickable {
            anchors.fill: parent
            anchors.margins: 2 * Theme.u
            contentHeight: consent.implicitHeight
            clip: true
            Text {
                id: consent
                objectName: "consentText"
                width: parent.width
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body * 0.92
                lineHeight: 1.15
                color: Theme.text
                text: kiosk.consentText
            }
        }
    }
    Rectangle {
        id: agreeBox
        objectName: "consentCheck"
        anchors.bottom: nav.top
        anchors.bottomMargin: Theme.gap
        x: page.margin
        width: page.contentWidth
        height: 10 * Theme.u
        radius: Theme.radius
        color: checkArea.pressed ? Theme.pressed : Theme.surface
        border.color: page.agreed ? Theme.green : Theme.blue
        border.width: Math.max(3, 0.35 * Theme.u)
        Rectangle {
            id: tick
            x: 2 * Theme.u
            anchors.verticalCenter: parent.verticalCenter
            width: 6 * Theme.u; height: width; radius: 0.8 * Theme.u
            border.color: Theme.green; border.width: Math.max(3, 0.4 * Theme.u)
            color: page.agreed ? Theme.green : "white"
            Text { anchors.centerIn: parent; text: "✓"; color: "white"; visible: page.agreed
                   font.pixelSize: 4.5 * Theme.u; font.bold: true }
        }
        Text {
            anchors.left: tick.right; anchors.leftMargin: 2 * Theme.u
            anchors.right: parent.right; anchors.rightMargin: 2 * Theme.u
            anchors.verticalCenter: parent.verticalCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.text
            text: qsTr("Saya telah membaca dan menyetujui pemrosesan data pribadi saya.")
        }
        MouseArea { id: checkArea; anchors.fill: parent; onClicked: page.agreed = !page.agreed }
    }
    Row {
        id: nav
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * Theme.u
        x: page.margin
        width: page.contentWidth
        spacing: Theme.gap
        KioskButton { objectName: "back"; width: (nav.width - 2 * nav.spacing) * 0.25; text: qsTr("Kembali")
                      primary: false; onClicked: kiosk.back() }
        KioskButton { objectName: "consentDecline"; width: (nav.width - 2 * nav.spacing) * 0.3
                      text: qsTr("Tidak setuju"); primary: false; tone: Theme.red
                      onClicked: kiosk.answerConsent(false) }
        KioskButton { objectName: "consentAgree"; width: (nav.width - 2 * nav.spacing) * 0.45
                      text: qsTr("Setuju dan lanjut"); tone: Theme.green; enabled: page.agreed
                      onClicked: kiosk.answerConsent(true) }
    }

    Rectangle {
        // the refusal: nothing was stored; the visitor is sent to the counter
        objectName: "consentDeclined"
        anchors.fill: parent
        visible: page.declined
        color: Theme.background
        MouseArea { anchors.fill: parent }
        Column {
            anchors.centerIn: parent
            width: parent.width - 10 * Theme.u
            spacing: 3 * Theme.u
            Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                   text: qsTr("Nomor antrean tidak dapat diberikan"); font.pixelSize: Theme.title
                   font.bold: true; color: Theme.red }
            Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                   text: kiosk.message; font.pixelSize: Theme.body; color: Theme.text }
            Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                   text: qsTr("Data yang Anda isi sudah dihapus dari kios."); font.pixelSize: Theme.body
                   color: Theme.muted }
            KioskButton { objectName: "declinedHome"; anchors.horizontalCenter: parent.horizontalCenter
                          width: parent.width * 0.6; text: qsTr("Kembali ke awal"); onClicked: kiosk.reset() }
        }
    }
}
