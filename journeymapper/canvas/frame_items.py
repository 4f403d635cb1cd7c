"""The map's furniture: the grid behind the cells, stage and lane headers, the corner box.

Headers are pinned by the scene (``MapScene.set_sticky_offset``): stage headers
stay at the top of the view and lane headers at its left while scrolling.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import LaneRow, StageColumn
from .items import (
    _NO_PEN, DRILLDOWN_BADGE_SIZE, Z_CORNER, Z_GRID, Z_LANE_HEADER, Z_STAGE_HEADER, StaticLines, Theme, draw_label,
    paint_drilldown_badge, shows_detail,
)
from .style import CanvasStyle, mix, tr


class GridItem(QGraphicsItem):
    """Lane stripes and the lines between lanes and stages, behind everything."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._rect = QRectF()
        self._columns: Sequence[StageColumn] = ()
        self._rows: Sequence[LaneRow] = ()
        self.setZValue(Z_GRID)

    def set_frame(self, columns: Sequence[StageColumn], rows: Sequence[LaneRow], width: float, height: float) -> None:
        self.prepareGeometryChange()
        self._columns, self._rows = columns, rows
        self._rect = QRectF(0.0, 0.0, width, height)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        exposed = option.exposedRect
        left = self._columns[0].x if self._columns else self._rect.width()
        right = self._rect.width()
        stripe = mix(style.background, style.text, 0.022)
        for row in self._rows:
            if row.index % 2 == 1 and row.bottom >= exposed.top() and row.y <= exposed.bottom():
                painter.fillRect(QRectF(left, row.y, right - left, row.height), stripe)
        painter.setPen(QPen(style.grid, 0))
        lines = [QLineF(left, row.bottom, right, row.bottom) for row in self._rows]
        top = self._rows[0].y if self._rows else 0.0
        bottom = self._rows[-1].bottom if self._rows else 0.0
        lines += [QLineF(column.right, top, column.right, bottom) for column in self._columns]
        painter.drawLines(lines)


# --- headers -----------------------------------------------------------------------------


def _draw_rules(painter: QPainter, rect: QRectF, style: CanvasStyle) -> None:
    """The lines right of and below a header box, where it meets the next one and the grid."""
    painter.setPen(QPen(style.strong_grid, 0))
    painter.drawLine(QLineF(rect.right(), rect.top(), rect.right(), rect.bottom()))
    painter.drawLine(QLineF(rect.left(), rect.bottom(), rect.right(), rect.bottom()))


class _HeaderItem(QGraphicsItem):
    """What stage and lane headers share: a box that can be selected (drawn framed)."""

    def __init__(self, theme: Theme, z: float) -> None:
        super().__init__()
        self._theme = theme
        self._rect = QRectF()
        self.selected = False
        self.setZValue(z)

    def set_selected(self, on: bool) -> None:
        if on != self.selected:
            self.selected = on
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def _draw_selection(self, painter: QPainter) -> None:
        if self.selected:
            painter.setPen(QPen(self._theme.style.highlight, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(1, 1, -1, -1))


class StageHeaderItem(_HeaderItem):
    """A stage's header: accent bar, name and goal. Kept at the top of the view (sticky)."""

    RESIZE_GRIP = 6.0

    def __init__(self, stage_id: str, theme: Theme) -> None:
        super().__init__(theme, Z_STAGE_HEADER)
        self.stage_id = stage_id
        self.column: Optional[StageColumn] = None
        self._name: Optional[StaticLines] = None
        self._goal: Optional[StaticLines] = None
        self._accent = QColor()
        self.drilldown = False
        """Whether the stage links to a detail map (draws the drill-down badge)."""

    def set_drilldown(self, on: bool) -> None:
        if on != self.drilldown:
            self.drilldown = on
            self.update()

    def drilldown_rect(self) -> QRectF:
        """Where the drill-down badge is, in item coordinates (bottom right, clear of the resize grip)."""
        width, height = DRILLDOWN_BADGE_SIZE
        rect = self._rect
        return QRectF(rect.right() - width - self.RESIZE_GRIP - 4.0, rect.bottom() - height - 6.0, width, height)

    def set_column(self, column: StageColumn, accent: QColor, sticky_y: float) -> None:
        if column != self.column:
            old = self.column
            self.column = column
            if old is None or old.header.width != column.header.width or old.header.height != column.header.height:
                self.prepareGeometryChange()
                self._rect = QRectF(0.0, 0.0, column.header.width, column.header.height)
            if old is None or old.name != column.name or old.x != column.x:
                self._name = StaticLines(column.name, -column.x, 0.0)
            if old is None or old.goal != column.goal or old.x != column.x:
                self._goal = StaticLines(column.goal, -column.x, 0.0)
        self._accent = accent
        self.setPos(column.x, sticky_y)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        rect = self._rect
        painter.fillRect(rect, style.header_fill)
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 4.0), self._accent)
        _draw_rules(painter, rect, style)
        detail = shows_detail(painter)
        if self._name is not None:
            self._name.draw(painter, style.text)
        if detail and self._goal is not None:
            self._goal.draw(painter, style.muted_text)
        if self.drilldown:
            paint_drilldown_badge(painter, self.drilldown_rect(), style)
        self._draw_selection(painter)


