import QtQuick
import "../common"

// Digits for ID numbers and PINs: big keys, no keyboard to hunt through.
Grid {
    id: pad
    property string value: ""
    property int maxLength: 16
    property string namePrefix: "key"
    property real keySize: 11 * Theme.u
    columns: 3
    spacing: Theme.u
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]
        KioskButton {
            objectName: pad.namePrefix + (modelData === "⌫" ? "Back" : modelData === "C" ? "Clear" : modelData)
            width: pad.keySize * 1.5
            height: pad.keySize * 0.8
            text: modelData
            fontSize: Theme.heading
            primary: modelData !== "⌫" && modelData !== "C"
            onClicked: {
                if (modelData === "⌫") pad.value = pad.value.slice(0, -1)
                else if (modelData === "C") pad.value = ""
                else if (pad.value.length < pad.maxLength) pad.value += modelData
            }
        }
    }
}
