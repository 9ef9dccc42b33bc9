"""One way off the UI thread, after MusicBrainz Picard's ``picard/util/thread.py``.

``tasks.run(func, on_done, on_error, lane=…, owner=…)`` runs ``func`` on the thread pool of
its *lane* and delivers the result (or the error) on the main thread. Lanes are pools by
purpose, so a write a person waits on never queues behind a refresh:

- ``ACTION``: one thread, for the writes (and checks) a person waits on, in the order asked;
- ``READ``: one thread, for refresh reads: one query at a time beside an action (measured on
  the counter: reads fighting the call for the GIL made its answer wait; see ``CounterFeed``);
- ``IO``: two threads, for the printer, PDFs, exports, the voice and the chores.

Every error is logged with its traceback (to the face's log, ``gui/logs.py``) and then shown:
by the caller's ``on_error`` when it gives one, otherwise through the sinks the face
installed (``add_sink``: the counter's message bar, the kiosk's notice, the board's status).
Nothing is raised into Qt's event loop, nothing is dropped. A result for an ``owner`` that
was deleted meanwhile is dropped (its error is still logged). ``to_main`` runs a function on
the main thread from a worker. ``Refresher`` is the one "one fetch in flight, fold the rest".
``TaskRunner(inline=True)`` runs everything in place, for tests.
"""

from __future__ import annotations

import logging
import weakref
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal, Slot

from pst_kiosk.domain.errors import UserError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Sink = Callable[[BaseException], None]


class Lane(StrEnum):
    ACTION = "action"
    READ = "read"
    IO = "io"


THREADS = {Lane.ACTION: 1, Lane.READ: 1, Lane.IO: 2}


@dataclass
class _Task:
    func: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    owner: QObject | None
    lane: Lane
    what: str
    result: Any = None
    error: BaseException | None = field(default=None, repr=False)


class _Relay(QObject):
    """Lives on the main thread: a signal emitted by a worker is queued to it."""

    finished = Signal(object)  # a _Task whose work is over
    call = Signal(object, object, object)  # to_main: owner, function, arguments


class _Job(QRunnable):
    def __init__(self, relay: _Relay, task: _Task) -> None:
        super().__init__()
        self.relay, self.task = relay, task

    def run(self) -> None:
        task = self.task
        try:
            task.result = task.func()
        except Exception as error:  # noqa: BLE001 - delivered to the main thread, never lost
            task.error = error
        self.relay.finished.emit(task)


class RunsTasks(Protocol):
    """``TaskRunner``, or what passes its methods on (the counter's ``CounterFeed``)."""

    run: Callable[..., None]
    show_error: Callable[[BaseException], None]


