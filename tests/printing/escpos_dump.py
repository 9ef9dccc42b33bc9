"""Read ESC/POS bytes back as reviewable text, for the golden files in tests/_reference/tickets.

Only the commands our renderer emits are named; anything else shows as hex, so a change in the
bytes always shows up in a diff. Style changes are written as ``{…}`` tags before the line.
"""

from __future__ import annotations

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A


def dump(data: bytes) -> str:
    out: list[str] = []
    text = bytearray()
    tags: list[str] = []
    i = 0

    def flush_line() -> None:
        prefix = "".join(tags)
        out.append(f"{prefix}{text.decode('ascii', 'replace')}")
        text.clear()
        tags.clear()

    while i < len(data):
        b = data[i]
        if b == LF:
            flush_line()
            i += 1
        elif b == ESC:
            cmd = data[i + 1]
            if cmd == ord("@"):
                tags.append("{init}")
                i += 2
            elif cmd == ord("!"):
                tags.append(f"{{mode {data[i + 2]:#04x}}}")
                i += 3
            elif cmd == ord("E"):
                tags.append("{bold}" if data[i + 2] else "{/bold}")
                i += 3
            elif cmd == ord("M"):
                tags.append("{font b}" if data[i + 2] else "{font a}")
                i += 3
            elif cmd == ord("a"):
                tags.append({0: "{left}", 1: "{center}", 2: "{right}"}[data[i + 2]])
                i += 3
            elif cmd == ord("d"):
                tags.append(f"{{feed {data[i + 2]}}}")
                i += 3
            elif cmd == ord("t"):
                tags.append(f"{{codepage {data[i + 2]}}}")
                i += 3
            else:
                tags.append(f"{{ESC {data[i + 1 : i + 3].hex(' ')}}}")
                i += 3
        elif b == GS:
            cmd = data[i + 1]
            if cmd == ord("!"):
                n = data[i + 2]
                tags.append(f"{{size {(n >> 4) + 1}x{(n & 0x0F) + 1}}}")
                i += 3
            elif cmd == ord("V"):
                tags.append(f"{{cut {data[i + 2 : i + 3].hex()}}}")
                i += 3
            elif cmd == ord("(") and data[i + 2] == ord("k"):
                length = data[i + 3] | (data[i + 4] << 8)
                body = data[i + 5 : i + 5 + length]
                cn, fn = body[0], body[1]
                if fn == ord("P"):
                    tags.append(f"{{qr data {body[3:].decode('ascii')!r}}}")
                elif fn == ord("Q"):
                    tags.append("{qr print}")
                else:
                    tags.append(f"{{qr {chr(cn)}{chr(fn)} {body[2:].hex()}}}")
                i += 5 + length
            else:
                tags.append(f"{{GS {data[i + 1 : i + 3].hex(' ')}}}")
                i += 3
        else:
            text.append(b)
            i += 1
    if text or tags:
        flush_line()
    return "\n".join(out) + "\n"
