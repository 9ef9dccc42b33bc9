// The running text: the service promise, free of charge, and where to complain.
import QtQuick
import "../common"

Rectangle {
    id: ticker
    required property var board
    color: Theme.orange
    clip: true

    readonly property string message: [
        qsTr("Waktu penyelesaian layanan %1 menit").arg(board.serviceMinutes),
        qsTr("Tidak dipungut biaya"),
        qsTr("Pengaduan: kotak saran di ruang PST · pengaduan.bps.go.id · bps8200@bps.go.id · SMS/WA 081370208715"),
        board.officeName + " · " + board.officeAddress + " · " + board.officeWebsite
    ].join("     ●     ") + "     ●     "

    Row {
        id: strip
        y: (ticker.height - height) / 2
        Repeater {
            model: 2  // two copies so the loop has no gap
            Text {
                text: ticker.message
                color: Theme.blueDark
                font.pixelSize: 3 * Theme.u
                font.bold: true
            }
        }
        NumberAnimation on x {
            from: 0
            to: -strip.width / 2
            duration: Math.max(1, strip.width / 2 / (12 * Theme.u)) * 1000
            loops: Animation.Infinite
            running: strip.width > 0
        }
    }
}
