import QtQuick
import QtQuick.Controls
import "../common"

// The BPS guest book: typed on the virtual keyboard, choices as buttons, errors by the field.
KioskPage {
    id: page
    objectName: "page_guest"
    pageName: "guest"
    readonly property var start: kiosk.form
    readonly property var errors: kiosk.fieldErrors
    readonly property real half: root.landscape ? (body.width - Theme.gap) / 2 : body.width

    function values() {
        return {name: nameField.text, sex: sexRow.value, birth_year: yearField.text,
                education: educationRow.value, occupation: occupationRow.value,
                institution: institutionField.text, institution_type: institutionTypeRow.value,
                phone: phoneField.text, email: emailField.text, purpose: purposeField.text,
                data_needed: dataField.text}
    }
    function required(name) { return kiosk.requiredFields.indexOf(name) >= 0 }
    function reveal(item) {
        const y = item.mapToItem(body, 0, 0).y
        if (y - flick.contentY > flick.height - item.height - 2 * Theme.u || y < flick.contentY)
            flick.contentY = Math.max(0, Math.min(y - 4 * Theme.u, flick.contentHeight - flick.height))
    }

    Flickable {
        id: flick
        objectName: "guestFlick"
        anchors.top: parent.top
        anchors.bottom: summary.visible ? summary.top : nav.top
        anchors.bottomMargin: Theme.u
        width: parent.width
        contentHeight: body.implicitHeight + 2 * page.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            x: page.margin
            y: page.margin
            width: page.contentWidth
            spacing: Theme.gap
            PageTitle { title: qsTr("Buku tamu"); step: 2 }
            Rectangle {
                objectName: "welcomeBack"
                visible: kiosk.returning
                width: parent.width
                height: back.implicitHeight + 2 * Theme.u
                radius: Theme.radius
                color: Theme.greenPale
                border.color: Theme.green
                Text {
                    id: back
                    anchors.centerIn: parent
                    width: parent.width - 3 * Theme.u
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    color: Theme.text
                    text: qsTr("Selamat datang kembali, %1! Data dari kunjungan terakhir sudah diisi. Periksa, ubah bila perlu, lalu tekan Lanjut.").arg(kiosk.visitorName)
                }
            }
            Text {
                width: parent.width
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.muted
                textFormat: Text.StyledText
                text: qsTr("Isian bertanda %1 wajib diisi.").arg("<font color='" + Theme.red + "'>*</font>")
            }
            FormField {
                width: parent.width; label: qsTr("Nama lengkap"); required: page.required("name")
                error: page.errors.name || ""
                KioskTextField { id: nameField; objectName: "field_name"; text: page.start.name || ""
                                 invalid: parent.parent.error !== ""
                                 onActiveFocusChanged: if (activeFocus) page.reveal(this) }
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                FormField {
                    width: page.half; label: qsTr("Jenis kelamin"); required: page.required("sex")
                    error: page.errors.sex || ""
                    ChoiceRow { id: sexRow; width: parent.width; namePrefix: "sex_"
                                buttonWidth: (width - spacing) / 2
                                options: kioskLabels.choices.sex; value: page.start.sex || "" }
                }
                FormField {
                    width: page.half; label: qsTr("Tahun lahir"); required: page.required("birth_year")
                    error: page.errors.birth_year || ""
                    KioskTextField { id: yearField; objectName: "field_birth_year"; text: page.start.birth_year || ""
                                     placeholderText: qsTr("misalnya 1990"); maximumLength: 4
                                     inputMethodHints: Qt.ImhDigitsOnly; invalid: parent.parent.error !== ""
                                     onActiveFocusChanged: if (activeFocus) page.reveal(this) }
                }
            }
            FormField {
                width: parent.width; label: qsTr("Pendidikan tertinggi"); required: page.required("education")
                error: page.errors.education || ""
                ChoiceRow { id: educationRow; width: parent.width; namePrefix: "education_"
                            buttonWidth: root.landscape ? (width - 6 * spacing) / 7 : (width - 3 * spacing) / 4
                            options: kioskLabels.choices.education; value: page.start.education || "" }
            }
            FormField {
                width: parent.width; label: qsTr("Pekerjaan"); required: page.required("occupation")
                error: page.errors.occupation || ""
                ChoiceRow { id: occupationRow; width: parent.width; namePrefix: "occupation_"
                            buttonWidth: root.landscape ? (width - 3 * spacing) / 4 : (width - 2 * spacing) / 3
                            options: kioskLabels.choices.occupation; value: page.start.occupation || "" }
            }
            FormField {
                width: parent.width; label: qsTr("Nama instansi/lembaga"); required: page.required("institution")
                error: page.errors.institution || ""
                KioskTextField { id: institutionField; objectName: "field_institution"; text: page.start.institution || ""
                                 placeholderText: qsTr("misalnya Universitas Khairun")
                                 onActiveFocusChanged: if (activeFocus) page.reveal(this) }
            }
            FormField {
                width: parent.width; label: qsTr("Jenis instansi"); required: page.required("institution_type")
                error: page.errors.institution_type || ""
                ChoiceRow { id: institutionTypeRow; width: parent.width; namePrefix: "institution_type_"
                            buttonWidth: root.landscape ? (width - 4 * spacing) / 5 : (width - 2 * spacing) / 3
                            options: kioskLabels.choices.institution_type; value: page.start.institution_type || "" }
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                FormField {
                    width: page.half; label: qsTr("Nomor telepon/WhatsApp"); required: page.required("phone")
                    error: page.errors.phone || ""
                    KioskTextField { id: phoneField; objectName: "field_phone"; text: page.start.phone || ""
                                     placeholderText: "08…"; inputMethodHints: Qt.ImhDialableCharactersOnly
                                     invalid: parent.parent.error !== ""
                                     onActiveFocusChanged: if (activeFocus) page.reveal(this) }
                }
                FormField {
                    width: page.half; label: qsTr("Email"); required: page.required("email")
                    error: page.errors.email || ""
                    KioskTextField { id: emailField; objectName: "field_email"; text: page.start.email || ""
                                     placeholderText: qsTr("nama@contoh.id")
                                     inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                                     invalid: parent.parent.error !== ""
                                     onActiveFocusChanged: if (activeFocus) page.reveal(this) }
                }
            }
            FormField {
                width: parent.width; label: qsTr("Keperluan kunjungan"); required: page.required("purpose")
                error: page.errors.purpose || ""
                KioskTextField { id: purposeField; objectName: "field_purpose"; text: page.start.purpose || ""
                                 placeholderText: qsTr("misalnya konsultasi data kemiskinan")
                                 invalid: parent.parent.error !== ""
                                 onActiveFocusChanged: if (activeFocus) page.reveal(this) }
            }
            FormField {
                width: parent.width; label: qsTr("Data yang dibutuhkan"); required: page.required("data_needed")
                error: page.errors.data_needed || ""
                KioskTextField { id: dataField; objectName: "field_data_needed"; text: page.start.data_needed || ""
                                 placeholderText: qsTr("misalnya jumlah penduduk per kecamatan 2025")
                                 onActiveFocusChanged: if (activeFocus) page.reveal(this) }
            }
            Loader {
                width: parent.width
                active: kiosk.photoEnabled
                source: "PhotoPanel.qml"
            }
        }
    }
    Text {
        id: summary
        objectName: "guestErrorSummary"
        anchors.bottom: nav.top
        anchors.bottomMargin: 0.5 * Theme.u
        anchors.horizontalCenter: parent.horizontalCenter
        visible: Object.keys(page.errors).length > 0
        text: "⚠ " + qsTr("Periksa %1 isian yang ditandai merah.").arg(Object.keys(page.errors).length)
        font.pixelSize: Theme.small
        font.bold: true
        color: Theme.red
    }
    NavBar {
        id: nav
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * Theme.u
        x: page.margin
        width: page.contentWidth
        nextName: "guestNext"
        onNext: { Qt.inputMethod.hide(); kiosk.submitGuest(page.values()) }
    }
}
