<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="19"/>
        <source>Persetujuan pemrosesan data pribadi</source>
        <translation>Consent to personal data processing</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="79"/>
        <source>Saya telah membaca dan menyetujui pemrosesan data pribadi saya.</source>
        <translation>I have read and agree to the processing of my personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="90"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="93"/>
        <source>Tidak setuju</source>
        <translation>Do not agree</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="96"/>
        <source>Setuju dan lanjut</source>
        <translation>Agree and continue</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="112"/>
        <source>Nomor antrean tidak dapat diberikan</source>
        <translation>No ticket can be given</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="117"/>
        <source>Data yang Anda isi sudah dihapus dari kios.</source>
        <translation>What you entered has been erased from the kiosk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ConsentPage.qml" line="120"/>
        <source>Kembali ke awal</source>
        <translation>Back to start</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="45"/>
        <source>Buku tamu</source>
        <translation>Guest book</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="61"/>
        <source>Selamat datang kembali, %1! Data dari kunjungan terakhir sudah diisi. Periksa, ubah bila perlu, lalu tekan Lanjut.</source>
        <translation>Welcome back, %1! Your details from the last visit are filled in. Check them, change what is needed, then tap Next.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="70"/>
        <source>Isian bertanda %1 wajib diisi.</source>
        <translation>Fields marked %1 are required.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="73"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="83"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="90"/>
        <source>Tahun lahir</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="93"/>
        <source>misalnya 1990</source>
        <translation>e.g. 1990</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="99"/>
        <source>Pendidikan tertinggi</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="106"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="113"/>
        <source>Nama instansi/lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="116"/>
        <source>misalnya Universitas Khairun</source>
        <translation>e.g. Khairun University</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="120"/>
        <source>Jenis instansi</source>
        <translation>Type of institution</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="130"/>
        <source>Nomor telepon/WhatsApp</source>
        <translation>Phone/WhatsApp number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="138"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="141"/>
        <source>nama@contoh.id</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="148"/>
        <source>Keperluan kunjungan</source>
        <translation>Purpose of visit</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="151"/>
        <source>misalnya konsultasi data kemiskinan</source>
        <translation>e.g. consultation on poverty data</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="156"/>
        <source>Data yang dibutuhkan</source>
        <translation>Data needed</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="159"/>
        <source>misalnya jumlah penduduk per kecamatan 2025</source>
        <translation>e.g. population by district 2025</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/GuestPage.qml" line="176"/>
        <source>Periksa %1 isian yang ditandai merah.</source>
        <translation>Check the %1 field(s) marked in red.</translation>
    </message>
</context>
<context>
    <name>IdPage</name>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="19"/>
        <source>Tunjukkan identitas Anda</source>
        <translation>Your identity card</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="20"/>
        <source>Jenis identitas</source>
        <translation>Type of identity card</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="35" />
        <source>Ketik NIK (16 angka) yang tertera pada KTP Anda.</source>
        <translation>Type the NIK (16 digits) shown on your KTP.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="37"/>
        <source>Ketik nomor SIM (12–14 angka).</source>
        <translation>Type your driving licence (SIM) number (12–14 digits).</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="38"/>
        <source>Ketik nomor paspor, misalnya A1234567.</source>
        <translation>Type your passport number, e.g. A1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="39"/>
        <source>Ketik nomor kartu identitas Anda.</source>
        <translation>Type the number of your identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="64"/>
        <source>Nomor identitas</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdPage.qml" line="89"/>
        <source>Nomor identitas tidak disimpan: hanya sandi tak terbalikkan dan 4 angka terakhirnya.</source>
        <translation>Your ID number is not stored: only an irreversible code and its last 4 digits.</translation>
    </message>
