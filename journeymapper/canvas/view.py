"""The canvas widget: a QGraphicsView on a MapScene, with gestures, keys, zoom and the clipboard."""

from __future__ import annotations

from typing import Iterable, Optional

from pydantic_core import ValidationError
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QPixmapCache
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from ..editor import MapDocument, edits
from ..editor.selection import Selection
from ..layout import DEFAULT_OPTIONS, LayoutOptions, TextMeasurer
from .clipboard import CARDS_MIME, cards_from_mime, cards_to_mime, lines_from_text, palette_payload
from .editing import CardEditor
from .interactions import (
    CardDrag,
    EmotionPointDrag,
    Gesture,
    LaneReorderDrag,
    LaneResizeDrag,
    Pan,
    PaletteDrop,
    RubberBandSelect,
    StageReorderDrag,
    StageResizeDrag,
)
from .frame_items import LaneHeaderItem, StageHeaderItem
from .items import forget_markers, wants_detail
from .scene import MapScene
from .style import forget_translations

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


class _Press:
    """A left press that becomes a gesture once the pointer moves far enough, or a click."""

    def __init__(self, kind: str, view_pos: QPointF, scene_pos: QPointF, modifiers, target: Optional[str] = None) -> None:  # noqa: ANN001
        self.kind = kind
        self.view_pos = QPointF(view_pos)
        self.scene_pos = QPointF(scene_pos)
        self.modifiers = modifiers
        self.target = target


