import QtQuick
import "../common"

// Staff settings behind a PIN: default language, idle timeout, PIN, leaving full screen.
Rectangle {
    id: panel
    color: Theme.scrim
    property bool unlocked: false
    property string failure: ""
    property string language: kiosk.defaultLanguage
    property int idle: kiosk.idleTimeoutSeconds
    onVisibleChanged: { unlocked = false; failure = ""; pin.value = ""; newPin.value = ""
                        language = kiosk.defaultLanguage; idle = kiosk.idleTimeoutSeconds }
    MouseArea { anchors.fill: parent }   // nothing behind the panel takes taps

    Connections {
        target: kiosk
        function onStaffUnlocked(ok) {
            panel.unlocked = ok
            panel.failure = ok ? "" : qsTr("PIN salah.")
            pin.value = ""
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 90 * Theme.u)
        height: content.implicitHeight + 2 * Theme.margin
        radius: 2 * Theme.radius
        color: Theme.surface
        Column {
            id: content
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Text { text: qsTr("Pengaturan petugas"); font.pixelSize: Theme.title; font.bold: true; color: Theme.blue }

            Column {
                visible: !panel.unlocked
                width: parent.width
                spacing: Theme.gap
                Text { text: qsTr("Masukkan PIN petugas"); font.pixelSize: Theme.body; color: Theme.text }
                Text { objectName: "pinDots"; text: pin.value.replace(/./g, "●") || " "; font.pixelSize: Theme.title; color: Theme.text }
                Text { objectName: "pinFailure"; visible: panel.failure !== ""; text: panel.failure
                       font.pixelSize: Theme.body; color: Theme.red; font.bold: true }
                NumPad { id: pin; namePrefix: "pin"; maxLength: 12; keySize: 9 * Theme.u
                         anchors.horizontalCenter: parent.horizontalCenter }
                Row {
                    spacing: Theme.gap
                    KioskButton { objectName: "staffCancel"; width: content.width * 0.4; text: qsTr("Batal"); primary: false
                                  onClicked: kiosk.closeStaff() }
                    KioskButton { objectName: "pinOk"; width: content.width * 0.55; text: qsTr("Buka")
                                  onClicked: kiosk.unlockStaff(pin.value) }
                }
            }

            Column {
                visible: panel.unlocked
                width: parent.width
                spacing: Theme.gap
                Text { text: qsTr("Bahasa awal kios"); font.pixelSize: Theme.body; font.bold: true; color: Theme.text }
                ChoiceRow { width: parent.width; namePrefix: "defaultLang_"; buttonWidth: (width - spacing) / 2
                            options: [{code: "id", label: "Indonesia"}, {code: "en", label: "English"}]
                            value: panel.language; onValueChanged: panel.language = value }
                Text { text: qsTr("Batas diam sebelum formulir dikosongkan"); font.pixelSize: Theme.body
                       font.bold: true; color: Theme.text; width: parent.width; wrapMode: Text.Wrap }
                Row {
                    spacing: Theme.gap
                    KioskButton { objectName: "idleLess"; width: 10 * Theme.u; text: "−"; fontSize: Theme.title
                                  onClicked: panel.idle = Math.max(15, panel.idle - 15) }
                    Text { objectName: "idleValue"; text: qsTr("%1 detik").arg(panel.idle); font.pixelSize: Theme.heading
                           width: 24 * Theme.u; horizontalAlignment: Text.AlignHCenter; anchors.verticalCenter: parent.verticalCenter }
                    KioskButton { objectName: "idleMore"; width: 10 * Theme.u; text: "+"; fontSize: Theme.title
                                  onClicked: panel.idle = Math.min(600, panel.idle + 15) }
                }
                Text { text: kiosk.pinIsFactory ? qsTr("PIN baru (PIN bawaan masih dipakai: segera ganti)") : qsTr("PIN baru (kosongkan bila tidak diganti)")
                       font.pixelSize: Theme.body; font.bold: true; color: kiosk.pinIsFactory ? Theme.red : Theme.text
                       width: parent.width; wrapMode: Text.Wrap }
                Text { text: newPin.value.replace(/./g, "●") || "—"; font.pixelSize: Theme.heading }
                NumPad { id: newPin; namePrefix: "newPin"; maxLength: 12; keySize: 7 * Theme.u
                         anchors.horizontalCenter: parent.horizontalCenter }
                KioskButton { objectName: "staffSave"; width: parent.width; text: qsTr("Simpan"); tone: Theme.green
                              onClicked: { kiosk.saveSettings(panel.language, panel.idle, newPin.value); newPin.value = "" } }
                Row {
                    spacing: Theme.gap
                    KioskButton { objectName: "exitFullScreen"; width: content.width * 0.5; text: qsTr("Keluar dari layar penuh")
                                  primary: false; tone: Theme.red; onClicked: kiosk.exitFullScreen() }
                    KioskButton { objectName: "staffClose"; width: content.width * 0.45; text: qsTr("Tutup"); primary: false
                                  onClicked: kiosk.closeStaff() }
                }
            }
        }
    }
}
