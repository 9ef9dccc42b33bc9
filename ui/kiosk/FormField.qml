import QtQuick
import QtQuick.Controls

// A labelled field: required mark, the editor below, and its error in plain words under it.
Column {
    id: field
    property string label: ""
    property string hint: ""
    property bool required: false
    property string error: ""
    default property alias editor: holder.data
    spacing: 0.5 * theme.u

    Text {
        width: parent.width
        textFormat: Text.StyledText
        text: field.label + (field.required ? " <font color='" + theme.red + "'>*</font>" : "")
        font.pixelSize: theme.body
        font.bold: true
        color: theme.text
        wrapMode: Text.Wrap
    }
    Text {
        width: parent.width
        visible: field.hint !== ""
        text: field.hint
        font.pixelSize: theme.small
        color: theme.muted
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
        font.pixelSize: theme.small
        font.bold: true
        color: theme.red
        wrapMode: Text.Wrap
    }
}
