"""Keys on the canvas: the focused cell, moving between cells and cards, editing keys,
and the workshop's one-key edits: ``+``/``=``/``-`` vote on the selected cards, ``1``..``9``
score the focused stage (a mixin of :class:`~.view.MapView`).

The view claims its keys in ``ShortcutOverride`` so that the window's shortcuts
(Delete a stage, Tab between widgets...) do not take them while the map has the
focus, and hands every key to the in-place editor while one is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGraphicsView

from ..editor import edits
from .editing import CardEditor
from .interactions import Gesture

if TYPE_CHECKING:
    from ..editor import MapDocument
    from .scene import MapScene
    from .view_mouse import _Press

    _ViewBase = QGraphicsView
else:
    _ViewBase = object

_EDITING_SEQUENCES = (
    QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.DeleteStartOfWord, QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord, QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord, QKeySequence.StandardKey.SelectPreviousWord,
)
_OWN_KEYS = {
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter,
    Qt.Key.Key_F2, Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape,
}
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_VOTE_UP = {Qt.Key.Key_Plus, Qt.Key.Key_Equal}
_VOTE_DOWN = {Qt.Key.Key_Minus}
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def score_for_key(number: int, minimum: int, maximum: int) -> Optional[int]:
    """The score number key ``number`` (1..9) gives on a scale: 1 is the minimum, one step per
    key up to the maximum (1..5 on -2..+2); a scale of more than nine steps spreads 1..9 over it."""
    steps = maximum - minimum + 1
    if not 1 <= number <= 9:
        return None
    if steps <= 9:
        return minimum + number - 1 if number <= steps else None
    return minimum + round((number - 1) * (maximum - minimum) / 8)


class KeyboardMixin(_ViewBase):
    """Key handling and the keyboard focus frame's moves, cell by cell and card by card."""

    document: MapDocument
    map_scene: MapScene
    _editor: Optional[CardEditor]
    _gesture: Optional[Gesture]
    _press: Optional[_Press]

    def event(self, event) -> bool:  # noqa: ANN001
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            if self._editor is not None:
                if not event.modifiers() & _MODIFIERS or any(event.matches(s) for s in _EDITING_SEQUENCES):
                    event.accept()
                    return True
            elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self.map_scene.selected_card_ids():  # else the window's Delete (a stage, a lane...)
                    event.accept()
                    return True
            elif event.key() in _OWN_KEYS or event.key() == Qt.Key.Key_Tab or event.key() == Qt.Key.Key_Backtab:
                event.accept()
                return True
            elif self._workshop_key(event):
                event.accept()
                return True
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.commit_edit()
                if self._step_cell(-1 if backwards else 1):
                    event.accept()
                    return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        editor = self._editor
        if editor is not None:
            if self.map_scene.focusItem() is editor:
                super().keyPressEvent(event)
            else:
                self.map_scene.sendEvent(editor, event)
            return
        key = event.key()
        modifiers = event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        scene = self.map_scene
        if key == Qt.Key.Key_Escape:
            if self._gesture is not None:
                self._end_gesture(cancel=True)
            elif self._press is not None:
                self._press = None
            else:
                scene.clear_selection()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_Insert or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_card()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            ids = scene.selected_card_ids()
            if len(ids) == 1:
                self.edit_card(ids[0])
            elif not ids and key != Qt.Key.Key_F2:
                self.add_card()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_vertically(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_sideways(1 if key == Qt.Key.Key_Right else -1)
        elif key == Qt.Key.Key_Plus and ctrl or key == Qt.Key.Key_Equal and ctrl:
            self.zoom_in()
        elif key == Qt.Key.Key_Minus and ctrl:
            self.zoom_out()
        elif self._workshop_key(event):
            if key in _DIGITS:
                self.score_focused_stage(_DIGITS[key])
            else:
                self.vote_selected(1 if key in _VOTE_UP else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- workshop keys ---

    def _workshop_key(self, event) -> bool:  # noqa: ANN001
        """Whether a key is a vote (cards selected) or a score (a stage focused): no Ctrl/Alt/Meta
        (Ctrl+1 and Ctrl+- belong to zooming), Shift allowed (``+`` is Shift+= on many layouts)."""
        if event.modifiers() & _MODIFIERS:
            return False
        key = event.key()
        if key in _VOTE_UP or key in _VOTE_DOWN:
            return bool(self.map_scene.selected_card_ids())
        return key in _DIGITS and self.focused_stage() is not None

    def focused_stage(self) -> Optional[str]:
        """The stage the keyboard is on: a selected stage or emotion point, else the focused cell's."""
        selection = self.map_scene.selection()
        if selection.kind in ("stage", "emotion") and selection.ids:
            return selection.ids[0]
        cell = self.map_scene.focus_cell
        return cell[1] if cell is not None else None

    def vote_selected(self, step: int) -> bool:
        """One dot more (``step`` 1) or less (-1) on each selected card, as one undo step."""
        ids = self.map_scene.selected_card_ids()
        if not ids:
            return False
        if step > 0:
            edits.add_vote(self.document, ids)
        else:
            edits.remove_vote(self.document, ids)
        return True

    def score_focused_stage(self, number: int) -> bool:
        """Number key ``number`` sets the focused stage's score for the curve's persona."""
        stage_id = self.focused_stage()
        scale = self.document.journey.emotion_scale
        value = score_for_key(number, scale.minimum, scale.maximum)
        if stage_id is None or value is None:
            return False
        edits.set_emotion(self.document, stage_id, value, edits.curve_persona(self.document))
        return True

    def _cells(self) -> list[tuple[str, str]]:
        """Cells in reading order (lane by lane, stage by stage), collapsed lanes left out."""
        journey = self.document.journey
        return [(lane.id, stage.id) for lane in journey.lanes if not lane.collapsed for stage in journey.stages]

    def _default_cell(self) -> Optional[tuple[str, str]]:
        cells = self._cells()
        return cells[0] if cells else None

    def _move_focus(self, cell: tuple[str, str], card_id: Optional[str] = None) -> None:
        scene = self.map_scene
        scene.set_focus_cell(cell)
        if card_id is not None:
            scene.select_cards([card_id])
            self.ensure_visible(card_id)
        else:
            scene.clear_selection()
            rect = scene.cell_scene_rect(*cell)
            if rect is not None:
                self._ensure_rect_visible(QRectF(rect.left(), rect.top(), rect.width(), min(rect.height(), 120.0)))

    def _step_cell(self, step: int) -> bool:
        cells = self._cells()
        if not cells:
            return False
        current = self.map_scene.focus_cell
        index = cells.index(current) + step if current in cells else 0
        self._move_focus(cells[index % len(cells)])
        return True

    def _step_sideways(self, step: int) -> None:
        journey = self.document.journey
        current = self.map_scene.focus_cell or self._default_cell()
        if current is None:
            return
        stage_ids = [s.id for s in journey.stages]
        index = stage_ids.index(current[1]) + step if current[1] in stage_ids else 0
        index = max(0, min(len(stage_ids) - 1, index))
        self._move_focus((current[0], stage_ids[index]))

    def _step_vertically(self, step: int) -> None:
        scene = self.map_scene
        current = scene.focus_cell or self._default_cell()
        if current is None:
            return
        cards = [c.id for c in self.document.cards_in_cell(*current)]
        selected = [i for i in scene.selected_card_ids() if i in cards]
        position = cards.index(selected[-1 if step > 0 else 0]) if selected else None
        if position is None and step > 0 and cards and scene.focus_cell is not None:
            self._move_focus(current, cards[0])
            return
        if position is not None and 0 <= position + step < len(cards):
            self._move_focus(current, cards[position + step])
            return
        if position is not None and step < 0:
            self._move_focus(current)  # from the first card up to the cell itself
            return
        lanes = [lane.id for lane in self.document.journey.lanes if not lane.collapsed]
        if current[0] not in lanes:
            return
        index = lanes.index(current[0]) + step
        if not 0 <= index < len(lanes):
            return
        cell = (lanes[index], current[1])
        above = [c.id for c in self.document.cards_in_cell(*cell)] if step < 0 else []
        self._move_focus(cell, above[-1] if above else None)