class LaneHeaderItem(_HeaderItem):
    """A lane's header: kind stripe, title and collapse toggle. Kept at the left of the view (sticky)."""

    RESIZE_GRIP = 5.0
    TOGGLE = 14.0

    def __init__(self, lane_id: str, theme: Theme) -> None:
        super().__init__(theme, Z_LANE_HEADER)
        self.lane_id = lane_id
        self.row: Optional[LaneRow] = None
        self._title: Optional[StaticLines] = None
        self._stripe = QColor()

    def set_row(self, row: LaneRow, stripe: QColor, kind_label: str, sticky_x: float) -> None:
        if row != self.row:
            old = self.row
            self.row = row
            if old is None or old.header.width != row.header.width or old.header.height != row.header.height:
                self.prepareGeometryChange()
                self._rect = QRectF(0.0, 0.0, row.header.width, row.header.height)
            if old is None or old.title != row.title or old.y != row.y:
                self._title = StaticLines(row.title, 0.0, -row.y)
        self._stripe = stripe
        self.setToolTip(tr("Lane kind: %1").replace("%1", kind_label))
        self.setPos(sticky_x, row.y)
        self.update()

    def toggle_rect(self) -> QRectF:
        """Where the collapse toggle is, in item coordinates."""
        rect, size = self._rect, self.TOGGLE
        if self.row is not None and self.row.collapsed:
            return QRectF(rect.right() - size - 5.0, rect.center().y() - size / 2, size, size)
        return QRectF(rect.right() - size - 5.0, rect.bottom() - size - 5.0, size, size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        rect = self._rect
        painter.fillRect(rect, style.header_fill)
        painter.fillRect(QRectF(rect.left(), rect.top() + 1, 4.0, rect.height() - 2), self._stripe)
        _draw_rules(painter, rect, style)
        if self._title is not None:
            self._title.draw(painter, style.text)
        if shows_detail(painter):
            toggle = self.toggle_rect()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(_NO_PEN)
            painter.setBrush(style.muted_text)
            c = toggle.center()
            if self.row is not None and self.row.collapsed:  # pointing right: expand
                points = [QPointF(c.x() - 2.5, c.y() - 4.5), QPointF(c.x() + 3.5, c.y()), QPointF(c.x() - 2.5, c.y() + 4.5)]
            else:  # pointing down: collapse
                points = [QPointF(c.x() - 4.5, c.y() - 2.5), QPointF(c.x() + 4.5, c.y() - 2.5), QPointF(c.x(), c.y() + 3.5)]
            painter.drawPolygon(QPolygonF(points))
        self._draw_selection(painter)


class CornerItem(QGraphicsItem):
    """The box above the lane headers and left of the stage headers (sticky in both directions)."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._rect = QRectF()
        self._title = ""
        self.setZValue(Z_CORNER)

    def set_geometry(self, width: float, height: float, title: str) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(0.0, 0.0, width, height)
        self._title = title
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        painter.fillRect(self._rect, style.corner_fill)
        _draw_rules(painter, self._rect, style)
        if self._title and shows_detail(painter):
            draw_label(painter, self._title, QPointF(10.0, self._rect.bottom() - 10.0), 9.0, style.muted_text)
