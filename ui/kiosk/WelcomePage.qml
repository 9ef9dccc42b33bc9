import QtQuick

// The services as large buttons with people waiting and the estimated wait.
Item {
    id: page
    objectName: "page_welcome"
    readonly property string pageName: "welcome"
    readonly property int columns: root.landscape ? 3 : 1

    Column {
        id: intro
        anchors.top: parent.top
        anchors.topMargin: 3 * theme.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 6 * theme.u
        spacing: theme.u
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Selamat datang di Pelayanan Statistik Terpadu")
            font.pixelSize: theme.title
            font.bold: true
            color: theme.blue
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Sentuh layanan yang Anda perlukan untuk mengambil nomor antrean.")
            font.pixelSize: theme.body
            color: theme.text
            wrapMode: Text.Wrap
        }
    }

    Grid {
        id: grid
        anchors.top: intro.bottom
        anchors.topMargin: 3 * theme.u
        anchors.horizontalCenter: parent.horizontalCenter
        columns: page.columns
        spacing: theme.gap
        readonly property real cellWidth: (page.width - 6 * theme.u - (columns - 1) * spacing) / columns
        readonly property real cellHeight: root.landscape ? 22 * theme.u : 18 * theme.u
        Repeater {
            model: kiosk.serviceModel
            Rectangle {
                objectName: "service_" + model.letter
                width: grid.cellWidth
                height: grid.cellHeight
                radius: theme.radius * 1.5
                color: area.pressed ? "#dbe7f3" : theme.surface
                border.color: theme.blue
                border.width: Math.max(2, 0.3 * theme.u)
                scale: area.pressed ? 0.98 : 1
                Rectangle {
                    id: badge
                    x: 2 * theme.u
                    anchors.verticalCenter: parent.verticalCenter
                    width: 10 * theme.u
                    height: width
                    radius: width / 2
                    color: theme.blue
                    Text { anchors.centerIn: parent; text: model.letter; color: "white"
                           font.pixelSize: 5.5 * theme.u; font.bold: true }
                }
                Column {
                    anchors.left: badge.right
                    anchors.leftMargin: 2 * theme.u
                    anchors.right: parent.right
                    anchors.rightMargin: 2 * theme.u
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 0.6 * theme.u
                    Text { width: parent.width; text: model.name; font.pixelSize: theme.heading * 0.95
                           font.bold: true; color: theme.text; wrapMode: Text.Wrap }
                    Text {
                        width: parent.width
                        wrapMode: Text.Wrap
                        font.pixelSize: theme.small * 1.1
                        color: theme.muted
                        text: !model.known ? " "
                              : model.waiting === 0 ? qsTr("Tidak ada antrean — langsung dilayani")
                              : qsTr("%1 orang menunggu · perkiraan %2 menit").arg(model.waiting).arg(model.waitMinutes)
                    }
                }
                MouseArea { id: area; anchors.fill: parent; onClicked: kiosk.chooseService(model.letter) }
            }
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 3 * theme.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 6 * theme.u
        height: promise.implicitHeight + 3 * theme.u
        radius: theme.radius
        color: "#fff4e0"
        border.color: theme.orange
        border.width: Math.max(2, 0.25 * theme.u)
        Text {
            id: promise
            anchors.centerIn: parent
            width: parent.width - 4 * theme.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: theme.body
            color: theme.text
            text: qsTr("Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai. Layanan ini tidak dipungut biaya.")
        }
    }
}