</context>
<context>
    <name>KioskButton</name>
    <message>
        <location filename="../../ui/kiosk/KioskButton.qml" line="33"/>
        <source>Memproses…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/kiosk/Main.qml" line="152"/>
        <source>TIDAK DIPUNGUT BIAYA</source>
        <translation>FREE OF CHARGE</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/Main.qml" line="152"/>
        <source>Saran &amp; pengaduan: kotak saran di ruang PST · pengaduan.bps.go.id · bps8200@bps.go.id · SMS/WA 081370208715</source>
        <translation>Suggestions &amp; complaints: box in the PST room · pengaduan.bps.go.id · bps8200@bps.go.id · SMS/WA 081370208715</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../ui/kiosk/NavBar.qml" line="7"/>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/NavBar.qml" line="16"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PageTitle</name>
    <message>
        <location filename="../../ui/kiosk/PageTitle.qml" line="11"/>
        <source>Langkah %1 dari 4</source>
        <translation>Step %1 of 4</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../ui/kiosk/PhotoPanel.qml" line="13"/>
        <source>Foto (tidak wajib)</source>
        <translation>Photo (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/PhotoPanel.qml" line="21"/>
        <source>Kamera tidak ditemukan pada kios ini. Foto dilewati; Anda tetap mendapat nomor antrean.</source>
        <translation>No camera was found on this kiosk. The photo is skipped; you still get a ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/PhotoPanel.qml" line="35"/>
        <source>Ulangi foto</source>
        <translation>Retake photo</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/PhotoPanel.qml" line="35"/>
        <source>Ambil foto</source>
        <translation>Take photo</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/PriorityPage.qml" line="16"/>
        <source>Apakah Anda pengunjung prioritas?</source>
        <translation>Are you a priority visitor?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/PriorityPage.qml" line="22"/>
        <source>Lansia, penyandang disabilitas, ibu hamil, dan pengunjung yang membawa anak kecil dilayani lebih dahulu.</source>
        <translation>The elderly, people with disabilities, pregnant women and visitors with small children are served first.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/PriorityPage.qml" line="69" />
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="20"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="36"/>
        <source>Pengaturan petugas</source>
        <translation>Staff settings</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="42"/>
        <source>Masukkan PIN petugas</source>
        <translation>Enter the staff PIN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="50"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="52"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="61"/>
        <source>Bahasa awal kios</source>
        <translation>Kiosk start language</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="65"/>
        <source>Batas diam sebelum formulir dikosongkan</source>
        <translation>Idle time before the form is cleared</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="71"/>
        <source>%1 detik</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="76"/>
        <source>PIN baru (PIN bawaan masih dipakai: segera ganti)</source>
        <translation>New PIN (the factory PIN is still in use: change it now)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="76"/>
        <source>PIN baru (kosongkan bila tidak diganti)</source>
        <translation>New PIN (leave empty to keep it)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="82"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="86"/>
        <source>Keluar dari layar penuh</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffPanel.qml" line="88"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="44"/>
        <source>Nomor antrean Anda</source>
        <translation>Your ticket number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="51"/>
        <source>Tidak ada orang di depan Anda.</source>
        <translation>Nobody is ahead of you.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="52"/>
        <source>%1 orang di depan Anda · perkiraan tunggu %2 menit</source>
        <translation>%1 people ahead of you · estimated wait %2 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="55"/>
        <source>Antrean prioritas</source>
        <translation>Priority queue</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="58"/>
        <source>Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai.</source>
        <translation>You will be served within 10 minutes after the previous visitor has finished.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="60"/>
        <source>TIDAK DIPUNGUT BIAYA</source>
        <translation>FREE OF CHARGE</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="95"/>
        <source>Tiket sudah dicetak. Silakan ambil tiket Anda.</source>
        <translation>Your ticket is printed. Please take it.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="96"/>
        <source>Printer bermasalah. Tunjukkan layar ini kepada petugas.</source>
        <translation>Printer problem. Show this screen to the officer.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="97"/>
        <source>Sedang mencetak tiket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="103"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketPage.qml" line="104"/>
        <source>Kembali ke awal dalam %1 detik</source>
        <translation>Back to start in %1 seconds</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="104" />
        <source>Saya punya janji</source>
        <translation>I have an appointment</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="108" />
        <source>Konsultasi lanjutan yang sudah dijadwalkan: masukkan kode janji Anda.</source>
        <translation>A follow-up consultation already booked: enter your booking code.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="21"/>
        <source>Selamat datang di Pelayanan Statistik Terpadu</source>
        <translation>Welcome to the Integrated Statistics Service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="30"/>
        <source>Sentuh layanan yang Anda perlukan untuk mengambil nomor antrean.</source>
        <translation>Touch the service you need to take a ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="83"/>
        <source>Tidak ada antrean — langsung dilayani</source>
        <translation>No queue — served right away</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="84"/>
        <source>%1 orang menunggu · perkiraan %2 menit</source>
        <translation>%1 people waiting · about %2 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomePage.qml" line="110"/>
        <source>Anda akan dilayani paling lama 10 menit setelah pengunjung sebelumnya selesai. Layanan ini tidak dipungut biaya.</source>
        <translation>You will be served within 10 minutes after the previous visitor has finished. This service is free of charge.</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <location filename="../../ui/kiosk/AppointmentPage.qml" line="4" />
        <source>Saya punya janji</source>
        <translation>I have an appointment</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AppointmentPage.qml" line="28" />
        <source>Ketik kode janji 6 angka yang dikirim petugas lewat WhatsApp atau email. Data Anda sudah tercatat: tidak perlu mengisi buku tamu.</source>
        <translation>Type the 6-digit booking code the officer sent you by WhatsApp or email. Your details are already on record: no guest book to fill in.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AppointmentPage.qml" line="74" />
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AppointmentPage.qml" line="81" />
        <source>Ambil nomor antrean</source>
        <translation>Get a ticket</translation>
    </message>
</context>
</TS>
