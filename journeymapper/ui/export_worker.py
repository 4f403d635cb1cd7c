"""Running an export off the UI thread, with progress and cancellation.

A PDF of a large map takes seconds; drawing it on the UI thread would freeze
the window. The work runs in Qt's thread pool and reports through signals,
which Qt delivers on the UI thread. The work must only read data nobody edits
meanwhile: callers hand it a copy of the map.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..export.options import CancelCheck, ExportCancelled, ExportError, ProgressCallback

Work = Callable[[ProgressCallback, CancelCheck], Any]
"""``work(progress, cancelled) -> result``, e.g. a call of ``export.export_pdf``."""


class ExportSignals(QObject):
    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work's result (an ExportResult)
    failed = Signal(str)  # one line saying why
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class ExportTask:
    """One export in the background; ``cancel()`` may be called from the UI thread at any time.

    A plain Python object handed to the pool as a callable (the pool never owns
    or deletes it), so whoever holds it can ask it things after it has run.
    """

    def __init__(self, work: Work) -> None:
        self.work = work
        self.signals = ExportSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work ended (tests, and the window closing); True if it did."""
        return self._done.wait(timeout)

    def start(self, pool: QThreadPool | None = None) -> "ExportTask":
        (pool or QThreadPool.globalInstance()).start(self.run)
        return self

    def run(self) -> None:
        signals = self.signals
        try:
            result = self.work(lambda done, total: signals.progress.emit(done, total), self._cancel.is_set)
        except ExportCancelled:
            signals.cancelled.emit()
        except ExportError as error:
            signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - reported to the user, never lost in a thread
            signals.failed.emit(f"{type(error).__name__}: {error}")
        else:  # even when Cancel came too late to stop it: the file exists, so say it was written
            signals.succeeded.emit(result)
        finally:
            self._done.set()
            signals.finished.emit()
