"""Undo and Redo for atlas edits, through the window's Edit > Undo while the atlas dock has the focus.

The atlas has its own undo stack in the window's undo group: it becomes the
active stack while the focus is in the atlas dock, and the current map's stack
comes back when the focus leaves it, so Ctrl+Z undoes what the user just did
where they are. An atlas edit is on disk already when it is pushed; undoing it
is another safe, conflict-checked change (``AtlasEntryCommands`` makes the
steps): an undo whose atlas or map was changed by someone since is refused
with a message, and the step leaves the stack. Deleting a file and repairing
links (Locate…) cannot be undone: those are confirmed first, and clear the
stack so no older step is undone over them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from .atlas_dock import AtlasDock
    from .main_window import MainWindow

Step = Callable[[], bool]
"""Makes one side of an atlas change on disk; False when it was refused (the user was told why)."""


class AtlasChange(QUndoCommand):
    """An atlas edit already made: ``undo_step`` takes it back, ``redo_step`` makes it again."""

    def __init__(self, text: str, undo_step: Step, redo_step: Step) -> None:
        super().__init__(text)
        self._undo_step = undo_step
        self._redo_step = redo_step
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the change is on disk already
            self._pushed = True
            return
        if not self._redo_step():
            self.setObsolete(True)  # the stack drops a step that can no longer be made

    def undo(self) -> None:
        if not self._undo_step():
            self.setObsolete(True)


class AtlasUndo(QObject):
    """The atlas's undo stack, active while the atlas dock has the focus."""

    def __init__(self, window: "MainWindow", dock: "AtlasDock") -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.stack = QUndoStack(self)
        self.stack.setObjectName("atlas_undo_stack")
        window.undo_group.addStack(self.stack)
        self._path: Optional[Path] = None
        dock.scanned.connect(self._atlas_shown)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    def push(self, text: str, undo_step: Step, redo_step: Step) -> None:
        self.stack.push(AtlasChange(text, undo_step, redo_step))

    def forget(self) -> None:
        """A change that cannot be undone was made: older steps must not be undone over it."""
        self.stack.clear()

    def _atlas_shown(self) -> None:
        if self.dock.path != self._path:
            self.stack.clear()
            self._path = self.dock.path

    def _in_dock(self, widget: Optional[QWidget]) -> bool:
        return widget is not None and (widget is self.dock or self.dock.isAncestorOf(widget))

    def _focus_changed(self, old: Optional[QWidget], new: Optional[QWidget]) -> None:
        group = self.window.undo_group
        if self._in_dock(new):
            group.setActiveStack(self.stack)
        elif new is not None and group.activeStack() is self.stack:
            tab = self.window.current_tab()
            group.setActiveStack(tab.document.undo_stack if tab is not None else None)
