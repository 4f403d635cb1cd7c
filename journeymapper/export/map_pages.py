"""The map on paper: the layout's geometry scaled onto pages, split when type would get too small.

The map is drawn from :func:`~journeymapper.layout.layout_map`'s geometry and
nothing else (the canvas draws from the same): rectangles, lines, the emotion
curves as Bézier paths from ``smooth_path``, and the layout's lines of text as
strings at the layout's font sizes times the scale.

Scale: the whole map on one page when it fits at a scale where the smallest
text prints at :data:`~journeymapper.export.options.MIN_PRINTED_SIZE` or more (up
to :data:`MAX_SCALE`). Otherwise the map is split into tiles: columns of stages
side by side (a stage wider than a page is itself cut into slices), each cut
into bands of lanes, stage headers and lane titles repeated on every tile. Bands
end at a lane's bottom where possible; a lane taller than a page is cut above a
card (a card is printed whole, on the page where it starts). The scale chosen is
the one that needs the fewest pages, the largest such.

As on the canvas, a stage or card that drills down to a detail map carries a
small "↘ file" badge; a comparison can outline chosen cards, stages and lanes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Mapping, Optional, Sequence

from ..layout import LayoutOptions, MapLayout, Segment
from ..layout import palette as P
from ..model import Channel, JourneyMap
from . import style as S
from .options import MIN_PRINTED_SIZE
from .pages import CIRCLE, CLIP, LINE, PATH, RECT, TEXT, UNCLIP, fitted_image

__all__ = ["DRILLDOWN_MARK", "MAX_SCALE", "MapPainter", "MapPlan", "Outlines", "Tile", "drilldown_label",
           "map_min_text", "plan_map"]

MAX_SCALE = 1.5
"""A small map on big paper is enlarged at most this much."""

_EPS = 1e-6
_NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
CARD_RADIUS = 5.0
DRILLDOWN_MARK = "\u2198"
"""The arrow ("↘", in DejaVu Sans) that marks a stage or card with a detail map below it, as the canvas's badge does."""

Outlines = Mapping[tuple[str, str], str]
"""``{(kind, id): colour}``: cards, stages and lanes to outline (a comparison's differences)."""


def drilldown_label(link: str) -> str:
    """What the printed drill-down mark names: the detail map's file name (the link is relative, ``/``-separated)."""
    return PurePosixPath(link).name or link


def map_min_text(options: LayoutOptions) -> float:
    """The smallest text size the map draws, in layout points (decorations use this size too)."""
    return min(options.card_font_size, options.stage_name_font_size, options.stage_goal_font_size,
               options.lane_title_font_size)


@dataclass(frozen=True)
class Tile:
    """One page's part of the map: stage area ``x0..x1`` and body ``y0..bottom`` (map coordinates).

    Cards (and the emotion band) whose top lies in ``y0..y1`` are drawn here, whole;
    with ``carry`` (after a cut through something taller than a page) also those
    that overlap ``y0``, clipped.
    """

    x0: float
    x1: float
    first_column: int
    last_column: int
    y0: float
    y1: float
    bottom: float
    carry: bool
    chunk: int
    chunks: int
    band: int
    bands: int
    first_row: int = 0
    last_row: int = -1


@dataclass
class MapPlan:
    scale: float
    tiles: list[Tile]
    min_text: float
    """The smallest layout text size; ``scale * min_text`` is the smallest printed size."""

    @property
    def smallest_printed(self) -> float:
        return self.scale * self.min_text


class _Units:
    """Where cards (and the emotion band) lie, per row and column: sorted (top, bottom) pairs."""

    def __init__(self, layout: MapLayout) -> None:
        frame = layout.frame
        self.by_cell: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self.by_row: dict[int, list[tuple[float, float]]] = {}
        for r, row in enumerate(frame.rows):
            if row.collapsed:
                continue
            if row.cards_top > 0:
                self.by_row[r] = [(row.y, row.y + row.cards_top)]
            origin = row.y + row.cards_top
            for c, column in enumerate(frame.columns):
                cell = layout.cells.get((row.lane_id, column.stage_id))
                if cell is not None and cell.cards:
                    self.by_cell[(r, c)] = [(origin + b.rect.y, origin + b.rect.bottom) for b in cell.cards]

    def in_row(self, r: int, first: int, last: int) -> list[tuple[float, float]]:
        units = list(self.by_row.get(r, ()))
        for c in range(first, last + 1):
            units += self.by_cell.get((r, c), ())
        return units


