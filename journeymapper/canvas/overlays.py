"""What the canvas draws over the map: the line of visibility, the focus frame and rubber
band, the drop indicator, and the ghost that follows the pointer during a drag."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .items import _NO_PEN, CARD_RADIUS, Z_DRAG, Z_FOCUS, Z_VISIBILITY, Theme, draw_label, label_width, shows_detail
from .style import mix, tr


class VisibilityLineItem(QGraphicsItem):
    """The line of visibility: a dashed line between two lanes with a small label."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._y = 0.0
        self._left = 0.0
        self._right = 0.0
        self._bounds = QRectF()
        self.label_left = 0.0
        self.setZValue(Z_VISIBILITY)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_label_left(self, x: float) -> None:
        """Keep the label right of the pinned lane headers."""
        if x != self.label_left:
            self.label_left = x
            self.update()

    def set_line(self, left: float, right: float, y: float) -> None:
        self.prepareGeometryChange()
        self._left, self._right, self._y = left, right, y
        self._bounds = QRectF(left, y - 9.0, right - left, 18.0)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        colour = mix(style.curve, style.text, 0.3)
        painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(self._left, self._y, self._right, self._y))
        if shows_detail(painter):
            text = tr("Line of visibility")
            width = label_width(text, 8.5)
            pill = QRectF(max(self._left, self.label_left) + 8.0, self._y - 7.5, width + 12.0, 15.0)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(style.background)
            painter.drawRoundedRect(pill, 7.5, 7.5)
            draw_label(painter, text, QPointF(pill.left() + 6.0, self._y + 3.2), 8.5, colour)


class FrameItem(QGraphicsItem):
    """An outline: the focused cell's frame, or a rubber band while selecting."""

    def __init__(self, theme: Theme, fill: bool = False, z: float = Z_FOCUS) -> None:
        super().__init__()
        self._theme = theme
        self._fill = fill
        self._rect = QRectF()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        if self._fill:
            fill = QColor(style.highlight)
            fill.setAlphaF(0.12)
            painter.fillRect(self._rect, fill)
            painter.setPen(QPen(style.highlight, 0))
            painter.drawRect(self._rect)
        else:
            painter.setPen(QPen(style.highlight, 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(1.5, 1.5, -1.5, -1.5))


class DropIndicatorItem(QGraphicsItem):
    """Where a drop will land: a thick line with round ends (horizontal or vertical)."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._line = QLineF()
        self.setZValue(Z_DRAG + 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def set_line(self, line: Optional[QLineF]) -> None:
        if line is None:
            self.hide()
            return
        self.prepareGeometryChange()
        self._line = QLineF(line)
        self.show()
        self.update()

    def line(self) -> QLineF:
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-6, -6, 6, 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.highlight, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._line)
        painter.setPen(_NO_PEN)
        painter.setBrush(style.highlight)
        painter.drawEllipse(self._line.p1(), 4.0, 4.0)


class GhostItem(QGraphicsItem):
    """What follows the pointer during a drag: a translucent box, with a count for several cards."""

    def __init__(self, theme: Theme, rect: QRectF, fill: QColor, count: int = 1, label: str = "",
                 bold: bool = True) -> None:
        super().__init__()
        self._theme = theme
        self._rect = QRectF(rect)
        self._fill = QColor(fill)
        self._count = count
        self._label = label
        self._bold = bold
        self.setZValue(Z_DRAG)
        self.setOpacity(0.75)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-4, -12, 12, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._count > 1:
            painter.setPen(QPen(style.highlight, 1.0))
            painter.setBrush(self._fill)
            painter.drawRoundedRect(self._rect.translated(5, -5), CARD_RADIUS, CARD_RADIUS)
        painter.setPen(QPen(style.highlight, 2.0))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(self._rect, CARD_RADIUS, CARD_RADIUS)
        if self._label:
            painter.save()
            painter.setClipRect(self._rect.adjusted(4, 2, -4, -2))
            draw_label(painter, self._label, QPointF(self._rect.left() + 8, self._rect.top() + 18), 11.0,
                       style.text_on(self._fill), bold=self._bold)
            painter.restore()
        if self._count > 1:
            text = str(self._count)
            width = label_width(text, 9.0, True) + 10
            badge = QRectF(self._rect.right() - width + 6, self._rect.top() - 11, width, 16)
            painter.setPen(_NO_PEN)
            painter.setBrush(style.highlight)
            painter.drawRoundedRect(badge, 8, 8)
            draw_label(painter, text, QPointF(badge.center().x(), badge.bottom() - 4.5), 9.0,
                       style.palette.color(style.palette.ColorRole.HighlightedText), bold=True,
                       align=Qt.AlignmentFlag.AlignHCenter)
