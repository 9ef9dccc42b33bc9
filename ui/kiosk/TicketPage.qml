import QtQuick
import "../common"

// The ticket: the code very large, the wait, the promise, a QR, and what the printer did.
KioskPage {
    id: page
    objectName: "page_ticket"
    pageName: "ticket"
    readonly property var t: kiosk.ticket
    property int secondsLeft: kiosk.ticketScreenSeconds

    Timer {
        interval: 1000; repeat: true; running: true
        onTriggered: page.secondsLeft = Math.max(0, page.secondsLeft - 1)
    }
    Connections {
        target: kiosk
        function onPrintStateChanged() { if (kiosk.printState === "problem") page.secondsLeft = 60 }
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(page.contentWidth, root.landscape ? 150 * Theme.u : parent.width)
        height: parent.height - 4 * Theme.u
        radius: 2 * Theme.radius
        color: Theme.surface
        border.color: Theme.blue
        border.width: Math.max(3, 0.35 * Theme.u)

        Grid {
            id: layout
            anchors.centerIn: parent
            columns: root.landscape ? 2 : 1
            columnSpacing: 6 * Theme.u
            rowSpacing: 2 * Theme.u
            horizontalItemAlignment: Grid.AlignHCenter
            verticalItemAlignment: Grid.AlignVCenter

            Column {
                spacing: 1.2 * Theme.u
                width: root.landscape ? card.width * 0.55 : card.width - 2 * Theme.margin
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter
                       text: qsTr("Nomor antrean Anda"); font.pixelSize: Theme.heading; color: Theme.muted }
                Text { objectName: "ticketCode"; width: parent.width; horizontalAlignment: Text.AlignHCenter
                       text: page.t.code || ""; font.pixelSize: 22 * Theme.u; font.bold: true; color: Theme.blue }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       text: page.t.service || ""; font.pixelSize: Theme.heading; font.bold: true; color: Theme.text }
                Text { objectName: "ticketAhead"; width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       font.pixelSize: Theme.body; color: Theme.text
                       text: (page.t.ahead === 0 ? qsTr("Tidak ada orang di depan Anda.")
                              : qsTr("%1 orang di depan Anda · perkiraan tunggu %2 menit").arg(page.t.ahead).arg(page.t.wait)) }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       visible: (page.t.priority || "") !== ""; font.pixelSize: Theme.body; color: Theme.green
                       font.bold: true; text: qsTr("Antrean prioritas") }
                Text { objectName: "ticketNote"; width: parent.width; horizontalAlignment: Text.AlignHCenter
                       wrapMode: Text.Wrap; visible: (page.t.note || "") !== ""; font.pixelSize: Theme.body
                       color: Theme.blue; font.bold: true; text: page.t.note || "" }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       font.pixelSize: Theme.body; color: Theme.text
                       text: qsTr("Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai.") }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter
                       text: qsTr("TIDAK DIPUNGUT BIAYA"); font.pixelSize: Theme.heading; font.bold: true; color: Theme.green }
            }
            Column {
                spacing: 2 * Theme.u
                width: root.landscape ? card.width * 0.3 : card.width - 2 * Theme.margin
                Image {
                    objectName: "ticketQr"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: root.landscape ? 26 * Theme.u : 24 * Theme.u
                    height: width
                    sourceSize.width: width
                    sourceSize.height: width
                    smooth: false
                    source: page.t.qr ? "image://qr/" + encodeURIComponent(page.t.qr) : ""
                }
                Rectangle {
                    objectName: "printState"
                    width: parent.width
                    height: stateText.implicitHeight + 3 * Theme.u
                    radius: Theme.radius
                    color: kiosk.printState === "printed" ? Theme.greenPale
                         : kiosk.printState === "problem" ? Theme.redPale : Theme.bluePale
                    border.color: kiosk.printState === "printed" ? Theme.green
                                : kiosk.printState === "problem" ? Theme.red : Theme.blue
                    border.width: Math.max(3, 0.35 * Theme.u)
                    Text {
                        id: stateText
                        objectName: "printStateText"
                        anchors.centerIn: parent
                        width: parent.width - 3 * Theme.u
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: kiosk.printState === "problem" ? Theme.red : Theme.text
                        text: kiosk.printState === "printed" ? qsTr("Tiket sudah dicetak. Silakan ambil tiket Anda.")
                            : kiosk.printState === "problem" ? qsTr("Printer bermasalah. Tunjukkan layar ini kepada petugas.")
                            : qsTr("Sedang mencetak tiket…")
                    }
                }
                KioskButton {
                    objectName: "ticketDone"
                    width: parent.width
                    text: qsTr("Selesai")
                    subtext: qsTr("Kembali ke awal dalam %1 detik").arg(page.secondsLeft)
                    onClicked: kiosk.finishTicket()
                }
            }
        }
    }
}
