"""The compare window's curve strip: both maps' emotion curves over one row of stages, with a legend.

Drawn from ``store.compare.aligned_curves`` (stages matched by id, removed
stages put back where they were), in the colours the comparison PDF uses.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..layout.compare_palette import NEW_CURVE, OLD_CURVE
from ..layout.geometry import smooth_path
from ..store.compare import CurvePair

_MARGIN = 8.0
_AXIS = 30.0


def tr(text: str) -> str:
    return QCoreApplication.translate("compare_curves", text)


class CurveStrip(QWidget):
    """Two emotion curves on one axis: the old map's dashed and muted, the new map's solid."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_curves")
        self.setAccessibleName(tr("Emotion curves of both maps"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.curves: Optional[CurvePair] = None
        self.labels = ("", "")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 190)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, 130)

    def set_curves(self, curves: CurvePair, old_label: str, new_label: str) -> None:
        self.curves = curves
        self.labels = (old_label, new_label)
        described = ", ".join(
            f"{name}: {_score(old)} → {_score(new)}" for (_id, name), old, new in zip(curves.stages, curves.old, curves.new)
        )
        self.setAccessibleDescription(described)
        self.update()

    def stage_x(self, index: int) -> float:
        """The x of a stage's scores (tests and the legend use it)."""
        count = max(1, len(self.curves.stages) if self.curves else 1)
        left, right = _MARGIN + _AXIS, self.width() - _MARGIN
        return left + (right - left) * (index + 0.5) / count

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.curves is None:
            return
        curves = self.curves
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        top = _MARGIN + line + 6.0
        bottom = self.height() - _MARGIN - 2 * line - 4.0
        left, right = _MARGIN + _AXIS, self.width() - _MARGIN
        if bottom - top < 20:
            return
        self._legend(painter, metrics)
        span = max(1, curves.maximum - curves.minimum)
        step = 1 if span <= 10 else max(1, round(span / 5))
        text_pen = QPen(palette.text().color())
        grid = QColor(palette.text().color())
        grid.setAlphaF(0.15)

        def y_of(value: float) -> float:
            return top + (curves.maximum - value) / span * (bottom - top)

        for value in range(curves.minimum, curves.maximum + 1, step):
            y = y_of(value)
            strong = QColor(grid)
            strong.setAlphaF(0.35 if value == 0 else 0.15)
            painter.setPen(QPen(strong, 1.0))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text_pen)
            painter.drawText(QRectF(_MARGIN, y - line / 2, _AXIS - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:+d}" if value else "0")
        xs = [self.stage_x(i) for i in range(len(curves.stages))]
        slot = (right - left) / max(1, len(xs))
        painter.setPen(text_pen)
        for x, (_id, name) in zip(xs, curves.stages):
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(10.0, slot - 4))
            painter.drawText(QRectF(x - slot / 2, bottom + 4, slot, line), Qt.AlignmentFlag.AlignHCenter, shown)
        for values, colour, width, dashed in ((curves.old, OLD_CURVE, 2.0, True), (curves.new, NEW_CURVE, 2.6, False)):
            pen = QPen(QColor(colour), width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            points = [None if v is None else (x, y_of(v)) for x, v in zip(xs, values)]
            path = QPainterPath()
            last = None
            for start, c1, c2, end in smooth_path(points):
                if last != start:
                    path.moveTo(*start)
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
                last = end
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(palette.base().color(), 1.0))
            painter.setBrush(QColor(colour))
            for point in points:
                if point is not None:
                    painter.drawEllipse(QPointF(*point), 3.5, 3.5)

    def _legend(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        x = self.width() - _MARGIN
        y = _MARGIN + metrics.ascent()
        painter.setPen(QPen(self.palette().text().color()))
        entries = ((tr("After: %1").replace("%1", self.labels[1]), NEW_CURVE, False),
                   (tr("Before: %1").replace("%1", self.labels[0]), OLD_CURVE, True))
        for label, colour, dashed in entries:
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.width() * 0.35)
            x -= metrics.horizontalAdvance(shown)
            painter.setPen(QPen(self.palette().text().color()))
            painter.drawText(QPointF(x, y), shown)
            pen = QPen(QColor(colour), 2.4)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = y - metrics.ascent() / 3
            painter.drawLine(QPointF(x - 28, middle), QPointF(x - 6, middle))
            x -= 44


def _score(value: Optional[float]) -> str:
    if value is None:
        return "–"
    return f"{value:+g}" if value else "0"
