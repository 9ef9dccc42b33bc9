import QtQuick
import QtQuick.Controls
import "../common"

// A text field typed on Qt Virtual Keyboard, large enough for a finger.
TextField {
    id: input
    property bool invalid: false
    width: parent ? parent.width : 40 * Theme.u
    height: 8 * Theme.u
    font.pixelSize: Theme.body
    leftPadding: 2 * Theme.u
    color: Theme.text
    placeholderTextColor: Theme.placeholder
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: input.activeFocus ? Math.max(3, 0.4 * Theme.u) : Math.max(2, 0.2 * Theme.u)
        border.color: input.invalid ? Theme.red : (input.activeFocus ? Theme.blue : Theme.border)
    }
}
