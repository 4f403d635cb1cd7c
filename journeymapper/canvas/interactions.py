"""Mouse gestures on the canvas, one small class each, from press to release.

A gesture shows what will happen (a drop indicator, a ghost, a preview) while
the pointer moves and changes the document once, on release, through one edit
(so one undo step). ``cancel`` (Escape) takes everything back without an edit.
The view creates the gesture a press calls for, forwards moves to it, scrolls
near the edges (``auto_scroll``: which axes), and ends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt

from ..editor import edits
from ..model import LaneKind
from .items import CardItem
from .overlays import Z_DRAG, FrameItem, GhostItem

if TYPE_CHECKING:
    from .view import MapView


class Gesture:
    """One press-move-release of the mouse."""

    auto_scroll: tuple[bool, bool] = (True, True)
    cursor: Optional[Qt.CursorShape] = None

    def __init__(self, view: "MapView") -> None:
        self.view = view
        self.scene = view.map_scene
        self.document = view.document

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        """The pointer moved (or the view scrolled under it)."""

    def finish(self, scene_pos: QPointF) -> None:
        """The button was released: clean up and commit."""
        self.cleanup()

    def cancel(self) -> None:
        """Escape: clean up, change nothing."""
        self.cleanup()

    def cleanup(self) -> None:
        """Remove whatever the gesture added to the scene."""


# --- cards ---------------------------------------------------------------------------------


class CardDrag(Gesture):
    """Move the selected cards to another place in their cell or to another cell."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: "MapView", card_ids: list[str], grabbed: str, press: QPointF) -> None:
        super().__init__(view)
        self.card_ids = card_ids
        self.target: Optional[tuple[str, str, int]] = None
        self._cell = None
        item = self.scene.cards[grabbed]
        rect = item.card_scene_rect()
        self._offset = press - rect.topLeft()
        first_line = item.box.lines[0] if item.box is not None and item.box.lines else ""
        self.ghost = GhostItem(self.scene.theme, QRectF(0, 0, rect.width(), min(rect.height(), 34.0)), item.fill,
                               len(card_ids), first_line, bold=False)
        self.ghost.setPos(rect.topLeft())
        self.scene.addItem(self.ghost)
        self._dimmed: list[CardItem] = [self.scene.cards[i] for i in card_ids if i in self.scene.cards]
        for card in self._dimmed:
            card.setOpacity(0.35)

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        self.ghost.setPos(scene_pos - self._offset)
        hit = self.scene.hit(scene_pos)
        target = None
        if hit.region in ("card", "cell", "curve") and hit.lane_id and hit.stage_id:
            lane = self.document.journey.lane(hit.lane_id)
            if lane is not None and not lane.collapsed:
                target = (hit.lane_id, hit.stage_id, hit.index or 0)
        self._show(target)

    def _show(self, target: Optional[tuple[str, str, int]]) -> None:
        self.target = target
        cell = self.scene.cells.get(target[:2]) if target else None
        if cell is not self._cell:
            if self._cell is not None:
                self._cell.set_target(False)
            if cell is not None:
                cell.set_target(True)
            self._cell = cell
        self.scene.drop_indicator.set_line(self.scene.drop_line(*target) if target else None)

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        target = self.target
        self.cleanup()
        if target is not None:
            lane_id, stage_id, index = target
            edits.move_cards(self.document, self.card_ids, lane_id, stage_id, index)

    def cleanup(self) -> None:
        self._show(None)
        for card in self._dimmed:
            card.setOpacity(1.0)
        if self.ghost.scene() is not None:
            self.scene.removeItem(self.ghost)


# --- stages and lanes ------------------------------------------------------------------------


class StageReorderDrag(Gesture):
    """Drag a stage's header left or right to move the stage."""

    auto_scroll = (True, False)
    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: "MapView", stage_id: str, press: QPointF) -> None:
        super().__init__(view)
        self.stage_id = stage_id
        column = self.scene.frame.column(stage_id)
        self.source = column.index
        self.target = self.source
        header = self.scene.stage_headers[stage_id]
        self._dx = press.x() - column.x
        stage = self.document.journey.stage(stage_id)
        self.ghost = GhostItem(self.scene.theme, QRectF(0, 0, column.width, column.header.height),
                               self.scene.style.header_fill, 1, stage.name if stage else "")
        self.ghost.setPos(column.x, header.y())
        self.scene.addItem(self.ghost)

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        frame = self.scene.frame
        self.ghost.setPos(scene_pos.x() - self._dx, self.scene.sticky_offset[1])
        others = [c for c in frame.columns if c.stage_id != self.stage_id]
        self.target = sum(1 for c in others if c.center_x < scene_pos.x())
        x = others[self.target].x if self.target < len(others) else (others[-1].right if others else frame.corner.right)
        top = self.scene.sticky_offset[1]
        self.scene.drop_indicator.set_line(QLineF(x, top, x, frame.height))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        self.cleanup()
        edits.move_stage(self.document, self.source, self.target)

    def cleanup(self) -> None:
        self.scene.drop_indicator.set_line(None)
        if self.ghost.scene() is not None:
            self.scene.removeItem(self.ghost)


