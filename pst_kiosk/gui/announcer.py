"""The board's voice: a chime, then the number spoken; one announcement at a time.

Announcements wait in a queue and never overlap. Each one is a list of steps (chime, voice in
Indonesian, voice in English when configured), and every step has a watchdog: a missing audio
device, a speech engine that never answers or an espeak-ng that hangs cost at most a few
seconds, then the queue moves on. Nothing here blocks the UI thread: espeak-ng renders in a
worker (``TaskRunner``) while the chime plays.

Voices, as ``[board] voice`` says: ``qt`` (QtTextToSpeech; Windows has an Indonesian voice),
``espeak`` (espeak-ng ``-v id`` to a WAV), ``chime`` (no voice), or ``auto``: Qt if one of its
engines speaks Indonesian, else espeak-ng if installed, else the chime alone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from pst_kiosk.domain.announcement import Announcement
from pst_kiosk.gui.tasks import Lane, TaskRunner
from pst_kiosk.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

VOICES = ("auto", "qt", "espeak", "chime")
ESPEAK_TIMEOUT_S = 5.0
RENDER_WAIT_MS = 6000  # a voice not rendered by then is skipped
PLAY_MARGIN_MS = 1500  # a WAV that has not ended this long after its length is cut
MAX_PENDING = 8  # beyond this the oldest waiting announcement is dropped, not the newest
log = logging.getLogger(__name__)
_WINDOWS_ESPEAK = Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "eSpeak NG" / "espeak-ng.exe"


def chime_path() -> Path:
    return resources_dir() / "sounds" / "chime.wav"


def find_espeak() -> str | None:
    found = shutil.which("espeak-ng")
    if found:
        return found
    if sys.platform == "win32" and _WINDOWS_ESPEAK.exists():
        return str(_WINDOWS_ESPEAK)
    return None


def wav_length_ms(path: Path) -> int:
    try:
        with wave.open(str(path), "rb") as w:
            return int(1000 * w.getnframes() / max(1, w.getframerate()))
    except (OSError, wave.Error, EOFError):
        return 0


def render_espeak(espeak: str, language: str, text: str, cache: Path) -> Path:
    """Speak ``text`` into a WAV (cached by content: a recall costs nothing). Worker thread."""
    key = hashlib.sha1(f"{language}\n{text}".encode()).hexdigest()[:16]
    target = cache / f"{language}-{key}.wav"
    if target.exists() and wav_length_ms(target) > 0:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f".{target.name}.{os.getpid()}.tmp"
    subprocess.run(
        [espeak, "-v", language, "-s", "140", "-w", str(partial), text],
        check=True, capture_output=True, timeout=ESPEAK_TIMEOUT_S,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    os.replace(partial, target)
    return target


def indonesian_qt_engine(engines: list[str]) -> str | None:
    """The first QtTextToSpeech engine with an Indonesian voice, or ``None``."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    for engine in engines:
        if engine == "mock":
            continue
        tts = QTextToSpeech(engine)
        try:
            if tts.state() != QTextToSpeech.State.Error and any(
                loc.language() == QLocale.Language.Indonesian for loc in tts.availableLocales()
            ):
                return engine
        finally:
            tts.deleteLater()
    return None


@dataclass
class _Item:
    announcement: Announcement
    texts: list[tuple[str, str]]  # (language, spoken text)
    wavs: dict[str, Path | None] = field(default_factory=dict)  # text -> WAV, None = failed


Step = Callable[[], None]


