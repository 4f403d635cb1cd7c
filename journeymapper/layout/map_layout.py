"""Layout as pure functions: a map (and options) in, geometry out.

Three levels, so that the editor can update incrementally:

- :func:`layout_cell` stacks one cell's cards (cost: the cards of that cell);
- :func:`layout_frame` places columns, rows, headers and emotion curves from the
  cells' heights (cost: stages x lanes + scores, never the cards);
- :func:`layout_map` does both for a whole map (the PDF, and the first scene).

:func:`relayout_cells` re-lays out a few cells of an existing layout and rebuilds
the frame, which is what an edit of one card needs.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Iterable, Mapping, Optional, Sequence

from ..model import Card, JourneyMap, Lane, LaneKind, Stage
from .geometry import (
    CardBox,
    CellKey,
    CellLayout,
    EmotionCurve,
    HitResult,
    LaneRow,
    LayoutOptions,
    MapFrame,
    MapLayout,
    Point,
    Rect,
    StageColumn,
    TextBlock,
)
from .measure import TextMeasurer

__all__ = [
    "DEFAULT_OPTIONS", "curve_lane", "drop_index", "hit_test", "lane_title", "layout_cell",
    "layout_frame", "layout_map", "relayout_cells", "stage_width",
]

DEFAULT_OPTIONS = LayoutOptions()

CARD_IMAGE_HEIGHT = 56.0
"""The strip a card's picture gets under its text (the picture is scaled to fit it)."""
CARD_IMAGE_GAP = 4.0


# --- cells -------------------------------------------------------------------------------


def layout_cell(
    cards: Sequence[Card],
    cell_width: float,
    measurer: TextMeasurer,
    options: LayoutOptions = DEFAULT_OPTIONS,
    *,
    lane_id: str = "",
    stage_id: str = "",
) -> CellLayout:
    """Stack ``cards`` (already in display order) in a cell ``cell_width`` wide.

    Card rects are relative to the cell origin; an empty cell has height 0.
    ``lane_id``/``stage_id`` default to the first card's.
    """
    if cards and not lane_id:
        lane_id = cards[0].lane
    if cards and not stage_id:
        stage_id = cards[0].stage
    if not cards:
        return CellLayout(lane_id, stage_id, 0.0, (), cell_width)

    o = options
    size = o.card_font_size
    line_height = measurer.line_height(size)
    ascent = measurer.ascent(size)
    pad = o.card_padding
    card_width = max(1.0, cell_width - 2 * o.cell_padding)
    plain_text_width = max(1.0, card_width - 2 * pad)
    marker_offset = o.channel_marker_size + o.channel_marker_gap
    marked_text_width = max(1.0, plain_text_width - marker_offset)
    max_lines = o.card_max_lines
    wrap = measurer.wrap

    boxes: list[CardBox] = []
    y = o.cell_padding
    x = o.cell_padding
    for card in cards:
        marked = card.channel is not None
        text_width = marked_text_width if marked else plain_text_width
        lines, truncated = wrap(card.text, text_width, size, False, max_lines)
        count = max(1, len(lines))
        text_height = count * line_height
        height = 2 * pad + text_height
        image = None
        if card.image is not None:  # a strip under the text: the picture, scaled to fit it
            image = Rect(pad, height - pad + CARD_IMAGE_GAP, card_width - 2 * pad, CARD_IMAGE_HEIGHT)
            height += CARD_IMAGE_GAP + CARD_IMAGE_HEIGHT
        text = TextBlock(
            lines,
            Rect(pad + (marker_offset if marked else 0.0), pad, text_width, text_height),
            size,
            False,
            line_height,
            ascent,
            truncated,
        )
        marker = Rect(pad, pad, o.channel_marker_size, o.channel_marker_size) if marked else None
        boxes.append(CardBox(card.id, Rect(x, y, card_width, height), text, marker, image))
        y += height + o.card_gap
    height = y - o.card_gap + o.cell_padding
    return CellLayout(lane_id, stage_id, height, tuple(boxes), cell_width)


