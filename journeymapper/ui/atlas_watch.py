"""Keeping the atlas dock current: its files are watched, and it is read again on coming back.

A colleague adds a map to the shared atlas, or the editor saves a map: the
dock should show it without the user asking. A QFileSystemWatcher watches the
atlas file and the folders holding its maps (a save replaces a map by
renaming, which the folder sees); changes are gathered for a moment and then
the dock re-reads the atlas, which is cheap because the metadata cache trusts
each map's size and time. Network shares do not always report changes, so
the dock is also read again when the window becomes active (at most every few
seconds), and whenever a map of this window is saved.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer

if TYPE_CHECKING:
    from .atlas_dock import AtlasDock

SETTLE_MS = 500
"""Changes within this time are read once (a save touches several files)."""
ACTIVATION_GAP_S = 3.0
"""Coming back to the window re-reads the atlas at most this often."""


class AtlasWatch(QObject):
    """Re-reads ``dock``'s atlas when its files change or the window becomes active."""

    def __init__(self, dock: "AtlasDock", window: Optional[QObject] = None) -> None:
        super().__init__(dock)
        self.dock = dock
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self._settled)
        self._waiting = False
        self._last_read = 0.0
        self.refreshes = 0
        dock.scanned.connect(self._scanned)
        if window is not None:
            window.installEventFilter(self)

    def watched(self) -> list[str]:
        return sorted(self.watcher.files() + self.watcher.directories())

    def _scanned(self) -> None:
        """Watch what the new scan names: the atlas file, its folder, every folder holding a map."""
        self._last_read = time.monotonic()
        index = self.dock.index
        if index is None:
            return
        parents = {str(info.link.file.parent) for info in index.entries if info.link.file is not None}
        folders = {str(index.root)} | {p for p in parents if p.startswith(str(index.root)) and os.path.isdir(p)}
        wanted = {str(index.path)} | folders
        current = set(self.watcher.files()) | set(self.watcher.directories())
        gone = sorted(current - wanted)
        if gone:
            self.watcher.removePaths(gone)
        new = sorted(wanted - current)
        if new:
            self.watcher.addPaths(new)
        if self._waiting:
            self._waiting = False
            self.timer.start()

    def poke(self) -> None:
        """Something was saved (a map of this window): read the atlas again once things are quiet."""
        if self.dock.path is not None:
            self.timer.start()

    def _changed(self, path: str) -> None:
        self.timer.start()  # restarted by each change: read once things are quiet
        if path == str(self.dock.path) and path not in self.watcher.files() and os.path.exists(path):
            self.watcher.addPath(path)  # a safe save replaces the file: watch the new one

    def _settled(self) -> None:
        if self.dock.busy():
            self._waiting = True  # read again when the scan under way is done
            return
        self.refresh()

    def refresh(self) -> None:
        if self.dock.path is not None:
            self.refreshes += 1
            self.dock.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ActivationChange and getattr(watched, "isActiveWindow", lambda: False)():
            if time.monotonic() - self._last_read > ACTIVATION_GAP_S and not self.dock.busy():
                self.refresh()
        return False
