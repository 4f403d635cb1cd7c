"""In-place card editing on the canvas (a mixin of :class:`~.view.MapView`).

One :class:`~.editing.CardEditor` at a time lives in the scene over the card (or
over the slot a new card will take); the document changes once, when the text
is committed, so an edit is one undo step and Escape leaves no trace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic_core import ValidationError
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..editor import edits
from .editing import CardEditor

if TYPE_CHECKING:
    from ..editor import MapDocument
    from .scene import MapScene

    _ViewBase = QGraphicsView
else:
    _ViewBase = object


class EditingMixin(_ViewBase):
    """Start, commit and cancel the in-place editor of a card or of a new card."""

    document: MapDocument
    map_scene: MapScene
    _editor: Optional[CardEditor]
    _retired: list[CardEditor]

    def is_editing(self) -> bool:
        return self._editor is not None

    def edit_card(self, card_id: str) -> bool:
        """Start editing a card's text in place; False if the card is not shown."""
        self.commit_edit()
        scene = self.map_scene
        item = scene.cards.get(card_id)
        card = self.document.card(card_id)
        if item is None or card is None or item.box is None:
            return False
        self.ensure_visible(card_id)
        rect = item.mapRectToScene(QRectF(0, 0, item.box.rect.width, item.box.rect.height))
        text_rect = item.box.text.rect
        editor = CardEditor(scene.theme, rect, (text_rect.x, text_rect.y), card.text, item.fill, item.ink,
                            self._finish_edit, item.box.font_size, card_id=card_id)
        item.set_editing(True)
        self._start_editor(editor)
        return True

    def add_card(self, lane_id: Optional[str] = None, stage_id: Optional[str] = None, index: Optional[int] = None) -> bool:
        """Write a new card in a cell (default: the focused one) at ``index`` (default: after the
        selected card there, else at the end). The card exists once the text is committed."""
        self.commit_edit()
        scene = self.map_scene
        if lane_id is None or stage_id is None:
            cell = scene.focus_cell or self._default_cell()
            if cell is None:
                return False
            lane_id, stage_id = cell
        lane = self.document.journey.lane(lane_id)
        if lane is None or lane.collapsed or not scene.frame.has_cell(lane_id, stage_id):
            return False
        if index is None:
            cards = self.document.cards_in_cell(lane_id, stage_id)
            chosen = [i for i, c in enumerate(cards) if c.id in set(scene.selected_card_ids())]
            index = chosen[-1] + 1 if chosen else len(cards)
        scene.set_focus_cell((lane_id, stage_id))
        rect = scene.new_card_rect(lane_id, stage_id, index)
        if rect is None:
            return False
        self._ensure_rect_visible(rect)
        fill = scene.style.card_fill(lane.kind, lane.colour, None)
        pad = scene.options.card_padding
        editor = CardEditor(scene.theme, rect, (pad, pad), "", fill, scene.style.text_on(fill), self._finish_edit,
                            scene.options.card_font_size, cell=(lane_id, stage_id), index=index)
        self._start_editor(editor)
        return True

    def commit_edit(self) -> None:
        if self._editor is not None:
            self._finish_edit(self._editor, True)

    def cancel_edit(self) -> None:
        if self._editor is not None:
            self._finish_edit(self._editor, False)

    def editor(self) -> Optional[CardEditor]:
        return self._editor

    def _start_editor(self, editor: CardEditor) -> None:
        self._editor = editor
        self.map_scene.addItem(editor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(True)

    def _finish_edit(self, editor: CardEditor, commit: bool) -> None:
        if editor.finished:
            return
        editor.finished = True
        text = editor.text()
        if self._editor is editor:
            self._editor = None
        item = self.map_scene.cards.get(editor.card_id) if editor.card_id else None
        if item is not None:
            item.set_editing(False)
        if editor.scene() is not None:
            editor.scene().removeItem(editor)
        self._retired.append(editor)  # deleted after the event that ended it has returned
        QTimer.singleShot(0, self._retired.clear)
        if self.hasFocus() is False and self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(False)
        if not commit:
            return
        try:
            if editor.card_id is not None:
                if self.document.card(editor.card_id) is not None:
                    edits.set_card_fields(self.document, editor.card_id, text=text)
            elif editor.cell is not None and text.strip():
                lane_id, stage_id = editor.cell
                new_id = edits.add_card(self.document, lane_id, stage_id, text.strip(), editor.index)
                self.map_scene.select_cards([new_id])
                self.map_scene.set_focus_cell(editor.cell)
        except (ValidationError, ValueError, KeyError):
            QApplication.beep()

    def _on_document_changed(self, change) -> None:  # noqa: ANN001
        editor = self._editor
        if editor is not None and editor.card_id is not None and editor.card_id not in self.map_scene.cards:
            self.cancel_edit()
