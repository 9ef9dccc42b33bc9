<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="132" />
        <source>Basis data: terhubung</source>
        <translation>Database: connected</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="134" />
        <source>Basis data: TERPUTUS — mencoba lagi…</source>
        <translation>Database: DISCONNECTED — retrying…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="139" />
        <source>PST Kiosk — Meja Petugas</source>
        <translation>PST Kiosk — Staff Desk</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="141" />
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="142" />
        <source> (terkunci)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="144" />
        <source>Petugas: %1 (%2) · Loket %3</source>
        <translation>Staff: %1 (%2) · Counter %3</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/window.py" line="151" />
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="105" />
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="109" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="149" />
        <source>Panggil</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="149" />
        <source>Panggil nomor berikutnya</source>
        <translation>Call the next number</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="150" />
        <source>Ulang</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="150" />
        <source>Panggil ulang (umumkan lagi)</source>
        <translation>Recall (announce again)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="151" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="151" />
        <source>Pengunjung datang: mulai layani</source>
        <translation>The visitor came: start serving</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="154" />
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="155" />
        <source>Selesai dilayani; catatan menjadi final</source>
        <translation>Finished; the note becomes final</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="158" />
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="158" />
        <source>Lewati: pengunjung tidak datang</source>
        <translation>Skip: the visitor did not come</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="161" />
        <source>Alihkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="162" />
        <source>Alihkan ke layanan atau loket lain</source>
        <translation>Transfer to another service or counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="167" />
        <source>Antre ulang</source>
        <translation>Re-queue</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="168" />
        <source>Kembalikan pengunjung yang dilewati (pilih di tab Tidak hadir)</source>
        <translation>Bring back a skipped visitor (choose in the No-show tab)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="173" />
        <source>Panggil pilihan</source>
        <translation>Call selected</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="174" />
        <source>Panggil nomor yang dipilih di antrean (atau klik ganda)</source>
        <translation>Call the number selected in the queue (or double-click)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="177" />
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="177" />
        <source>Kunci layar</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="180" />
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="181" />
        <source>Keluar dari akun</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="275" />
        <source>Tidak ada yang menunggu.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="338" />
        <source>%1 dialihkan: %2</source>
        <translation>%1 transferred: %2</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="355" />
        <source>%1 kembali ke antrean.</source>
        <translation>%1 is back in the queue.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="361" />
        <source>Tiket tindak lanjut %1 dibuat.</source>
        <translation>Follow-up ticket %1 issued.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/desk.py" line="407" />
        <source>Loket %1 tidak ada dalam konfigurasi.</source>
        <translation>Counter %1 is not configured.</translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="53" />
        <source>Dilayani: %1</source>
        <translation>Served: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="54" />
        <source>Menunggu: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="55" />
        <source>Tidak hadir: %1</source>
        <translation>No-show: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="56" />
        <source>Rata-rata tunggu: %1</source>
        <translation>Average wait: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="59" />
        <source>Tunggu ≤10 menit: %1</source>
        <translation>Wait ≤10 min: %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/figures_strip.py" line="60" />
        <source>Layanan ≤10 menit: %1</source>
        <translation>Service ≤10 min: %1</translation>
    </message>
</context>
<context>
    <name>NotesForm</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="47" />
        <source>Catatan konsultasi</source>
        <translation>Consultation notes</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="58" />
        <source>— pilih topik —</source>
        <translation>— choose topic —</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="62" />
        <source>mis. jumlah penduduk per kecamatan 2024</source>
        <translation>e.g. population per district 2024</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="64" />
        <source>mis. tabel BRS, publikasi Dalam Angka</source>
        <translation>e.g. BRS table, 'In Figures' publication</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="66" />
        <source>— pilih hasil —</source>
        <translation>— choose outcome —</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="75" />
        <source>Catatan bebas</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="77" />
        <source>Buat tiket tindak lanjut</source>
        <translation>Issue follow-up ticket</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="88" />
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="89" />
        <source>Data yang diminta</source>
        <translation>Data asked for</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="90" />
        <source>Yang diberikan</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="91" />
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="95" />
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="99" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="141" />
        <source>Panggil pengunjung untuk mencatat.</source>
        <translation>Call a visitor to take notes.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="157" />
        <source>Draf dipulihkan.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="179" />
        <source>Belum tersimpan…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="219" />
        <source>Draf tersimpan %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/notes_form.py" line="270" />
        <source>Tiket tindak lanjut: %1</source>
        <translation>Follow-up ticket: %1</translation>
    </message>
