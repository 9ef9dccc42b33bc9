<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="144"/>
        <source>Basis data: terhubung</source>
        <translation>Database: connected</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="146"/>
        <source>Basis data: TERPUTUS — mencoba lagi…</source>
        <translation>Database: DISCONNECTED — retrying…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="151"/>
        <source>PST Kiosk — Meja Petugas</source>
        <translation>PST Kiosk — Staff Desk</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="153"/>
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="154"/>
        <source> (terkunci)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="156"/>
        <source>Petugas: %1 (%2) · Loket %3</source>
        <translation>Staff: %1 (%2) · Counter %3</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="163"/>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="103" />
        <source>Layanan Online</source>
        <translation>Online Desk</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="96"/>
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="100"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="42"/>
        <source>Panggil</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="42"/>
        <source>Panggil nomor berikutnya</source>
        <translation>Call the next number</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="43"/>
        <source>Ulang</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="43"/>
        <source>Panggil ulang (umumkan lagi)</source>
        <translation>Recall (announce again)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="44"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="44"/>
        <source>Pengunjung datang: mulai layani</source>
        <translation>The visitor came: start serving</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="45"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="45"/>
        <source>Selesai dilayani; catatan menjadi final</source>
        <translation>Finished; the note becomes final</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="46"/>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="46"/>
        <source>Lewati: pengunjung tidak datang</source>
        <translation>Skip: the visitor did not come</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="47"/>
        <source>Alihkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="47"/>
        <source>Alihkan ke layanan atau loket lain</source>
        <translation>Transfer to another service or counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="48"/>
        <source>Antre ulang</source>
        <translation>Re-queue</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="49"/>
        <source>Kembalikan pengunjung yang dilewati (pilih di tab Tidak hadir)</source>
        <translation>Bring back a skipped visitor (choose in the No-show tab)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="50"/>
        <source>Panggil pilihan</source>
        <translation>Call selected</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="51"/>
        <source>Panggil nomor yang dipilih di antrean (atau klik ganda)</source>
        <translation>Call the number selected in the queue (or double-click)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="52"/>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="52"/>
        <source>Kunci layar</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="53"/>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk_actions.py" line="53"/>
        <source>Keluar dari akun</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="198"/>
        <source>Tidak ada yang menunggu.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="258"/>
        <source>%1 dialihkan: %2</source>
        <translation>%1 transferred: %2</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="274"/>
        <source>%1 kembali ke antrean.</source>
        <translation>%1 is back in the queue.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="278"/>
        <source>Tiket tindak lanjut %1 dibuat.</source>
        <translation>Follow-up ticket %1 issued.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="324"/>
        <source>Loket %1 tidak ada dalam konfigurasi.</source>
        <translation>Counter %1 is not configured.</translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="60"/>
        <source>Dilayani: %1</source>
        <translation>Served: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="61"/>
        <source>Menunggu: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="62"/>
        <source>Tidak hadir: %1</source>
        <translation>No-show: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="63"/>
        <source>Rata-rata menunggu: %1</source>
        <translation>Average time waited: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="66"/>
        <source>Tunggu standar ≤10 menit: %1</source>
        <translation>Standard wait ≤10 min: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="69"/>
        <source>Layanan ≤10 menit: %1</source>
        <translation>Service ≤10 min: %1</translation>
    </message>
</context>
<context>
    <name>NotesForm</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="48"/>
        <source>Catatan konsultasi</source>
        <translation>Consultation notes</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="59"/>
        <source>— pilih topik —</source>
        <translation>— choose topic —</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="63"/>
        <source>mis. jumlah penduduk per kecamatan 2024</source>
        <translation>e.g. population per district 2024</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="65"/>
        <source>mis. tabel BRS, publikasi Dalam Angka</source>
        <translation>e.g. BRS table, &apos;In Figures&apos; publication</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="67"/>
        <source>— pilih hasil —</source>
        <translation>— choose outcome —</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="71"/>
        <source>Catatan bebas</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="73"/>
        <source>Buat tiket tindak lanjut</source>
        <translation>Issue follow-up ticket</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="84"/>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="85"/>
        <source>Data yang diminta</source>
        <translation>Data asked for</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="86"/>
        <source>Yang diberikan</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="87"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="91"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="95"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="137"/>
        <source>Panggil pengunjung untuk mencatat.</source>
        <translation>Call a visitor to take notes.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="157"/>
        <source>Draf dipulihkan.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="179"/>
        <source>Belum tersimpan…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="218"/>
        <source>Draf tersimpan %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="270"/>
        <source>Tiket tindak lanjut: %1</source>
        <translation>Follow-up ticket: %1</translation>
    </message>
