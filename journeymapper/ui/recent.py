"""The list of recently opened files, kept in the user's settings between runs."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from .preferences_store import RECENT_LIMIT

ORGANISATION = "JourneyMapper"
APPLICATION = "JourneyMapper"
KEY = "recent_files"


def default_settings() -> QSettings:
    """The application's settings store (tests pass their own)."""
    return QSettings(ORGANISATION, APPLICATION)


class RecentFiles(QObject):
    """Most recent first, without duplicates, at most as many as the preferences say (``RECENT_LIMIT``)."""

    changed = Signal()

    def __init__(self, settings: Optional[QSettings] = None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._settings = settings or default_settings()

    def paths(self) -> list[Path]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [Path(item) for item in (value or []) if item]

    @property
    def limit(self) -> int:
        return RECENT_LIMIT.read(self._settings)

    def add(self, path: Path) -> None:
        text = str(Path(path).absolute())
        entries = [text] + [str(p) for p in self.paths() if str(p) != text]
        self._store(entries[: self.limit])

    def trim(self) -> None:
        """Keep no more entries than the limit (after the preference was lowered)."""
        paths = self.paths()
        if len(paths) > self.limit:
            self._store([str(p) for p in paths[: self.limit]])

    def remove(self, path: Path) -> None:
        text = str(Path(path).absolute())
        self._store([str(p) for p in self.paths() if str(p) != text])

    def clear(self) -> None:
        self._store([])

    def _store(self, entries: list[str]) -> None:
        self._settings.setValue(KEY, entries)
        self._settings.sync()
        self.changed.emit()


class RecentMenu(QMenu):
    """File > Open Recent: one entry per recent file, rebuilt whenever the list changes."""

    open_requested = Signal(Path)

    def __init__(self, recent: RecentFiles, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._recent = recent
        recent.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self._recent.paths()
        for number, path in enumerate(paths, start=1):
            action = self.addAction(f"&{number % 10} {path.name}" if number <= 10 else path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        if not paths:
            empty = self.addAction(QCoreApplication.translate("recent", "No recent files"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(QCoreApplication.translate("recent", "&Clear List"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._recent.clear)
