"""File menu commands: New, Open, Open Recent, Save, Save As, and opening the example.

A file that fails to open shows one message naming the file and the places
it is wrong, and opens nothing. A save that fails leaves the file on disk
unchanged and the map marked modified, and offers Save As.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QObject

from ..editor import MapDocument
from ..store import MAP_FORMAT, DocumentError, SaveError
from . import file_dialogs, opening
from .recent import RecentFiles

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab

_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def tr(text: str) -> str:
    return QCoreApplication.translate("file_commands", text)


class FileCommands(QObject):
    """Opens and saves maps for a main window; keeps the recent files list."""

    def __init__(self, window: "MainWindow", recent: RecentFiles) -> None:
        super().__init__(window)
        self.window = window
        self.recent = recent

    # --- opening --------------------------------------------------------------------

    def new_map(self) -> "Tab":
        """An untitled map with the usual stages and lanes; unmodified until the first edit."""
        return self.window.add_document(MapDocument(opening.new_journey()))

    def open_dialog(self) -> None:
        recent = self.recent.paths()
        for path in file_dialogs.ask_open_paths(self.window, recent[0].parent if recent else None):
            self.open_path(path)

    def open_paths(self, paths: list[Path]) -> None:
        """Open the files named on the command line, or the example when there are none."""
        if not paths:
            self.open_example()
        for path in paths:
            self.open_path(path)

    def open_path(self, path: Path) -> Optional["Tab"]:
        """Open a map (an atlas opens its first map); an open file only brings its tab forward."""
        path = Path(path)
        try:
            tab = self.window.tab_for_path(path)
            if tab is None:
                map_path, document = opening.resolve(path)
                tab = self.window.tab_for_path(map_path)
                if tab is None:
                    tab = self.window.add_document(document or opening.read_document(map_path))
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return None
        self.window.show_tab(tab)
        self.recent.add(path)
        return tab

    def open_example(self) -> Optional["Tab"]:
        try:
            document = opening.open_example()
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return None
        except FileNotFoundError as error:
            self.window.statusBar().showMessage(str(error))
            return None
        return self.window.add_document(document)

    # --- saving ---------------------------------------------------------------------

    def save(self, tab: Optional["Tab"] = None) -> bool:
        """Save to the map's file (Save As for a new map); True when saved."""
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        if tab.document.path is None:
            return self.save_as(tab)
        return self._write(tab, tab.document.path)

    def save_as(self, tab: Optional["Tab"] = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        path = file_dialogs.ask_save_path(self.window, self._suggested_path(tab.document))
        if path is None:
            return False
        other = self.window.tab_for_path(path)
        if other is not None and other is not tab:
            self.window.statusBar().showMessage(
                tr("“%1” is open in another tab; close it first or choose another name.").replace("%1", str(path))
            )
            return False
        return self._write(tab, path)

    def _write(self, tab: "Tab", path: Path) -> bool:
        tab.view.commit_edit()  # a card being typed on the canvas is part of what the user saves
        document = tab.document
        try:
            document.save(path)
        except OSError as error:  # SaveError, or anything the disk said
            reason = str(error) if isinstance(error, SaveError) else (error.strerror or str(error))
            if file_dialogs.ask_save_as_after_failure(self.window, document.display_name, reason):
                return self.save_as(tab)
            return False
        self.recent.add(path)
        self.window.update_tab(tab)
        self.window.statusBar().showMessage(tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _suggested_path(self, document: MapDocument) -> Path:
        if document.path is not None:
            return document.path
        recent = self.recent.paths()
        folder = recent[0].parent if recent else Path.home()
        name = _UNSAFE_IN_NAMES.sub(" ", document.display_name).strip(" .")[:100] or "map"
        return folder / f"{name}{MAP_FORMAT.suffix}"
