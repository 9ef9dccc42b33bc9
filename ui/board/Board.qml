// The waiting-room board: the number called now, calls per counter, waiting per service.
// Every size comes from the window (u = 1% of its short side), never fixed pixels, so the
// same file is readable from 6 m on a 1080p TV in landscape or portrait.
import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import "../common"

Window {
    id: win
    required property var board
    readonly property bool portrait: height > width
    // the theme's unit follows this window (nothing to restore when the window goes)
    Binding { target: Theme; property: "u"; value: Math.min(win.width, win.height) / 100
              restoreMode: Binding.RestoreNone }

    width: 1920
    height: 1080
    color: Theme.blueDark
    title: qsTr("Papan Antrian PST")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Header {
            board: win.board
            Layout.fillWidth: true
            Layout.preferredHeight: (win.portrait ? 10 : 12) * Theme.u
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.boardGap
            columns: win.portrait ? 1 : 2
            rowSpacing: Theme.boardGap
            columnSpacing: Theme.boardGap

            Hero {
                id: hero
                board: win.board
                portrait: win.portrait
                Layout.fillWidth: true
                Layout.fillHeight: !win.portrait
                Layout.preferredWidth: win.portrait ? -1 : win.width * 0.55
                Layout.preferredHeight: win.portrait ? win.height * 0.40 : -1
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: win.portrait ? -1 : win.width * 0.45
                spacing: Theme.boardGap

                CounterPanel {
                    board: win.board
                    portrait: win.portrait
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                }

                WaitingPanel {
                    board: win.board
                    portrait: win.portrait
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
        }

        Ticker {
            board: win.board
            Layout.fillWidth: true
            Layout.preferredHeight: 6.5 * Theme.u
        }
    }
}