class MapView(QGraphicsView):
    """The journey map on screen, edited with the mouse and the keyboard.

    Mouse, one rule per place:

    - a card: click selects it (Ctrl+click adds or removes it), drag moves the
      selected cards, double-click edits the text;
    - a stage header: drag moves the stage, drag its right edge to resize it;
      a lane title: drag moves the lane, drag its bottom edge to resize it,
      the triangle collapses or expands it;
    - the emotion band: drag a point up or down (it snaps to whole steps), or
      click where a stage has no score yet to give it one;
    - empty space: click focuses that cell, drag pans the map (so does the
      middle button anywhere); **Shift+drag** anywhere draws a rubber band that
      selects the cards it touches (Ctrl+Shift adds to the selection);
    - the wheel zooms around the pointer; Shift+wheel scrolls sideways.

    Keyboard: arrows and Tab move between cells (Up/Down also step through a
    cell's cards); Insert or Ctrl+Enter writes a new card in the focused cell,
    Enter does too when no card is selected; F2, Enter or double-click edits the
    selected card (Enter commits, Shift+Enter is a new line, Escape cancels);
    Delete removes the selected cards; Escape cancels a drag or clears the selection.
    """

    selection_changed = Signal(object)  # Selection
    zoom_changed = Signal(float)
    context_menu_requested = Signal(QPoint)  # global position; the selection is already updated
    editing_changed = Signal(bool)

    MIN_ZOOM = 0.05
    MAX_ZOOM = 4.0
    ZOOM_STEP = 1.25
    EDGE = 28
    """Pixels from the viewport's edge (or the pinned headers) where dragging scrolls."""

    def __init__(
        self,
        document: MapDocument,
        measurer: Optional[TextMeasurer] = None,
        parent: Optional[QWidget] = None,
        options: LayoutOptions = DEFAULT_OPTIONS,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.map_scene = MapScene(document, measurer, options, palette=self.palette(), parent=self, card_caching=True)
        self.setScene(self.map_scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Journey map"))
        self._gesture: Optional[Gesture] = None
        self._press: Optional[_Press] = None
        self._editor: Optional[CardEditor] = None
        self._retired: list[CardEditor] = []
        self._drop: Optional[PaletteDrop] = None
        self._last_view_pos = QPointF()
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._auto_scroll_tick)
        self._zoom_settled = QTimer(self)  # cards draw directly while zooming, cached once it stops
        self._zoom_settled.setSingleShot(True)
        self._zoom_settled.setInterval(250)
        self._zoom_settled.timeout.connect(self.map_scene.resume_card_caching)
        self.map_scene.map_selection_changed.connect(self._on_selection_changed)
        self.map_scene.geometry_changed.connect(self._update_sticky)
        document.changed.connect(self._on_document_changed)
        self._describe(self.selection())

    # --- public API -------------------------------------------------------------------

    def selection(self) -> Selection:
        return self.map_scene.selection()

    def select_cards(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        self.map_scene.select_cards(ids)
        if ids and ids[0] in self.map_scene.cards:
            card = self.document.card(ids[0])
            if card is not None:
                self.map_scene.set_focus_cell((card.lane, card.stage))

    def select_all(self) -> None:
        self.map_scene.select_cards(self.map_scene.cards.keys())

    def clear_selection(self) -> None:
        self.map_scene.clear_selection()

    def focus_cell(self, lane_id: str, stage_id: str) -> None:
        """Put the keyboard focus frame on a cell (where Insert writes and Paste puts cards)."""
        self.map_scene.set_focus_cell((lane_id, stage_id))
        rect = self.map_scene.cell_scene_rect(lane_id, stage_id)
        if rect is not None:
            self._ensure_rect_visible(QRectF(rect.left(), rect.top(), rect.width(), min(rect.height(), 120.0)))

    def current_cell(self) -> Optional[tuple[str, str]]:
        return self.map_scene.focus_cell

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

    def copy(self) -> bool:
        ids = self.map_scene.selected_card_ids()
        cards = [c for c in (self.document.card(i) for i in ids) if c is not None]
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        return True

    def cut(self) -> bool:
        if self.copy():
            return self.delete_selection()
        return False

    def can_paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and (mime.hasFormat(CARDS_MIME) or bool(mime.hasText() and mime.text().strip()))

    def paste(self, mime=None) -> list[str]:  # noqa: ANN001 - a QMimeData
        """Paste cards (ours) or plain text lines (one card each) into the current cell."""
        self.commit_edit()
        mime = mime if mime is not None else QGuiApplication.clipboard().mimeData()
        target = self._paste_target()
        if mime is None or target is None:
            return []
        lane_id, stage_id, index = target
        return self._insert_from_mime(mime, lane_id, stage_id, index)

    def delete_selection(self) -> bool:
        ids = self.map_scene.selected_card_ids()
        if not ids:
            return False
        edits.delete_cards(self.document, ids)
        return True

    def highlight_cards(self, ids: Iterable[str]) -> None:
        """Mark cards found by Find (an empty list clears the marks)."""
        self.map_scene.highlight_cards(ids)

    def ensure_visible(self, card_id: str) -> None:
        rect = self.map_scene.card_scene_rect(card_id)
        if rect is not None:
            self._ensure_rect_visible(rect)

    # zoom

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: Optional[QPointF] = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``anchor`` (viewport pixels) in place."""
        factor = max(self.MIN_ZOOM, min(self.MAX_ZOOM, factor))
        current = self.zoom_factor()
        if abs(factor - current) < 1e-9:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.scale(factor / current, factor / current)
        self.map_scene.set_detail(wants_detail(factor))
        after = QPointF(self.mapFromScene(before))
        delta = after - anchor
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(delta.x()))
        v.setValue(v.value() + round(delta.y()))
        self._update_sticky()
        self.map_scene.pause_card_caching(self.mapToScene(self.viewport().rect()).boundingRect())
        self._zoom_settled.start()
        self.zoom_changed.emit(self.zoom_factor())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / self.ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        rect = self.map_scene.map_rect()
        viewport = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or viewport.width() <= 0:
            return
        factor = min((viewport.width() - 4) / rect.width(), (viewport.height() - 4) / rect.height())
        self.set_zoom(factor)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    # --- editing in place ----------------------------------------------------------------

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

    # --- mouse ---------------------------------------------------------------------------

    def _scene_pos(self, view_pos: QPointF) -> QPointF:
        return self.mapToScene(view_pos.toPoint())

    def mousePressEvent(self, event) -> None:  # noqa: N802, ANN001
        view_pos = event.position()
        scene_pos = self._scene_pos(view_pos)
        if self._editor is not None:
            if self._editor.sceneBoundingRect().contains(scene_pos):
                super().mousePressEvent(event)
                return
            self.commit_edit()
        if self._gesture is not None:
            self._end_gesture(cancel=True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._last_view_pos = QPointF(view_pos)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton:
            self._begin(Pan(self, view_pos))
            event.accept()
            return
        scene = self.map_scene
        hit = scene.hit(scene_pos)
        if button == Qt.MouseButton.RightButton:
            if hit.region == "card" and hit.card_id not in scene.selected_card_ids():
                scene.select_cards([hit.card_id])
            if hit.lane_id and hit.stage_id:
                scene.set_focus_cell((hit.lane_id, hit.stage_id))
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            return
        event.accept()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._press = _Press("rubber", view_pos, scene_pos, modifiers, hit.card_id)
            return
        region = hit.region
        if region == "card" and hit.card_id:
            scene.set_focus_cell((hit.lane_id, hit.stage_id))
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                scene.toggle_card(hit.card_id)
                return
            if hit.card_id not in scene.selected_card_ids():
                scene.select_cards([hit.card_id])
            self._press = _Press("card", view_pos, scene_pos, modifiers, hit.card_id)
        elif region == "stage_header" and hit.stage_id:
            column = scene.frame.column(hit.stage_id)
            grip = StageHeaderItem.RESIZE_GRIP / max(self.zoom_factor(), 0.2)
            if scene_pos.x() >= column.right - grip:
                self._begin(StageResizeDrag(self, hit.stage_id, scene_pos))
            elif scene_pos.x() <= column.x + grip and column.index > 0:
                self._begin(StageResizeDrag(self, scene.frame.columns[column.index - 1].stage_id, scene_pos))
            else:
                scene.select_stage(hit.stage_id)
                self._press = _Press("stage", view_pos, scene_pos, modifiers, hit.stage_id)
        elif region == "lane_header" and hit.lane_id:
            header = scene.lane_headers[hit.lane_id]
            row = scene.frame.row(hit.lane_id)
            grip = LaneHeaderItem.RESIZE_GRIP / max(self.zoom_factor(), 0.2)
            if header.toggle_rect().adjusted(-3, -3, 3, 3).contains(header.mapFromScene(scene_pos)):
                lane = self.document.journey.lane(hit.lane_id)
                if lane is not None:
                    edits.set_lane_fields(self.document, hit.lane_id, collapsed=not lane.collapsed)
            elif scene_pos.y() >= row.bottom - grip and not row.collapsed:
                self._begin(LaneResizeDrag(self, hit.lane_id, scene_pos))
            else:
                scene.select_lane(hit.lane_id)
                self._press = _Press("lane", view_pos, scene_pos, modifiers, hit.lane_id)
        elif region == "curve" and hit.stage_id:
            scene.select_emotion(hit.stage_id)
            self._press = _Press("emotion", view_pos, scene_pos, modifiers, hit.stage_id)
        else:
            if hit.lane_id and hit.stage_id:
                scene.set_focus_cell((hit.lane_id, hit.stage_id))
            scene.clear_selection()
            self._press = _Press("pan", view_pos, scene_pos, modifiers)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        view_pos = event.position()
        self._last_view_pos = QPointF(view_pos)
        if self._gesture is not None:
            self._gesture.move(self._scene_pos(view_pos), view_pos)
            self._update_autoscroll()
            event.accept()
            return
        press = self._press
        if press is not None:
            if (view_pos - press.view_pos).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                gesture = self._gesture_for(press)
                if gesture is not None:
                    self._begin(gesture)
                    gesture.move(self._scene_pos(view_pos), view_pos)
                    self._update_autoscroll()
            event.accept()
            return
        if self._editor is not None and event.buttons() != Qt.MouseButton.NoButton:
            super().mouseMoveEvent(event)
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            self._update_hover_cursor(self._scene_pos(view_pos))
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802, ANN001
        view_pos = event.position()
        if self._gesture is not None:
            self._end_gesture(scene_pos=self._scene_pos(view_pos))
            event.accept()
            return
        press = self._press
        self._press = None
        if press is not None:
            self._click(press)
            event.accept()
            return
        if self._editor is not None:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.button() != Qt.MouseButton.LeftButton:
            return
        scene_pos = self._scene_pos(event.position())
        if self._editor is not None and self._editor.sceneBoundingRect().contains(scene_pos):
            super().mouseDoubleClickEvent(event)
            return
        self._press = None
        hit = self.map_scene.hit(scene_pos)
        if hit.region == "card" and hit.card_id:
            self.map_scene.select_cards([hit.card_id])
            self.edit_card(hit.card_id)
        elif hit.region == "cell" and hit.lane_id and hit.stage_id:
            self.map_scene.clear_selection()
            self.add_card(hit.lane_id, hit.stage_id)
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._editor is not None:
            super().contextMenuEvent(event)
            return
        self.context_menu_requested.emit(event.globalPos())
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: N802, ANN001
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or (delta.y() == 0 and delta.x() != 0):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (delta.x() or delta.y()))
            event.accept()
            return
        if delta.y():
            self.set_zoom(self.zoom_factor() * 1.0015 ** delta.y(), event.position())
        event.accept()

    def _gesture_for(self, press: _Press) -> Optional[Gesture]:
        scene = self.map_scene
        if press.kind == "card" and press.target in scene.cards:
            ids = scene.selected_card_ids()
            if press.target not in ids:
                ids = [press.target]
            return CardDrag(self, ids, press.target, press.scene_pos)
        if press.kind == "stage" and press.target in scene.stage_headers:
            return StageReorderDrag(self, press.target, press.scene_pos)
        if press.kind == "lane" and press.target in scene.lane_headers:
            return LaneReorderDrag(self, press.target, press.scene_pos)
        if press.kind == "emotion" and press.target in scene.stage_headers:
            return EmotionPointDrag(self, press.target)
        if press.kind == "rubber":
            return RubberBandSelect(self, press.scene_pos, bool(press.modifiers & Qt.KeyboardModifier.ControlModifier))
        if press.kind == "pan":
            return Pan(self, press.view_pos)
        return None

    def _click(self, press: _Press) -> None:
        scene = self.map_scene
        if press.kind == "card" and press.target and len(scene.selected_card_ids()) > 1:
            scene.select_cards([press.target])
        elif press.kind == "rubber":
            if press.target:
                scene.select_cards([press.target], add=True)
            else:
                hit = scene.hit(press.scene_pos)
                if hit.lane_id and hit.stage_id:
                    scene.set_focus_cell((hit.lane_id, hit.stage_id))
        elif press.kind == "emotion" and press.target:
            persona = edits.curve_persona(self.document)
            if edits.score_for(self.document, press.target, persona) is None:
                gesture = EmotionPointDrag(self, press.target)
                gesture.finish(press.scene_pos)

    def _begin(self, gesture: Gesture) -> None:
        self._gesture = gesture
        if gesture.cursor is not None:
            self.viewport().setCursor(gesture.cursor)

    def _end_gesture(self, cancel: bool = False, scene_pos: Optional[QPointF] = None) -> None:
        gesture = self._gesture
        self._gesture = None
        self._autoscroll.stop()
        self.viewport().unsetCursor()
        if gesture is None:
            return
        if cancel or scene_pos is None:
            gesture.cancel()
        else:
            gesture.finish(scene_pos)

    def _update_hover_cursor(self, scene_pos: QPointF) -> None:
        scene = self.map_scene
        hit = scene.hit(scene_pos)
        cursor = None
        zoom = max(self.zoom_factor(), 0.2)
        if hit.region == "stage_header" and hit.stage_id:
            column = scene.frame.column(hit.stage_id)
            grip = StageHeaderItem.RESIZE_GRIP / zoom
            if scene_pos.x() >= column.right - grip or (scene_pos.x() <= column.x + grip and column.index > 0):
                cursor = Qt.CursorShape.SizeHorCursor
            else:
                cursor = Qt.CursorShape.OpenHandCursor
        elif hit.region == "lane_header" and hit.lane_id:
            header = scene.lane_headers[hit.lane_id]
            row = scene.frame.row(hit.lane_id)
            if header.toggle_rect().adjusted(-3, -3, 3, 3).contains(header.mapFromScene(scene_pos)):
                cursor = Qt.CursorShape.PointingHandCursor
            elif scene_pos.y() >= row.bottom - LaneHeaderItem.RESIZE_GRIP / zoom and not row.collapsed:
                cursor = Qt.CursorShape.SizeVerCursor
            else:
                cursor = Qt.CursorShape.OpenHandCursor
        elif hit.region == "curve":
            cursor = Qt.CursorShape.SizeVerCursor
        if cursor is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(cursor)

    # --- auto-scroll near the edges --------------------------------------------------------

    def _edges(self) -> tuple[float, float, float, float]:
        """Left, top, right, bottom of the part of the viewport not covered by pinned headers."""
        rect = self.viewport().rect()
        zoom = self.zoom_factor()
        o = self.map_scene.options
        return (o.lane_header_width * zoom, o.stage_header_height * zoom, float(rect.width()), float(rect.height()))

    def _scroll_step(self) -> tuple[int, int]:
        axes = self._gesture.auto_scroll if self._gesture is not None else (True, True)
        left, top, right, bottom = self._edges()
        p = self._last_view_pos
        dx = dy = 0
        edge = self.EDGE
        if axes[0]:
            if p.x() < left + edge and (self._gesture is None or not isinstance(self._gesture, StageReorderDrag) or p.x() < edge):
                dx = -max(2, round(left + edge - p.x()))
            elif p.x() > right - edge:
                dx = max(2, round(p.x() - right + edge))
        if axes[1]:
            if p.y() < top + edge:
                dy = -max(2, round(top + edge - p.y()))
            elif p.y() > bottom - edge:
                dy = max(2, round(p.y() - bottom + edge))
        return max(-40, min(40, dx)), max(-40, min(40, dy))

    def _update_autoscroll(self) -> None:
        dx, dy = self._scroll_step()
        if dx or dy:
            if not self._autoscroll.isActive():
                self._autoscroll.start()
        else:
            self._autoscroll.stop()

    def _auto_scroll_tick(self) -> None:
        if self._gesture is None and self._drop is None:
            self._autoscroll.stop()
            return
        dx, dy = self._scroll_step()
        if not dx and not dy:
            self._autoscroll.stop()
            return
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        scene_pos = self._scene_pos(self._last_view_pos)
        if self._gesture is not None:
            self._gesture.move(scene_pos, self._last_view_pos)
        elif self._drop is not None:
            self._drop.move(scene_pos)

    # --- keyboard --------------------------------------------------------------------------

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
        else:
            super().keyPressEvent(event)
            return
        event.accept()

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

    # --- drag and drop from outside ----------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        mime = event.mimeData()
        payload = palette_payload(mime)
        if payload is None and (mime.hasFormat(CARDS_MIME) or mime.hasText()):
            payload = "card"
        if payload is None or not (payload.startswith("card") or payload.startswith("lane:")):
            event.ignore()
            return
        self.commit_edit()
        self._drop = PaletteDrop(self, payload)
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._drop is None:
            event.ignore()
            return
        self._last_view_pos = QPointF(event.position())
        if self._drop.move(self._scene_pos(event.position())):
            event.acceptProposedAction()
        else:
            event.ignore()
        self._update_autoscroll()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._drop is not None:
            self._drop.cleanup()
            self._drop = None
        self._autoscroll.stop()
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        drop = self._drop
        self._drop = None
        self._autoscroll.stop()
        if drop is None:
            event.ignore()
            return
        drop.move(self._scene_pos(event.position()))
        drop.cleanup()
        target = drop.target
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        mime = event.mimeData()
        if target[0] == "lane":
            kind = drop.lane_kind
            if kind is not None:
                lane_id = edits.add_lane(self.document, kind, index=target[1])
                self.map_scene.select_lane(lane_id)
            return
        _, lane_id, stage_id, index = target
        if palette_payload(mime) is not None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.map_scene.clear_selection()
            self.add_card(lane_id, stage_id, index)
            return
        self._insert_from_mime(mime, lane_id, stage_id, index)

    # --- helpers ---------------------------------------------------------------------------------

    def _insert_from_mime(self, mime, lane_id: str, stage_id: str, index: Optional[int]) -> list[str]:  # noqa: ANN001
        cards = cards_from_mime(mime)
        ids: list[str] = []
        try:
            if cards:
                ids = edits.insert_cards(self.document, cards, lane_id, stage_id, index)
            elif mime.hasText():
                lines = lines_from_text(mime.text())
                if lines:
                    ids = edits.add_cards(self.document, lane_id, stage_id, lines, index)
        except (ValidationError, ValueError):
            QApplication.beep()
            return []
        if ids:
            self.map_scene.select_cards(ids)
            self.map_scene.set_focus_cell((lane_id, stage_id))
            self.ensure_visible(ids[0])
        return ids

    def _paste_target(self) -> Optional[tuple[str, str, Optional[int]]]:
        scene = self.map_scene
        ids = scene.selected_card_ids()
        if ids:
            card = self.document.card(ids[-1])
            if card is not None:
                cards = [c.id for c in self.document.cards_in_cell(card.lane, card.stage)]
                return card.lane, card.stage, cards.index(card.id) + 1
        cell = scene.focus_cell or self._default_cell()
        if cell is None:
            return None
        return cell[0], cell[1], None

    def _ensure_rect_visible(self, rect: QRectF, margin: float = 16.0) -> None:
        """Scroll so that ``rect`` (scene) is visible and not under the pinned headers."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        o = self.map_scene.options
        zoom = max(self.zoom_factor(), 1e-6)
        m = margin / zoom
        left, top = visible.left() + o.lane_header_width, visible.top() + o.stage_header_height
        right, bottom = visible.right(), visible.bottom()
        dx = dy = 0.0
        if rect.left() - m < left:
            dx = rect.left() - m - left
        elif rect.right() + m > right:
            dx = min(rect.right() + m - right, rect.left() - m - left)
        if rect.top() - m < top:
            dy = rect.top() - m - top
        elif rect.bottom() + m > bottom:
            dy = min(rect.bottom() + m - bottom, rect.top() - m - top)
        if dx:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + round(dx * zoom))
        if dy:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round(dy * zoom))

    def _update_sticky(self) -> None:
        top_left = self.mapToScene(QPoint(0, 0))
        self.map_scene.set_sticky_offset(top_left.x(), top_left.y())

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self._update_sticky()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._update_sticky()
        self._fit_pixmap_cache()

    def _fit_pixmap_cache(self) -> None:
        """Make Qt's pixmap cache (where cards keep their drawings) hold about three screens of
        this viewport: smaller, cards on screen would evict each other and be drawn twice a frame."""
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        needed = int(viewport.width() * viewport.height() * ratio * ratio * 4 * 3 / 1024)
        if QPixmapCache.cacheLimit() < needed:
            QPixmapCache.setCacheLimit(needed)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.map_scene.set_palette(self.palette())
        elif event.type() == QEvent.Type.LanguageChange:
            forget_translations()
            forget_markers()
            self.setAccessibleName(self.tr("Journey map"))
            self.map_scene.set_palette(self.palette())  # redraws every header, label and card
            self._describe(self.selection())

    def _on_selection_changed(self, selection: Selection) -> None:
        self._describe(selection)
        self.selection_changed.emit(selection)

    def _describe(self, selection: Selection) -> None:
        """Say what is selected for screen readers (the items themselves are not accessible)."""
        journey = self.document.journey
        text = ""
        if selection.kind == "cards":
            if len(selection.ids) == 1:
                card = self.document.card(selection.ids[0])
                text = self.tr("Card: %1").replace("%1", card.text[:200] if card else "")
            else:
                text = self.tr("%n cards selected", "", len(selection.ids)).replace("%n", str(len(selection.ids)))
        elif selection.kind == "stage":
            stage = journey.stage(selection.ids[0])
            text = self.tr("Stage: %1").replace("%1", stage.name if stage else "")
        elif selection.kind == "lane":
            lane = journey.lane(selection.ids[0])
            text = self.tr("Lane: %1").replace("%1", (lane.title or lane.kind.label) if lane else "")
        elif selection.kind == "emotion":
            stage = journey.stage(selection.ids[0])
            text = self.tr("Emotion at stage %1").replace("%1", stage.name if stage else "")
        elif selection.cell is not None:
            lane, stage = journey.lane(selection.cell[0]), journey.stage(selection.cell[1])
            count = len(self.document.cards_in_cell(*selection.cell))
            text = (self.tr("Cell: %1, %2 (%3 cards)")
                    .replace("%1", (lane.title or lane.kind.label) if lane else "")
                    .replace("%2", stage.name if stage else "").replace("%3", str(count)))
        self.setAccessibleDescription(text)


__all__ = ["MapView"]
