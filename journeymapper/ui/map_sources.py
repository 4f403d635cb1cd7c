"""Which file each open map stands for, so links in it resolve and its tab can be found again.

A map opened from its file stands for that file. A map of the bundled example
atlas opens as an untitled copy (so a save never overwrites the installed
file), yet its drill-down links must still resolve and following one twice
must reuse its tab: it stands for the file it was copied from, remembered
when this module opened it, or found in the open atlas by the map's id.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..editor import MapDocument
from .opening import same_file

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


class MapSources:
    """The file behind each open map, and opening a map file once (reusing its tab)."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self._copies: "weakref.WeakKeyDictionary[MapDocument, Path]" = weakref.WeakKeyDictionary()

    def file_of(self, tab: "Tab") -> Optional[Path]:
        """The map's file; for an untitled copy of an atlas map, the file it copies; None for a new map."""
        document = tab.document
        if document.path is not None:
            return Path(document.path)
        copied = self._copies.get(document)
        if copied is not None:
            return copied
        return self._atlas_file_of(document.journey.id)

    def _atlas_file_of(self, map_id: str) -> Optional[Path]:
        index = self.window.atlas_dock.index
        if index is None:
            return None
        for info in index.entries:
            if info.meta is not None and info.meta.map_id == map_id and info.link.file is not None:
                return info.link.file
        return None

    def tab_for(self, path: Path) -> Optional["Tab"]:
        """The open tab showing ``path`` (itself or an untitled copy of it)."""
        return next((tab for tab in self.window.tab_list() if same_file(self.file_of(tab), path)), None)

    def open(self, path: Path) -> Optional["Tab"]:
        """Show the map at ``path``: its tab if open, else opened (a copy for the bundled example)."""
        tab = self.tab_for(path)
        if tab is not None:
            self.window.show_tab(tab)
            return tab
        tab = self.window.file_commands.open_from_atlas(Path(path))
        if tab is not None and tab.document.path is None:
            self._copies[tab.document] = Path(path)
        return tab