def _group_cards(cards: Iterable[Card]) -> dict[CellKey, list[Card]]:
    """Cards by (lane, stage) in display order (by ``order``, then by position in the map)."""
    groups: dict[CellKey, list[Card]] = {}
    for card in cards:
        key = (card.lane, card.stage)
        group = groups.get(key)
        if group is None:
            groups[key] = [card]
        else:
            group.append(card)
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=_order)
    return groups


def _order(card: Card) -> int:
    return card.order


def stage_width(stage: Stage, options: LayoutOptions = DEFAULT_OPTIONS) -> float:
    """A stage's column width: its own, or the default."""
    return float(stage.width) if stage.width else options.default_stage_width


# --- the frame ---------------------------------------------------------------------------


def lane_title(lane: Lane) -> str:
    """What a lane's header shows: its title, or the name of its kind."""
    return lane.title or lane.kind.label


def curve_lane(journey: JourneyMap) -> Optional[Lane]:
    """The lane that holds the emotion curve: the first emotions lane that is not collapsed."""
    return next((lane for lane in journey.lanes if lane.kind == LaneKind.EMOTIONS and not lane.collapsed), None)


def layout_frame(
    journey: JourneyMap,
    cell_heights: Mapping[CellKey, float],
    measurer: TextMeasurer,
    options: LayoutOptions = DEFAULT_OPTIONS,
) -> MapFrame:
    """Columns, rows, headers, emotion curves and the visibility line of ``journey``.

    ``cell_heights`` gives each cell's needed height (missing cells need none).
    A lane is as tall as its tallest cell (plus the curve band in the curve's
    lane), at least ``min_lane_height`` and at least its own ``height``; a
    collapsed lane is ``collapsed_lane_height``. Never reads ``journey.cards``.
    """
    o = options
    hp = o.header_padding

    # columns
    name_size, goal_size = o.stage_name_font_size, o.stage_goal_font_size
    name_lh, goal_lh = measurer.line_height(name_size), measurer.line_height(goal_size)
    name_ascent, goal_ascent = measurer.ascent(name_size), measurer.ascent(goal_size)
    columns: list[StageColumn] = []
    x = o.lane_header_width
    for index, stage in enumerate(journey.stages):
        width = stage_width(stage, o)
        header = Rect(x, 0.0, width, o.stage_header_height)
        text_width = max(1.0, width - 2 * hp)
        name_lines, name_cut = measurer.wrap(stage.name, text_width, name_size, True, o.stage_name_max_lines)
        name = TextBlock(
            name_lines, Rect(x + hp, hp, text_width, len(name_lines) * name_lh), name_size, True, name_lh,
            name_ascent, name_cut,
        )
        goal_top = name.rect.bottom + (o.stage_name_goal_gap if name_lines else 0.0)
        room = o.stage_header_height - hp - goal_top
        goal_max = max(0, int((room + 1e-9) // goal_lh))
        goal_lines, goal_cut = measurer.wrap(stage.goal, text_width, goal_size, False, goal_max)
        goal = TextBlock(
            goal_lines, Rect(x + hp, goal_top, text_width, len(goal_lines) * goal_lh), goal_size, False,
            goal_lh, goal_ascent, goal_cut,
        )
        columns.append(StageColumn(stage.id, index, x, width, header, name, goal))
        x += width
    right = x
    stage_ids = [stage.id for stage in journey.stages]

    # rows
    title_size = o.lane_title_font_size
    title_lh, title_ascent = measurer.line_height(title_size), measurer.ascent(title_size)
    title_width = max(1.0, o.lane_header_width - 2 * hp)
    holder = curve_lane(journey)
    rows: list[LaneRow] = []
    y = o.stage_header_height
    get_height = cell_heights.get
    for index, lane in enumerate(journey.lanes):
        cards_top = 0.0
        if lane.collapsed:
            height = o.collapsed_lane_height
        else:
            if holder is not None and lane.id == holder.id:
                cards_top = o.emotion_curve_height
            content = max((get_height((lane.id, sid), 0.0) for sid in stage_ids), default=0.0)
            height = max(o.min_lane_height, cards_top + content, float(lane.height or 0.0))
        title_pad = min(hp, max(0.0, (height - title_lh) / 2))
        max_title = max(1, int((height - 2 * title_pad + 1e-9) // title_lh))
        text = lane_title(lane)
        title_lines, title_cut = measurer.wrap(text, title_width, title_size, True, max_title)
        title = TextBlock(
            title_lines, Rect(hp, y + title_pad, title_width, len(title_lines) * title_lh), title_size, True,
            title_lh, title_ascent, title_cut,
        )
        rows.append(
            LaneRow(lane.id, index, lane.kind, y, height, Rect(0.0, y, o.lane_header_width, height), title,
                    lane.collapsed, cards_top)
        )
        y += height
    bottom = y

    curves: tuple[EmotionCurve, ...] = ()
    if holder is not None:
        row = next(r for r in rows if r.lane_id == holder.id)
        curves = _emotion_curves(journey, row, columns, o)

    visibility_y = None
    if journey.visibility_line_after is not None:
        visibility_y = next((r.bottom for r in rows if r.lane_id == journey.visibility_line_after), None)

    return MapFrame(
        columns=tuple(columns),
        rows=tuple(rows),
        curves=curves,
        visibility_line_y=visibility_y,
        width=right,
        height=bottom,
        corner=Rect(0.0, 0.0, o.lane_header_width, o.stage_header_height),
    )


def _emotion_curves(
    journey: JourneyMap, row: LaneRow, columns: list[StageColumn], o: LayoutOptions
) -> tuple[EmotionCurve, ...]:
    """One curve per persona with stage-level scores, after the map's own curve if it has
    scores; the map's (empty) curve when nobody has any."""
    scale = journey.emotion_scale
    low, high = scale.minimum, scale.maximum
    left = columns[0].x if columns else o.lane_header_width
    right = columns[-1].right if columns else left
    pad = min(o.emotion_curve_padding, o.emotion_curve_height / 2)
    area = Rect(left, row.y + pad, right - left, max(0.0, o.emotion_curve_height - 2 * pad))

    def to_y(value: float) -> float:
        value = min(high, max(low, value))
        return area.y + (high - value) / (high - low) * area.height

    scale_lines = tuple((v, to_y(v)) for v in range(high, low - 1, -1))
    neutral_y = to_y(0) if low <= 0 <= high else None

    # one pass over the scores: persona -> stage -> score
    by_persona: dict[Optional[str], dict[str, tuple[float, str]]] = {}
    for score in journey.emotions:
        if score.card is None:
            by_persona.setdefault(score.persona, {})[score.stage] = (score.value, score.label)
    known = [p.id for p in journey.personas]
    order: list[Optional[str]] = [None] + [p for p in known if p in by_persona]
    order += [p for p in by_persona if p is not None and p not in known]
    if len(order) > 1 and None not in by_persona:
        order.remove(None)

    curves = []
    for persona in order:
        scores = by_persona.get(persona, {})
        points: list[Optional[Point]] = []
        labels: list[str] = []
        for column in columns:
            found = scores.get(column.stage_id)
            if found is None or not math.isfinite(found[0]):
                points.append(None)
                labels.append("")
            else:
                points.append((column.center_x, to_y(found[0])))
                labels.append(found[1])
        curves.append(
            EmotionCurve(row.lane_id, persona, tuple(points), scale_lines, neutral_y, area, tuple(labels))
        )
    return tuple(curves)


# --- the whole map -----------------------------------------------------------------------


def layout_map(
    journey: JourneyMap, measurer: TextMeasurer, options: LayoutOptions = DEFAULT_OPTIONS
) -> MapLayout:
    """Lay out a whole map: every cell, then the frame. Cards whose lane or stage does
    not exist, and cards in collapsed lanes, are not shown."""
    groups = _group_cards(journey.cards)
    widths = [(stage.id, stage_width(stage, options)) for stage in journey.stages]
    cells: dict[CellKey, CellLayout] = {}
    for lane in journey.lanes:
        for stage_id, width in widths:
            key = (lane.id, stage_id)
            if lane.collapsed:
                cells[key] = CellLayout(lane.id, stage_id, 0.0, (), width)
            else:
                cells[key] = layout_cell(
                    groups.get(key, ()), width, measurer, options, lane_id=lane.id, stage_id=stage_id
                )
    heights = {key: cell.height for key, cell in cells.items()}
    return MapLayout(layout_frame(journey, heights, measurer, options), cells)


def relayout_cells(
    layout: MapLayout,
    journey: JourneyMap,
    changed: Mapping[CellKey, Sequence[Card]],
    measurer: TextMeasurer,
    options: LayoutOptions = DEFAULT_OPTIONS,
) -> MapLayout:
    """``layout`` with the cells in ``changed`` laid out afresh from the given cards
    (in display order) and the frame rebuilt; other cells are reused as they are.

    Cost: the changed cells' cards plus the frame. Cells of new stages or lanes are
    created empty unless listed in ``changed``; cells of removed ones are dropped.
    A stage whose width changed needs all its cells listed.
    """
    widths = {stage.id: stage_width(stage, options) for stage in journey.stages}
    cells: dict[CellKey, CellLayout] = {}
    for lane in journey.lanes:
        for stage_id, width in widths.items():
            key = (lane.id, stage_id)
            if lane.collapsed:
                old = layout.cells.get(key)
                cells[key] = old if old is not None and not old.cards and old.width == width else CellLayout(
                    lane.id, stage_id, 0.0, (), width
                )
            elif key in changed:
                cells[key] = layout_cell(changed[key], width, measurer, options, lane_id=lane.id, stage_id=stage_id)
            else:
                old = layout.cells.get(key)
                cells[key] = old if old is not None else CellLayout(lane.id, stage_id, 0.0, (), width)
    heights = {key: cell.height for key, cell in cells.items()}
    return MapLayout(layout_frame(journey, heights, measurer, options), cells)


# --- questions about points --------------------------------------------------------------


def drop_index(cell: CellLayout, y_rel: float) -> int:
    """Where a card dropped at ``y_rel`` (relative to the cell origin) goes among the cell's
    cards: before the first card whose middle lies below the point."""
    middles = [box.rect.y + box.rect.height / 2 for box in cell.cards]
    return bisect_right(middles, y_rel)


def hit_test(layout: MapLayout, x: float, y: float) -> HitResult:
    """What is at the absolute point (x, y): a header, the curve band, a cell or a card."""
    frame = layout.frame
    column = _find(frame.columns, x, lambda c: c.x, lambda c: c.right)
    if y < 0 or x < 0:
        return HitResult("outside")
    if y < frame.corner.bottom:
        if x < frame.corner.right:
            return HitResult("corner")
        return HitResult("stage_header", stage_id=column.stage_id) if column else HitResult("outside")
    row = _find(frame.rows, y, lambda r: r.y, lambda r: r.bottom)
    if row is None:
        return HitResult("outside")
    if x < frame.corner.right:
        return HitResult("lane_header", lane_id=row.lane_id)
    if column is None:
        return HitResult("outside")
    stage_id, lane_id = column.stage_id, row.lane_id
    if y < row.y + row.cards_top:
        return HitResult("curve", stage_id=stage_id, lane_id=lane_id)
    cell = layout.cells.get((lane_id, stage_id))
    if cell is None or row.collapsed:
        return HitResult("cell", stage_id=stage_id, lane_id=lane_id, index=0)
    x_rel, y_rel = x - column.x, y - (row.y + row.cards_top)
    index = drop_index(cell, y_rel)
    for box in cell.cards:
        if box.rect.contains(x_rel, y_rel):
            return HitResult("card", stage_id=stage_id, lane_id=lane_id, card_id=box.card_id, index=index)
    return HitResult("cell", stage_id=stage_id, lane_id=lane_id, index=index)


def _find(items, value, start_of, end_of):  # noqa: ANN001, ANN202 - tiny private helper
    """The item whose [start, end) span holds ``value`` (items sorted and tiling), or None."""
    starts = [start_of(item) for item in items]
    position = bisect_right(starts, value) - 1
    if position < 0:
        return None
    item = items[position]
    return item if value < end_of(item) else None
