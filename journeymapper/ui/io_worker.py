"""File I/O off the UI thread, one operation at a time per file.

A share can take seconds to answer, and the window must never stall for more
than 100 ms (quality.md): every read, write, check and lock operation runs in a
worker thread. Each IoQueue has a single thread, so the operations on one file
never overlap (a SafeFile is used by one thread at a time), and each result is
delivered back on the UI thread.

``run`` is for what the user waits for (open, save, reload, close): it keeps
the event loop turning (painting, timers, the progress shown after a second)
but holds keyboard and mouse input back until the result is in. The map can
then not change under a save that is serializing it, and keys typed meanwhile
are delayed, not lost.
"""

from __future__ import annotations

import itertools
from typing import Any, Callable, Optional, Protocol, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QThreadPool, QTimer, Signal, Slot

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

PROGRESS_AFTER_MS = 1000
"""Operations that take longer than this show their progress in the status bar."""


class Progress(Protocol):
    def begin(self, text: str) -> None: ...

    def end(self) -> None: ...


class IoQueue(QObject):
    """A single worker thread for one file's operations; results arrive on the UI thread."""

    problem = Signal(str)
    """An operation submitted without ``failed`` raised: one line for the status bar."""
    _finished = Signal(int, object, object)  # job number, result, error: emitted in the worker

    def __init__(self, parent: Optional[QObject] = None, progress: Optional[Progress] = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, tuple[Optional[Done], Optional[Failed]]] = {}
        self._numbers = itertools.count()
        self._finished.connect(self._delivered)  # queued: this object lives in the UI thread

    @property
    def pending(self) -> int:
        """Operations submitted whose result has not been delivered yet."""
        return len(self._jobs)

    def submit(self, work: Callable[[], Any], done: Optional[Done] = None, failed: Optional[Failed] = None) -> None:
        """Run ``work()`` after the operations already queued; ``done(result)`` or ``failed(error)`` later."""
        number = next(self._numbers)
        self._jobs[number] = (done, failed)
        finished = self._finished

        def job() -> None:  # in the worker thread
            try:
                result, error = work(), None
            except BaseException as failure:  # noqa: BLE001 - handed to the UI thread, never lost
                result, error = None, failure
            try:
                finished.emit(number, result, error)
            except RuntimeError:
                pass  # the queue was deleted while the work ran: nobody is waiting for it

        self._pool.start(job)

    @Slot(int, object, object)
    def _delivered(self, number: int, result: Any, error: Optional[BaseException]) -> None:
        done, failed = self._jobs.pop(number, (None, None))
        if error is None:
            if done is not None:
                done(result)
        elif failed is not None:
            failed(error)
        else:
            self.problem.emit(str(error) or type(error).__name__)

    def run(self, work: Callable[[], T], label: str = "") -> T:
        """``work()`` in the worker, waited for without stalling the window; raises what it raised."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def finish(key: str, value: Any) -> None:
            outcome[key] = value
            loop.quit()

        self.submit(work, lambda result: finish("result", result), lambda error: finish("error", error))
        shown = QTimer()
        shown.setSingleShot(True)
        if label and self.progress is not None:
            shown.timeout.connect(lambda: self.progress.begin(label))  # type: ignore[union-attr]
            shown.start(PROGRESS_AFTER_MS)
        try:
            while not outcome:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            if shown.isActive():
                shown.stop()
            elif label and self.progress is not None:
                self.progress.end()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def wait_idle(self) -> None:
        """Wait (without stalling the window) until every operation queued so far has been delivered."""
        while self._jobs:
            self.run(lambda: None)
