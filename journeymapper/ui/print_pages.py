"""Paint the PDF's pages with QPainter: the print preview shows exactly what the PDF holds.

The export lays a document out once as pages of drawing operations
(``export.pages``); reportlab draws them into the PDF, and this module draws the
same operations on any QPainter (a printer, the preview, an image). Text is set
in the same bundled fonts, in the same fallback order (DejaVu Sans, then Droid
Sans Fallback, then NanumSquare), without kerning or hinting, so lines are as
wide as the layout measured them.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ..canvas.style import font_families
from ..export.pages import CIRCLE, CLIP, IMAGE, LINE, PATH, RECT, TEXT, UNCLIP, Page


class PagePainter:
    """Draws pages' operations on one QPainter; fonts and colours are made once and reused."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        device = painter.device()
        self._dpi = float(device.logicalDpiY()) if device is not None else 72.0
        self._families = font_families()
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._colours: dict[str, QColor] = {}
        self._depth = 0
        self.handlers: dict[int, Callable[[tuple], None]] = {
            RECT: self._rect, LINE: self._line, TEXT: self._text, PATH: self._path,
            CIRCLE: self._circle, CLIP: self._clip, UNCLIP: self._unclip, IMAGE: self._image,
        }

    # --- pages --------------------------------------------------------------------------

    def paint(self, page: Page, target: QRectF) -> None:
        """Draw ``page`` fitted into ``target`` (device coordinates), centred, on white paper."""
        painter = self.painter
        width, height = page.size
        k = min(target.width() / width, target.height() / height)
        painter.save()
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        left, top = target.x() + (target.width() - width * k) / 2, target.y() + (target.height() - height * k) / 2
        painter.translate(left, top)
        painter.scale(k, k)
        painter.fillRect(QRectF(0, 0, width, height), Qt.GlobalColor.white)
        painter.scale(page.scale, page.scale)
        self._depth = 0
        for op in page.ops:
            self.handlers[op[0]](op)
        while self._depth:  # a page that forgot an UNCLIP must not clip the next one
            self._unclip((UNCLIP,))
        painter.restore()

    # --- resources ---------------------------------------------------------------------

    def colour(self, value: str) -> QColor:
        found = self._colours.get(value)
        if found is None:
            found = self._colours[value] = QColor(value)
        return found

    def font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(self._families)
            font.setPointSizeF(size * 72.0 / self._dpi)  # ``size`` page units, whatever the device's resolution
            font.setBold(bold)
            font.setKerning(False)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return font

    def _pen(self, colour: Optional[str], width: float, dash: Optional[Sequence[float]] = None,
             round_ends: bool = False) -> QPen:
        if colour is None:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(self.colour(colour), width)
        if dash and width > 0:
            pen.setDashPattern([max(0.01, d / width) for d in dash])  # Qt's dashes count in pen widths
        cap = Qt.PenCapStyle.RoundCap if round_ends else Qt.PenCapStyle.FlatCap
        pen.setCapStyle(cap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin if round_ends else Qt.PenJoinStyle.MiterJoin)
        return pen

    def _brush(self, colour: Optional[str]) -> QBrush:
        return QBrush(self.colour(colour)) if colour is not None else QBrush(Qt.BrushStyle.NoBrush)

    # --- operations --------------------------------------------------------------------

    def _rect(self, op: tuple) -> None:
        _, x, y, w, h, fill, stroke, width, radius = op
        painter = self.painter
        painter.setPen(self._pen(stroke, width))
        painter.setBrush(self._brush(fill))
        if radius > 0:
            r = min(radius, w / 2, h / 2)
            painter.drawRoundedRect(QRectF(x, y, w, h), r, r)
        else:
            painter.drawRect(QRectF(x, y, w, h))

    def _image(self, op: tuple) -> None:
        """A photo or card picture (bytes the model has checked), scaled into its box as in the PDF."""
        _, x, y, w, h, data = op
        self.painter.drawImage(QRectF(x, y, w, h), QImage.fromData(data))

    def _line(self, op: tuple) -> None:
        _, x1, y1, x2, y2, colour, width, dash = op
        self.painter.setPen(self._pen(colour, width, dash))
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def _text(self, op: tuple) -> None:
        _, x, y, text, size, bold, colour = op
        painter = self.painter
        painter.setFont(self.font(size, bold))
        painter.setPen(self.colour(colour))
        painter.drawText(QPointF(x, y), text)

    def _path(self, op: tuple) -> None:
        _, segments, colour, width, dash = op
        path = QPainterPath()
        last = None
        for start, c1, c2, end in segments:
            if last != start:
                path.moveTo(*start)
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            last = end
        self.painter.setPen(self._pen(colour, width, dash, round_ends=True))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)

    def _circle(self, op: tuple) -> None:
        _, cx, cy, r, fill, stroke, width = op
        self.painter.setPen(self._pen(stroke, width))
        self.painter.setBrush(self._brush(fill))
        self.painter.drawEllipse(QPointF(cx, cy), r, r)

    def _clip(self, op: tuple) -> None:
        _, x, y, w, h = op
        self.painter.save()
        self._depth += 1
        self.painter.setClipRect(QRectF(x, y, w, h), Qt.ClipOperation.IntersectClip)

    def _unclip(self, _op: tuple) -> None:
        if self._depth:
            self.painter.restore()
            self._depth -= 1


def page_image(page: Page, pixels_per_point: float = 1.0) -> QImage:
    """One page drawn into an image (tests, thumbnails)."""
    width, height = page.size
    image = QImage(max(1, round(width * pixels_per_point)), max(1, round(height * pixels_per_point)),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    PagePainter(painter).paint(page, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image
