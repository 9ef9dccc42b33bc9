import QtQuick
import QtQuick.Controls
import "../common"

// A labelled field: required mark, the editor below, and its error in plain words under it.
Column {
    id: field
    property string label: ""
    property string hint: ""
    property bool required: false
    property string error: ""
    default property alias editor: holder.data
    spacing: 0.5 * Theme.u

    Text {
        width: parent.width
        textFormat: Text.StyledText
        text: field.label + (field.required ? " <font color='" + Theme.red + "'>*</font>" : "")
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Text {
        width: parent.width
        visible: field.hint !== ""
        text: field.hint
        font.pixelSize: Theme.small
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Item {
        id: holder
        width: parent.width
        height: childrenRect.height
    }
    Text {
        width: parent.width
        visible: field.error !== ""
        text: "⚠ " + field.error
        font.pixelSize: Theme.small
        font.bold: true
        color: Theme.red
        wrapMode: Text.Wrap
    }
}
