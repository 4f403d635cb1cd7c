"""The emotion band: the scale, the neutral line, the curves, and handles on the edited curve."""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import EmotionCurve, smooth_path
from .items import Z_CURVE, Theme, draw_label, label_width, qrect, shows_detail
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
        self.primary_persona: Optional[str] = None
        self._colours: dict[Optional[str], QColor] = {}
        self._legend: tuple[Optional[str], ...] = ()

    def set_label_left(self, x: float) -> None:
        if x != self.label_left:
            self.label_left = x
            self.update()

    def set_curves(self, curves: Sequence[EmotionCurve], primary_persona: Optional[str], band: QRectF,
                   names: dict[Optional[str], str], values: Sequence[Optional[float]],
                   colours: Optional[dict[Optional[str], QColor]] = None,
                   legend: Sequence[Optional[str]] = ()) -> None:
        """Show ``curves``; ``primary_persona``'s is the edited one. ``colours`` gives each curve its
        own colour (default: all the style's curve colour); ``legend`` lists whose curves the legend
        names (the map's personas, even those without scores yet: clicking one edits its curve)."""
        self.prepareGeometryChange()
        self.curves = tuple(curves)
        self.primary = next((c for c in self.curves if c.persona_id == primary_persona), None)
        self.primary_persona = primary_persona
        self.band = band
        self._bounds = band.adjusted(-2, -2, 2, 2)
        self._names = names
        self._values = tuple(values)
        self._colours = dict(colours or {})
        self._legend = tuple(legend)
        self.update()

    def colour_of(self, persona: Optional[str]) -> QColor:
        return self._colours.get(persona, self._theme.style.curve)

    def legend_persona_at(self, point: QPointF) -> tuple[bool, Optional[str]]:
        """(True, persona id or None for the map's curve) if ``point`` (item coordinates) is on a legend entry."""
        for label, persona, _strong in self.legend_layout():
            if label.adjusted(-24.0, -2.0, 2.0, 2.0).contains(point):
                return True, persona
        return False, None

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
        # other personas' curves: thin, each in its own colour, with small dots at the scores
        others = [c for c in self.curves if c is not self.primary]
        for curve in others:
            colour = self.colour_of(curve.persona_id)
            painter.setPen(QPen(mix(colour, style.background, 0.15), 1.6, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_path(smooth_path(curve.points)))
            painter.setPen(QPen(style.background, 1.0))
            painter.setBrush(colour)
            for point in curve.points:
                if point is not None:
                    painter.drawEllipse(QPointF(*point), 3.2, 3.2)
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
        painter.setPen(QPen(self.colour_of(self.primary_persona), 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
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
        if detail and self.legend_layout():
            self._paint_legend(painter, style)

    def legend_entries(self) -> list[Optional[str]]:
        """Whose curves the legend names, in order: the listed personas, then any other curve shown."""
        entries = list(dict.fromkeys(self._legend))
        for persona in [c.persona_id for c in self.curves] + [self.primary_persona]:
            if persona not in entries and (persona is not None or any(c.persona_id is None for c in self.curves)):
                entries.append(persona)
        return entries

    def legend_layout(self) -> list[tuple[QRectF, Optional[str], bool]]:
        """(label rectangle, persona, is the edited curve) per legend entry, atop the band just right of
        the scale's labels, so it stays in sight as the map scrolls sideways (as they do); empty when
        there is only one curve to tell apart."""
        if not self.curves:
            return []
        entries = self.legend_entries()
        if len(entries) < 2:
            return []
        area = qrect(self.curves[0].area)
        x = max(area.left(), self.label_left) + 34.0
        y = self.band.top() + 12.0
        layout = []
        for persona in entries:
            strong = persona == self.primary_persona
            width = label_width(self._name(persona), 8.5, strong)
            rect = QRectF(x + 26.0, y - 8.5, width, 10.5)  # the line sample goes in the 26 units before it
            layout.append((rect, persona, strong))
            x = rect.right() + 14.0
        return layout

    def _name(self, persona: Optional[str]) -> str:
        return self._names.get(persona, "") or (tr("Map") if persona is None else tr("Persona"))

    def _paint_legend(self, painter: QPainter, style: CanvasStyle) -> None:
        layout = self.legend_layout()
        backing = QColor(style.background)
        backing.setAlphaF(0.85)  # curves passing under the legend do not blur its names
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backing)
        painter.drawRoundedRect(QRectF(layout[0][0].left() - 30.0, layout[0][0].top() - 3.0,
                                       layout[-1][0].right() - layout[0][0].left() + 36.0, 16.5), 4.0, 4.0)
        for rect, persona, strong in layout:
            y = rect.top() + 8.5
            draw_label(painter, self._name(persona), QPointF(rect.left(), y), 8.5,
                       style.text if strong else style.muted_text, bold=strong)
            colour = self.colour_of(persona)
            painter.setPen(QPen(colour, 2.6) if strong else QPen(colour, 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(rect.left() - 22.0, y - 3.0, rect.left() - 5.0, y - 3.0))


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