def plan_map(
    layout: MapLayout,
    box_width: float,
    box_height: float,
    options: LayoutOptions,
    min_printed: float = MIN_PRINTED_SIZE,
) -> MapPlan:
    """How the map goes onto pages whose drawing area is ``box_width`` x ``box_height`` points."""
    frame = layout.frame
    min_text = map_min_text(options)
    s_min = min_printed / min_text
    width, height = max(frame.width, 1.0), max(frame.height, 1.0)
    s_fit = min(MAX_SCALE, box_width / width, box_height / height)
    units = _Units(layout)
    if s_fit >= s_min:
        return MapPlan(s_fit, _tiles(layout, units, s_fit, box_width, box_height, whole=True), min_text)
    s_width = box_width / width
    high = max(s_min, min(MAX_SCALE, max(1.0, s_width)))
    candidates = []
    s = s_min
    while s < high:
        candidates.append(s)
        s *= 1.06
    candidates.append(high)
    if s_min <= s_width <= high:
        candidates.append(s_width)
    best: Optional[tuple[float, list[Tile]]] = None
    for s in candidates:
        tiles = _tiles(layout, units, s, box_width, box_height)
        if best is None or len(tiles) < len(best[1]) or (len(tiles) == len(best[1]) and s > best[0]):
            best = (s, tiles)
    assert best is not None
    return MapPlan(best[0], best[1], min_text)


def _tiles(layout: MapLayout, units: _Units, s: float, box_w: float, box_h: float, whole: bool = False) -> list[Tile]:
    frame = layout.frame
    lhw, shh = frame.corner.width, frame.corner.height
    area_w = max(20.0, box_w / s - lhw)
    body_h = max(20.0, box_h / s - shh)
    columns = frame.columns
    chunks: list[tuple[float, float, int, int]] = []
    if not columns:
        chunks.append((lhw, lhw, 0, -1))
    elif whole:
        chunks.append((columns[0].x, columns[-1].right, 0, len(columns) - 1))
    else:
        start: Optional[int] = None
        for c, column in enumerate(columns):
            if column.width > area_w + _EPS:  # wider than a page: slices of it
                if start is not None:
                    chunks.append((columns[start].x, columns[c - 1].right, start, c - 1))
                    start = None
                x = column.x
                while x < column.right - _EPS:
                    chunks.append((x, min(x + area_w, column.right), c, c))
                    x += area_w
                continue
            if start is not None and column.right - columns[start].x > area_w + _EPS:
                chunks.append((columns[start].x, columns[c - 1].right, start, c - 1))
                start = None
            if start is None:
                start = c
        if start is not None:
            chunks.append((columns[start].x, columns[-1].right, start, len(columns) - 1))
    tiles: list[Tile] = []
    for index, (x0, x1, first, last) in enumerate(chunks):
        bands = [(frame.corner.bottom, frame.height, frame.height, False)] if whole else _bands(
            layout, units, first, last, body_h)
        for number, (y0, y1, bottom, carry) in enumerate(bands):
            tiles.append(Tile(x0, x1, first, last, y0, y1, bottom, carry, index, len(chunks), number, len(bands)))
    return tiles


