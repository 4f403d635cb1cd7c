"""The scene's card and cell items, and what all items share (theme, text, level of detail).

Headers and the grid are in ``frame_items``, the emotion band in ``curve_item``,
drag feedback and the line of visibility in ``overlays``.

Items draw geometry the layout computed and colours the scene's style gives;
they hold no document data that would need copying back. Text is drawn line by
line from the layout's pre-broken lines with ``QStaticText`` made on first paint
(cards never painted never pay for it). Far out (a scale under ``DETAIL_SCALE``)
cards draw as plain boxes and headers skip their small print.
"""

from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CardBox, TextBlock
from ..model import Channel
from ..model.image import EmbeddedImage
from .style import CanvasStyle, channel_letter, mix, text_font
from .thumbnails import thumbnail

DETAIL_SCALE = 0.4
"""Below this zoom factor cards are drawn as simple shapes, without text."""

Z_GRID = -10.0
Z_CELL = 0.0
Z_CURVE = 2.0
Z_VISIBILITY = 3.0
Z_FOCUS = 4.0
Z_EDITOR = 15.0
Z_STAGE_HEADER = 20.0
Z_LANE_HEADER = 21.0
Z_CORNER = 22.0
Z_DRAG = 50.0

CARD_RADIUS = 5.0
_BADGE_MARGIN = 8.0  # how far the votes and open-actions badges stick out of a card (with their outline)
_RING_MARGIN = 4.0  # how far Find's ring around a card reaches (1.5 out, half its 4-unit pen, antialiasing)
_NO_PEN = QPen(Qt.PenStyle.NoPen)
PODIUM_COLOURS = (QColor("#C99400"), QColor("#7B8A97"), QColor("#A9582B"))
"""Gold, silver and bronze: the ring and votes badge of the cards with the most votes."""
DRILLDOWN_BADGE_SIZE = (24.0, 13.0)
"""The drill-down badge (a card's bottom left, a stage header's bottom right): click it to open the detail map."""


def shows_detail(painter: QPainter) -> bool:
    """Whether the painter is zoomed in enough for text (the level-of-detail decision)."""
    return wants_detail(painter.worldTransform().m11())


def wants_detail(scale: float) -> bool:
    return abs(scale) >= DETAIL_SCALE


def qrect(rect) -> QRectF:  # noqa: ANN001 - a layout Rect
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class Theme:
    """What every item of a scene shares: the style (replacing it restyles them all), whether
    cards show in detail (far out, cells draw their cards as boxes instead), and which cards
    are selected or highlighted (for those boxes)."""

    def __init__(self, style: CanvasStyle) -> None:
        self.style = style
        self.detail = True
        self.selected: set[str] = set()
        self.highlighted: set[str] = set()


# --- text --------------------------------------------------------------------------------


class StaticLines:
    """QStaticText lines of a TextBlock, made on first use."""

    __slots__ = ("block", "dx", "dy", "_statics")

    def __init__(self, block: TextBlock, dx: float = 0.0, dy: float = 0.0) -> None:
        self.block = block
        self.dx = dx  # added to the block's coordinates (to make them item-relative)
        self.dy = dy
        self._statics: Optional[list[QStaticText]] = None

    def placed(self) -> list[tuple[QPointF, QStaticText]]:
        """Each line with the point it is drawn at (for a font drawn at its own size)."""
        block = self.block
        font = text_font(block.font_size, block.bold)
        if self._statics is None:
            self._statics = [font.static(line) for line in block.lines]
        x = block.rect.x + self.dx
        top = block.rect.y + self.dy + block.ascent - font.ascent
        return [(QPointF(x, top + i * block.line_height), static) for i, static in enumerate(self._statics)]

    def draw(self, painter: QPainter, colour: QColor) -> None:
        block = self.block
        if not block.lines:
            return
        font = text_font(block.font_size, block.bold)
        if self._statics is None:
            self._statics = [font.static(line) for line in block.lines]
        painter.setFont(font.font)
        painter.setPen(colour)
        x = block.rect.x + self.dx
        top = block.rect.y + self.dy + block.ascent - font.ascent
        step = block.line_height
        if font.factor != 1:
            painter.save()
            painter.scale(font.scale, font.scale)
            f = font.factor
            for index, static in enumerate(self._statics):
                painter.drawStaticText(QPointF(x * f, (top + index * step) * f), static)
            painter.restore()
        else:
            for index, static in enumerate(self._statics):
                painter.drawStaticText(QPointF(x, top + index * step), static)


