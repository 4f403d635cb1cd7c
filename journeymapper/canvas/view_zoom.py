"""Zoom, scroll position and auto-scroll of the canvas (a mixin of :class:`~.view.MapView`).

Kept apart from the view because it is pure viewport arithmetic: it keeps the
pinned headers (``_update_sticky``) and the card cache (``pause_card_caching``)
in step with the transform, and scrolls while a drag nears an edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsView

from .interactions import Gesture, PaletteDrop, StageReorderDrag
from .items import wants_detail

if TYPE_CHECKING:
    from .scene import MapScene

    _ViewBase = QGraphicsView
else:
    _ViewBase = object


class ZoomMixin(_ViewBase):
    """Zoom (around a point, to fit), the wheel, scrolling a rectangle into view, edge auto-scroll."""

    MIN_ZOOM = 0.05
    MAX_ZOOM = 4.0
    ZOOM_STEP = 1.25
    EDGE = 28
    """Pixels from the viewport's edge (or the pinned headers) where dragging scrolls."""

    map_scene: MapScene
    _gesture: Optional[Gesture]
    _drop: Optional[PaletteDrop]
    _last_view_pos: QPointF
    _autoscroll: QTimer
    _zoom_settled: QTimer

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