</context>
<context>
    <name>PrinterAlerts</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/alerts.py" line="58" />
        <source>Cetak ulang %1</source>
        <translation>Reprint %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/queue_panel.py" line="68" />
        <source>Sejak dilewati</source>
        <translation>Since skipped</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/queue_panel.py" line="97" />
        <source>Menunggu (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/queue_panel.py" line="98" />
        <source>Tidak hadir (%1)</source>
        <translation>No-show (%1)</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="67" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="68" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="69" />
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="70" />
        <source>Ambil</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="71" />
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/models/queue_table.py" line="112" />
        <source>Dialihkan ke loket %1</source>
        <translation>Transferred to counter %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="186" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="196" />
        <source>Pilih loket.</source>
        <translation>Choose a counter.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="235" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="236" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="237" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="238" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="239" />
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="240" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="244" />
        <source>Ganti petugas</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="246" />
        <source>Buat akun admin pertama</source>
        <translation>Create the first admin account</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="249" />
        <source>Belum ada akun petugas di basis data ini. Akun pertama menjadi admin; petugas lain ditambahkan kemudian dengan 'pst-kiosk staff add'.</source>
        <translation>There is no staff account in this database yet. The first account becomes an admin; add other staff later with 'pst-kiosk staff add'.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="253" />
        <source>Buat akun dan masuk</source>
        <translation>Create account and sign in</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="255" />
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="257" />
        <source>%1 — masukkan kata sandi untuk melanjutkan.</source>
        <translation>%1 — enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="261" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="263" />
        <source>Meja Petugas PST</source>
        <translation>PST Staff Desk</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="264" />
        <source>Masuk dengan akun petugas dan pilih loket.</source>
        <translation>Sign in with a staff account and choose the counter.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/signin.py" line="265" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="44" />
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="57" />
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="73" />
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="45" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="46" />
        <source>Tiket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="47" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="48" />
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="55" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="49" />
        <source>Dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="50" />
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="56" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="58" />
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="59" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="65" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="70" />
        <source>Modul laporan belum terpasang.</source>
        <translation>The reports module is not installed.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="76" />
        <source>Petugas bertugas</source>
        <translation>Staff on duty</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="83" />
        <source>Semua antrean</source>
        <translation>All queues</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="112" />
        <source>kosong</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="127" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/supervisor.py" line="127" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="33" />
        <source>Alihkan %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="34" />
        <source>Ke layanan lain</source>
        <translation>To another service</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="35" />
        <source>Ke loket lain</source>
        <translation>To another counter</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/transfer_dialog.py" line="61" />
        <source>Tiket %1 dialihkan ke:</source>
        <translation>Transfer ticket %1 to:</translation>
    </message>
</context>
<context>
    <name>VisitorPanel</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="50" />
        <source>Waktu tunggu</source>
        <translation>Wait time</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="51" />
        <source>Waktu layanan</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="52" />
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="196" />
        <source>Antrean terdepan</source>
        <translation>Head of queue</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="65" />
        <source>Buku tamu</source>
        <translation>Guest book</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="69" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="70" />
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="71" />
        <source>Pekerjaan / pendidikan</source>
        <translation>Occupation / education</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="72" />
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="73" />
        <source>Data yang dicari</source>
        <translation>Data sought</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="74" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="75" />
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="84" />
        <source>Kunjungan sebelumnya</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="103" />
        <source>Tidak ada pengunjung di loket. Tekan F2 untuk memanggil berikutnya.</source>
        <translation>No visitor at the counter. Press F2 to call the next.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="109" />
        <source> · prioritas</source>
        <translation> · priority</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="119" />
        <source>Dipanggil — menunggu pengunjung datang</source>
        <translation>Called — waiting for the visitor to come</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="121" />
        <source> (panggilan ke-%1)</source>
        <translation> (call no. %1)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="124" />
        <source>Sedang dilayani</source>
        <translation>Being served</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="142" />
        <source>(tidak mengisi buku tamu)</source>
        <translation>(no guest-book entry)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="145" />
        <source>(data pribadi sudah dihapus)</source>
        <translation>(personal data removed)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="163" />
        <source>Kunjungan pertama.</source>
        <translation>First visit.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="165" />
        <source>diminta</source>
        <translation>asked</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="165" />
        <source>diberikan</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/counter/visitor_panel.py" line="165" />
        <source>hasil</source>
        <translation>outcome</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../pst_kiosk/gui/counter/messages.py" line="22" />
        <source>Terjadi kesalahan yang tidak terduga: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
</TS>