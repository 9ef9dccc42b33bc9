import QtQuick
import QtQuick.Controls

// A text field typed on Qt Virtual Keyboard, large enough for a finger.
TextField {
    id: input
    property bool invalid: false
    width: parent ? parent.width : 40 * theme.u
    height: 8 * theme.u
    font.pixelSize: theme.body
    leftPadding: 2 * theme.u
    color: theme.text
    placeholderTextColor: "#9aa7b4"
    background: Rectangle {
        radius: theme.radius
        color: theme.surface
        border.width: input.activeFocus ? Math.max(3, 0.4 * theme.u) : Math.max(2, 0.2 * theme.u)
        border.color: input.invalid ? theme.red : (input.activeFocus ? theme.blue : "#b8c4d0")
    }
}
