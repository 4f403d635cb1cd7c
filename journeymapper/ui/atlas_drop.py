"""Drops on the atlas dock: map files from the system's file manager, and map rows onto another group.

Only local ``.journey`` files are taken (a drop of anything else is refused
before it lands, so the pointer says so). Dropped on a group, the maps join
that group. The files then go through ``AtlasEntryCommands.add_paths``: files
inside the atlas's folder are added, files outside are copied in only if the
user agrees, because an atlas links only to maps inside its own folder.

A map row dragged within the list and dropped on another group's rows moves
the entry to that group (``set_group_of``: saved, undoable). The list never
moves its own rows: the drop is taken here, and the list shows the atlas as
read back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from ..store.sidefiles import MAP_SUFFIX, is_document_name

if TYPE_CHECKING:
    from .atlas_dock import AtlasDock
    from .atlas_entries import AtlasEntryCommands


ROW_FORMAT = "application/x-qabstractitemmodeldatalist"
"""What a drag of the list's own rows carries."""


def dropped_maps(mime: QMimeData) -> list[Path]:
    """The local map files named by a drag's URLs (backups, locks and other files left out)."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.name.endswith(MAP_SUFFIX) and is_document_name(f.name)]


class AtlasDrop(QObject):
    """Accepts map files dropped on the dock (the list and its surroundings)."""

    def __init__(self, dock: "AtlasDock", commands: "AtlasEntryCommands") -> None:
        super().__init__(dock)
        self.dock = dock
        self.commands = commands
        for widget in (dock, dock.tree.viewport()):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
        dock.tree.setDragEnabled(True)
        dock.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        dock.tree.setDefaultDropAction(Qt.DropAction.CopyAction)  # never a move: the list does not change itself

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if isinstance(event, QDropEvent) and event.mimeData().hasFormat(ROW_FORMAT):
            return self._row_drag(watched, event)
        dragging = (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if kind in dragging and isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if self.commands.editable() and dropped_maps(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = dropped_maps(event.mimeData())
            if not files or not self.commands.editable():
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            group = self._group_at(watched, event)
            # after the drop has returned: the file manager is not kept waiting by our questions
            QTimer.singleShot(0, self, lambda: self.commands.add_paths(files, group))
            return True
        return False

    def _row_drag(self, watched: QObject, event: QDropEvent) -> bool:
        """A map row of the list over (or dropped on) a group: taken only where the group differs."""
        info = self.dock.current_info()
        group = self._group_at(watched, event)
        if info is None or group is None or group == info.group or not self.commands.editable():
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, self, lambda: self.commands.set_group_of(info, group))
        return True

    def _group_at(self, watched: QObject, event: QDropEvent) -> Optional[str]:
        """The group of the row the files were dropped on (None: the selected row's group)."""
        if watched is not self.dock.tree.viewport():
            return None
        index = self.dock.tree.indexAt(event.position().toPoint())
        if not index.isValid():
            return None
        top = index.siblingAtColumn(0)
        while top.parent().isValid():
            top = top.parent()
        return self.dock.model.group_names()[top.row()]
