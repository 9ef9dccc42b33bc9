<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>Board</name>
    <message>
        <location filename="../../ui/board/Board.qml" line="20"/>
        <source>Papan Antrian PST</source>
        <translation>PST Queue Board</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <location filename="../../ui/board/CounterPanel.qml" line="13"/>
        <source>Panggilan per loket</source>
        <translation>Calls per counter</translation>
    </message>
    <message>
        <location filename="../../ui/board/CounterPanel.qml" line="50"/>
        <source>LOKET</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <location filename="../../ui/board/CounterPanel.qml" line="80"/>
        <source>sebelumnya: %1</source>
        <translation>before: %1</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ui/board/Header.qml" line="53"/>
        <source>menghubungkan ulang…</source>
        <translation>reconnecting…</translation>
    </message>
    <message>
        <location filename="../../ui/board/Header.qml" line="75"/>
        <source>gangguan teknis</source>
        <translation>technical problem</translation>
    </message>
</context>
<context>
    <name>Hero</name>
    <message>
        <location filename="../../ui/board/Hero.qml" line="30"/>
        <source>NOMOR ANTRIAN</source>
        <translation>TICKET NUMBER</translation>
    </message>
    <message>
        <location filename="../../ui/board/Hero.qml" line="55"/>
        <source>silakan ke</source>
        <translation>please go to</translation>
    </message>
    <message>
        <location filename="../../ui/board/Hero.qml" line="70"/>
        <source>LOKET %1</source>
        <translation>COUNTER %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/Hero.qml" line="71"/>
        <source>Menunggu panggilan berikutnya</source>
        <translation>Waiting for the next call</translation>
    </message>
    <message>
        <location filename="../../ui/board/Hero.qml" line="72"/>
        <source>Menunggu data terbaru…</source>
        <translation>Waiting for fresh data…</translation>
    </message>
</context>
<context>
    <name>Ticker</name>
    <message>
        <location filename="../../ui/board/Ticker.qml" line="12"/>
        <source>Waktu penyelesaian layanan %1 menit</source>
        <translation>Service completed within %1 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/board/Ticker.qml" line="13"/>
        <source>Tidak dipungut biaya</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../ui/board/Ticker.qml" line="14"/>
        <source>Pengaduan: kotak saran di ruang PST · pengaduan.bps.go.id · bps8200@bps.go.id · SMS/WA 081370208715</source>
        <translation>Complaints: suggestion box in the PST room · pengaduan.bps.go.id · bps8200@bps.go.id · SMS/WA 081370208715</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <location filename="../../ui/board/WaitingPanel.qml" line="23"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/board/WaitingPanel.qml" line="31"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/board/WaitingPanel.qml" line="38"/>
        <source>Perkiraan</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../ui/board/WaitingPanel.qml" line="88"/>
        <source>± %1 mnt</source>
        <translation>± %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/board/WaitingPanel.qml" line="107"/>
        <source>Semua layanan PST tidak dipungut biaya</source>
        <translation>All PST services are free of charge</translation>
    </message>
</context>
</TS>
