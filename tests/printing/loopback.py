"""Real sockets on 127.0.0.1 standing in for network printers: one that captures the bytes and
answers status requests like an Epson, one that accepts and then says nothing, and a port
where nobody listens (connection refused)."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from dataclasses import dataclass, field

from pst_kiosk.config import PrinterConfig

DLE_EOT = b"\x10\x04"
TIMEOUT = 0.5  # seconds: short, so failure cases end quickly


def network(port: int, profile: str = "TM-T88III") -> PrinterConfig:
    """The ``[printer]`` section for a network printer on 127.0.0.1:``port``."""
    return dataclasses.replace(
        PrinterConfig(),
        connection="network",
        host="127.0.0.1",
        port=port,
        profile=profile,
        timeout_seconds=TIMEOUT,
    )


@dataclass
class Faults:
    paper_out: bool = False
    paper_near_end: bool = False
    cover_open: bool = False


@dataclass
class CapturePrinter:
    """A TCP printer that records every connection's bytes and answers ``DLE EOT n``."""

    faults: Faults = field(default_factory=Faults)
    sessions: list[bytearray] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _reply(self, n: int) -> bytes:
        f = self.faults
        offline = f.paper_out or f.cover_open
        if n == 1:
            return bytes([0x12 | (0x08 if offline else 0)])
        if n == 2:
            return bytes([0x12 | (0x04 if f.cover_open else 0) | (0x20 if f.paper_out else 0)])
        if n == 4:
            near = 0x0C if (f.paper_near_end or f.paper_out) else 0
            return bytes([0x12 | near | (0x60 if f.paper_out else 0)])
        return b""

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        data = bytearray()
        with self._lock:
            self.sessions.append(data)
        conn.settimeout(5)
        with conn:
            while True:
                try:
                    chunk = conn.recv(4096)
                except OSError:
                    return
                if not chunk:
                    return
                start = len(data)
                data += chunk
                position = max(0, start - 2)
                while (found := data.find(DLE_EOT, position)) != -1 and found + 2 < len(data):
                    conn.sendall(self._reply(data[found + 2]))
                    position = found + 3

    def payloads(self) -> list[bytes]:
        """What each connection sent, without the status requests: the printed matter."""
        with self._lock:
            sessions = [bytes(s) for s in self.sessions]
        cleaned = []
        for raw in sessions:
            for n in (1, 2, 4):
                raw = raw.replace(DLE_EOT + bytes([n]), b"")
            if raw:
                cleaned.append(raw)
        return cleaned

    def wait_for(self, count: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.payloads()) >= count:
                break
            time.sleep(0.02)
        return self.payloads()

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(1)


class SilentPrinter:
    """Accepts connections and never reads or answers: a hung print server."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.port = self._server.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(conn)  # held open, never read

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(1)
        for conn in self.accepted:
            conn.close()


def refused_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connect is refused at once)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