def draw_label(painter: QPainter, text: str, point: QPointF, size: float, colour: QColor,
               bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QRectF:
    """A short one-line label whose baseline starts at ``point`` (or ends at it, or centres on it)."""
    font = text_font(size, bold)
    static = _label_static(text, size, bold)
    width = static.size().width() * font.scale
    x = point.x()
    if align & Qt.AlignmentFlag.AlignRight:
        x -= width
    elif align & Qt.AlignmentFlag.AlignHCenter:
        x -= width / 2
    top = point.y() - font.ascent
    painter.setFont(font.font)
    painter.setPen(colour)
    if font.factor != 1:
        painter.save()
        painter.scale(font.scale, font.scale)
        painter.drawStaticText(QPointF(x * font.factor, top * font.factor), static)
        painter.restore()
    else:
        painter.drawStaticText(QPointF(x, top), static)
    return QRectF(x, top, width, size * 1.2)


_LABELS: dict[tuple[str, float, bool], QStaticText] = {}


def _label_static(text: str, size: float, bold: bool) -> QStaticText:
    key = (text, size, bold)
    static = _LABELS.get(key)
    if static is None:
        if len(_LABELS) > 2000:
            _LABELS.clear()
        static = _LABELS[key] = text_font(size, bold).static(text)
    return static


def label_width(text: str, size: float, bold: bool = False) -> float:
    return _label_static(text, size, bold).size().width() * text_font(size, bold).scale


# --- cards -------------------------------------------------------------------------------


class CardItem(QGraphicsRectItem):
    """One card, a child of its cell's card layer, positioned by the layout's CardBox.

    Painting is the hot path of the canvas: everything a paint needs (pens,
    text positions, the channel marker) is prepared once, on first paint after a
    change, so a paint is a handful of C++ calls. The item's rect (Qt's C++
    ``boundingRect``, asked many times per frame) is the card plus the badges it has.

    In a view the card's drawing is cached in device pixels (``MapScene.card_caching``):
    Qt calls ``paint`` again only after ``update()``, so whatever ``paint`` reads must
    call it when it changes (the setters here do; a new style goes through ``set_look``).
    """

    def __init__(self, card_id: str, theme: Theme, parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(parent)
        self.setPen(_NO_PEN)
        self.card_id = card_id
        self._theme = theme
        self.box: Optional[CardBox] = None
        self._rect = QRectF()
        self._outline = QRectF()
        self._lines: Optional[StaticLines] = None
        self._texts: Optional[list[tuple[QPointF, QStaticText]]] = None
        self._fill = QColor("#F1F1F1")
        self._ink = QColor("#1F2328")
        self._border = QPen(self._fill)
        self._style: Optional[CanvasStyle] = None  # the style the look was last set with
        self._channel: Optional[Channel] = None
        self._votes = 0
        self._actions = 0
        self.drilldown = False
        """Whether the card links to a detail map (draws the drill-down badge)."""
        self._image: Optional[EmbeddedImage] = None
        self.highlighted = False
        self.editing = False
        self.place = 0
        """1, 2 or 3 for a card on the dot-voting podium, else 0."""

    # --- state from the scene ---

    def accessible_text(self) -> str:
        """What a screen reader says for this card (the map view announces it when it is selected)."""
        scene = self.scene()
        describe = getattr(scene, "card_description", None)
        return describe(self.card_id) if describe is not None else ""

    def set_box(self, box: CardBox) -> None:
        old = self.box
        if box is old or box == old:
            return
        self.box = box
        self.setPos(box.rect.x, box.rect.y)
        if old is None or old.rect.width != box.rect.width or old.rect.height != box.rect.height:
            self._rect = QRectF(0.0, 0.0, box.rect.width, box.rect.height)
            self._outline = self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
            self._fit_bounds()
        if old is None or old.text != box.text:
            self._lines = StaticLines(box.text)
            self._texts = None
        self.update()

    def set_look(self, fill: QColor, ink: QColor, channel: Optional[Channel], votes: int, actions: int) -> bool:
        """Set the colours and badges; False (and no repaint) when nothing changed, the style included
        (a new style, a dark theme say, must redraw the card: its border and badges come from it, and
        a view keeps the card's drawing until the card is updated)."""
        style = self._theme.style
        if style is self._style and (fill, ink, channel, votes, actions) == (
            self._fill, self._ink, self._channel, self._votes, self._actions
        ):
            return False
        self._style = style
        self._fill, self._ink = fill, ink
        self._border = QPen(mix(fill, style.text, 0.22), 1.0)
        self._channel, self._votes, self._actions = channel, votes, actions
        self._fit_bounds()
        self.update()
        return True

    def set_actions(self, actions: int) -> None:
        if actions != self._actions:
            self._actions = actions
            self._fit_bounds()
            self.update()

    def set_image(self, image: Optional[EmbeddedImage]) -> None:
        """The card's picture, drawn in the strip the layout keeps for it (decoded once, cached)."""
        if image != self._image:
            self._image = image
            self.update()

    def _paint_image(self, painter: QPainter) -> None:
        strip = self.box.image  # type: ignore[union-attr]
        scale = painter.worldTransform().m11()
        side = 128 if scale <= 1.1 else (256 if scale <= 2.2 else 512)  # a few sizes: few cache entries
        picture = thumbnail(self._image, side)  # type: ignore[arg-type]
        if picture.isNull() or picture.height() == 0:
            return
        height = strip.height
        width = min(strip.width, height * picture.width() / picture.height())
        height = width * picture.height() / picture.width()
        painter.drawImage(QRectF(strip.x, strip.y + (strip.height - height) / 2, width, height), picture)

    def set_drilldown(self, on: bool) -> None:
        if on != self.drilldown:
            self.drilldown = on
            self._fit_bounds()
            self.update()

    def drilldown_rect(self) -> QRectF:
        """Where the drill-down badge is, in item coordinates (hanging below the card's bottom left)."""
        width, height = DRILLDOWN_BADGE_SIZE
        return QRectF(6.0, self._rect.bottom() - 6.0, width, height)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self._fit_bounds()
            self.update()

    def set_place(self, place: int) -> None:
        """Mark the card as 1st, 2nd or 3rd by votes (0: not on the podium)."""
        if place != self.place:
            self.place = place
            self._fit_bounds()
            self.update()

    def _fit_bounds(self) -> None:
        """The item's rect: the card, plus what sticks out of it (the votes badge above, the open
        actions badge below, Find's ring around). Tight, because a view caches this much of each
        card and blits it every frame."""
        ring = _RING_MARGIN if self.highlighted or self.place else 0.0
        top = max(ring, _BADGE_MARGIN if self._votes else 0.0)
        bottom = max(ring, _BADGE_MARGIN if self._actions or self.drilldown else 0.0)
        bounds = self._rect.adjusted(-ring, -top, ring, bottom)
        if bounds != self.rect():
            self.setRect(bounds)

    def set_editing(self, on: bool) -> None:
        if on != self.editing:
            self.editing = on
            self.update()

    def card_scene_rect(self) -> QRectF:
        """The card itself (without the badges sticking out of it), in scene coordinates."""
        return self.mapRectToScene(self._rect)

    @property
    def selected(self) -> bool:
        """Whether the card is selected (the scene's selection, not Qt's: hidden items keep it)."""
        return self.card_id in self._theme.selected

    @property
    def fill(self) -> QColor:
        return self._fill

    @property
    def ink(self) -> QColor:
        return self._ink

    # --- Qt ---

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        selected = self.card_id in self._theme.selected
        if painter.worldTransform().m11() < DETAIL_SCALE:
            painter.fillRect(self._rect, style.highlight if selected else (style.find_highlight if self.highlighted else self._fill))
            return
        painter.setRenderHint(_ANTIALIASING, True)
        if self.highlighted:
            painter.setPen(style.find_pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawRoundedRect(self._rect.adjusted(-1.5, -1.5, 1.5, 1.5), CARD_RADIUS + 1, CARD_RADIUS + 1)
        if self.place:
            painter.setPen(QPen(PODIUM_COLOURS[self.place - 1], 3.0))
            painter.setBrush(_NO_BRUSH)
            painter.drawRoundedRect(self._rect.adjusted(-1.5, -1.5, 1.5, 1.5), CARD_RADIUS + 1, CARD_RADIUS + 1)
        # the border as two fills of cached paths: several times cheaper than stroking a rounded rect
        outer, thin, thick = _card_paths(self._rect.width(), self._rect.height())
        painter.fillPath(outer, style.highlight if selected else self._border.color())
        painter.fillPath(thick if selected else thin, self._fill)
        if not self.editing and self._lines is not None:
            block = self._lines.block
            if block.lines:
                font = text_font(block.font_size, block.bold)
                if font.factor != 1:
                    self._lines.draw(painter, self._ink)
                else:
                    texts = self._texts
                    if texts is None:
                        texts = self._texts = self._lines.placed()
                    painter.setFont(font.font)
                    painter.setPen(self._ink)
                    for point, static in texts:
                        painter.drawStaticText(point, static)
        if self._channel is not None and self.box is not None and self.box.marker is not None:
            self._paint_marker(painter, style)
        if self._image is not None and self.box is not None and self.box.image is not None:
            self._paint_image(painter)
        if self._votes:
            self._paint_votes(painter, style)
        if self._actions:
            self._paint_actions(painter, style)
        if self.drilldown:
            paint_drilldown_badge(painter, self.drilldown_rect(), style)

    def _paint_marker(self, painter: QPainter, style: CanvasStyle) -> None:
        marker = self.box.marker  # type: ignore[union-attr]
        channel = self._channel
        assert marker is not None and channel is not None
        scale = painter.worldTransform().m11()
        device = painter.device()
        if device is not None:
            scale *= device.devicePixelRatioF()
        painter.drawImage(QRectF(marker.x, marker.y, marker.width, marker.height),
                          _marker_image(channel, style, marker.width, marker.height, scale))

    def _paint_votes(self, painter: QPainter, style: CanvasStyle) -> None:
        text = str(self._votes)
        width = label_width(text, 8.0, True) + 17.0
        badge = QRectF(self._rect.right() - width - 6.0, -7.0, width, 13.0)
        painter.setPen(QPen(style.background, 1.0))
        podium = PODIUM_COLOURS[self.place - 1] if self.place else None
        painter.setBrush(podium or style.badge_fill)
        painter.drawRoundedRect(badge, 6.5, 6.5)
        x, y = badge.left() + 5.0, badge.center().y()
        painter.setPen(_NO_PEN)
        ink = _WHITE if podium is not None else style.badge_text
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF([QPointF(x, y + 3), QPointF(x + 7, y + 3), QPointF(x + 3.5, y - 3)]))
        draw_label(painter, text, QPointF(x + 10.0, y + 3.0), 8.0, ink, bold=True)

    def _paint_actions(self, painter: QPainter, style: CanvasStyle) -> None:
        text = str(self._actions)
        width = label_width(text, 8.0, True) + 16.0
        badge = QRectF(self._rect.right() - width - 6.0, self._rect.bottom() - 6.0, width, 13.0)
        painter.setPen(QPen(style.background, 1.0))
        painter.setBrush(style.action_badge)
        painter.drawRoundedRect(badge, 6.5, 6.5)
        x, y = badge.left() + 5.0, badge.center().y()
        painter.setPen(QPen(_WHITE, 1.2))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
        painter.setPen(_NO_PEN)
        painter.setBrush(_WHITE)
        painter.drawPolygon(QPolygonF([QPointF(x, y - 4), QPointF(x + 6, y - 2), QPointF(x, y)]))
        draw_label(painter, text, QPointF(x + 9.0, y + 3.0), 8.0, _WHITE, bold=True)


def paint_drilldown_badge(painter: QPainter, badge: QRectF, style: CanvasStyle) -> None:
    """A pill with two stacked sheets and a downward chevron: "there is a detail map below this"."""
    painter.setRenderHint(_ANTIALIASING, True)
    painter.setPen(QPen(style.background, 1.0))
    painter.setBrush(style.badge_fill)
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    x, y = badge.left() + 5.0, badge.center().y()
    ink = style.badge_text
    painter.setPen(QPen(ink, 1.0))
    painter.setBrush(_NO_BRUSH)
    painter.drawRect(QRectF(x, y - 3.5, 5.5, 4.5))
    painter.setPen(QPen(style.badge_fill, 1.0))
    painter.setBrush(ink)
    painter.drawRect(QRectF(x + 2.5, y - 1.0, 5.5, 4.5))
    painter.setPen(QPen(ink, 1.4))
    cx = badge.right() - 5.5
    painter.drawPolyline(QPolygonF([QPointF(cx - 2.5, y - 1.5), QPointF(cx, y + 1.5), QPointF(cx + 2.5, y - 1.5)]))


_ANTIALIASING = QPainter.RenderHint.Antialiasing
_PATHS: dict[tuple[float, float], tuple[QPainterPath, QPainterPath, QPainterPath]] = {}


def _card_paths(width: float, height: float) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """A card's rounded outline, and its inside within a 1-unit and a 2-unit border."""
    key = (width, height)
    paths = _PATHS.get(key)
    if paths is None:
        if len(_PATHS) > 4096:
            _PATHS.clear()
        paths = []
        for inset in (0.0, 1.0, 2.0):
            path = QPainterPath()
            path.addRoundedRect(QRectF(inset, inset, width - 2 * inset, height - 2 * inset),
                                CARD_RADIUS - inset, CARD_RADIUS - inset)
            paths.append(path)
        paths = _PATHS[key] = tuple(paths)
    return paths
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
_WHITE = QColor("#FFFFFF")
_MARKERS: dict[tuple, QImage] = {}


def _marker_image(channel: Channel, style: CanvasStyle, width: float, height: float, scale: float) -> QImage:
    """A channel marker (a coloured disc with the channel's letter) drawn once per channel,
    colour and zoom step, then blitted: an antialiased disc and a glyph per card cost far more."""
    step = max(0.25, min(16.0, round(scale * 4) / 4))
    colour = style.channel_colour(channel)
    key = (channel, colour.rgba(), width, height, step)
    image = _MARKERS.get(key)
    if image is None:
        if len(_MARKERS) > 512:
            _MARKERS.clear()
        image = QImage(max(1, math.ceil(width * step)), max(1, math.ceil(height * step)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(image.width() / width, image.height() / height)
        painter.setPen(_NO_PEN)
        painter.setBrush(colour)
        radius = min(width, height) / 2
        painter.drawEllipse(QPointF(width / 2, height / 2), radius, radius)
        draw_label(painter, channel_letter(channel), QPointF(width / 2, height - 3.5), 8.0, _WHITE, bold=True,
                   align=Qt.AlignmentFlag.AlignHCenter)
        painter.end()
        _MARKERS[key] = image
    return image


def forget_markers() -> None:
    """Drop the cached channel markers (after a language change: the letters may differ)."""
    _MARKERS.clear()


# --- cells -------------------------------------------------------------------------------


class CellItem(QGraphicsRectItem):
    """The part of a cell its cards live in. The cards are children of ``layer``, which is
    hidden far out: then the cell draws its cards as plain boxes itself, in a few calls.
    Otherwise it paints only while hovered or targeted by a drop (Qt skips it the rest
    of the time)."""

    def __init__(self, lane_id: str, stage_id: str, theme: Theme) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.stage_id = stage_id
        self._theme = theme
        self._hover = False
        self._target = False
        self._boxes: Optional[tuple[list[tuple[QColor, list[QRectF]]], dict[str, QRectF]]] = None
        self.setPen(_NO_PEN)
        self.setZValue(Z_CELL)
        self.setAcceptHoverEvents(True)
        self.layer = QGraphicsRectItem(self)
        self.layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.layer.setVisible(theme.detail)
        self._sync_contents()

    @property
    def key(self) -> tuple[str, str]:
        return (self.lane_id, self.stage_id)

    def _sync_contents(self) -> None:
        empty = self._theme.detail and not self._hover and not self._target
        if bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents) != empty:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, empty)
        self.update()

    def set_geometry(self, x: float, y: float, width: float, height: float) -> None:
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)
        rect = self.rect()
        if rect.width() != width or rect.height() != height:
            self.setRect(QRectF(0.0, 0.0, width, height))

    def set_target(self, on: bool) -> None:
        if on != self._target:
            self._target = on
            self._sync_contents()

    def cards_changed(self) -> None:
        """Its cards moved, came, went or changed colour: the boxes drawn far out are stale."""
        self._boxes = None
        if not self._theme.detail:
            self.update()

    def set_detail(self, on: bool) -> None:
        self.layer.setVisible(on)
        self._sync_contents()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        self._hover = True
        self._sync_contents()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802, ANN001
        self._hover = False
        self._sync_contents()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        theme = self._theme
        style = theme.style
        rect = self.rect()
        if self._target:
            painter.fillRect(rect, mix(style.background, style.highlight, 0.10))
        elif self._hover:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), mix(style.background, style.text, 0.025))
        if theme.detail:
            return
        if self._boxes is None:
            by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
            rects: dict[str, QRectF] = {}
            for child in self.layer.childItems():
                if isinstance(child, CardItem) and child.box is not None:
                    r = child.box.rect
                    rect = QRectF(r.x, r.y, r.width, r.height)
                    rects[child.card_id] = rect
                    by_colour.setdefault(child.fill.rgba(), (child.fill, []))[1].append(rect)
            self._boxes = (list(by_colour.values()), rects)
        groups, rects = self._boxes
        painter.setPen(_NO_PEN)
        for colour, boxes in groups:
            painter.setBrush(colour)
            painter.drawRects(boxes)
        for ids, colour in ((theme.highlighted, style.find_highlight), (theme.selected, style.highlight)):
            if ids:
                marked = [rect for i, rect in rects.items() if i in ids]
                if marked:
                    painter.setBrush(colour)
                    painter.drawRects(marked)


__all__ = [
    "CARD_RADIUS", "DRILLDOWN_BADGE_SIZE", "PODIUM_COLOURS", "CardItem", "CellItem", "DETAIL_SCALE", "StaticLines", "Theme",
    "draw_label", "forget_markers", "label_width", "paint_drilldown_badge", "shows_detail", "wants_detail",
]
