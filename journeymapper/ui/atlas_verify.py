"""Strict verification of an atlas's maps in the background, after the list is shown.

The atlas dock lists maps as the quick reader reads them (C ``json.loads`` and
type checks: fast), which lets through maps the store's strict reader refuses
(a bad colour, a card in a lane that does not exist). Those would show as fine
until the map is opened. ``AtlasVerifier.start(index)`` reads, once the scan is
shown, each map the quick reader alone has read with the strict reader
(``AtlasIndex.strict_reading``); a damaged one turns Broken with the reason and
the place (``cards[12].lane: ...``). The verdict is kept in the metadata cache,
so a map is verified once per change: opening the atlas again verifies nothing.

The work runs in the dock's own one-thread pool, so it never uses the index
at the same time as a scan or a search, in short batches queued behind them
(lower priority) at a lowered thread priority: a scan or search asked for
meanwhile waits for one batch at most. Each batch reports once (no signal per
map). ``stop`` (another atlas, a refresh, the window closing) ends it after
the map being read.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from ..atlas import AtlasIndex, MapRead

BATCH_SECONDS = 0.3
"""A batch reads maps for about this long (at least one), then reports: a queued scan or search waits no longer."""
QUEUE_PRIORITY = -1
"""Below the dock's scans and searches (priority 0) in its pool's queue."""


class _Signals(QObject):
    batch = Signal(int, object, bool)  # generation, {key: MapRead}, finished


class _Batch(QRunnable):
    """Reads maps of ``queue`` strictly for up to ``BATCH_SECONDS``; the first batch fills the queue."""

    def __init__(self, generation: int, index: AtlasIndex, queue: Optional[deque[str]],
                 stop: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.generation, self.index, self.queue, self.stop, self.signals = generation, index, queue, stop, signals

    def run(self) -> None:
        thread = QThread.currentThread()
        before = thread.priority()
        thread.setPriority(QThread.Priority.LowPriority)  # the window (and other jobs) come first
        readings: dict[str, MapRead] = {}
        try:
            if self.queue is None:
                self.queue = deque(self.index.unverified_keys())
            deadline = time.monotonic() + BATCH_SECONDS
            while self.queue and not self.stop.is_set() and (not readings or time.monotonic() < deadline):
                key = self.queue.popleft()
                reading = self.index.strict_reading(key)
                if reading is not None:
                    readings[key] = reading
            if readings and self.index.cache is not None:
                self.index.cache.save(prune=False)  # the verdicts survive a stop, a crash, the next open
        except Exception:  # noqa: BLE001 - verification is a bonus: a failure leaves the quick reading shown
            self.queue = deque()
        finally:
            if before != QThread.Priority.InheritPriority:
                thread.setPriority(before)
            else:
                thread.setPriority(QThread.Priority.NormalPriority)
        self.signals.batch.emit(self.generation, readings, not self.queue or self.stop.is_set())


class AtlasVerifier(QObject):
    """Verifies an index's maps strictly in ``pool``; ``changed(infos)`` once per batch that changed rows."""

    changed = Signal(list)
    """(list of MapInfo) entries whose strict reading differs from what the list shows: show them again."""
    finished = Signal(int)
    """(maps read strictly) the verification of the index ended: all done, or stopped."""

    def __init__(self, pool: QThreadPool, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.index: Optional[AtlasIndex] = None
        self.verified = 0
        """Maps read strictly for the current index so far."""
        self.running = False
        self._generation = 0
        self._stop = threading.Event()
        self._job: Optional[_Batch] = None
        self._signals = _Signals()
        self._signals.batch.connect(self._arrived)  # queued to this (the GUI) thread
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        if parent is not None:
            parent.destroyed.connect(self.stop)

    def start(self, index: AtlasIndex) -> None:
        """Verify the maps of ``index`` not yet verified (what is running for another index stops)."""
        self.stop()
        self._generation += 1
        self._stop = threading.Event()
        self.index, self.verified, self.running = index, 0, True
        self._queue_batch(None)

    def stop(self) -> None:
        """No more reading: the batch running ends after its current map, and nothing more is queued."""
        self._stop.set()
        if self.running:
            self.running = False
            self.finished.emit(self.verified)

    def _queue_batch(self, queue: Optional[deque[str]]) -> None:
        assert self.index is not None
        job = self._job = _Batch(self._generation, self.index, queue, self._stop, self._signals)
        job.setAutoDelete(False)  # kept in ``_job`` until the next batch: its queue lives on
        self.pool.start(job, QUEUE_PRIORITY)

    @Slot(int, object, bool)
    def _arrived(self, generation: int, readings: dict[str, MapRead], done: bool) -> None:
        if generation != self._generation or self.index is None or not self.running:
            return
        self.verified += len(readings)
        # A valid map reads the same either way: only rows the strict reader found damaged change.
        changed = [info for info in self.index.show_readings(readings) if info.problem] if readings else []
        if changed:
            self.changed.emit(changed)
        if done:
            self.running = False
            self.finished.emit(self.verified)
        else:
            assert self._job is not None
            self._queue_batch(self._job.queue)

