"""The announcer: chime then voice, one announcement at a time, every step bounded."""

from __future__ import annotations

import pytest

from pst_kiosk.domain.announcement import announcement
from pst_kiosk.gui.announcer import Announcer, find_espeak, wav_length_ms
from pst_kiosk.gui.tasks import TaskRunner


def _record(announcer: Announcer) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    for name in ("started", "speaking", "finished"):
        getattr(announcer, name).connect(lambda text, name=name: events.append((name, text)))
    return events


@pytest.mark.skipif(find_espeak() is None, reason="espeak-ng is not installed")
def test_espeak_speaks_indonesian_then_english_in_turn(qtbot, tmp_path) -> None:
    announcer = Announcer("espeak", english=True, tasks=TaskRunner(), cache_dir=tmp_path)
    assert announcer.mode == "espeak"
    events = _record(announcer)
    first, second = announcement("K-007", 1), announcement("R-012", 12)
    announcer.announce(first)
    announcer.announce(second)
    assert announcer.pending() == [first.display, second.display]

    qtbot.waitUntil(lambda: len(events) == 8, timeout=60_000)
    assert events == [
        ("started", first.display),
        ("speaking", "Nomor antrian, ka, nol, nol, tujuh. Silakan ke loket satu."),
        ("speaking", "Ticket number, K, zero, zero, seven. Please go to counter one."),
        ("finished", first.display),
        ("started", second.display),
        ("speaking", "Nomor antrian, er, nol, satu, dua. Silakan ke loket dua belas."),
        ("speaking", "Ticket number, R, zero, one, two. Please go to counter twelve."),
        ("finished", second.display),
    ]
    wavs = sorted(tmp_path.glob("*.wav"))
    assert len(wavs) == 4 and all(wav_length_ms(w) > 1000 for w in wavs)
    assert not announcer.busy and announcer.pending() == []


def test_chime_only_and_a_double_recall_said_once(qtbot) -> None:
    announcer = Announcer("chime")
    events = _record(announcer)
    call = announcement("A-003", 2)
    announcer.announce(call)
    announcer.announce(announcement("P-001", 1))
    announcer.announce(announcement("P-001", 1))  # pressed twice before its turn
    qtbot.waitUntil(lambda: len(events) == 4, timeout=20_000)
    assert [kind for kind, _ in events] == ["started", "finished", "started", "finished"]
    assert events[2][1] == "Nomor antrian P-001, silakan ke loket 1"


def test_qt_speech_engine_is_used_when_asked_for(qtbot) -> None:
    """The ``mock`` engine of QtTextToSpeech stands for Windows' voices here."""
    announcer = Announcer("qt", english=False, tts_engine="mock")
    assert announcer.mode == "qt"
    events = _record(announcer)
    announcer.announce(announcement("J-020", 3))
    qtbot.waitUntil(lambda: len(events) == 3, timeout=20_000)
    assert events[1] == ("speaking", "Nomor antrian, je, nol, dua, nol. Silakan ke loket tiga.")
    assert events[2][0] == "finished"


def test_auto_without_an_indonesian_qt_voice_falls_back(qtbot) -> None:
    announcer = Announcer("auto")
    assert announcer.mode == ("espeak" if find_espeak() else "chime")


def test_a_missing_espeak_leaves_the_chime(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    announcer = Announcer("espeak")
    assert announcer.mode == "chime"
