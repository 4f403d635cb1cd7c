"""Edit, View and Insert commands, acting on the current tab's canvas.

Clipboard commands go to the text field being typed in when there is one (the
inspector, the find bar), and to the canvas otherwise, so the Edit menu does
what the user expects wherever the keyboard focus is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ..editor import edits
from ..model import Card, LaneKind

if TYPE_CHECKING:
    from .main_window import MainWindow

TextInput = (QLineEdit, QPlainTextEdit, QTextEdit)


def tr(text: str) -> str:
    return QCoreApplication.translate("edit_commands", text)


def clipboard_has_text() -> bool:
    """Whether Paste into a text field would insert anything."""
    mime = QApplication.clipboard().mimeData()
    return mime is not None and mime.hasText() and bool(mime.text())


class EditCommands(QObject):
    """The commands of the Edit, View and Insert menus."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def _view(self) -> Optional[Any]:
        tab = self.window.current_tab()
        return tab.view if tab is not None else None

    def text_input(self) -> Optional[QWidget]:
        """The text field being typed in, which the clipboard commands then act on."""
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, TextInput) else None

    # --- clipboard and selection ----------------------------------------------------

    def cut(self) -> None:
        self._route("cut", "cut")

    def copy(self) -> None:
        self._route("copy", "copy")

    def paste(self) -> None:
        self._route("paste", "paste")

    def select_all(self) -> None:
        self._route("selectAll", "select_all")

    def delete(self) -> None:
        """Delete the selected text, cards, stage, lane or emotion score (all undoable)."""
        field = self.text_input()
        if isinstance(field, QLineEdit):
            field.del_()
        elif isinstance(field, (QPlainTextEdit, QTextEdit)):
            cursor = field.textCursor()
            cursor.deleteChar()
            field.setTextCursor(cursor)
        elif (tab := self.window.current_tab()) is not None and not tab.view.delete_selection():
            selection, document = tab.view.selection(), tab.document
            if selection.single is None:
                return
            if selection.kind == "stage":
                edits.delete_stage(document, selection.single)
            elif selection.kind == "lane":
                edits.delete_lane(document, selection.single)
            elif selection.kind == "emotion":
                edits.set_emotion(document, selection.single, None, selection.persona)

    def _route(self, field_method: str, view_method: str) -> None:
        field = self.text_input()
        if field is not None:
            getattr(field, field_method)()
        elif (view := self._view()) is not None:
            getattr(view, view_method)()

    def duplicate(self) -> list[str]:
        """Copies of the selected cards right after the originals, as one step; selects the copies."""
        tab = self.window.current_tab()
        if tab is None:
            return []
        selection = tab.view.selection()
        cards = [c for c in (tab.document.card(i) for i in selection.ids) if c is not None]
        if selection.kind != "cards" or not cards:
            return []
        by_cell: dict[tuple[str, str], list[Card]] = {}
        for card in cards:
            by_cell.setdefault((card.lane, card.stage), []).append(card)
        copies: list[str] = []
        tab.document.begin_macro(tr("Duplicate"))
        try:
            for (lane_id, stage_id), originals in by_cell.items():
                originals.sort(key=lambda c: c.order)
                cell_ids = [c.id for c in tab.document.cards_in_cell(lane_id, stage_id)]
                after = cell_ids.index(originals[-1].id) + 1
                copies += edits.insert_cards(tab.document, originals, lane_id, stage_id, after)
        finally:
            tab.document.end_macro()
        tab.view.select_cards(copies)
        return copies

    # --- view -----------------------------------------------------------------------

    def zoom(self, how: str) -> None:
        if (view := self._view()) is not None:
            getattr(view, how)()

    # --- insert ---------------------------------------------------------------------

    def insert_card(self) -> bool:
        """Start writing a card in the current cell (or the first); it exists once its text is committed."""
        tab = self.window.current_tab()
        if tab is None:
            return False
        tab.view.setFocus()
        if tab.view.add_card(*(tab.view.current_cell() or (None, None))):
            return True
        self.window.statusBar().showMessage(tr("Add a stage and a lane first: a card sits in a stage and a lane."), 8000)
        return False

    def insert_stage(self) -> Optional[str]:
        """A stage after the selected stage (or at the end)."""
        tab = self.window.current_tab()
        if tab is None:
            return None
        return edits.add_stage(tab.document, index=self._after(tab, "stage", tab.document.journey.stages))

    def insert_lane(self, kind: LaneKind) -> Optional[str]:
        """A lane of ``kind`` after the selected lane (or at the end)."""
        tab = self.window.current_tab()
        if tab is None:
            return None
        return edits.add_lane(tab.document, kind, index=self._after(tab, "lane", tab.document.journey.lanes))

    def _after(self, tab: Any, kind: str, items: list[Any]) -> Optional[int]:
        selection = tab.view.selection()
        if selection.kind == kind and selection.single is not None:
            ids = [item.id for item in items]
            if selection.single in ids:
                return ids.index(selection.single) + 1
        return None
