import QtQuick
import QtMultimedia
import "../common"

// Optional photo (off by default). Loaded only when enabled, so QtMultimedia costs nothing
// otherwise; without a camera it says so plainly and the visitor goes on without a photo.
Column {
    id: panel
    width: parent ? parent.width : 0
    spacing: Theme.u
    readonly property bool hasCamera: devices.videoInputs.length > 0
    MediaDevices { id: devices }
    Text { text: qsTr("Foto (tidak wajib)"); font.pixelSize: Theme.body; font.bold: true; color: Theme.text }
    Text {
        objectName: "cameraMissing"
        visible: !panel.hasCamera
        width: parent.width
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
        color: Theme.muted
        text: qsTr("Kamera tidak ditemukan pada kios ini. Foto dilewati; Anda tetap mendapat nomor antrean.")
    }
    Loader {
        active: panel.hasCamera
        width: parent.width
        sourceComponent: Column {
            spacing: Theme.u
            CaptureSession {
                id: session
                camera: Camera { active: true }
                imageCapture: ImageCapture { id: capture }
                videoOutput: preview
            }
            VideoOutput { id: preview; width: 40 * Theme.u; height: 30 * Theme.u }
            KioskButton { text: capture.preview ? qsTr("Ulangi foto") : qsTr("Ambil foto"); primary: false
                          onClicked: capture.capture() }
        }
    }
}
