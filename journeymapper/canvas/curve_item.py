"""The emotion band: the scale, the neutral line, the curves, and handles on the edited curve."""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import EmotionCurve, smooth_path
from .items import Z_CURVE, Theme, draw_label, qrect, shows_detail
from .style import CanvasStyle, mix, tr


class EmotionCurveItem(QGraphicsItem):
    """The emotion band: scale lines, neutral line, the curves, and handles on the edited curve.

    The edited curve (``primary``) is drawn strong with a handle and label per
    score; other personas' curves are drawn thin and dashed with a legend.
    """

    HANDLE_RADIUS = 6.0

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self.setZValue(Z_CURVE)
        self.curves: tuple[EmotionCurve, ...] = ()
        self.primary: Optional[EmotionCurve] = None
        self.band = QRectF()
        self._bounds = QRectF()
        self._names: dict[Optional[str], str] = {}
        self._values: tuple[Optional[float], ...] = ()
        self._preview: Optional[tuple[int, float, str]] = None  # (stage index, y, label) while dragging
        self.selected_stage: Optional[int] = None
        self.label_left = 0.0  # the scale's labels stay right of the pinned lane headers

    def set_label_left(self, x: float) -> None:
        if x != self.label_left:
            self.label_left = x
            self.update()

    def set_curves(self, curves: Sequence[EmotionCurve], primary_persona: Optional[str], band: QRectF,
                   names: dict[Optional[str], str], values: Sequence[Optional[float]]) -> None:
        self.prepareGeometryChange()
        self.curves = tuple(curves)
        self.primary = next((c for c in self.curves if c.persona_id == primary_persona), None)
        self.primary_persona = primary_persona
        self.band = band
        self._bounds = band.adjusted(-2, -2, 2, 2)
        self._names = names
        self._values = tuple(values)
        self.update()

    def area(self) -> Optional[QRectF]:
        return qrect(self.curves[0].area) if self.curves else None

    def set_preview(self, preview: Optional[tuple[int, float, str]]) -> None:
        self._preview = preview
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        if not self.curves:
            return
        style = self._theme.style
        detail = shows_detail(painter)
        reference = self.curves[0]
        area = qrect(reference.area)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # highs and lows: a faint green above neutral, a faint red below
        if reference.neutral_y is not None:
            high = QColor(style.high)
            high.setAlphaF(0.07)
            low = QColor(style.low)
            low.setAlphaF(0.07)
            painter.fillRect(QRectF(area.left(), area.top(), area.width(), reference.neutral_y - area.top()), high)
            painter.fillRect(QRectF(area.left(), reference.neutral_y, area.width(), area.bottom() - reference.neutral_y), low)
        dotted = QPen(style.grid, 0, Qt.PenStyle.DotLine)
        for value, y in reference.scale_lines:
            if value == 0:
                continue
            painter.setPen(dotted)
            painter.drawLine(QLineF(area.left(), y, area.right(), y))
        if reference.neutral_y is not None:
            painter.setPen(QPen(style.neutral, 1.0))
            painter.drawLine(QLineF(area.left(), reference.neutral_y, area.right(), reference.neutral_y))
        if detail:
            for value, y in reference.scale_lines:
                text = f"+{value}" if value > 0 else ("0" if value == 0 else f"\u2212{-value}")
                colour = style.high if value > 0 else (style.low if value < 0 else style.neutral)
                draw_label(painter, text, QPointF(max(area.left(), self.label_left) + 5.0, y + 3.5), 8.0, colour, bold=True)
        # other personas' curves
        others = [c for c in self.curves if c is not self.primary]
        for curve in others:
            painter.setPen(QPen(mix(style.curve, style.background, 0.45), 1.4, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_path(smooth_path(curve.points)))
        primary = self.primary
        points = list(primary.points) if primary is not None else [None] * len(reference.points)
        labels = list(primary.labels) if primary is not None else [""] * len(reference.points)
        values = list(self._values) + [None] * (len(points) - len(self._values))
        if self._preview is not None:
            index, y, label = self._preview
            if 0 <= index < len(points):
                x = _column_centre(reference, index, points)
                points[index] = (x, y)
                labels[index] = label
                values[index] = None
        painter.setPen(QPen(style.curve, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_path(smooth_path(points)))
        for index, point in enumerate(points):
            if point is None:
                continue
            x, y = point
            value = values[index]
            if value is None:
                value = _value_at(reference, y)
            colour = style.high if value > 0 else (style.low if value < 0 else style.neutral)
            radius = self.HANDLE_RADIUS + (1.5 if index == self.selected_stage or (self._preview and self._preview[0] == index) else 0.0)
            painter.setPen(QPen(style.background, 2.0))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, y), radius, radius)
            if detail and labels[index]:
                below = y < area.center().y()
                draw_label(painter, labels[index], QPointF(x, y + (19.0 if below else -11.0)), 9.0,
                           style.text, align=Qt.AlignmentFlag.AlignHCenter)
            if index == self.selected_stage:
                painter.setPen(QPen(style.highlight, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, y), radius + 3, radius + 3)
        if detail and others:
            self._paint_legend(painter, style, area, others)

    def _paint_legend(self, painter: QPainter, style: CanvasStyle, area: QRectF, others: list[EmotionCurve]) -> None:
        x = area.right() - 8.0
        y = self.band.top() + 12.0
        entries = [(self.primary_persona, True)] if self.primary is not None else []
        entries += [(c.persona_id, False) for c in others]
        for persona, strong in reversed(entries):
            name = self._names.get(persona, "") or tr("Map")
            rect = draw_label(painter, name, QPointF(x, y), 8.5, style.muted_text, align=Qt.AlignmentFlag.AlignRight)
            pen = QPen(style.curve, 2.4) if strong else QPen(mix(style.curve, style.background, 0.45), 1.4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QLineF(rect.left() - 22.0, y - 3.0, rect.left() - 5.0, y - 3.0))
            x = rect.left() - 32.0


def _column_centre(reference: EmotionCurve, index: int, points: list) -> float:  # noqa: ANN001
    for curve_point in (points[index], reference.points[index]):
        if curve_point is not None:
            return curve_point[0]
    return 0.0


def _value_at(curve: EmotionCurve, y: float) -> float:
    lines = curve.scale_lines
    if len(lines) < 2:
        return 0.0
    (v0, y0), (v1, y1) = lines[0], lines[-1]
    return v0 + (y - y0) * (v1 - v0) / (y1 - y0) if y1 != y0 else v0


def _path(segments) -> QPainterPath:  # noqa: ANN001
    path = QPainterPath()
    last = None
    for start, c1, c2, end in segments:
        if last is None or last != start:
            path.moveTo(QPointF(*start))
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        last = end
    return path
