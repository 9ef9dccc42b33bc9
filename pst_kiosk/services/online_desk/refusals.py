"""What the online desk refuses, as values with a message in both languages (stable codes)."""

from __future__ import annotations

from datetime import date

from pst_kiosk.domain.errors import UserError


def field(name: str, message_id: str, message_en: str) -> UserError:
    return UserError("online_field", message_id, message_en, field=name)


def unknown_request(key: object) -> UserError:
    return UserError("unknown_request", f"Permintaan {key} tidak ditemukan.",
                     f"Request {key} was not found.", request=str(key))


def wrong_state(number: str, action: str, status: str) -> UserError:
    return UserError(
        "online_wrong_state",
        f"{number}: tindakan '{action}' tidak berlaku untuk permintaan berstatus '{status}'.",
        f"{number}: '{action}' does not apply to a request that is '{status}'.",
        request=number, action=action, status=status)


def close_reason(number: str, reason: str, status: str) -> UserError:
    return UserError(
        "online_close_reason",
        f"{number}: tidak dapat ditutup sebagai '{reason}' dari status '{status}' "
        "(\"terpenuhi\" hanya setelah dijawab).",
        f"{number}: cannot be closed as '{reason}' from '{status}' "
        "(\"fulfilled\" only after an answer).",
        request=number, reason=reason)


def not_silent_long_enough(number: str, since: date, days: int) -> UserError:
    return UserError(
        "online_not_silent",
        f"{number}: pemohon belum 7 hari tanpa tanggapan (pesan terakhir petugas "
        f"{since:%d-%m-%Y}, baru {days} hari).",
        f"{number}: the requester has not been silent for 7 days (the officer's last message "
        f"{since:%Y-%m-%d}, {days} days ago).",
        request=number)


def consent_required(number: str) -> UserError:
    return UserError(
        "online_consent_required",
        f"{number}: persetujuan pemrosesan data pribadi belum dicatat. Tanyakan kepada pemohon "
        "lalu centang persetujuannya.",
        f"{number}: consent to the processing of personal data is not recorded yet. Ask the "
        "requester, then tick the consent.",
        request=number)


def no_email(number: str) -> UserError:
    return UserError("online_no_email",
                     f"{number}: pemohon tidak punya alamat email; jawab lewat WhatsApp.",
                     f"{number}: the requester has no email address; answer by WhatsApp.",
                     request=number)


def unknown_closure(day: date) -> UserError:
    return UserError("unknown_closure", f"Tidak ada hari tutup kantor pada {day:%d-%m-%Y}.",
                     f"There is no office closure on {day:%Y-%m-%d}.", day=day.isoformat())


def closure_exists(day: date) -> UserError:
    return UserError("closure_exists", f"{day:%d-%m-%Y} sudah tercatat sebagai hari tutup.",
                     f"{day:%Y-%m-%d} is already an office closure.", day=day.isoformat())


def unknown_booking(code: str) -> UserError:
    return UserError(
        "unknown_booking",
        f"Kode janji {code} tidak ditemukan untuk hari ini. Periksa kodenya atau hubungi petugas.",
        f"Booking code {code} was not found for today. Check the code or ask the officer.",
        booking=code)


def booking_other_day(code: str, day: date) -> UserError:
    return UserError(
        "booking_other_day",
        f"Janji dengan kode {code} untuk tanggal {day:%d-%m-%Y}, bukan hari ini.",
        f"The appointment with code {code} is on {day:%Y-%m-%d}, not today.",
        booking=code, day=day.isoformat())


def booking_is_video(code: str) -> UserError:
    return UserError(
        "booking_is_video",
        f"Janji {code} melalui video (Zoom): tidak perlu nomor antrean, gunakan tautan dari "
        "petugas.",
        f"Appointment {code} is by video (Zoom): no ticket is needed, use the officer's link.",
        booking=code)


def booking_cancelled(code: str) -> UserError:
    return UserError("booking_cancelled", f"Janji {code} sudah dibatalkan. Hubungi petugas.",
                     f"Appointment {code} was cancelled. Please ask the officer.", booking=code)


def appointment_in_past(number: str) -> UserError:
    return UserError("appointment_in_past",
                     f"{number}: waktu janji sudah lewat; pilih waktu yang akan datang.",
                     f"{number}: the appointment time has passed; choose a time ahead.",
                     request=number)


def meeting_link_required(number: str) -> UserError:
    return UserError("meeting_link_required",
                     f"{number}: janji video memerlukan tautan rapat (Zoom).",
                     f"{number}: a video appointment needs a meeting link (Zoom).",
                     request=number)


def unknown_appointment(appointment_id: int) -> UserError:
    return UserError("unknown_appointment", f"Janji {appointment_id} tidak ditemukan.",
                     f"Appointment {appointment_id} was not found.")