class TaskRunner(QObject):
    _live: ClassVar[weakref.WeakSet[TaskRunner]] = weakref.WeakSet()
    _busy: ClassVar[set[TaskRunner]] = set()  # held while they have work: never collected then

    def __init__(self, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pools: dict[Lane, QThreadPool] = {}
        for lane, threads in THREADS.items():
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            pool.setObjectName(f"tasks-{lane}")
            self.pools[lane] = pool
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._relay.call.connect(self._call_main)
        self._sinks: list[tuple[QObject | None, Sink]] = []
        self._running: Counter[str] = Counter()  # "lane: what" of tasks not yet delivered
        TaskRunner._live.add(self)

    # ------------------------------------------------------------ running
    def run(
        self,
        func: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        lane: Lane = Lane.READ,
        owner: QObject | None = None,
        what: str = "",
    ) -> None:
        task = _Task(func, on_done, on_error, owner, Lane(lane),
                     what or getattr(func, "__qualname__", repr(func)))
        self._running[self._key(task)] += 1
        TaskRunner._busy.add(self)
        if self.inline:
            try:
                task.result = func()
            except Exception as error:  # noqa: BLE001 - delivered below, never lost
                task.error = error
            self._deliver(task)
            return
        self.pools[task.lane].start(_Job(self._relay, task))

    def to_main(self, func: Callable[..., None], *args: Any, owner: QObject | None = None) -> None:
        """Call ``func(*args)`` on the main thread (from a worker); dropped if ``owner`` went."""
        if self.inline:
            self._call_main(owner, func, args)
        else:
            self._relay.call.emit(owner, func, args)

    @Slot(object, object, object)
    def _call_main(self, owner: QObject | None, func: Callable[..., None], args: Any) -> None:
        if owner is None or shiboken6.isValid(owner):
            self._guard(lambda: func(*args), getattr(func, "__qualname__", "to_main"))

    @Slot(object)
    def _deliver(self, task: _Task) -> None:
        key = self._key(task)
        self._running[key] -= 1
        if self._running[key] <= 0:
            del self._running[key]
        if not self._running:
            TaskRunner._busy.discard(self)
        alive = task.owner is None or shiboken6.isValid(task.owner)
        if task.error is not None:
            self.report(task.error, task.what, shown=task.on_error is not None and alive)
            if alive and task.on_error is not None:
                error, on_error = task.error, task.on_error
                self._guard(lambda: on_error(error), task.what)
        elif alive and task.on_done is not None:
            result, on_done = task.result, task.on_done
            self._guard(lambda: on_done(result), task.what)

    def _guard(self, call: Callable[[], None], what: str) -> None:
        """Run a delivery on the main thread; what it raises is reported, never thrown into
        Qt's event loop (PySide would print it and carry on: an error lost)."""
        try:
            call()
        except Exception as error:  # noqa: BLE001 - reported: logged and shown
            self.report(error, f"{what} (showing its result)")

    @staticmethod
    def _key(task: _Task) -> str:
        return f"{task.lane}: {task.what}"

    # ------------------------------------------------------------ errors
    def add_sink(self, sink: Sink, owner: QObject | None = None) -> None:
        """Where errors nobody handled are shown; removed with ``owner``."""
        self._sinks.append((owner, sink))

    def report(self, error: BaseException, what: str, shown: bool = False) -> None:
        """Log ``error`` with its traceback; show it through the sinks unless ``shown``."""
        if isinstance(error, UserError):  # a refusal the person can act on, not a fault
            log.warning("%s: refused (%s)", what, error.code, exc_info=error)
        else:
            log.error("%s failed", what, exc_info=error)
        if not shown:
            self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        """Hand an error (already logged) to every live sink."""
        self._sinks = [(o, s) for o, s in self._sinks if o is None or shiboken6.isValid(o)]
        for _owner, sink in self._sinks:
            try:
                sink(error)
            except Exception:  # noqa: BLE001 - a broken sink must not hide the error itself
                log.exception("the error sink %r failed", sink)

    # ------------------------------------------------------------ waiting
    def running(self) -> list[str]:
        """``"lane: what"`` of every task started and not yet delivered."""
        return sorted(self._running.elements())

    @property
    def idle(self) -> bool:
        return not self._running

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for every lane's threads (not for deliveries: see ``flush``)."""
        return all(pool.waitForDone(msecs) for pool in self.pools.values())

    def flush(self, msecs: int = 5000) -> bool:
        """Wait for the threads, then deliver every finished task now. True when idle."""
        done = self.wait(msecs)
        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # queued deliveries
        return done and self.idle

    @classmethod
    def live(cls) -> list[TaskRunner]:
        return [r for r in {*cls._live, *cls._busy} if shiboken6.isValid(r)]


class Refresher(QObject):
    """Read something off the UI thread whenever asked, one fetch at a time.

    ``refresh()`` while a fetch is in flight folds into one more fetch after it, so a burst
    of twenty changes costs two queries, not twenty. A child of ``owner``: once the owner is
    deleted, late answers are dropped. Errors go to ``on_error`` or else to the face's sinks.
    """

    def __init__(
        self,
        owner: QObject,
        tasks: RunsTasks,
        fetch: Callable[[], Any],
        apply: Done,
        *,
        on_error: Failed | None = None,
        lane: Lane = Lane.READ,
        what: str = "",
    ) -> None:
        super().__init__(owner)
        self._tasks, self._fetch, self._apply, self._on_error = tasks, fetch, apply, on_error
        self._lane = lane
        self._what = what or getattr(fetch, "__qualname__", "refresh")
        self._in_flight = False
        self._again = False
        self.error: BaseException | None = None

    @property
    def busy(self) -> bool:
        return self._in_flight

    def refresh(self) -> None:
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self._tasks.run(self._fetch, self._done, self._failed, lane=self._lane, owner=self,
                        what=self._what)

    def _done(self, result: Any) -> None:
        self._in_flight, self.error = False, None
        try:
            self._apply(result)
        finally:
            self._next()

    def _failed(self, error: BaseException) -> None:
        self._in_flight, self.error = False, error
        try:
            if self._on_error is not None:
                self._on_error(error)
            else:
                self._tasks.show_error(error)
        finally:
            self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
