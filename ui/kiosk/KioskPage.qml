import QtQuick
import "../common"

// A page of the visitor's journey: its name (what the StackView and the backend call it)
// and its margins, the same on every page: content from `margin` to `margin + contentWidth`.
Item {
    property string pageName: ""
    readonly property real margin: Theme.margin
    readonly property real contentWidth: width - 2 * margin
}