class Announcer(QObject):
    """``announce()`` queues; ``started``/``finished`` tell what plays, in order."""

    queued = Signal(str)  # display text, when accepted
    started = Signal(str)  # display text, when its chime begins
    speaking = Signal(str)  # each spoken text as its voice begins
    finished = Signal(str)  # display text, when its last step is over

    def __init__(
        self,
        voice: str = "auto",
        english: bool = False,
        tasks: TaskRunner | None = None,
        *,
        tts_engine: str | None = None,
        cache_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.english = english
        self.tasks = tasks or TaskRunner(parent=self)
        self.cache_dir = cache_dir or Path(tempfile.gettempdir()) / "pst-kiosk-voice"
        self._pending: deque[_Item] = deque()
        self._current: _Item | None = None
        self._steps: list[tuple[Step, int]] = []
        self._token = 0
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._on_media_status)
        self._player.errorOccurred.connect(lambda _e, text: self._failed_step("player", text))
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)
        self._tts: QTextToSpeech | None = None
        self._tts_started = False
        self._awaiting: str | None = None  # the text whose WAV the current step waits for
        self._espeak: str | None = None
        self.mode = self._resolve(voice, tts_engine)
        self.recent: deque[str] = deque(maxlen=100)  # display texts accepted, for tests/logs

    # ------------------------------------------------------------ voice choice
    def _resolve(self, voice: str, tts_engine: str | None) -> str:
        voice = voice if voice in VOICES else "auto"
        if voice == "chime":
            return "chime"
        if voice in ("auto", "qt"):
            engine = self._qt_engine(voice, tts_engine)
            if engine is not None:
                from PySide6.QtTextToSpeech import QTextToSpeech

                self._tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
                self._tts.stateChanged.connect(self._on_tts_state)
                self._tts.errorOccurred.connect(lambda _e, text: self._failed_step("speech", text))
                return "qt"
        self._espeak = find_espeak()
        return "espeak" if self._espeak else "chime"

    @staticmethod
    def _qt_engine(voice: str, tts_engine: str | None) -> str | None:
        """Auto: an engine that speaks Indonesian. Qt asked for by name: that engine, even
        without an Indonesian voice (the admin chose it)."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # QtTextToSpeech needs libspeechd/libpulse on Linux
            return None
        engines = QTextToSpeech.availableEngines()
        if tts_engine is not None:
            engines = [e for e in engines if e == tts_engine]
            if voice == "qt" and engines:
                return engines[0]
        found = indonesian_qt_engine(engines)
        if found is None and voice == "qt" and tts_engine is None and engines:
            return ""  # Qt's default engine
        return found

    # ------------------------------------------------------------ the queue
    @property
    def busy(self) -> bool:
        return self._current is not None

    def pending(self) -> list[str]:
        """Display texts waiting (not yet started)."""
        return [item.announcement.display for item in self._pending]

    def current(self) -> str | None:
        return self._current.announcement.display if self._current else None

    def announce(self, announcement: Announcement) -> None:
        if any(item.announcement == announcement for item in self._pending):
            return  # a recall pressed twice before its turn: say it once
        texts = [("id", announcement.indonesian)]
        if self.english:
            texts.append(("en", announcement.english))
        item = _Item(announcement, texts)
        if self.mode == "espeak":
            for language, text in texts:
                self._render(item, language, text)
        self._pending.append(item)
        while len(self._pending) > MAX_PENDING:
            self._pending.popleft()
        self.recent.append(announcement.display)
        self.queued.emit(announcement.display)
        if self._current is None:
            QTimer.singleShot(0, self._next)

    def _render(self, item: _Item, language: str, text: str) -> None:
        espeak = self._espeak
        assert espeak is not None

        def done(path: Path) -> None:
            item.wavs[text] = path
            self._on_rendered(item)

        def failed(_error: BaseException) -> None:  # logged by gui.tasks; the chime still plays
            item.wavs[text] = None
            self._on_rendered(item)

        self.tasks.run(lambda: render_espeak(espeak, language, text, self.cache_dir), done, failed,
                       lane=Lane.IO, owner=self, what=f"espeak-ng ({language})")

    def _next(self) -> None:
        if self._current is not None or not self._pending:
            return
        item = self._current = self._pending.popleft()
        self._steps = [(lambda: self._play(chime_path()), self._play_limit(chime_path()))]
        if self.mode != "chime":
            for language, text in item.texts:
                self._steps.append(self._voice_step(item, language, text))
        self.started.emit(item.announcement.display)
        self._run_step()

    def _run_step(self) -> None:
        if not self._steps:
            item, self._current = self._current, None
            if item is not None:
                self.finished.emit(item.announcement.display)
            QTimer.singleShot(0, self._next)
            return
        step, limit_ms = self._steps.pop(0)
        self._awaiting = None
        self._token += 1
        self._watchdog.start(limit_ms)
        step()

    def _step_done(self, token: int) -> None:
        """Called once per step by whichever comes first: its end, its error, the watchdog."""
        if token != self._token or self._current is None:
            return
        self._token += 1
        self._watchdog.stop()
        QTimer.singleShot(0, self._run_step)

    def _failed_step(self, what: str, text: str) -> None:
        """No audio device, a codec, a speech engine: logged, and the queue moves on."""
        log.warning("announcer: %s error: %s", what, text)
        self._step_done(self._token)

    def _on_watchdog(self) -> None:
        self._player.stop()
        if self._tts is not None:
            self._tts.stop()
        self._step_done(self._token)

    # ------------------------------------------------------------ steps
    @staticmethod
    def _play_limit(path: Path) -> int:
        return wav_length_ms(path) + PLAY_MARGIN_MS

    def _play(self, path: Path) -> None:
        if not path.exists():
            self._step_done(self._token)
            return
        self._player.stop()
        self._player.setSource(QUrl())
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._step_done(self._token)

    def _voice_step(self, item: _Item, language: str, text: str) -> tuple[Step, int]:
        if self.mode == "qt":
            return (lambda: self._say(language, text), 3000 + 120 * len(text))

        def await_wav() -> None:
            self.speaking.emit(text)
            self._await_render(item, text)

        return (await_wav, RENDER_WAIT_MS)

    def _await_render(self, item: _Item, text: str) -> None:
        """Espeak: wait for this text's WAV (rendering began at ``announce``), then play it."""
        if text not in item.wavs:
            self._awaiting = text  # _on_rendered resumes
            return
        self._awaiting = None
        path = item.wavs[text]
        if path is not None:
            self._steps.insert(0, (lambda: self._play(path), self._play_limit(path)))
        self._step_done(self._token)

    def _on_rendered(self, item: _Item) -> None:
        if item is self._current and self._awaiting is not None and self._awaiting in item.wavs:
            self._await_render(item, self._awaiting)

    def _say(self, language: str, text: str) -> None:
        assert self._tts is not None
        self.speaking.emit(text)
        wanted = QLocale.Language.Indonesian if language == "id" else QLocale.Language.English
        for locale in self._tts.availableLocales():
            if locale.language() == wanted:
                self._tts.setLocale(locale)
                break
        self._tts_started = False
        self._tts.say(text)

    def _on_tts_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._tts_started = True
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._tts_started:
            self._tts_started = False
            self._step_done(self._token)

    def close(self) -> None:
        self._pending.clear()
        self._steps.clear()
        self._current = None
        self._awaiting = None
        self._watchdog.stop()
        self._player.stop()
        if self._tts is not None:
            self._tts.stop()
