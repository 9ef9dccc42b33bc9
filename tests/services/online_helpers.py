"""Requests as a frontliner types them, for the online desk's tests."""

from __future__ import annotations

from pst_kiosk.services.online_desk import NewRequest

ACTOR = "staff:rina"


def whatsapp_request(name: str = "Siti Rahma", **extra: object) -> NewRequest:
    values: dict[str, object] = dict(
        channel="whatsapp", requester_name=name, whatsapp="0812 3456 7890",
        institution="Universitas Khairun", consent=True, subject="poverty",
        title="Garis kemiskinan kab/kota 2025",
        data_requested="Garis kemiskinan menurut kabupaten/kota, Maluku Utara, 2025",
        first_message="Selamat pagi, saya butuh data garis kemiskinan per kab/kota 2025.")
    values.update(extra)
    return NewRequest(**values)  # type: ignore[arg-type]
