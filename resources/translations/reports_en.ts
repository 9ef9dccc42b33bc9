<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="59"/>
        <source>Laporan dan ekspor</source>
        <translation>Reports and exports</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="69"/>
        <source>Laporan harian (PDF)</source>
        <translation>Daily report (PDF)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="70"/>
        <source>Laporan bulanan / rentang tanggal (PDF)</source>
        <translation>Monthly / date-range report (PDF)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="71"/>
        <source>Ekspor buku tamu (Excel)</source>
        <translation>Export guest book (Excel)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="72"/>
        <source>Ekspor tiket antrean (Excel)</source>
        <translation>Export queue tickets (Excel)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="73"/>
        <source>Ekspor catatan konsultasi (Excel)</source>
        <translation>Export consultation notes (Excel)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="80"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="87"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="88"/>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="145"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="90"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="92"/>
        <source>Simpan ke</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="99"/>
        <source>Data pribadi pada ekspor selalu disamarkan. Layanan ini tidak dipungut biaya.</source>
        <translation>Personal data in exports is always masked. This service is free of charge.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="103"/>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="106"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="145"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="162"/>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="174"/>
        <source>Pilih berkas tujuan terlebih dahulu.</source>
        <translation>Choose the output file first.</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="206"/>
        <source>Sedang dibuat…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="219"/>
        <source>Selesai: {path} ({pages} halaman)</source>
        <translation>Done: {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="221"/>
        <source>Selesai: {path} ({rows} baris, data pribadi disamarkan)</source>
        <translation>Done: {path} ({rows} rows, personal data masked)</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="235"/>
        <source>Berkas tidak dapat ditulis: {error}</source>
        <translation>The file cannot be written: {error}</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="238"/>
        <source>Laporan gagal dibuat: {error}</source>
        <translation>The report could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="220"/>
        <source>Mengumpulkan data</source>
        <translation>Gathering data</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="221"/>
        <source>Menyusun halaman</source>
        <translation>Laying out the pages</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="222"/>
        <source>Menulis berkas</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <location filename="../../pst_kiosk/gui/report_dialog.py" line="223"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
</TS>
