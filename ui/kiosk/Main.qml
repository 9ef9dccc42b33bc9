import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import "../common"

// The kiosk window: header with the office identity and the language switch, one page per
// step of the visitor's journey, the free-of-charge footer and the virtual keyboard.
Window {
    id: root
    width: 1080
    height: 1920
    visible: false
    title: "PST Kiosk"
    color: Theme.background
    flags: kioskWindowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)
    readonly property bool landscape: width > height
    // the theme's unit follows this window (nothing to restore when the window goes)
    Binding { target: Theme; property: "u"; value: Math.min(root.width, root.height) / 100
              restoreMode: Binding.RestoreNone }
    readonly property var order: ["welcome", "appointment", "id", "guest", "consent", "priority",
                                  "ticket"]

    onClosing: (close) => { close.accepted = kioskWindowed || kiosk.mayClose() }

    // Pages are compiled on demand: the first frame needs only the welcome page. Right after
    // it (kiosk.started) the others are compiled in the background, ready for the first tap.
    readonly property var pageFiles: ({welcome: "WelcomePage.qml", id: "IdPage.qml",
                                       guest: "GuestPage.qml", consent: "ConsentPage.qml",
                                       priority: "PriorityPage.qml", ticket: "TicketPage.qml",
                                       appointment: "AppointmentPage.qml"})
    property var pageComponents: ({})
    function pageComponent(page) {
        let component = pageComponents[page]
        if (!component || component.status !== Component.Ready) {
            component = Qt.createComponent(pageFiles[page])   // synchronous: needed now
            pageComponents[page] = component
        }
        return component
    }
    function preparePages() {
        for (const page of order) {
            if (!pageComponents[page])
                pageComponents[page] = Qt.createComponent(pageFiles[page], Component.Asynchronous)
        }
    }
    function showPage(page) {
        if (page === "welcome" || page === "ticket") {
            // take focus and the keyboard away first: destroying a focused field under the
            // virtual keyboard crashes
            Qt.inputMethod.hide()
            header.forceActiveFocus()
            stack.clear(StackView.Immediate)   // pages holding visitor data are destroyed
            stack.push(pageComponent(page), {}, StackView.Immediate)
            return
        }
        const want = order.indexOf(page)
        while (stack.depth > 1 && order.indexOf(stack.currentItem.pageName) > want)
            stack.pop(StackView.Immediate)
        if (stack.currentItem.pageName !== page)
            stack.push(pageComponent(page), {}, StackView.Immediate)
    }
    Connections {
        target: kiosk
        function onPageChanged() { root.showPage(kiosk.page) }
        function onStarted() { root.preparePages() }
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: kiosk.language === "en" ? "en_GB" : "id_ID"
    }
    Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["id_ID", "en_GB"]

    Rectangle {
        id: header
        objectName: "header"
        width: parent.width
        height: 12 * Theme.u
        color: Theme.blue
        BpsMark {
            id: logo
            objectName: "logo"
            x: 2 * Theme.u
            anchors.verticalCenter: parent.verticalCenter
            width: 8.5 * Theme.u
            height: width
            MouseArea {
                // hidden staff door: hold the logo for 3 seconds
                anchors.fill: parent
                pressAndHoldInterval: 3000
                onPressAndHold: kiosk.openStaff()
            }
        }
        Column {
            anchors.left: logo.right
            anchors.leftMargin: 2 * Theme.u
            anchors.right: langSwitch.left
            anchors.verticalCenter: parent.verticalCenter
            Text { width: parent.width; text: kiosk.officeName; color: "white"; font.bold: true
                   font.pixelSize: 3.2 * Theme.u; elide: Text.ElideRight }
            Text { width: parent.width; text: kiosk.officeUnit; color: Theme.onBlue
                   font.pixelSize: 2.2 * Theme.u; elide: Text.ElideRight }
        }
        Row {
            id: langSwitch
            anchors.right: parent.right
            anchors.rightMargin: 2 * Theme.u
            anchors.verticalCenter: parent.verticalCenter
            spacing: 0.8 * Theme.u
            Repeater {
                model: [{code: "id", label: "Indonesia"}, {code: "en", label: "English"}]
                Rectangle {
                    objectName: "lang_" + modelData.code
                    width: 17 * Theme.u
                    height: 7.5 * Theme.u
                    radius: Theme.radius
                    color: kiosk.language === modelData.code ? "white" : (langArea.pressed ? Theme.blueDark : "transparent")
                    border.color: "white"
                    border.width: Math.max(2, 0.25 * Theme.u)
                    Text { anchors.centerIn: parent; text: modelData.label; font.pixelSize: 2.3 * Theme.u
                           font.bold: true; color: kiosk.language === modelData.code ? Theme.blue : "white" }
                    MouseArea { id: langArea; anchors.fill: parent; onClicked: kiosk.setLanguage(modelData.code) }
                }
            }
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.active ? keyboard.top : footer.top
        initialItem: root.pageComponent("welcome")
    }

    Rectangle {
        id: footer
        objectName: "footer"
        anchors.bottom: parent.bottom
        width: parent.width
        height: footerText.implicitHeight + 2.4 * Theme.u
        color: Theme.blueDark
        Text {
            id: footerText
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: "white"
            font.pixelSize: 1.8 * Theme.u
            text: qsTr("TIDAK DIPUNGUT BIAYA") + "  ·  " + qsTr("Saran & pengaduan: kotak saran di ruang PST · pengaduan.bps.go.id · bps8200@bps.go.id · SMS/WA 081370208715")
        }
    }

    Rectangle {
        // an error of the kiosk's background work, in words for the visitor (it is in the
        // kiosk's log too); above everything, so staff see a failed save in their panel
        objectName: "notice"
        visible: kiosk.notice !== ""
        z: 110
        anchors.bottom: footer.top
        width: parent.width
        height: noticeText.implicitHeight + 2 * Theme.u
        color: Theme.amber
        Text {
            id: noticeText
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: "white"
            font.pixelSize: Theme.body
            font.bold: true
            text: "⚠ " + kiosk.notice
        }
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        z: 50
        width: root.landscape ? root.width * 0.7 : root.width
        x: (root.width - width) / 2
        y: active ? root.height - height : root.height
    }

    Loader {
        // made when staff open it, gone when they close it (it starts locked and empty)
        id: staffPanel
        anchors.fill: parent
        z: 100
        active: kiosk.staffOpen
        source: "StaffPanel.qml"
    }
}
