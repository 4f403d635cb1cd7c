"""Autosave of a window's modified maps into recovery copies, for after a crash.

``store.autosave.Autosaver`` decides when (by default 3 s after the last edit,
at least every minute while edits keep coming; Preferences change both, never
to "off", since crash recovery is made of these copies); this arms one timer for the window's
documents and writes each due copy. The model is dumped to plain data on the
UI thread (about 8 ms for 3,000 cards: the map cannot change during it), and
encoding and writing happen in a worker thread, into the user's data folder,
never onto the share. A document saved or closed cleanly loses its copy.
Tests run with ``JOURNEYMAPPER_AUTOSAVE=0`` and enable it explicitly.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..editor import MapDocument
from ..store import MAP_FORMAT, encode_document
from ..store.autosave import IDLE, INTERVAL, Autosaver
from ..store.recovery import RecoveryEntry, discard, write_recovery
from .io_worker import IoQueue


def tr(text: str) -> str:
    return QCoreApplication.translate("autosave_driver", text)


def autosave_enabled() -> bool:
    """Off when the environment says ``JOURNEYMAPPER_AUTOSAVE=0`` (the test suite)."""
    return os.environ.get("JOURNEYMAPPER_AUTOSAVE", "1") != "0"


@dataclass
class _Tracked:
    """One document's autosave state; ``key`` and the entries are only touched in the worker."""

    autosaver: Autosaver
    key: Optional[str] = None
    entry: Optional[RecoveryEntry] = None
    replaces: Optional[RecoveryEntry] = None
    """A copy restored from a crash, removed once this document's own copy is written."""


class AutosaveDriver(QObject):
    """Writes recovery copies of the documents it watches; ``problem`` says when one fails."""

    problem = Signal(str)
    written = Signal(object)  # the RecoveryEntry just written

    def __init__(
        self,
        parent: Optional[QObject] = None,
        *,
        session: str = "",
        root: Optional[Path] = None,
        idle: float = IDLE,
        interval: float = INTERVAL,
        enabled: Optional[bool] = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.root = root
        self.idle, self.interval = idle, interval
        self.enabled = autosave_enabled() if enabled is None else enabled
        self._clock = clock
        self._documents: dict[MapDocument, _Tracked] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave_due)
        self.queue = IoQueue(self)

    def watch(self, document: MapDocument) -> None:
        self._documents[document] = _Tracked(Autosaver(self.idle, self.interval))
        document.changed.connect(lambda _change: self._edited(document))
        document.file_changed.connect(lambda: self._file_changed(document))

    def set_timing(self, idle: float, interval: float) -> None:
        """New delays (the Preferences dialog), applied at once to every watched map's pending work."""
        self.idle, self.interval = idle, interval
        for tracked in self._documents.values():
            tracked.autosaver.idle, tracked.autosaver.interval = idle, interval
        self._arm()

    def adopt(self, document: MapDocument, restored: RecoveryEntry) -> None:
        """``document`` holds work restored from ``restored``: copy it now, then drop the old copy."""
        tracked = self._documents.get(document)
        if tracked is None:
            return
        tracked.replaces = restored
        if self.enabled:
            tracked.autosaver.edited(self._clock() - self.idle)
            self._arm()

    def forget(self, document: MapDocument) -> None:
        """The document closes cleanly (saved, or its changes discarded): its copy goes."""
        tracked = self._documents.pop(document, None)
        if tracked is not None:
            self._discard(tracked)

    def shutdown(self) -> None:
        """Wait until every copy being written or discarded is done (the window is closing)."""
        self._timer.stop()
        self.queue.wait_idle()

    # --- timing ----------------------------------------------------------------------------

    def _edited(self, document: MapDocument) -> None:
        tracked = self._documents.get(document)
        if tracked is not None and self.enabled:
            tracked.autosaver.edited(self._clock())
            self._arm()

    def _file_changed(self, document: MapDocument) -> None:
        tracked = self._documents.get(document)
        if tracked is not None and not document.modified:
            tracked.autosaver.saved(self._clock())
            self._discard(tracked)
            self._arm()

    def _arm(self) -> None:
        now = self._clock()
        waits = [w for t in self._documents.values() if (w := t.autosaver.seconds_until_due(now)) is not None]
        if waits:
            self._timer.start(max(0, round(min(waits) * 1000)))
        else:
            self._timer.stop()

    def _autosave_due(self) -> None:
        now = self._clock()
        for document, tracked in list(self._documents.items()):
            if tracked.autosaver.due(now):
                self.autosave(document)
        self._arm()

    # --- writing -----------------------------------------------------------------------------

    def autosave(self, document: MapDocument) -> None:
        """Write ``document``'s recovery copy now (in the worker); an unmodified one loses its copy."""
        tracked = self._documents[document]
        taken = self._clock()
        if not document.modified:
            tracked.autosaver.saved(taken)
            self._discard(tracked)
            return
        body = document.journey.model_dump(mode="json")  # on the UI thread: the model cannot change meanwhile
        version, original, title = document.file_version, document.path, document.display_name
        safe = document.file.safe
        base = safe.fingerprint if safe is not None and original is not None else None
        session, root = self.session, self.root

        def write() -> RecoveryEntry:
            data = encode_document(MAP_FORMAT, body, version)
            entry = write_recovery(
                original, data, base, format_version=str(max(version or MAP_FORMAT.current, MAP_FORMAT.current)),
                key=tracked.key if original is None else None, title=title, session=session, root=root,
            )
            tracked.key, tracked.entry = entry.key, entry
            if tracked.replaces is not None and tracked.replaces.key != entry.key:
                discard(tracked.replaces)
            tracked.replaces = None
            return entry

        def failed(error: BaseException) -> None:
            self.problem.emit(tr("Autosave failed: %1").replace("%1", str(error)))

        tracked.autosaver.autosaved(taken)  # a failure waits for the next edit rather than retrying at once
        self.queue.submit(write, self.written.emit, failed)

    def _discard(self, tracked: _Tracked) -> None:
        def remove() -> None:
            for entry in (tracked.entry, tracked.replaces):
                if entry is not None:
                    discard(entry)
            tracked.key = tracked.entry = tracked.replaces = None

        self.queue.submit(remove, None, lambda error: None)