def _bands(layout: MapLayout, units: _Units, first: int, last: int, body_h: float) -> list[tuple[float, float, float, bool]]:
    """Cut the body (below the stage headers) into bands at most ``body_h`` tall, for the
    columns ``first..last``: at a lane's bottom when that fills at least half a page, else
    above the first card that would not fit (cards stay whole); the empty rest of a lane
    that was cut is skipped; something taller than a page is cut through (``carry``)."""
    frame = layout.frame
    rows = frame.rows
    top = rows[0].y if rows else frame.corner.bottom
    end = frame.height
    bottoms = [row.bottom for row in rows]
    bands: list[tuple[float, float, float, bool]] = []
    y0, carry = top, False
    while y0 < end - _EPS:
        r0 = bisect_right(bottoms, y0 + _EPS)  # the lane y0 lies in
        if not carry and r0 < len(rows) and rows[r0].y < y0 - _EPS:
            # a lane cut on the page before: skip its empty rest (nothing of these columns left)
            if not any(b > y0 + _EPS for _, b in units.in_row(r0, first, last)):
                y0 = rows[r0].bottom
                continue
        limit = y0 + body_h
        if end <= limit + _EPS:
            bands.append((y0, end, end, carry))
            break
        r = bisect_right(bottoms, limit + _EPS)  # the lane that crosses the page's bottom
        boundary = bottoms[r - 1] if r > 0 else top
        inside = units.in_row(r, first, last) if r < len(rows) else []
        cut = limit
        for t, b in inside:
            if t >= y0 - _EPS and b > limit + _EPS and t < cut:
                cut = t
        if boundary > y0 + _EPS and (boundary - y0 >= body_h / 2 or cut <= boundary + _EPS):
            bands.append((y0, boundary, boundary, carry))  # whole lanes
            y0, carry = boundary, False
            continue
        if cut <= y0 + _EPS:  # something starting here is taller than a page: cut through it
            bands.append((y0, limit, limit, carry))
            y0, carry = limit, True
            continue
        bottom = cut
        for t, b in inside:
            if y0 - _EPS <= t < cut and b > bottom:
                bottom = b
        bands.append((y0, cut, min(bottom, limit), carry))
        y0, carry = cut, False
    if not bands:
        bands.append((top, top, top, False))
    return bands


# --- drawing ------------------------------------------------------------------------------