</context>
<context>
    <name>PrinterAlerts</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/alerts.py" line="70"/>
        <source>Cetak ulang %1</source>
        <translation>Reprint %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/queue_panel.py" line="68"/>
        <source>Sejak dilewati</source>
        <translation>Since skipped</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/queue_panel.py" line="98"/>
        <source>Menunggu (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/queue_panel.py" line="99"/>
        <source>Tidak hadir (%1)</source>
        <translation>No-show (%1)</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="70"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="71"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="72"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="73"/>
        <source>Ambil</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="74"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="109"/>
        <source>Dialihkan ke loket %1</source>
        <translation>Transferred to counter %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="190"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="200"/>
        <source>Pilih loket.</source>
        <translation>Choose a counter.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="240"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="241"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="242"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="243"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="244"/>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="245"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="249"/>
        <source>Ganti petugas</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="251"/>
        <source>Buat akun admin pertama</source>
        <translation>Create the first admin account</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="254"/>
        <source>Belum ada akun petugas di basis data ini. Akun pertama menjadi admin; petugas lain ditambahkan kemudian dengan &apos;pst-kiosk staff add&apos;.</source>
        <translation>There is no staff account in this database yet. The first account becomes an admin; add other staff later with &apos;pst-kiosk staff add&apos;.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="258"/>
        <source>Buat akun dan masuk</source>
        <translation>Create account and sign in</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="260"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="262"/>
        <source>%1 — masukkan kata sandi untuk melanjutkan.</source>
        <translation>%1 — enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="266"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="268"/>
        <source>Meja Petugas PST</source>
        <translation>PST Staff Desk</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="269"/>
        <source>Masuk dengan akun petugas dan pilih loket.</source>
        <translation>Sign in with a staff account and choose the counter.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="270"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="52"/>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="65"/>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="78"/>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="53"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="54"/>
        <source>Tiket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="56"/>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="63"/>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="57"/>
        <source>Dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="58"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="64"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="66"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="67"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="73"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="81"/>
        <source>Petugas bertugas</source>
        <translation>Staff on duty</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="88"/>
        <source>Semua antrean</source>
        <translation>All queues</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="119"/>
        <source>kosong</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="134"/>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="134"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="33"/>
        <source>Alihkan %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="34"/>
        <source>Ke layanan lain</source>
        <translation>To another service</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="35"/>
        <source>Ke loket lain</source>
        <translation>To another counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="61"/>
        <source>Tiket %1 dialihkan ke:</source>
        <translation>Transfer ticket %1 to:</translation>
    </message>
</context>
<context>
    <name>VisitorPanel</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="50"/>
        <source>Waktu tunggu</source>
        <translation>Wait time</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="51"/>
        <source>Waktu layanan</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="52"/>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="195"/>
        <source>Antrean terdepan</source>
        <translation>Head of queue</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="65"/>
        <source>Buku tamu</source>
        <translation>Guest book</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="69"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="70"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="71"/>
        <source>Pekerjaan / pendidikan</source>
        <translation>Occupation / education</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="72"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="73"/>
        <source>Data yang dicari</source>
        <translation>Data sought</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="74"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="75"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="84"/>
        <source>Kunjungan sebelumnya</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="103"/>
        <source>Tidak ada pengunjung di loket. Tekan F2 untuk memanggil berikutnya.</source>
        <translation>No visitor at the counter. Press F2 to call the next.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="109"/>
        <source> · prioritas</source>
        <translation> · priority</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="121"/>
        <source>Dipanggil — menunggu pengunjung datang</source>
        <translation>Called — waiting for the visitor to come</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="123"/>
        <source> (panggilan ke-%1)</source>
        <translation> (call no. %1)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="126"/>
        <source>Sedang dilayani</source>
        <translation>Being served</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="148"/>
        <source>(tidak mengisi buku tamu)</source>
        <translation>(no guest-book entry)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="151"/>
        <source>(data pribadi sudah dihapus)</source>
        <translation>(personal data removed)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="170"/>
        <source>Kunjungan pertama.</source>
        <translation>First visit.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="172"/>
        <source>diminta</source>
        <translation>asked</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="172"/>
        <source>diberikan</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="172"/>
        <source>hasil</source>
        <translation>outcome</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/messages.py" line="19"/>
        <source>Terjadi kesalahan yang tidak terduga: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="165" />
        <source>Jadwalkan konsultasi lanjutan</source>
        <translation>Schedule a follow-up consultation</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="182" />
        <source>Cara</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="183" />
        <source>Tanggal dan jam (WIT)</source>
        <translation>Date and time (WIT)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="184" />
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="185" />
        <source>Tautan rapat</source>
        <translation>Meeting link</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="151" />
        <source>Tutup permintaan</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="156" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="157" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="100" />
        <source>Hari tutup kantor</source>
        <translation>Office closures</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="103" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="103" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="110" />
        <source>mis. gangguan listrik, rapat kerja</source>
        <translation>e.g. power cut, staff meeting</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="111" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="112" />
        <source>Hapus yang dipilih</source>
        <translation>Remove the selected one</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="121" />
        <source>Di luar hari libur nasional dan cuti bersama. Batas jawab permintaan yang terkena ikut bergeser.</source>
        <translation>Beyond national holidays and collective leave. The due time of the requests it falls in moves with it.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="120" />
        <source>Permintaan jelas dan lengkap</source>
        <translation>Request clear and complete</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="123" />
        <source>kosongkan bila sejak awal lengkap</source>
        <translation>leave empty if complete from the start</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="124" />
        <source>Kekurangan dilengkapi pada</source>
        <translation>What was missing came on</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="129" />
        <source>Pemohon menyetujui pemrosesan data pribadinya</source>
        <translation>The requester consents to the processing of their personal data</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="134" />
        <source>Batas jawab dihitung mulai sekarang: pukul tutup kantor pada hari kerja ketiga setelah hari ini.</source>
        <translation>The answer is due from now: by closing time on the third working day after today.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="136" />
        <source>Yang tadinya kurang</source>
        <translation>What was missing</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="139" />
        <source>Bidang statistik</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="66" />
        <source>Tulis jawaban atau pesan…</source>
        <translation>Write the answer or a message…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="83" />
        <source>Lewat</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="97" />
        <source>Kirim jawaban</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="97" />
        <source>Kirim pesan</source>
        <translation>Send message</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="98" />
        <source>Tandai lengkap</source>
        <translation>Mark complete</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="99" />
        <source>Catat pesan pemohon</source>
        <translation>Record requester's message</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="100" />
        <source>Buka WhatsApp</source>
        <translation>Open WhatsApp</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="100" />
        <source>Jadwalkan janji</source>
        <translation>Book appointment</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="101" />
        <source>Tutup…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="101" />
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="108" />
        <source>Pilih permintaan di daftar</source>
        <translation>Choose a request in the list</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="129" />
        <source>Persetujuan data pribadi belum dicatat</source>
        <translation>Consent to personal data processing not recorded yet</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="131" />
        <source>Tadinya kurang: %1</source>
        <translation>Was missing: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="132" />
        <source>Data diminta: %1</source>
        <translation>Data asked for: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="135" />
        <source>batas %1 WIT</source>
        <translation>due %1 WIT</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="149" />
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="151" />
        <source> · jawaban</source>
        <translation> · answer</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="152" />
        <source> · balasan otomatis</source>
        <translation> · automatic reply</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="153" />
        <source> · menunggu dikirim</source>
        <translation> · waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="154" />
        <source> · sedang dikirim</source>
        <translation> · sending</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="155" />
        <source> · GAGAL dikirim: %1</source>
        <translation> · NOT sent: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="156" />
        <source> · terkirim</source>
        <translation> · sent</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/detail.py" line="167" />
        <source>Janji %1 · %2 · kode %3 · %4</source>
        <translation>Appointment %1 · %2 · code %3 · %4</translation>
    </message>
</context>
<context>
    <name>OnlineTab</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="107" />
        <source>Cari nomor, nama, email, WA… (Ctrl+F)</source>
        <translation>Search number, name, email, WA… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="109" />
        <source>Permintaan baru (Ctrl+N)</source>
        <translation>New request (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="126" />
        <source>Janji hari ini</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="192" />
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="192" />
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="193" />
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="194" />
        <source>Menunggu pemohon</source>
        <translation>Waiting for requester</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="194" />
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/tab.py" line="212" />
        <source>Tidak ada janji hari ini.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/actions.py" line="37" />
        <source>%1 dicatat.</source>
        <translation>%1 recorded.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/actions.py" line="113" />
        <source>Dicatat. Kirim teksnya lewat WhatsApp kantor (Buka WhatsApp).</source>
        <translation>Recorded. Send the text from the office's WhatsApp (Open WhatsApp).</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/actions.py" line="133" />
        <source>Email belum terkirim: %1</source>
        <translation>Email not sent yet: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/actions.py" line="136" />
        <source>Email terkirim.</source>
        <translation>Email sent.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/actions.py" line="175" />
        <source>Janji dijadwalkan. Kode janji: %1 (berlaku pada hari janji).</source>
        <translation>Appointment booked. Booking code: %1 (valid on the day of the appointment).</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/actions.py" line="178" />
        <source>Konsultasi lanjutan Anda: %1 WIT. Di kios PST pilih "Saya punya janji" lalu masukkan kode %2.</source>
        <translation>Your follow-up consultation: %1 WIT. At the PST kiosk choose "I have an appointment" and enter the code %2.</translation>
    </message>
</context>
<context>
    <name>OnlineTableModel</name>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="45" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="47" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="45" />
        <source>Pemohon</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="46" />
        <source>Permintaan</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="46" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="45" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="46" />
        <source>Percakapan</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="47" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/online_table.py" line="87" />
        <source>Batas jawab: %1 WIT</source>
        <translation>Answer due: %1 WIT</translation>
    </message>
</context>
<context>
    <name>OnlineTexts</name>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="35" />
        <source>TERLAMBAT sejak %1</source>
        <translation>OVERDUE since %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="37" />
        <source>TERLAMBAT %1 hari kerja</source>
        <translation>OVERDUE by %1 working day(s)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="39" />
        <source>Hari ini s.d. %1</source>
        <translation>Today until %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="40" />
        <source>Sisa %1 hari kerja</source>
        <translation>%1 working day(s) left</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="49" />
        <source>Jam belum mulai</source>
        <translation>Clock not started</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="51" />
        <source>Dijawab terlambat</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="52" />
        <source>Dijawab tepat waktu</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="56" />
        <source>Pesan baru dari pemohon</source>
        <translation>New message from requester</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/online_texts.py" line="59" />
        <source>Menunggu pemohon (%1 hari)</source>
        <translation>Waiting for requester (%1 days)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="64" />
        <source>Permintaan baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="75" />
        <source>— pilih bidang —</source>
        <translation>— choose a subject —</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="82" />
        <source>Tempel pesan pemohon apa adanya (WhatsApp) atau ringkasan telepon</source>
        <translation>Paste the requester's message as it is (WhatsApp) or a summary of the call</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="85" />
        <source>Pemohon menyetujui pemrosesan data pribadinya (UU 27/2022)</source>
        <translation>The requester consents to the processing of their personal data (Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="88" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="88" />
        <source>Nama pemohon</source>
        <translation>Requester's name</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="89" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="89" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="90" />
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="91" />
        <source>No. transaksi pst.bps.go.id</source>
        <translation>pst.bps.go.id transaction no.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="92" />
        <source>Bidang statistik</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="92" />
        <source>Judul singkat</source>
        <translation>Short title</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="94" />
        <source>Data yang diminta</source>
        <translation>Data asked for</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/dialogs.py" line="94" />
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SupervisorStrip</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="47" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="47" />
        <source>Pemohon</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="47" />
        <source>Batas</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="47" />
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="53" />
        <source>Hari tutup kantor…</source>
        <translation>Office closures…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="61" />
        <source>Terlambat (supervisor)</source>
        <translation>Overdue (supervisor)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/online/supervision.py" line="71" />
        <source>Terbuka %1 · belum lengkap %2 · jatuh tempo hari ini %3 · TERLAMBAT %4 · menunggu pemohon %5 · pesan baru %6 · ditutup hari ini %7 (tanpa tanggapan %8)</source>
        <translation>Open %1 · not complete %2 · due today %3 · OVERDUE %4 · waiting for requester %5 · new messages %6 · closed today %7 (no response %8)</translation>
    </message>
</context>
</TS>
