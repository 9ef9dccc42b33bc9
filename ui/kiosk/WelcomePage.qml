import QtQuick
import "../common"

// The services as large buttons with people waiting and the estimated wait.
KioskPage {
    id: page
    objectName: "page_welcome"
    pageName: "welcome"
    readonly property int columns: root.landscape ? 3 : 1

    Column {
        id: intro
        anchors.top: parent.top
        anchors.topMargin: page.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: page.contentWidth
        spacing: Theme.u
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Selamat datang di Pelayanan Statistik Terpadu")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.blue
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Sentuh layanan yang Anda perlukan untuk mengambil nomor antrean.")
            font.pixelSize: Theme.body
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    Grid {
        id: grid
        anchors.top: intro.bottom
        anchors.topMargin: 3 * Theme.u
        anchors.horizontalCenter: parent.horizontalCenter
        columns: page.columns
        spacing: Theme.gap
        readonly property real cellWidth: (page.contentWidth - (columns - 1) * spacing) / columns
        readonly property real cellHeight: root.landscape ? 22 * Theme.u : 18 * Theme.u
        Repeater {
            model: kiosk.serviceModel
            Rectangle {
                objectName: "service_" + model.letter
                width: grid.cellWidth
                height: grid.cellHeight
                radius: Theme.radius * 1.5
                color: area.pressed ? Theme.pressed : Theme.surface
                border.color: Theme.blue
                border.width: Math.max(2, 0.3 * Theme.u)
                scale: area.pressed ? 0.98 : 1
                Rectangle {
                    id: badge
                    x: 2 * Theme.u
                    anchors.verticalCenter: parent.verticalCenter
                    width: 10 * Theme.u
                    height: width
                    radius: width / 2
                    color: Theme.blue
                    Text { anchors.centerIn: parent; text: model.letter; color: "white"
                           font.pixelSize: 5.5 * Theme.u; font.bold: true }
                }
                Column {
                    anchors.left: badge.right
                    anchors.leftMargin: 2 * Theme.u
                    anchors.right: parent.right
                    anchors.rightMargin: 2 * Theme.u
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 0.6 * Theme.u
                    Text { width: parent.width; text: model.name; font.pixelSize: Theme.heading * 0.95
                           font.bold: true; color: Theme.text; wrapMode: Text.Wrap }
                    Text {
                        width: parent.width
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.small * 1.1
                        color: Theme.muted
                        text: !model.known ? " "
                              : model.waiting === 0 ? qsTr("Tidak ada antrean — langsung dilayani")
                              : qsTr("%1 orang menunggu · perkiraan %2 menit").arg(model.waiting).arg(model.waitMinutes)
                    }
                }
                MouseArea { id: area; anchors.fill: parent; onClicked: kiosk.chooseService(model.letter) }
            }
        }
        // A follow-up by appointment: the booking code instead of the guest book.
        Rectangle {
            objectName: "appointment"
            width: grid.cellWidth
            height: grid.cellHeight
            radius: Theme.radius * 1.5
            color: apptArea.pressed ? Qt.darker(Theme.orangePale, 1.06) : Theme.orangePale
            border.color: Theme.orange
            border.width: Math.max(2, 0.3 * Theme.u)
            scale: apptArea.pressed ? 0.98 : 1
            Column {
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.u
                spacing: 0.6 * Theme.u
                Text { width: parent.width; text: qsTr("Saya punya janji"); font.pixelSize: Theme.heading * 0.95
                       font.bold: true; color: Theme.text; wrapMode: Text.Wrap }
                Text { width: parent.width; wrapMode: Text.Wrap; font.pixelSize: Theme.small * 1.1
                       color: Theme.muted
                       text: qsTr("Konsultasi lanjutan yang sudah dijadwalkan: masukkan kode janji Anda.") }
            }
            MouseArea { id: apptArea; anchors.fill: parent; onClicked: checkin.open() }
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: page.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: page.contentWidth
        height: promise.implicitHeight + 3 * Theme.u
        radius: Theme.radius
        color: Theme.orangePale
        border.color: Theme.orange
        border.width: Math.max(2, 0.25 * Theme.u)
        Text {
            id: promise
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: Theme.text
            text: qsTr("Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai. Layanan ini tidak dipungut biaya.")
        }
    }
}