class MapPainter:
    """Draws tiles of one map's layout; per-card colours and badges are worked out once."""

    def __init__(self, journey: JourneyMap, layout: MapLayout, options: LayoutOptions, measurer,  # noqa: ANN001
                 outlines: Optional[Outlines] = None) -> None:
        self.journey = journey
        self.outlines: Outlines = outlines or {}
        self.layout = layout
        self.options = options
        self.measurer = measurer
        self.label_size = map_min_text(options)
        lanes = {lane.id: lane for lane in journey.lanes}
        open_actions: dict[str, int] = {}
        for action in journey.actions:
            if action.status.is_open:
                for card_id in set(action.cards):
                    open_actions[card_id] = open_actions.get(card_id, 0) + 1
        self.cards: dict[str, tuple] = {}
        for card in journey.cards:
            lane = lanes.get(card.lane)
            if lane is None:
                continue
            fill = S.card_fill(lane.kind, lane.colour, card.colour)
            self.cards[card.id] = (fill, S.card_border(fill), S.text_on(fill), card.channel, card.votes,
                                   open_actions.get(card.id, 0))
        self.card_images = {card.id: card.image.to_bytes() for card in journey.cards if card.image is not None}
        self.lane_fills = {lane.id: S.lane_fill(lane.kind, lane.colour) for lane in journey.lanes}
        self.stage_accents = {stage.id: S.stage_accent(stage.colour) for stage in journey.stages}
        self.drilldowns: dict[tuple[str, str], str] = {
            **{("stage", stage.id): drilldown_label(stage.drilldown) for stage in journey.stages if stage.drilldown},
            **{("card", card.id): drilldown_label(card.drilldown) for card in journey.cards if card.drilldown},
        }
        """The file each linked stage and card drills down to, by (kind, id)."""
        self.persona_names: dict[Optional[str], str] = {p.id: (p.name or "Persona") for p in journey.personas}
        self.curve_colours = P.curve_colours([c.persona_id for c in layout.frame.curves],
                                             [p.id for p in journey.personas])
        """Each curve's colour, by persona: the canvas's colours (``layout.palette``)."""
        self.scores: dict[tuple[Optional[str], str], float] = {
            (e.persona, e.stage): e.value for e in journey.emotions if e.card is None
        }

    def draw(self, ops: list, tile: Tile, s: float, left: float, top: float) -> None:
        """Append the operations that draw ``tile`` at scale ``s`` with its top-left at (left, top)."""
        frame = self.layout.frame
        lhw, shh = frame.corner.width, frame.corner.height
        x0, x1, y0, bottom = tile.x0, tile.x1, tile.y0, tile.bottom
        ox = left + lhw * s - x0 * s  # X(mx) = ox + mx * s
        oy = top + shh * s - y0 * s  # Y(my) = oy + my * s
        body_left, body_top = ox + x0 * s, oy + y0 * s
        body_w, body_h = (x1 - x0) * s, (bottom - y0) * s
        columns = frame.columns[tile.first_column: tile.last_column + 1] if tile.last_column >= 0 else ()
        rows = [row for row in frame.rows if row.bottom > y0 + _EPS and row.y < bottom - _EPS]

        # --- body: stripes, grid, curve, cards, visibility line (clipped to the tile)
        ops.append((CLIP, body_left, body_top - 9 * s, body_w, body_h + 18 * s))
        for row in rows:
            if row.index % 2 == 1:
                ya, yb = max(row.y, y0), min(row.bottom, bottom)
                ops.append((RECT, body_left, oy + ya * s, body_w, (yb - ya) * s, S.STRIPE, None, 0.0, 0.0))
        grid_w = max(0.5, 0.75 * s)
        for row in rows:
            if y0 + _EPS < row.bottom <= bottom + _EPS:
                y = oy + row.bottom * s
                ops.append((LINE, body_left, y, body_left + body_w, y, S.GRID, grid_w, None))
        for column in columns:
            if x0 + _EPS < column.right <= x1 + _EPS:
                x = ox + column.right * s
                ops.append((LINE, x, body_top, x, body_top + body_h, S.GRID, grid_w, None))
        curve_row = next((row for row in rows if row.cards_top > 0 and not row.collapsed), None)
        if curve_row is not None and (y0 - _EPS <= curve_row.y < tile.y1 - _EPS or (tile.carry and curve_row.y < y0 < curve_row.y + curve_row.cards_top)):
            self._curves(ops, tile, s, ox, oy)
        self._cards(ops, tile, columns, rows, s, ox, oy)
        vy = frame.visibility_line_y
        if vy is not None and y0 + _EPS < vy <= tile.y1 + _EPS:
            self._visibility(ops, s, body_left, body_left + body_w, oy + vy * s)
        ops.append((UNCLIP,))

        # --- stage headers
        if columns:
            ops.append((CLIP, body_left, top, body_w, shh * s))
            for column in columns:
                self._stage_header(ops, column, s, ox, top)
            ops.append((UNCLIP,))

        # --- lane headers
        if rows:
            ops.append((CLIP, left, body_top, lhw * s, body_h))
            for row in rows:
                self._lane_header(ops, row, s, left, oy, y0, bottom)
            ops.append((UNCLIP,))

        # --- corner and outline
        ops.append((RECT, left, top, lhw * s, shh * s, S.CORNER_FILL, None, 0.0, 0.0))
        ops.append((LINE, left + lhw * s, top, left + lhw * s, top + shh * s, S.STRONG_GRID, grid_w, None))
        ops.append((LINE, left, top + shh * s, left + lhw * s, top + shh * s, S.STRONG_GRID, grid_w, None))
        self._corner_text(ops, tile, s, left, top, lhw, shh)
        ops.append((RECT, left, top, lhw * s + body_w, shh * s + body_h, None, S.STRONG_GRID, grid_w, 0.0))

    # --- parts ------------------------------------------------------------------------------

    def _text_block(self, ops: list, block, s: float, dx: float, dy: float, colour: str) -> None:  # noqa: ANN001
        """A layout TextBlock's lines; (dx, dy) is where the block's coordinates' origin lands."""
        if not block.lines:
            return
        size = block.font_size * s
        x = dx + block.rect.x * s
        base = dy + (block.rect.y + block.ascent) * s
        step = block.line_height * s
        bold = block.bold
        for line in block.lines:
            if line:
                ops.append((TEXT, x, base, line, size, bold, colour))
            base += step

    def _cards(self, ops: list, tile: Tile, columns: Sequence, rows: Sequence, s: float, ox: float, oy: float) -> None:
        cells = self.layout.cells
        y0, y1 = tile.y0, tile.y1
        carry = tile.carry
        radius = CARD_RADIUS * s
        border_w = max(0.4, 0.8 * s)
        info = self.cards
        marker_letter = self.label_size * s
        for row in rows:
            if row.collapsed:
                continue
            origin_y = row.y + row.cards_top
            for column in columns:
                cell = cells.get((row.lane_id, column.stage_id))
                if cell is None or not cell.cards:
                    continue
                for box in cell.cards:
                    r = box.rect
                    card_top = origin_y + r.y
                    if not (y0 - _EPS <= card_top < y1 - _EPS or (carry and card_top < y0 < origin_y + r.bottom)):
                        continue
                    fill, border, ink, channel, votes, actions = info.get(box.card_id, (
                        "#F1F1F1", S.card_border("#F1F1F1"), S.TEXT, None, 0, 0))
                    cx = ox + (column.x + r.x) * s
                    cy = oy + card_top * s
                    ops.append((RECT, cx, cy, r.width * s, r.height * s, fill, border, border_w, radius))
                    text = box.text
                    if text.lines:
                        size = text.font_size * s
                        x = cx + text.rect.x * s
                        base = cy + (text.rect.y + text.ascent) * s
                        step = text.line_height * s
                        for line in text.lines:
                            if line:
                                ops.append((TEXT, x, base, line, size, False, ink))
                            base += step
                    if channel is not None and box.marker is not None:
                        self._marker(ops, channel, box.marker, cx, cy, s, marker_letter)
                    picture = self.card_images.get(box.card_id) if box.image is not None else None
                    if picture is not None:
                        strip = box.image
                        op = fitted_image(picture, cx + strip.x * s, cy + strip.y * s, strip.width * s,
                                          strip.height * s, centre=False)
                        if op is not None:
                            ops.append(op)
                    if votes:
                        self._badge(ops, f"\u25b2 {votes}", cx + r.width * s, cy, s, S.BADGE_FILL)
                    action_width = 0.0
                    if actions:
                        action_width = self._badge(ops, f"\u2691 {actions}", cx + r.width * s, cy + r.height * s, s,
                                                   S.ACTION_BADGE)
                    target = self.drilldowns.get(("card", box.card_id))
                    if target is not None:
                        room = r.width * s - 12 * s - (action_width + 4 * s if action_width else 0.0)
                        self._drilldown_mark(ops, target, cx + 6 * s, cy + r.height * s, room, s)
                    outline = self.outlines.get(("card", box.card_id))
                    if outline is not None:
                        gap = 2.5 * s
                        ops.append((RECT, cx - gap, cy - gap, r.width * s + 2 * gap, r.height * s + 2 * gap, None,
                                    outline, max(1.5, 2.2 * s), radius + gap))

    def _marker(self, ops: list, channel: Channel, marker, cx: float, cy: float, s: float, size: float) -> None:  # noqa: ANN001
        x, y = cx + marker.x * s, cy + marker.y * s
        w, h = marker.width * s, marker.height * s
        ops.append((RECT, x, y, w, h, S.CHANNEL_COLOURS[channel], None, 0.0, h / 2))
        letter = S.CHANNEL_LABELS[channel][:1]
        width = self.measurer.width(letter, size, True)
        ops.append((TEXT, x + (w - width) / 2, y + h / 2 + size * 0.36, letter, size, True, S.WHITE))

    def _badge(self, ops: list, label: str, right: float, centre_y: float, s: float, fill: str) -> float:
        """A pill ending 6 units left of ``right``, centred on ``centre_y``; returns its width."""
        size = self.label_size * s
        width = self.measurer.width(label, size, True) + 10 * s
        height = size + 5 * s
        x = right - width - 6 * s
        ops.append((RECT, x, centre_y - height / 2, width, height, fill, S.WHITE, max(0.5, s), height / 2))
        ops.append((TEXT, x + 5 * s, centre_y + size * 0.36, label, size, True, S.WHITE))
        return width

    def _drilldown_mark(self, ops: list, target: str, x: float, centre_y: float, room: float, s: float,
                        from_right: bool = False) -> None:
        """The canvas's drill-down badge on paper: a pill starting at ``x`` (ending there with ``from_right``)
        with the arrow and, when it fits in ``room`` at the map's smallest text size, the detail map's file
        name (shortened with an ellipsis)."""
        size = self.label_size * s
        arrow = self.measurer.width(DRILLDOWN_MARK, size, True)
        label = DRILLDOWN_MARK
        name_room = room - 10 * s - arrow - self.measurer.width(" ", size, True)
        if name_room >= 3 * size:  # a name cut to one or two letters tells nothing: the arrow alone then
            shown = self.measurer.wrap(target, name_room, size, True, 1)[0]
            if shown:
                label = f"{DRILLDOWN_MARK} {shown[0]}"
        width = self.measurer.width(label, size, True) + 10 * s
        height = size + 5 * s
        if from_right:
            x -= width
        ops.append((RECT, x, centre_y - height / 2, width, height, S.BADGE_FILL, S.WHITE, max(0.5, s), height / 2))
        ops.append((TEXT, x + 5 * s, centre_y + size * 0.36, label, size, True, S.WHITE))

    def _stage_header(self, ops: list, column, s: float, ox: float, top: float) -> None:  # noqa: ANN001
        header = column.header
        x = ox + header.x * s
        y = top + header.y * s
        w, h = header.width * s, header.height * s
        ops.append((RECT, x, y, w, h, S.HEADER_FILL, None, 0.0, 0.0))
        ops.append((RECT, x, y, w, 4 * s, self.stage_accents.get(column.stage_id, S.stage_accent(None)), None, 0.0, 0.0))
        line_w = max(0.5, 0.75 * s)
        ops.append((LINE, x + w, y, x + w, y + h, S.STRONG_GRID, line_w, None))
        ops.append((LINE, x, y + h, x + w, y + h, S.STRONG_GRID, line_w, None))
        self._text_block(ops, column.name, s, ox, top, S.TEXT)
        self._text_block(ops, column.goal, s, ox, top, S.MUTED)
        target = self.drilldowns.get(("stage", column.stage_id))
        if target is not None:  # bottom right, as on the canvas
            height = self.label_size * s + 5 * s
            self._drilldown_mark(ops, target, x + w - 6 * s, y + h - height / 2 - 4 * s, w - 12 * s, s, from_right=True)
        outline = self.outlines.get(("stage", column.stage_id))
        if outline is not None:
            self._inner_outline(ops, x, y, w, h, outline, s)

    def _lane_header(self, ops: list, row, s: float, left: float, oy: float, y0: float, bottom: float) -> None:  # noqa: ANN001
        ya, yb = max(row.y, y0), min(row.bottom, bottom)
        y, h = oy + ya * s, (yb - ya) * s
        w = row.header.width * s
        ops.append((RECT, left, y, w, h, S.HEADER_FILL, None, 0.0, 0.0))
        stripe = S.lane_marker(self.lane_fills.get(row.lane_id, S.DEFAULT_FILL))
        ops.append((RECT, left, y + s, 4 * s, max(0.0, h - 2 * s), stripe, None, 0.0, 0.0))
        line_w = max(0.5, 0.75 * s)
        ops.append((LINE, left + w, y, left + w, y + h, S.STRONG_GRID, line_w, None))
        if row.bottom <= bottom + _EPS:
            ops.append((LINE, left, y + h, left + w, y + h, S.STRONG_GRID, line_w, None))
        shift = (ya - row.y) * s  # a lane continued from the page before: its title at the top again
        self._text_block(ops, row.title, s, left, oy + shift, S.TEXT)
        outline = self.outlines.get(("lane", row.lane_id))
        if outline is not None:
            self._inner_outline(ops, left, y, w, h, outline, s)

    @staticmethod
    def _inner_outline(ops: list, x: float, y: float, w: float, h: float, colour: str, s: float) -> None:
        """A header's outline, drawn just inside it (headers are clipped to their strip)."""
        width = max(1.5, 2.2 * s)
        inset = width / 2 + 0.5 * s
        ops.append((RECT, x + inset, y + inset, max(0.0, w - 2 * inset), max(0.0, h - 2 * inset), None, colour, width,
                    3 * s))

    def _corner_text(self, ops: list, tile: Tile, s: float, left: float, top: float, lhw: float, shh: float) -> None:
        columns = len(self.layout.frame.columns)
        lines = []
        if tile.chunks > 1 and columns:
            first, last = tile.first_column + 1, tile.last_column + 1
            part = f"Stage {first} of {columns}" if first == last else f"Stages {first}\u2013{last} of {columns}"
            lines.append(part)
        if tile.bands > 1:
            lines.append(f"Part {tile.band + 1} of {tile.bands} (top to bottom)")
        if not lines:
            return
        size = self.label_size * s
        pad = self.options.header_padding * s
        lh = self.measurer.line_height(size)
        y = top + shh * s - pad - (len(lines) - 1) * lh
        for line in lines:
            for piece in self.measurer.wrap(line, lhw * s - 2 * pad, size, False, 1)[0]:
                ops.append((TEXT, left + pad, y, piece, size, False, S.MUTED))
            y += lh

    def _visibility(self, ops: list, s: float, x_left: float, x_right: float, y: float) -> None:
        colour = S.mix(S.CURVE, S.TEXT, 0.3)
        ops.append((LINE, x_left, y, x_right, y, colour, 1.6 * s, (5 * s, 3 * s)))
        text = "Line of visibility"
        size = self.label_size * s
        width = self.measurer.width(text, size) + 14 * s
        height = size + 6 * s
        ops.append((RECT, x_left + 8 * s, y - height / 2, width, height, S.WHITE, colour, max(0.5, s), height / 2))
        ops.append((TEXT, x_left + 15 * s, y + size * 0.36, text, size, False, colour))

    def _curves(self, ops: list, tile: Tile, s: float, ox: float, oy: float) -> None:
        curves = self.layout.frame.curves
        if not curves:
            return
        reference = curves[0]
        area = reference.area
        ax0, ax1 = max(area.x, tile.x0), min(area.right, tile.x1)
        if ax1 <= ax0:
            return

        def X(x: float) -> float:  # noqa: N802
            return ox + x * s

        def Y(y: float) -> float:  # noqa: N802
            return oy + y * s

        width = (ax1 - ax0) * s
        if reference.neutral_y is not None:
            ops.append((RECT, X(ax0), Y(area.y), width, (reference.neutral_y - area.y) * s,
                        S.mix(S.WHITE, S.HIGH, 0.07), None, 0.0, 0.0))
            ops.append((RECT, X(ax0), Y(reference.neutral_y), width, (area.bottom - reference.neutral_y) * s,
                        S.mix(S.WHITE, S.LOW, 0.07), None, 0.0, 0.0))
        dotted = (1.0 * s, 2.5 * s)
        lines = reference.scale_lines
        spacing = abs(lines[1][1] - lines[0][1]) if len(lines) > 1 else float("inf")
        step = next((n for n in _NICE_STEPS if n * spacing >= self.label_size * 1.4), _NICE_STEPS[-1])
        lines = tuple((value, y) for value, y in lines if value % step == 0)  # a 101-step scale: every 10th
        for value, y in lines:
            if value != 0:
                ops.append((LINE, X(ax0), Y(y), X(ax1), Y(y), S.STRONG_GRID, max(0.4, 0.6 * s), dotted))
        if reference.neutral_y is not None:
            ops.append((LINE, X(ax0), Y(reference.neutral_y), X(ax1), Y(reference.neutral_y), S.NEUTRAL, max(0.5, s), None))
        size = self.label_size * s
        scale_labels = []
        for value, y in lines:
            text = f"+{value}" if value > 0 else ("0" if value == 0 else f"\u2212{-value}")
            colour = S.HIGH if value > 0 else (S.LOW if value < 0 else S.NEUTRAL)
            band = S.LOW if value < 0 else S.HIGH  # labels sit just above their line
            scale_labels.append((text, y, colour, S.mix(S.WHITE, band, 0.07) if reference.neutral_y is not None else S.WHITE))

        primary = curves[0]
        others = list(curves[1:])
        colours = self.curve_colours
        for curve in others:
            colour = colours.get(curve.persona_id, S.CURVE)
            segments = _transform(curve.path(), ox, oy, s)
            if segments:
                ops.append((PATH, segments, colour, 1.5 * s, (5 * s, 3 * s)))
            for index, point in enumerate(curve.points):
                if point is not None and tile.first_column <= index <= tile.last_column:
                    ops.append((CIRCLE, X(point[0]), Y(point[1]), 3.2 * s, colour, S.WHITE, max(0.5, s)))
        segments = _transform(primary.path(), ox, oy, s)
        if segments:
            ops.append((PATH, segments, colours.get(primary.persona_id, S.CURVE), 2.6 * s, None))
        low, high = self.journey.emotion_scale.minimum, self.journey.emotion_scale.maximum
        for index, point in enumerate(primary.points):
            if point is None or not tile.first_column <= index <= tile.last_column:
                continue  # points on other pages: their part of the curve is drawn (clipped), not their handles
            x, y = point
            value = _value_at(reference, y, low, high)
            colour = S.HIGH if value > 1e-9 else (S.LOW if value < -1e-9 else S.NEUTRAL)
            ops.append((CIRCLE, X(x), Y(y), 6 * s, colour, S.WHITE, 2 * s))
            label = primary.labels[index] if index < len(primary.labels) else ""
            if label:
                column = self.layout.frame.columns[index]
                room = column.width - 2 * self.options.header_padding
                lines = self.measurer.wrap(label, room, self.label_size, False, 2)[0]
                below = y < area.center[1]
                lh = self.measurer.line_height(self.label_size)
                base = y + 21 if below else y - 12 - (len(lines) - 1) * lh
                for line in lines:
                    w = self.measurer.width(line, self.label_size)
                    ops.append((TEXT, X(x - w / 2), Y(base), line, size, False, S.TEXT))
                    base += lh
        # the scale's labels last, on a patch of their band's colour, so no curve hides them
        for text, y, colour, backing in scale_labels:
            width = self.measurer.width(text, size, True)
            ops.append((RECT, X(ax0) + 3 * s, Y(y) - 2.5 * s - size * 0.8, width + 4 * s, size * 0.95, backing, None,
                        0.0, 0.0))
            ops.append((TEXT, X(ax0) + 5 * s, Y(y) - 2.5 * s, text, size, True, colour))
        if others:
            self._legend(ops, [primary] + others, X(min(area.right, tile.x1)) - 8 * s, Y(area.y) - 6 * s, s)

    def _legend(self, ops: list, curves: Sequence, right: float, baseline: float, s: float) -> None:
        size = self.label_size * s
        x = right
        for index in range(len(curves) - 1, -1, -1):
            curve = curves[index]
            name = self.persona_names.get(curve.persona_id, "") if curve.persona_id else "Map"
            name = name or "Persona"
            width = self.measurer.width(name, size)
            ops.append((TEXT, x - width, baseline, name, size, False, S.MUTED))
            x -= width + 5 * s
            y = baseline - size * 0.33
            colour = self.curve_colours.get(curve.persona_id, S.CURVE)
            if index == 0:
                ops.append((LINE, x - 18 * s, y, x, y, colour, 2.4 * s, None))
            else:
                ops.append((LINE, x - 18 * s, y, x, y, colour, 1.5 * s, (4 * s, 2 * s)))
            x -= 18 * s + 14 * s


def _transform(segments: list[Segment], ox: float, oy: float, s: float) -> list[Segment]:
    return [
        ((a[0] * s + ox, a[1] * s + oy), (b[0] * s + ox, b[1] * s + oy), (c[0] * s + ox, c[1] * s + oy),
         (d[0] * s + ox, d[1] * s + oy))
        for a, b, c, d in segments
    ]


def _value_at(curve, y: float, low: float, high: float) -> float:  # noqa: ANN001
    area = curve.area
    if area.height <= 0:
        return 0.0
    return high - (y - area.y) / area.height * (high - low)

