import QtQuick
import "../common"

// One choice out of a few, as big toggle buttons that wrap to the width.
Flow {
    id: row
    property var options: []        // [{code, label}]
    property string value: ""
    property string namePrefix: ""
    property real buttonWidth: 0
    spacing: Theme.u
    Repeater {
        model: row.options
        KioskButton {
            objectName: row.namePrefix + modelData.code
            width: row.buttonWidth > 0 ? row.buttonWidth : implicitWidth
            implicitHeight: 7.5 * Theme.u
            text: modelData.label
            fontSize: Theme.small * 1.1
            primary: row.value === modelData.code
            onClicked: row.value = modelData.code
        }
    }
}
