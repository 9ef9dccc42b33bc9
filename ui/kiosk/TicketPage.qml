import QtQuick

// The ticket: the code very large, the wait, the promise, a QR, and what the printer did.
Item {
    id: page
    objectName: "page_ticket"
    readonly property string pageName: "ticket"
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
        width: Math.min(parent.width - 6 * theme.u, root.landscape ? 150 * theme.u : parent.width)
        height: parent.height - 4 * theme.u
        radius: 2 * theme.radius
        color: theme.surface
        border.color: theme.blue
        border.width: Math.max(3, 0.35 * theme.u)

        Grid {
            id: layout
            anchors.centerIn: parent
            columns: root.landscape ? 2 : 1
            columnSpacing: 6 * theme.u
            rowSpacing: 2 * theme.u
            horizontalItemAlignment: Grid.AlignHCenter
            verticalItemAlignment: Grid.AlignVCenter

            Column {
                spacing: 1.2 * theme.u
                width: root.landscape ? card.width * 0.55 : card.width - 6 * theme.u
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter
                       text: qsTr("Nomor antrean Anda"); font.pixelSize: theme.heading; color: theme.muted }
                Text { objectName: "ticketCode"; width: parent.width; horizontalAlignment: Text.AlignHCenter
                       text: page.t.code || ""; font.pixelSize: 22 * theme.u; font.bold: true; color: theme.blue }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       text: page.t.service || ""; font.pixelSize: theme.heading; font.bold: true; color: theme.text }
                Text { objectName: "ticketAhead"; width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       font.pixelSize: theme.body; color: theme.text
                       text: (page.t.ahead === 0 ? qsTr("Tidak ada orang di depan Anda.")
                              : qsTr("%1 orang di depan Anda · perkiraan tunggu %2 menit").arg(page.t.ahead).arg(page.t.wait)) }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       visible: (page.t.priority || "") !== ""; font.pixelSize: theme.body; color: theme.green
                       font.bold: true; text: qsTr("Antrean prioritas") }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap
                       font.pixelSize: theme.body; color: theme.text
                       text: qsTr("Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai.") }
                Text { width: parent.width; horizontalAlignment: Text.AlignHCenter
                       text: qsTr("TIDAK DIPUNGUT BIAYA"); font.pixelSize: theme.heading; font.bold: true; color: theme.green }
            }
            Column {
                spacing: 2 * theme.u
                width: root.landscape ? card.width * 0.3 : card.width - 6 * theme.u
                Image {
                    objectName: "ticketQr"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: root.landscape ? 26 * theme.u : 24 * theme.u
                    height: width
                    sourceSize.width: width
                    sourceSize.height: width
                    smooth: false
                    source: page.t.qr ? "image://qr/" + encodeURIComponent(page.t.qr) : ""
                }
                Rectangle {
                    objectName: "printState"
                    width: parent.width
                    height: stateText.implicitHeight + 3 * theme.u
                    radius: theme.radius
                    color: kiosk.printState === "printed" ? "#e6f3e8"
                         : kiosk.printState === "problem" ? "#fdecea" : "#e3eef8"
                    border.color: kiosk.printState === "printed" ? theme.green
                                : kiosk.printState === "problem" ? theme.red : theme.blue
                    border.width: Math.max(3, 0.35 * theme.u)
                    Text {
                        id: stateText
                        objectName: "printStateText"
                        anchors.centerIn: parent
                        width: parent.width - 3 * theme.u
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        font.pixelSize: theme.body
                        font.bold: true
                        color: kiosk.printState === "problem" ? theme.red : theme.text
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
