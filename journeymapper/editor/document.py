"""A map being edited: the model, its one undo stack, its file, and change signals.

Views never write to the model. Every edit is a command on ``undo_stack`` made
of reversible operations (``operations.py``); when a command has run, the
document announces one ``Change`` and views redraw only what it names. The
modified flag is the undo stack's clean state.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Card, JourneyMap, Problem, check_map
from ..store import MAP_FORMAT, Version
from .changes import Change
from .file_session import FileSession
from .operations import Operation

CHECK_EVERY_EDIT = os.environ.get("JOURNEYMAPPER_CHECK_EDITS") == "1"
"""Tests set this to run the full invariant check after every command (O(map size))."""

Cell = tuple[str, str]
Runner = Callable[[Callable[[], Any]], Any]
"""Runs a blocking call and returns its result: the window passes one that uses a worker thread."""


class InvariantBroken(AssertionError):
    """An edit left the map inconsistent: a bug in the editor, never the user's fault."""


class MapDocument(QObject):
    """One open map: model, file path, undo stack and an index of cells."""

    changed = Signal(object)  # Change
    file_changed = Signal()  # path or saved state changed

    def __init__(
        self,
        journey: JourneyMap,
        path: Optional[Path] = None,
        file_version: Optional[Version] = None,
        parent: Optional[QObject] = None,
        file: Optional[FileSession] = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.path = path
        self.file_version = file_version
        self.file = file if file is not None else FileSession()
        self.file.setParent(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.file_changed)
        self._cards_by_id: dict[str, Card] = {}
        self._cell_of: dict[str, Cell] = {}
        self._cells: dict[Cell, list[Card]] = {}
        self._rebuild_index()

    # --- state ------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.journey.title or (self.path.stem if self.path else self.tr("Untitled map"))

    def card(self, card_id: str) -> Optional[Card]:
        return self._cards_by_id.get(card_id)

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """Cards of a cell in display order (from the index: no scan of the map)."""
        return list(self._cells.get((lane_id, stage_id), ()))

    def cells(self) -> dict[Cell, list[Card]]:
        return {cell: list(cards) for cell, cards in self._cells.items()}

    def check(self) -> list[Problem]:
        return check_map(self.journey)

    # --- editing ----------------------------------------------------------------

    def push(self, text: str, operations: Sequence[Operation], merge_key: object = None) -> None:
        """Run operations as one undoable step named ``text``."""
        if operations:
            self.undo_stack.push(EditCommand(self, text, list(operations), merge_key))

    def begin_macro(self, text: str) -> None:
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    def apply(self, operations: Iterable[Operation]) -> list[Operation]:
        """Apply operations now (commands call this); returns their inverses in undo order."""
        change = Change()
        inverses = [operation.apply(self.journey, change) for operation in operations]
        inverses.reverse()
        self._update_index(change)
        if CHECK_EVERY_EDIT:
            problems = self.check()
            if problems:
                raise InvariantBroken("; ".join(map(str, problems)))
        if change:
            self.changed.emit(change)
        return inverses

    def replace_model(self, journey: JourneyMap) -> None:
        """Swap in a new model (reload); clears undo, as the old steps no longer apply."""
        self.journey = journey
        self.undo_stack.clear()
        self._rebuild_index()
        self.changed.emit(Change(everything=True, frame=True, actions=True, personas=True))

    def restore_model(self, journey: JourneyMap) -> None:
        """Swap in recovered work: like a reload, but the result is unsaved (modified)."""
        self.replace_model(journey)
        self.undo_stack.resetClean()

    # --- files ------------------------------------------------------------------

    def save(self, path: Optional[Path] = None, force: bool = False, run: Optional[Runner] = None) -> None:
        """Save to ``path`` (or the current file) through ``file``; raises SaveError or ConflictError.

        The file is checked for changes made elsewhere first (skipped with
        ``force``: the user chose Overwrite). ``run`` performs the blocking write
        (the window runs it in a worker thread); on failure the document stays
        modified and its modification time is put back.
        """
        target = Path(path or self.path or "")
        if not target.name:
            raise ValueError("a new map needs a file name first (Save As)")
        stamp = datetime.now(timezone.utc).replace(microsecond=0)
        previous = self.journey.modified, self.journey.created
        self.journey.modified = stamp
        if self.journey.created is None:
            self.journey.created = stamp
        try:
            reason = (run or _now)(lambda: self.file.write(self.journey, target, force))
        except BaseException:
            self.journey.modified, self.journey.created = previous
            raise
        safe = self.file.safe
        self.path = safe.path if safe is not None else target
        self.file_version = safe.version if safe is not None else MAP_FORMAT.current
        self.undo_stack.setClean()
        self.file.written(reason)
        self.file_changed.emit()

    def close_file(self, run: Optional[Runner] = None) -> None:
        """Release the file's lock (the document is closing)."""
        (run or _now)(self.file.close)

    # --- the cell index ----------------------------------------------------------

    def _rebuild_index(self) -> None:
        self._cards_by_id = {card.id: card for card in self.journey.cards}
        self._cell_of = {card.id: (card.lane, card.stage) for card in self.journey.cards}
        self._cells = {}
        for card in self.journey.cards:
            self._cells.setdefault((card.lane, card.stage), []).append(card)
        for cards in self._cells.values():
            cards.sort(key=lambda c: c.order)

    def _update_index(self, change: Change) -> None:
        if change.everything:
            self._rebuild_index()
            return
        touched: set[Cell] = set(change.cells)
        for card_id in change.removed_cards | change.cards:
            old_cell = self._cell_of.pop(card_id, None)
            old_card = self._cards_by_id.pop(card_id, None)
            if old_cell is not None and old_card is not None:
                cell_cards = self._cells.get(old_cell, [])
                self._cells[old_cell] = [c for c in cell_cards if c is not old_card]
                touched.add(old_cell)
        for card_id in change.cards:
            card = change.card_objects.get(card_id)
            if card is None:
                continue
            self._cards_by_id[card_id] = card
            cell = (card.lane, card.stage)
            self._cell_of[card_id] = cell
            self._cells.setdefault(cell, []).append(card)
            touched.add(cell)
        for cell in touched:
            cards = self._cells.get(cell)
            if cards is not None:
                cards.sort(key=lambda c: c.order)
                if not cards:
                    del self._cells[cell]
        change.cells |= touched


def _now(work: Callable[[], Any]) -> Any:
    return work()


class EditCommand(QUndoCommand):
    """One undoable step: a list of operations and, once run, their inverses.

    Commands with the same non-None ``merge_key`` that follow each other merge
    into one step (typing in one field), keeping the first step's undo.
    """

    _MERGE_ID = 1

    def __init__(self, document: MapDocument, text: str, operations: list[Operation], merge_key: object) -> None:
        super().__init__(text)
        self._document = document
        self._operations = operations
        self._inverses: list[Operation] = []
        self._merge_key = merge_key

    def redo(self) -> None:
        self._inverses = self._document.apply(self._operations)

    def undo(self) -> None:
        self._operations = self._document.apply(self._inverses)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        self._operations = self._operations + other._operations
        self._inverses = other._inverses + self._inverses
        return True
