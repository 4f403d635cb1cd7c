"""The map as a QGraphicsScene, kept in step with its document change by change.

``MapScene`` builds one item per stage header, lane header, cell and card, and
keeps them in dicts (``cards``, ``cells``, ``stage_headers``, ``lane_headers``).
On a document ``Change`` it re-lays out only the cells the change names (from
the document's cell index), lays out the frame again only when a cell's height
or the frame changed, and creates, moves or removes only the touched items.
Cards are children of their cell, so moving a lane or widening a stage moves a
few cells, not thousands of cards.

The scene also holds what the canvas shows about the user's focus: selected
cards (Qt's item selection), a selected stage, lane or emotion point, the
focused cell (keyboard capture) and cards highlighted by Find.

A scene shown in a view caches each card's drawing in device pixels
(``card_caching``): text and rounded corners are drawn once, and a repaint
(scrolling, hovering, a drag's ghost passing over) blits the pixmaps, so a frame
costs about the same whatever the cards hold. Scenes drawn for export keep
drawing directly (vector output stays vector).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Callable, Container, Iterable, Optional, Sequence, TypeVar

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QToolTip

from ..editor import Change, MapDocument
from ..editor.edits import curve_persona
from ..editor.selection import NOTHING, Selection
from ..layout import (
    DEFAULT_OPTIONS,
    CellKey,
    CellLayout,
    HitResult,
    LaneRow,
    LayoutOptions,
    MapFrame,
    MapLayout,
    StageColumn,
    TextMeasurer,
    default_measurer,
    hit_test,
    layout_cell,
    layout_frame,
    stage_width,
)
from ..model import Card, JourneyMap, LaneKind
from ..layout.palette import curve_colours
from .curve_item import EmotionCurveItem
from .frame_items import CornerItem, GridItem, LaneHeaderItem, StageHeaderItem
from .items import CardItem, CellItem, Theme, wants_detail
from .overlays import DropIndicatorItem, FrameItem, VisibilityLineItem
from .style import CanvasStyle, channel_label, tr

_NO_CACHE = QGraphicsItem.CacheMode.NoCache
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache

MARGIN = 40.0
"""Empty space right of and below the map, so the last cells are easy to drop on."""

_H = TypeVar("_H", StageHeaderItem, LaneHeaderItem)
_S = TypeVar("_S", StageColumn, LaneRow)


def _span_at(spans: Sequence[_S], value: float, bounds: Callable[[_S], tuple[float, float]]) -> Optional[_S]:
    """The span (a stage column or lane row: in order, not overlapping) whose [start, end) holds ``value``."""
    index = bisect_right([bounds(span)[0] for span in spans], value) - 1
    if 0 <= index < len(spans) and value < bounds(spans[index])[1]:
        return spans[index]
    return None

class MapScene(QGraphicsScene):
    """The items of one map document, updated from its ``changed`` signal."""

    map_selection_changed = Signal(object)  # Selection
    geometry_changed = Signal()  # the frame (sizes, stages, lanes) moved: views re-pin headers

    def __init__(
        self,
        document: MapDocument,
        measurer: Optional[TextMeasurer] = None,
        options: LayoutOptions = DEFAULT_OPTIONS,
        palette: Optional[QPalette] = None,
        parent=None,  # noqa: ANN001
        card_caching: bool = False,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._card_cache = _DEVICE_CACHE if card_caching else _NO_CACHE
        self._cache_paused: list[CardItem] = []
        self._cache_paused_rect = QRectF()  # the scene area whose cards draw directly
        self.measurer = measurer or default_measurer()  # the PDF's too: same fonts, same line breaks
        self.options = options
        self.theme = Theme(CanvasStyle(palette or QGuiApplication.palette()))
        self.cards: dict[str, CardItem] = {}
        self.cells: dict[CellKey, CellItem] = {}
        self.stage_headers: dict[str, StageHeaderItem] = {}
        self.lane_headers: dict[str, LaneHeaderItem] = {}
        self._layouts: dict[CellKey, CellLayout] = {}
        self._lane_state: dict[str, tuple] = {}
        self._open_actions: dict[str, int] = {}
        self._lane_content: dict[str, float] = {}
        self.frame: MapFrame = layout_frame(JourneyMap(), {}, self.measurer, options)
        self._sticky = (0.0, 0.0)
        self._selected_stage: Optional[str] = None
        self._selected_lane: Optional[str] = None
        self._selected_emotion: Optional[str] = None
        self._focus_cell: Optional[CellKey] = None
        self._votes: dict[str, int] = {}  # cards with votes: kept per change, so the podium costs O(changed)
        self._podium: dict[str, int] = {}
        self._show_podium = True
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.grid = GridItem(self.theme)
        self.corner = CornerItem(self.theme)
        self.curve = EmotionCurveItem(self.theme)
        self.visibility = VisibilityLineItem(self.theme)
        self.focus_frame = FrameItem(self.theme)
        self.drop_indicator = DropIndicatorItem(self.theme)
        self._fixed_items = (self.grid, self.corner, self.curve, self.visibility, self.focus_frame, self.drop_indicator)
        for item in self._fixed_items:
            self.addItem(item)
        self.focus_frame.hide()
        self.setBackgroundBrush(self.theme.style.background)
        document.changed.connect(self._on_change)
        self.rebuild()

    @property
    def _selected_cards(self) -> set[str]:
        return self.theme.selected

    @_selected_cards.setter
    def _selected_cards(self, ids: set[str]) -> None:
        if not self.theme.detail:
            self._repaint_boxes(ids ^ self.theme.selected)
        self.theme.selected = ids

    @property
    def _highlighted(self) -> set[str]:
        return self.theme.highlighted

    # --- what views and gestures ask -------------------------------------------------

    @property
    def style(self) -> CanvasStyle:
        return self.theme.style

    @property
    def journey(self) -> JourneyMap:
        return self.document.journey

    def layout(self) -> MapLayout:
        """The current layout (the frame and every cell), for hit tests and exports."""
        return MapLayout(self.frame, self._layouts)

    def cell_layout(self, lane_id: str, stage_id: str) -> Optional[CellLayout]:
        return self._layouts.get((lane_id, stage_id))

    def card_scene_rect(self, card_id: str) -> Optional[QRectF]:
        item = self.cards.get(card_id)
        return item.card_scene_rect() if item is not None else None

    def cell_scene_rect(self, lane_id: str, stage_id: str) -> Optional[QRectF]:
        if not self.frame.has_cell(lane_id, stage_id):
            return None
        r = self.frame.cell_rect(lane_id, stage_id)
        return QRectF(r.x, r.y, r.width, r.height)

    def map_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.frame.width, self.frame.height)

    def hit(self, point: QPointF) -> HitResult:
        """What is under a scene point, with the headers where the view has pinned them."""
        x, y = point.x(), point.y()
        sx, sy = self._sticky
        o = self.options
        frame = self.frame
        in_top = sy <= y < sy + o.stage_header_height and 0 <= x < frame.width
        in_left = sx <= x < sx + o.lane_header_width and 0 <= y < frame.height
        if in_top and in_left:
            return HitResult("corner")
        if in_top:
            column = self.column_at(x)
            return HitResult("stage_header", stage_id=column.stage_id) if column else HitResult("outside")
        if in_left:
            row = self.row_at(y)
            return HitResult("lane_header", lane_id=row.lane_id) if row else HitResult("outside")
        return hit_test(self.layout(), x, y)

    def drilldown_at(self, point: QPointF) -> Optional[tuple[str, str]]:
        """``("stage", id)`` or ``("card", id)`` when ``point`` is on a drill-down badge (a click follows it)."""
        hit = self.hit(point)
        header = self.stage_headers.get(hit.stage_id or "") if hit.region == "stage_header" else None
        if header is not None and header.drilldown:
            return ("stage", header.stage_id) if header.drilldown_rect().contains(header.mapFromScene(point)) else None
        if hit.region in ("stage_header", "lane_header", "corner"):
            return None
        for item in self.items(point):  # the badge hangs below its card, over the cell (or the next card)
            if isinstance(item, CardItem) and item.drilldown and item.isVisible() and item.parentItem() is not None \
                    and item.parentItem().isVisible():
                if item.drilldown_rect().contains(item.mapFromScene(point)):
                    return ("card", item.card_id)
        return None

    def column_at(self, x: float) -> Optional[StageColumn]:
        return _span_at(self.frame.columns, x, lambda column: (column.x, column.right))

    def row_at(self, y: float) -> Optional[LaneRow]:
        return _span_at(self.frame.rows, y, lambda row: (row.y, row.bottom))

    def drop_line(self, lane_id: str, stage_id: str, index: int) -> Optional[QLineF]:
        """The drop indicator for inserting at ``index`` in a cell, in scene coordinates."""
        if not self.frame.has_cell(lane_id, stage_id):
            return None
        o = self.options
        ox, oy = self.frame.cell_origin(lane_id, stage_id)
        cell = self._layouts.get((lane_id, stage_id))
        boxes = cell.cards if cell is not None else ()
        width = self.frame.column(stage_id).width
        if not boxes:
            y = o.cell_padding / 2
        elif index <= 0:
            y = boxes[0].rect.y - min(o.card_gap, o.cell_padding) / 2
        elif index >= len(boxes):
            y = boxes[-1].rect.bottom + min(o.card_gap, o.cell_padding) / 2
        else:
            y = (boxes[index - 1].rect.bottom + boxes[index].rect.y) / 2
        return QLineF(ox + o.cell_padding, oy + y, ox + width - o.cell_padding, oy + y)

    def new_card_rect(self, lane_id: str, stage_id: str, index: Optional[int] = None) -> Optional[QRectF]:
        """Where a card being written at ``index`` (default: the end) of a cell goes, in the scene."""
        if not self.frame.has_cell(lane_id, stage_id):
            return None
        o = self.options
        ox, oy = self.frame.cell_origin(lane_id, stage_id)
        cell = self._layouts.get((lane_id, stage_id))
        boxes = cell.cards if cell is not None else ()
        if index is None or index >= len(boxes):
            y = boxes[-1].rect.bottom + o.card_gap if boxes else o.cell_padding
        else:
            y = boxes[max(0, index)].rect.y
        width = self.frame.column(stage_id).width - 2 * o.cell_padding
        height = 2 * o.card_padding + self.measurer.line_height(o.card_font_size)
        return QRectF(ox + o.cell_padding, oy + y, max(1.0, width), height)

    def set_sticky_offset(self, x: float, y: float) -> None:
        """Pin the stage headers at ``y`` and the lane headers at ``x`` (a view's top left)."""
        x, y = max(0.0, x), max(0.0, y)
        if (x, y) == self._sticky:
            return
        self._sticky = (x, y)
        for header in self.stage_headers.values():
            header.setY(y)
        for header in self.lane_headers.values():
            header.setX(x)
        self.corner.setPos(x, y)
        self.curve.set_label_left(x + self.options.lane_header_width)
        self.visibility.set_label_left(x + self.options.lane_header_width)

    @property
    def sticky_offset(self) -> tuple[float, float]:
        return self._sticky

    @property
    def detail(self) -> bool:
        return self.theme.detail

    def set_detail(self, on: bool) -> None:
        """Show cards in detail (text, badges), or, far out, as boxes their cells draw."""
        if on == self.theme.detail:
            return
        self.theme.detail = on
        for cell in self.cells.values():
            cell.set_detail(on)

    @property
    def card_caching(self) -> bool:
        return self._card_cache == _DEVICE_CACHE

    def pause_card_caching(self, rect: QRectF) -> None:
        """Draw the cards in ``rect`` directly until ``resume_card_caching``: while zooming, every
        frame has a new scale, and re-rendering each card's cache at each step costs more than
        drawing it. Only cards a view shows are touched (a zoom step pays for the screen, not the map)."""
        if self._card_cache != _DEVICE_CACHE or not self.theme.detail or self._cache_paused_rect.contains(rect):
            return
        self._cache_paused_rect = self._cache_paused_rect.united(rect)
        paused = self._cache_paused
        for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, CardItem) and item.cacheMode() == _DEVICE_CACHE:
                item.setCacheMode(_NO_CACHE)
                paused.append(item)

    def resume_card_caching(self) -> None:
        paused, self._cache_paused = self._cache_paused, []
        self._cache_paused_rect = QRectF()
        for item in paused:
            if item.scene() is self:
                item.setCacheMode(self._card_cache)

    def _repaint_boxes(self, card_ids: Iterable[str]) -> None:
        for card_id in card_ids:
            item = self.cards.get(card_id)
            layer = item.parentItem() if item is not None else None
            cell = layer.parentItem() if layer is not None else None
            if cell is not None:
                cell.update()

    def cards_in_rect(self, rect: QRectF) -> list[str]:
        """Cards (shown) that a scene rectangle touches, from the layout: works at any zoom."""
        found = []
        frame = self.frame
        for (lane_id, stage_id), cell in self._layouts.items():
            if not cell.cards:
                continue
            ox, oy = frame.cell_origin(lane_id, stage_id)
            if not rect.intersects(QRectF(ox, oy, cell.width, cell.height)):
                continue
            for box in cell.cards:
                r = box.rect
                if rect.intersects(QRectF(ox + r.x, oy + r.y, r.width, r.height)):
                    found.append(box.card_id)
        return found

    def set_palette(self, palette: QPalette) -> None:
        """Restyle for a new palette (a dark theme, say)."""
        self.theme.style = CanvasStyle(palette)
        self.setBackgroundBrush(self.theme.style.background)
        self._refresh_frame_items()
        for key, cell in self._layouts.items():
            self._restyle_cell(key)
        self.update()

    # --- selection ------------------------------------------------------------------

    def selection(self) -> Selection:
        cell = self._focus_cell
        if self._selected_cards:
            return Selection("cards", tuple(self.ordered_cards(self._selected_cards)), cell)
        if self._selected_stage:
            return Selection("stage", (self._selected_stage,), cell)
        if self._selected_lane:
            return Selection("lane", (self._selected_lane,), cell)
        if self._selected_emotion:
            return Selection("emotion", (self._selected_emotion,), cell, curve_persona(self.document))
        return Selection(cell=cell) if cell else NOTHING

    def selected_card_ids(self) -> list[str]:
        """Selected cards in map order (stage, then lane, then order in the cell)."""
        return self.ordered_cards(self._selected_cards)

    def ordered_cards(self, ids: Iterable[str]) -> list[str]:
        stage_rank = {s.id: i for i, s in enumerate(self.journey.stages)}
        lane_rank = {lane.id: i for i, lane in enumerate(self.journey.lanes)}
        cards = [c for c in (self.document.card(i) for i in ids) if c is not None]
        cards.sort(key=lambda c: (stage_rank.get(c.stage, 0), lane_rank.get(c.lane, 0), c.order))
        return [c.id for c in cards]

    def select_cards(self, ids: Iterable[str], add: bool = False) -> None:
        wanted = {i for i in ids if i in self.cards}
        if add:
            wanted |= self._selected_cards
        if wanted == self._selected_cards and not (self._selected_stage or self._selected_lane or self._selected_emotion):
            return
        for card_id in self._selected_cards - wanted:
            item = self.cards.get(card_id)
            if item is not None:
                item.update()
        for card_id in wanted - self._selected_cards:
            self.cards[card_id].update()
        self._selected_cards = wanted
        self._set_other_selection(None, None, None)
        self._announce_selection()

    def toggle_card(self, card_id: str) -> None:
        ids = set(self._selected_cards)
        ids ^= {card_id}
        self.select_cards(ids)

    def select_stage(self, stage_id: Optional[str]) -> None:
        self._clear_cards()
        self._set_other_selection(stage_id, None, None)
        self._announce_selection()

    def select_lane(self, lane_id: Optional[str]) -> None:
        self._clear_cards()
        self._set_other_selection(None, lane_id, None)
        self._announce_selection()

    def select_emotion(self, stage_id: Optional[str]) -> None:
        self._clear_cards()
        self._set_other_selection(None, None, stage_id)
        self._announce_selection()

    def clear_selection(self) -> None:
        if self._selected_cards or self._selected_stage or self._selected_lane or self._selected_emotion:
            self._clear_cards()
            self._set_other_selection(None, None, None)
            self._announce_selection()

    def _clear_cards(self) -> None:
        for card_id in self._selected_cards:
            item = self.cards.get(card_id)
            if item is not None:
                item.update()
        self._selected_cards = set()

    def _set_other_selection(self, stage: Optional[str], lane: Optional[str], emotion: Optional[str]) -> None:
        if stage != self._selected_stage:
            for sid in (self._selected_stage, stage):
                if sid in self.stage_headers:
                    self.stage_headers[sid].set_selected(sid == stage)
            self._selected_stage = stage
        if lane != self._selected_lane:
            for lid in (self._selected_lane, lane):
                if lid in self.lane_headers:
                    self.lane_headers[lid].set_selected(lid == lane)
            self._selected_lane = lane
        if emotion != self._selected_emotion:
            self._selected_emotion = emotion
            self._update_curve_selection()

    def _update_curve_selection(self) -> None:
        index = None
        if self._selected_emotion is not None and self.frame is not None:
            try:
                index = self.frame.column(self._selected_emotion).index
            except KeyError:
                index = None
        self.curve.selected_stage = index
        self.curve.update()

    def _announce_selection(self) -> None:
        self.map_selection_changed.emit(self.selection())

    # focus cell

    @property
    def focus_cell(self) -> Optional[CellKey]:
        return self._focus_cell

    def set_focus_cell(self, cell: Optional[CellKey]) -> None:
        if cell is not None and not self.frame.has_cell(*cell):
            cell = None
        if cell == self._focus_cell:
            return
        self._focus_cell = cell
        self._place_focus_frame()
        self._announce_selection()

    def _place_focus_frame(self) -> None:
        cell = self._focus_cell
        if cell is None or not self.frame.has_cell(*cell):
            self._focus_cell = None
            self.focus_frame.hide()
            return
        self.focus_frame.set_rect(self.cell_scene_rect(*cell) or QRectF())
        self.focus_frame.show()

    # dot voting

    @property
    def podium(self) -> dict[str, int]:
        """Card id to place (1..3) of the cards with the most votes, when that is shown."""
        return dict(self._podium)

    @property
    def shows_podium(self) -> bool:
        return self._show_podium

    def set_show_podium(self, on: bool) -> None:
        """Ring the top three cards by votes (a setting: on in workshops, off for a clean export)."""
        if on != self._show_podium:
            self._show_podium = on
            self._refresh_podium(())

    def _note_votes(self, card_ids: Iterable[str]) -> bool:
        changed = False
        for card_id in card_ids:
            card = self.document.card(card_id)
            votes = card.votes if card is not None else 0
            if votes != self._votes.get(card_id, 0):
                changed = True
                if votes:
                    self._votes[card_id] = votes
                else:
                    self._votes.pop(card_id, None)
        return changed

    def _refresh_podium(self, touched: Iterable[str]) -> None:
        """Recompute the podium from the vote counts and mark the items whose place changed
        (and ``touched`` ones: items made again by this change start without a place)."""
        podium = top_voted(self._votes) if self._show_podium else {}
        for card_id in set(self._podium) | set(podium) | set(touched):
            item = self.cards.get(card_id)
            if item is not None:
                item.set_place(podium.get(card_id, 0))
        self._podium = podium

    # find

    def highlight_cards(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for card_id in self._highlighted - wanted:
            if card_id in self.cards:
                self.cards[card_id].set_highlighted(False)
        for card_id in wanted:
            if card_id in self.cards:
                self.cards[card_id].set_highlighted(True)
        if not self.theme.detail:
            self._repaint_boxes(wanted ^ self.theme.highlighted)
        self.theme.highlighted = wanted

    # --- building ---------------------------------------------------------------------

    def rebuild(self) -> None:
        """Make every item afresh (a new or reloaded document)."""
        selected = set(self._selected_cards)
        for item in list(self.cards.values()):
            item.setParentItem(None)
        for collection in (self.cards, self.cells, self.stage_headers, self.lane_headers):
            for item in collection.values():
                if item.scene() is self:
                    self.removeItem(item)
            collection.clear()
        self._layouts = {}
        self._lane_state = {}
        journey = self.journey
        self._open_actions = self._count_open_actions()
        o, measurer = self.options, self.measurer
        for lane in journey.lanes:
            for stage in journey.stages:
                key = (lane.id, stage.id)
                cards = () if lane.collapsed else self.document.cards_in_cell(lane.id, stage.id)
                self._layouts[key] = layout_cell(cards, stage_width(stage, o), measurer, o,
                                                 lane_id=lane.id, stage_id=stage.id)
        self._relayout_frame()
        for key in self._layouts:
            self._sync_cell_cards(key, set())
        self._lane_state = {lane.id: (lane.kind, lane.colour, lane.collapsed) for lane in journey.lanes}
        self._selected_cards = {i for i in selected if i in self.cards}
        for card_id in self._selected_cards:
            self.cards[card_id].update()
        self.highlight_cards(self._highlighted)
        self._votes = {card.id: card.votes for card in journey.cards if card.votes}
        self._podium = {}
        self._refresh_podium(())

    def _on_change(self, change: Change) -> None:
        if change.everything:
            self.rebuild()
            self._announce_selection()
            return
        selected_before = self.selection()
        journey = self.journey
        o, measurer = self.options, self.measurer
        widths = {stage.id: stage_width(stage, o) for stage in journey.stages}
        lanes = {lane.id: lane for lane in journey.lanes}
        dirty = {key for key in change.cells if key[0] in lanes and key[1] in widths}
        frame_needed = change.frame
        previous_cards: set[str] = set()
        if change.frame:
            valid = {(lane_id, stage_id) for lane_id in lanes for stage_id in widths}
            for key in [k for k in self._layouts if k not in valid]:
                previous_cards.update(self._drop_cell(key))
            for key in valid:
                old = self._layouts.get(key)
                lane = lanes[key[0]]
                if old is None or old.width != widths[key[1]] or (lane.collapsed and old.cards):
                    dirty.add(key)
            for lane in journey.lanes:
                previous = self._lane_state.get(lane.id)
                if previous is not None and previous[2] != lane.collapsed and not lane.collapsed:
                    dirty.update((lane.id, stage_id) for stage_id in widths)
        if change.actions:
            counts = self._count_open_actions()
            for card_id in set(counts) | set(self._open_actions):
                if counts.get(card_id, 0) != self._open_actions.get(card_id, 0) and card_id in self.cards:
                    self.cards[card_id].set_actions(counts.get(card_id, 0))
            self._open_actions = counts
        resized_lanes: set[str] = set()
        for key in dirty:
            old = self._layouts.get(key)
            if old is not None:
                previous_cards.update(box.card_id for box in old.cards)
            lane = lanes[key[0]]
            cards = () if lane.collapsed else self.document.cards_in_cell(*key)
            new = layout_cell(cards, widths[key[1]], measurer, o, lane_id=key[0], stage_id=key[1])
            if old is None or old.height != new.height:
                resized_lanes.add(key[0])
            self._layouts[key] = new
        # a lane is as tall as its tallest cell: only a change of that moves the frame
        for lane_id in resized_lanes:
            if self._lane_content.get(lane_id) != self._content_height(lane_id):
                frame_needed = True
        if frame_needed:
            self._relayout_frame()
        shown: set[str] = set()
        for key in dirty:
            shown.update(self._sync_cell_cards(key, change.cards))
        for card_id in (previous_cards - shown) | (change.removed_cards - shown):
            self._drop_card(card_id)
        if self._note_votes(change.cards | change.removed_cards) or (shown & self._podium.keys()):
            self._refresh_podium(shown & (self._podium.keys() | change.cards))
        if change.frame:
            for lane in journey.lanes:
                look = (lane.kind, lane.colour, lane.collapsed)
                if self._lane_state.get(lane.id) != look:
                    self._lane_state[lane.id] = look
                    for stage_id in widths:
                        if (lane.id, stage_id) not in dirty:
                            self._restyle_cell((lane.id, stage_id))
        lost = {i for i in self._selected_cards if i not in self.cards}
        if lost:
            self._selected_cards -= lost
        if change.frame:
            if self._selected_stage and self._selected_stage not in widths:
                self._selected_stage = None
            if self._selected_lane and self._selected_lane not in lanes:
                self._selected_lane = None
            if self._selected_emotion and self._selected_emotion not in widths:
                self._selected_emotion = None
            self._update_curve_selection()
        if self.selection() != selected_before:
            self._announce_selection()

    # --- pieces of an update -------------------------------------------------------------

    def _content_height(self, lane_id: str) -> float:
        stages = self.journey.stages
        return max((cell.height for cell in (self._layouts.get((lane_id, s.id)) for s in stages) if cell), default=0.0)

    def _relayout_frame(self) -> None:
        heights = {key: cell.height for key, cell in self._layouts.items()}
        self._lane_content = {lane.id: self._content_height(lane.id) for lane in self.journey.lanes}
        frame = layout_frame(self.journey, heights, self.measurer, self.options)
        old = self.frame
        self.frame = frame
        moved = old is None or old.columns != frame.columns or old.rows != frame.rows
        if moved:
            for key in self._layouts:
                self._place_cell(key)
        self._refresh_frame_items()
        self.setSceneRect(QRectF(0.0, 0.0, frame.width + MARGIN, frame.height + MARGIN))
        self._place_focus_frame()
        if moved:
            self.geometry_changed.emit()

    def _place_cell(self, key: CellKey) -> CellItem:
        item = self.cells.get(key)
        if item is None:
            item = CellItem(key[0], key[1], self.theme)
            self.cells[key] = item
            self.addItem(item)
        r = self.frame.cards_rect(*key)
        item.set_geometry(r.x, r.y, r.width, r.height)
        return item

    def _refresh_frame_items(self) -> None:
        frame, journey, style = self.frame, self.journey, self.style
        sx, sy = self._sticky
        stages = {s.id: s for s in journey.stages}
        columns = frame.columns
        headers = self._sync_headers(self.stage_headers, stages, [c.stage_id for c in columns], StageHeaderItem,
                                     self._selected_stage)
        for column, stage_header in zip(columns, headers):
            stage = stages[column.stage_id]
            stage_header.set_column(column, style.stage_colour(stage.colour), sy)
            stage_header.setToolTip(stage.goal or stage.name)
            stage_header.set_drilldown(bool(stage.drilldown))
        lanes = {lane.id: lane for lane in journey.lanes}
        rows = frame.rows
        for row, lane_header in zip(rows, self._sync_headers(self.lane_headers, lanes, [r.lane_id for r in rows],
                                                             LaneHeaderItem, self._selected_lane)):
            lane = lanes[row.lane_id]
            lane_header.set_row(row, style.lane_marker(lane.kind, lane.colour), tr(lane.kind.label), sx)
        self.corner.set_geometry(frame.corner.width, frame.corner.height, "")
        self.corner.setPos(sx, sy)
        self.grid.set_frame(frame.columns, frame.rows, frame.width, frame.height)
        self._refresh_curve()
        if frame.visibility_line_y is not None:
            self.visibility.set_line(frame.corner.right, frame.width, frame.visibility_line_y)
            self.visibility.show()
        else:
            self.visibility.hide()

    def _sync_headers(self, headers: dict[str, _H], alive: Container[str], ids: list[str],
                      make: Callable[[str, Theme], _H], selected: Optional[str]) -> list[_H]:
        """The header items of ``ids``, in order: items of ids no longer ``alive`` are removed
        from the scene, missing ones made (selected if their id is ``selected``)."""
        for stale in [i for i in headers if i not in alive]:
            self.removeItem(headers.pop(stale))
        result = []
        for item_id in ids:
            header = headers.get(item_id)
            if header is None:
                header = headers[item_id] = make(item_id, self.theme)
                self.addItem(header)
                header.set_selected(item_id == selected)
            result.append(header)
        return result

    def _refresh_curve(self) -> None:
        frame = self.frame
        if not frame.curves:
            self.curve.set_curves((), None, QRectF(), {}, ())
            self.curve.hide()
            return
        reference = frame.curves[0]
        row = frame.row(reference.lane_id)
        band = QRectF(frame.corner.right, row.y, frame.width - frame.corner.right, row.cards_top)
        persona = curve_persona(self.document)
        names: dict[Optional[str], str] = {p.id: p.name for p in self.journey.personas}
        names[None] = tr("Map")
        by_stage = {e.stage: e.value for e in self.journey.emotions if e.card is None and e.persona == persona}
        values = [by_stage.get(column.stage_id) for column in frame.columns]
        order = [p.id for p in self.journey.personas]
        shown = [c.persona_id for c in frame.curves] + [persona]
        colours = {key: QColor(value) for key, value in curve_colours(shown, order, self.style.dark).items()}
        self.curve.set_curves(frame.curves, persona, band, names, values, colours, order)
        self._update_curve_selection()
        self.curve.show()

    def _sync_cell_cards(self, key: CellKey, changed_cards: set[str]) -> list[str]:
        """Make the card items of a cell match its layout; returns the ids shown there."""
        cell_item = self._place_cell(key)
        layout = self._layouts[key]
        ids = []
        lane = self.journey.lane(key[0]) if layout.cards else None
        for box in layout.cards:
            card_id = box.card_id
            ids.append(card_id)
            item = self.cards.get(card_id)
            fresh = item is None
            if fresh:
                item = CardItem(card_id, self.theme)
                if self._card_cache != _NO_CACHE:
                    item.setCacheMode(self._card_cache)
                item.set_box(box)  # placed before it enters the scene: one index update, not two
                item.setParentItem(cell_item.layer)
                self.cards[card_id] = item
            elif item.parentItem() is not cell_item.layer:
                item.setParentItem(cell_item.layer)
                fresh = True  # a new lane may colour it differently
            item.set_box(box)
            if fresh or card_id in changed_cards:
                card = self.document.card(card_id)
                if card is not None and lane is not None:
                    self._style_card(item, card, lane.kind, lane.colour)
            if card_id in self._highlighted:
                item.set_highlighted(True)
        cell_item.cards_changed()
        return ids

    def _style_card(self, item: CardItem, card: Card, kind: LaneKind, lane_colour: Optional[str]) -> None:
        style = self.style
        fill = style.card_fill(kind, lane_colour, card.colour)
        item.set_drilldown(bool(card.drilldown))
        item.set_image(card.image)
        if item.set_look(fill, style.text_on(fill), card.channel, card.votes, self._open_actions.get(card.id, 0)):
            layer = item.parentItem()
            cell = layer.parentItem() if layer is not None else None
            if isinstance(cell, CellItem):
                cell.cards_changed()

    def card_description(self, card_id: str) -> str:
        """A card as a screen reader says it: text, lane, stage, votes, open actions, channel."""
        card = self.document.card(card_id)
        if card is None:
            return ""
        lane, stage = self.journey.lane(card.lane), self.journey.stage(card.stage)
        text = (tr("Card “%1” in lane %2, stage %3").replace("%1", " ".join(card.text.split())[:200])
                .replace("%2", (lane.title or lane.kind.label) if lane else "").replace("%3", stage.name if stage else ""))
        if card.votes:
            text += ", " + (tr("1 vote") if card.votes == 1 else tr("%1 votes").replace("%1", str(card.votes)))
        actions = self._open_actions.get(card.id, 0)
        if actions:
            text += ", " + (tr("1 open action") if actions == 1 else tr("%1 open actions").replace("%1", str(actions)))
        if card.channel is not None:
            text += ", " + tr("channel %1").replace("%1", channel_label(card.channel))
        return text

    def card_tooltip(self, card_id: str) -> str:
        """What hovering a card tells: its whole text when cut short, channel, votes, open actions."""
        card = self.document.card(card_id)
        item = self.cards.get(card_id)
        if card is None or item is None:
            return ""
        tips = []
        if item.box is not None and item.box.text.truncated:
            tips.append(card.text[:2000])
        if card.channel is not None:
            tips.append(tr("Channel: %1").replace("%1", channel_label(card.channel)))
        if card.votes:
            tips.append(tr("Votes: %1").replace("%1", str(card.votes)))
        actions = self._open_actions.get(card.id, 0)
        if actions:
            tips.append(tr("Open actions: %1").replace("%1", str(actions)))
        if card.drilldown:
            tips.append(tr("Drills down to %1").replace("%1", card.drilldown))
        return "\n".join(tips)

    def helpEvent(self, event) -> None:  # noqa: N802, ANN001
        hit = self.hit(event.scenePos())
        if hit.region == "card" and hit.card_id:
            text = self.card_tooltip(hit.card_id)
            if text:
                QToolTip.showText(event.screenPos(), text)
                event.accept()
                return
            QToolTip.hideText()
            event.accept()
            return
        super().helpEvent(event)

    def _restyle_cell(self, key: CellKey) -> None:
        layout = self._layouts.get(key)
        if layout is None or not layout.cards:
            return
        lane = self.journey.lane(key[0])
        if lane is None:
            return
        for box in layout.cards:
            item = self.cards.get(box.card_id)
            card = self.document.card(box.card_id)
            if item is not None and card is not None:
                self._style_card(item, card, lane.kind, lane.colour)

    def _drop_card(self, card_id: str) -> None:
        item = self.cards.pop(card_id, None)
        if item is None:
            return
        item.setParentItem(None)
        if item.scene() is self:
            self.removeItem(item)

    def _drop_cell(self, key: CellKey) -> list[str]:
        """Remove a cell of a stage or lane that is gone; its cards stay (top level) until
        the rest of the change claims or drops them. Returns their ids."""
        self._layouts.pop(key, None)
        item = self.cells.pop(key, None)
        orphans = []
        if item is not None:
            for child in item.layer.childItems():
                if isinstance(child, CardItem) and self.cards.get(child.card_id) is child:
                    child.setParentItem(None)
                    orphans.append(child.card_id)
            self.removeItem(item)
        return orphans

    def _count_open_actions(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for action in self.journey.actions:
            if action.status.is_open:
                counts.update(set(action.cards))
        return dict(counts)


def top_voted(votes: dict[str, int], places: int = 3) -> dict[str, int]:
    """The cards on the podium and their place (1 = most votes): a card is in the top
    ``places`` when fewer than ``places`` cards have more votes, so ties share a place."""
    ranked = sorted(count for count in votes.values() if count > 0)
    result: dict[str, int] = {}
    for card_id, count in votes.items():
        if count > 0:
            place = 1 + len(ranked) - bisect_right(ranked, count)
            if place <= places:
                result[card_id] = place
    return result


def render_scene(scene: MapScene, scale: float = 1.0, source: Optional[QRectF] = None,
                 image_format: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied) -> QImage:
    """The map drawn into an image at ``scale`` (headers in place, no focus frame): PNG export."""
    source = QRectF(source) if source is not None else scene.map_rect()
    sticky = scene.sticky_offset
    focus_visible = scene.focus_frame.isVisible()
    detail = scene.detail
    scene.set_sticky_offset(0.0, 0.0)
    scene.focus_frame.hide()
    scene.set_detail(wants_detail(scale))
    scene.pause_card_caching(source)  # a scene a view shows: draw each card once, not into a cache too
    image = QImage(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)), image_format)
    image.fill(scene.style.background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    scene.resume_card_caching()
    scene.set_sticky_offset(*sticky)
    scene.focus_frame.setVisible(focus_visible)
    scene.set_detail(detail)
    return image