class LaneReorderDrag(Gesture):
    """Drag a lane's title up or down to move the lane."""

    auto_scroll = (False, True)
    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: "MapView", lane_id: str, press: QPointF) -> None:
        super().__init__(view)
        self.lane_id = lane_id
        row = self.scene.frame.row(lane_id)
        self.source = row.index
        self.target = self.source
        self._dy = press.y() - row.y
        lane = self.document.journey.lane(lane_id)
        title = (lane.title or lane.kind.label) if lane else ""
        self.ghost = GhostItem(self.scene.theme, QRectF(0, 0, row.header.width, min(row.height, 60.0)),
                               self.scene.style.header_fill, 1, title)
        self.ghost.setPos(self.scene.sticky_offset[0], row.y)
        self.scene.addItem(self.ghost)

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        frame = self.scene.frame
        self.ghost.setPos(self.scene.sticky_offset[0], scene_pos.y() - min(self._dy, 30.0))
        others = [r for r in frame.rows if r.lane_id != self.lane_id]
        self.target = sum(1 for r in others if r.y + r.height / 2 < scene_pos.y())
        y = others[self.target].y if self.target < len(others) else (others[-1].bottom if others else frame.corner.bottom)
        left = self.scene.sticky_offset[0]
        self.scene.drop_indicator.set_line(QLineF(left, y, frame.width, y))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        self.cleanup()
        edits.move_lane(self.document, self.source, self.target)

    def cleanup(self) -> None:
        self.scene.drop_indicator.set_line(None)
        if self.ghost.scene() is not None:
            self.scene.removeItem(self.ghost)


class StageResizeDrag(Gesture):
    """Drag the right edge of a stage's header to change the stage's width."""

    auto_scroll = (True, False)
    cursor = Qt.CursorShape.SizeHorCursor
    MIN, MAX = 40.0, 5000.0

    def __init__(self, view: "MapView", stage_id: str, press: QPointF) -> None:
        super().__init__(view)
        self.stage_id = stage_id
        column = self.scene.frame.column(stage_id)
        self.left = column.x
        self.width = column.width
        self._grab = press.x() - column.right  # where on the edge the pointer took hold

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        self.width = round(max(self.MIN, min(self.MAX, scene_pos.x() - self._grab - self.left)))
        x = self.left + self.width
        self.scene.drop_indicator.set_line(QLineF(x, self.scene.sticky_offset[1], x, self.scene.frame.height))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        self.cleanup()
        if abs(self.width - self.scene.frame.column(self.stage_id).width) >= 1:
            edits.set_stage_fields(self.document, self.stage_id, width=float(self.width))

    def cleanup(self) -> None:
        self.scene.drop_indicator.set_line(None)


class LaneResizeDrag(Gesture):
    """Drag the bottom edge of a lane's header to change the lane's height."""

    auto_scroll = (False, True)
    cursor = Qt.CursorShape.SizeVerCursor
    MIN, MAX = 24.0, 5000.0

    def __init__(self, view: "MapView", lane_id: str, press: QPointF) -> None:
        super().__init__(view)
        self.lane_id = lane_id
        row = self.scene.frame.row(lane_id)
        self.top = row.y
        self.height = row.height
        self._grab = press.y() - row.bottom

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        self.height = round(max(self.MIN, min(self.MAX, scene_pos.y() - self._grab - self.top)))
        y = self.top + self.height
        self.scene.drop_indicator.set_line(QLineF(self.scene.sticky_offset[0], y, self.scene.frame.width, y))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        self.cleanup()
        if abs(self.height - self.scene.frame.row(self.lane_id).height) >= 1:
            edits.set_lane_fields(self.document, self.lane_id, height=float(self.height))

    def cleanup(self) -> None:
        self.scene.drop_indicator.set_line(None)


# --- the emotion curve -----------------------------------------------------------------------


