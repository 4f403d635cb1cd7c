"""The mouse on the canvas: presses that become gestures or clicks, the hover cursor
(a mixin of :class:`~.view.MapView`).

A left press is only remembered (:class:`_Press`) until the pointer has moved
the drag distance, so a click never starts a drag; the gesture it then becomes
(:mod:`.interactions`) owns the feedback and the one edit on release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..editor import edits
from .editing import CardEditor
from .frame_items import LaneHeaderItem, StageHeaderItem
from .interactions import (
    CardDrag,
    EmotionPointDrag,
    Gesture,
    LaneReorderDrag,
    LaneResizeDrag,
    Pan,
    RubberBandSelect,
    StageReorderDrag,
    StageResizeDrag,
)

if TYPE_CHECKING:
    from ..editor import MapDocument
    from .scene import MapScene

    _ViewBase = QGraphicsView
else:
    _ViewBase = object


class _Press:
    """A left press that becomes a gesture once the pointer moves far enough, or a click."""

    def __init__(self, kind: str, view_pos: QPointF, scene_pos: QPointF, modifiers, target: Optional[str] = None) -> None:  # noqa: ANN001
        self.kind = kind
        self.view_pos = QPointF(view_pos)
        self.scene_pos = QPointF(scene_pos)
        self.modifiers = modifiers
        self.target = target


class MouseMixin(_ViewBase):
    """Mouse presses, moves, releases, double-clicks and the context menu request."""

    document: MapDocument
    map_scene: MapScene
    _editor: Optional[CardEditor]
    _gesture: Optional[Gesture]
    _press: Optional[_Press]
    _last_view_pos: QPointF

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
        if region not in ("stage_header", "lane_header", "corner") and scene.curve.isVisible():
            on_legend, persona = scene.curve.legend_persona_at(scene.curve.mapFromScene(scene_pos))
            if on_legend:  # a persona's name in the curve's legend: edit that persona's curve
                edits.choose_curve_persona(self.document, persona)
                return
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