class EmotionPointDrag(Gesture):
    """Drag a stage's point of the emotion curve up or down; it snaps to whole steps."""

    auto_scroll = (False, False)
    cursor = Qt.CursorShape.SizeVerCursor

    def __init__(self, view: "MapView", stage_id: str) -> None:
        super().__init__(view)
        self.stage_id = stage_id
        self.persona = edits.curve_persona(self.document)
        self.index = self.scene.frame.column(stage_id).index
        current = edits.score_for(self.document, stage_id, self.persona)
        self.label = current.label if current is not None else ""
        self.value: Optional[int] = None

    def value_at(self, y: float) -> Optional[int]:
        area = self.scene.curve.area()
        if area is None or area.height() <= 0:
            return None
        scale = self.document.journey.emotion_scale
        raw = scale.maximum - (y - area.top()) / area.height() * (scale.maximum - scale.minimum)
        return scale.snap(raw)

    def y_of(self, value: int) -> float:
        area = self.scene.curve.area() or QRectF()
        scale = self.document.journey.emotion_scale
        return area.top() + (scale.maximum - value) / (scale.maximum - scale.minimum) * area.height()

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        self.value = self.value_at(scene_pos.y())
        if self.value is None:
            return
        label = self.label or (f"+{self.value}" if self.value > 0 else str(self.value))
        self.scene.curve.set_preview((self.index, self.y_of(self.value), label))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        self.cleanup()
        if self.value is not None:
            edits.set_emotion(self.document, self.stage_id, self.value, self.persona)

    def cleanup(self) -> None:
        self.scene.curve.set_preview(None)


# --- the view itself ---------------------------------------------------------------------------


class RubberBandSelect(Gesture):
    """Select the cards a rectangle touches (Shift+drag; with Ctrl, add to the selection)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: "MapView", press: QPointF, add: bool) -> None:
        super().__init__(view)
        self.start = QPointF(press)
        self.base = set(self.scene.selected_card_ids()) if add else set()
        self.band = FrameItem(self.scene.theme, fill=True, z=Z_DRAG)
        self.scene.addItem(self.band)
        self.band.set_rect(QRectF(press, press))

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        rect = QRectF(self.start, scene_pos).normalized()
        self.band.set_rect(rect)
        self.scene.select_cards(self.base | set(self.scene.cards_in_rect(rect)))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos, QPointF())
        self.cleanup()

    def cleanup(self) -> None:
        if self.band.scene() is not None:
            self.scene.removeItem(self.band)


class Pan(Gesture):
    """Drag the background (or drag with the middle button) to move the view."""

    auto_scroll = (False, False)
    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: "MapView", view_pos: QPointF) -> None:
        super().__init__(view)
        self.last = QPointF(view_pos)

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        delta = view_pos - self.last
        self.last = QPointF(view_pos)
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - round(delta.x()))
        v.setValue(v.value() - round(delta.y()))

    def finish(self, scene_pos: QPointF) -> None:
        self.cleanup()


# --- drops from outside (the palette, other applications) ---------------------------------------


class PaletteDrop:
    """Where a drop from the palette or another application would land, and landing it."""

    def __init__(self, view: "MapView", payload: str) -> None:
        self.view = view
        self.scene = view.map_scene
        self.payload = payload
        self.target: Optional[tuple] = None

    @property
    def lane_kind(self) -> Optional[LaneKind]:
        if self.payload.startswith("lane:"):
            try:
                return LaneKind(self.payload.split(":", 1)[1])
            except ValueError:
                return None
        return None

    def move(self, scene_pos: QPointF) -> bool:
        """Update the indicator; whether a drop here is possible."""
        scene = self.scene
        frame = scene.frame
        if self.payload.startswith("lane:"):
            if self.lane_kind is None:
                self.target = None
            else:
                index = sum(1 for r in frame.rows if r.y + r.height / 2 < scene_pos.y())
                y = frame.rows[index].y if index < len(frame.rows) else (frame.rows[-1].bottom if frame.rows else frame.corner.bottom)
                self.target = ("lane", index)
                scene.drop_indicator.set_line(QLineF(scene.sticky_offset[0], y, frame.width, y))
        else:
            hit = scene.hit(scene_pos)
            lane = scene.journey.lane(hit.lane_id) if hit.lane_id else None
            if hit.region in ("card", "cell", "curve") and lane is not None and not lane.collapsed and hit.stage_id:
                self.target = ("cell", hit.lane_id, hit.stage_id, hit.index or 0)
                scene.drop_indicator.set_line(scene.drop_line(hit.lane_id, hit.stage_id, hit.index or 0))
            else:
                self.target = None
        if self.target is None:
            scene.drop_indicator.set_line(None)
        return self.target is not None

    def cleanup(self) -> None:
        self.scene.drop_indicator.set_line(None)
