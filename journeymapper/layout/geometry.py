"""The geometry of a laid-out map: plain, frozen values in points (scene units).

One unit is one pixel at 100% zoom on screen and one point in the PDF; y grows
downwards. The Qt canvas and the PDF exporter both draw from these values and
nothing else, so the PDF looks like the screen.

Cards are placed relative to their cell (see :class:`CellLayout`), so that moving
or editing one card re-lays out one cell and shifts the frame, never the whole map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..model import LaneKind

__all__ = [
    "CardBox", "CellKey", "CellLayout", "EmotionCurve", "HitResult", "LaneRow", "LayoutOptions",
    "MapFrame", "MapLayout", "Point", "Rect", "Segment", "StageColumn", "TextBlock", "smooth_path",
]

Point = tuple[float, float]
Segment = tuple[Point, Point, Point, Point]
"""A cubic Bézier segment: start, first control point, second control point, end."""
CellKey = tuple[str, str]
"""A cell is named by (lane id, stage id)."""


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle; ``contains`` includes the left/top edge, excludes right/bottom."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height

    def contains_rect(self, other: "Rect", tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def intersects(self, other: "Rect") -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )

    def translated(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Sizes of the map's furniture, in points. The defaults aim for calm, readable maps."""

    lane_header_width: float = 170.0
    stage_header_height: float = 76.0
    default_stage_width: float = 230.0
    min_lane_height: float = 64.0
    collapsed_lane_height: float = 28.0
    emotion_curve_height: float = 150.0
    """The band at the top of the (first) emotions lane that holds the curve; its cards go below."""
    emotion_curve_padding: float = 18.0
    """Space inside that band above the scale's maximum and below its minimum."""
    cell_padding: float = 10.0
    card_gap: float = 8.0
    card_padding: float = 8.0
    card_font_size: float = 11.0
    card_max_lines: int = 8
    channel_marker_size: float = 14.0
    """A channel's icon sits at a card's top left; its text moves right by size + gap."""
    channel_marker_gap: float = 6.0
    header_padding: float = 10.0
    stage_name_font_size: float = 13.0
    stage_name_max_lines: int = 2
    stage_goal_font_size: float = 9.5
    stage_name_goal_gap: float = 3.0
    lane_title_font_size: float = 11.0


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Lines of text set top-down in ``rect``: baseline i at ``rect.y + ascent + i * line_height``.

    Regular or bold DejaVu Sans at ``font_size``, as measured by the layout's
    :class:`~journeymapper.layout.measure.TextMeasurer`.
    """

    lines: tuple[str, ...]
    rect: Rect
    font_size: float
    bold: bool
    line_height: float
    ascent: float
    truncated: bool = False
    """True when the text did not fit and the last line ends in an ellipsis."""

    def baselines(self) -> tuple[float, ...]:
        top = self.rect.y + self.ascent
        return tuple(top + i * self.line_height for i in range(len(self.lines)))


@dataclass(frozen=True, slots=True)
class CardBox:
    """One card in its cell. ``rect`` is relative to the cell origin
    (:meth:`MapFrame.cell_origin`); ``text`` and ``marker`` are relative to the card's top left."""

    card_id: str
    rect: Rect
    text: TextBlock
    marker: Optional[Rect] = None
    """Where the channel icon goes, if the card has a channel."""
    image: Optional[Rect] = None
    """Where the card's picture goes (a strip under its text), if it has one."""

    @property
    def lines(self) -> tuple[str, ...]:
        return self.text.lines

    @property
    def font_size(self) -> float:
        return self.text.font_size


@dataclass(frozen=True, slots=True)
class CellLayout:
    """The cards of one cell stacked top to bottom; ``height`` is what the cell needs (0 when empty)."""

    lane_id: str
    stage_id: str
    height: float
    cards: tuple[CardBox, ...] = ()
    width: float = 0.0
    """The column width this cell was laid out for (re-layout when it changes)."""


@dataclass(frozen=True, slots=True)
class StageColumn:
    """One stage: a column from ``x`` to ``x + width``, with its header at the top of the map."""

    stage_id: str
    index: int
    x: float
    width: float
    header: Rect
    name: TextBlock
    """Bold, in the header's top; absolute coordinates."""
    goal: TextBlock
    """Below the name, as many lines as the header has room for."""

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2

    @property
    def name_lines(self) -> tuple[str, ...]:
        return self.name.lines

    @property
    def goal_lines(self) -> tuple[str, ...]:
        return self.goal.lines


@dataclass(frozen=True, slots=True)
class LaneRow:
    """One lane: a row from ``y`` to ``y + height``, with its header at the left of the map.

    Cards start ``cards_top`` below ``y``: the emotion curve's band in the lane
    that holds the curve, 0 elsewhere.
    """

    lane_id: str
    index: int
    kind: LaneKind
    y: float
    height: float
    header: Rect
    title: TextBlock
    collapsed: bool
    cards_top: float = 0.0

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def title_lines(self) -> tuple[str, ...]:
        return self.title.lines


@dataclass(frozen=True, slots=True)
class EmotionCurve:
    """The emotion curve of one persona (or of the map when ``persona_id`` is None).

    ``points`` holds one entry per stage, at the centre of its column, None where
    the stage has no score. ``area`` is the band the scale spans: the maximum at
    its top, the minimum at its bottom. ``scale_lines`` gives (value, y) for each
    whole step of the scale; ``neutral_y`` is the y of 0, or None when 0 is off the scale.
    """

    lane_id: str
    persona_id: Optional[str]
    points: tuple[Optional[Point], ...]
    scale_lines: tuple[tuple[int, float], ...]
    neutral_y: Optional[float]
    area: Rect
    labels: tuple[str, ...] = ()
    """The score's label per stage ('' where none)."""

    def path(self) -> list[Segment]:
        return smooth_path(self.points)


@dataclass(frozen=True, slots=True)
class MapFrame:
    """Everything of a map's layout except the cards: columns, rows, headers, curves.

    Its cost depends on the number of stages, lanes and scores, not on the cards.
    """

    columns: tuple[StageColumn, ...]
    rows: tuple[LaneRow, ...]
    curves: tuple[EmotionCurve, ...]
    visibility_line_y: Optional[float]
    width: float
    height: float
    corner: Rect
    """The top-left box above the lane headers and left of the stage headers."""
    _column_index: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _row_index: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._column_index.update({c.stage_id: i for i, c in enumerate(self.columns)})
        self._row_index.update({r.lane_id: i for i, r in enumerate(self.rows)})

    def column(self, stage_id: str) -> StageColumn:
        """The column of a stage (KeyError for an unknown stage)."""
        return self.columns[self._column_index[stage_id]]

    def row(self, lane_id: str) -> LaneRow:
        """The row of a lane (KeyError for an unknown lane)."""
        return self.rows[self._row_index[lane_id]]

    def has_cell(self, lane_id: str, stage_id: str) -> bool:
        return lane_id in self._row_index and stage_id in self._column_index

    def cell_rect(self, lane_id: str, stage_id: str) -> Rect:
        """Where a lane and a stage cross: the cell's whole area (including a curve band)."""
        column, row = self.column(stage_id), self.row(lane_id)
        return Rect(column.x, row.y, column.width, row.height)

    def cell_origin(self, lane_id: str, stage_id: str) -> Point:
        """The absolute point a cell's :class:`CardBox` rects are relative to."""
        row = self.row(lane_id)
        return (self.column(stage_id).x, row.y + row.cards_top)

    def cards_rect(self, lane_id: str, stage_id: str) -> Rect:
        """The part of the cell its cards live in (below the curve band in the curve's lane)."""
        column, row = self.column(stage_id), self.row(lane_id)
        return Rect(column.x, row.y + row.cards_top, column.width, max(0.0, row.height - row.cards_top))


@dataclass(frozen=True, slots=True)
class MapLayout:
    """A whole map laid out: the frame and every cell (collapsed lanes' cells are empty)."""

    frame: MapFrame
    cells: dict[CellKey, CellLayout]
    _index: dict[str, tuple[CellKey, int]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def width(self) -> float:
        return self.frame.width

    @property
    def height(self) -> float:
        return self.frame.height

    def cell(self, lane_id: str, stage_id: str) -> Optional[CellLayout]:
        return self.cells.get((lane_id, stage_id))

    def _card_index(self) -> dict[str, tuple[CellKey, int]]:
        index = self._index
        if not index:
            for key, cell in self.cells.items():
                for position, box in enumerate(cell.cards):
                    index[box.card_id] = (key, position)
        return index

    def card_cell(self, card_id: str) -> Optional[CellKey]:
        """The (lane, stage) a visible card is laid out in, or None."""
        found = self._card_index().get(card_id)
        return found[0] if found else None

    def card_box(self, card_id: str) -> Optional[CardBox]:
        """The card's box (relative to its cell), or None if the card is not shown."""
        found = self._card_index().get(card_id)
        return self.cells[found[0]].cards[found[1]] if found else None

    def card_rect(self, card_id: str) -> Optional[Rect]:
        """The card's rectangle in absolute coordinates, or None if it is not shown
        (unknown id, a collapsed lane, or a lane or stage that does not exist)."""
        found = self._card_index().get(card_id)
        if found is None:
            return None
        (lane_id, stage_id), position = found
        ox, oy = self.frame.cell_origin(lane_id, stage_id)
        return self.cells[found[0]].cards[position].rect.translated(ox, oy)


@dataclass(frozen=True, slots=True)
class HitResult:
    """What lies at a point of the map.

    ``region`` is one of ``outside``, ``corner``, ``stage_header``, ``lane_header``,
    ``curve`` (the emotion band), ``cell`` (a cell's free space) or ``card``.
    ``index`` is the insertion index a drop at the point would use, in cells and on cards.
    """

    region: str
    stage_id: Optional[str] = None
    lane_id: Optional[str] = None
    card_id: Optional[str] = None
    index: Optional[int] = None


# --- the emotion curve's path ------------------------------------------------------------


def smooth_path(points: Sequence[Optional[Point]]) -> list[Segment]:
    """Cubic Bézier segments through ``points`` (monotone cubic interpolation).

    The curve passes through every point and never overshoots: between two
    neighbouring points it stays within their y range, so it never leaves the
    scale. None breaks the curve: each run of two or more consecutive points gives
    its own segments, and a segment whose start differs from the previous end
    starts a new sub-path (move-to). Isolated points give no segment.
    """
    segments: list[Segment] = []
    run: list[Point] = []
    for point in list(points) + [None]:
        if point is not None:
            run.append((float(point[0]), float(point[1])))
            continue
        if len(run) >= 2:
            segments.extend(_monotone_run(run))
        run = []
    return segments


def _monotone_run(run: list[Point]) -> list[Segment]:
    xs = [p[0] for p in run]
    ys = [p[1] for p in run]
    n = len(run)
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    if any(not (step > 0 and math.isfinite(step)) for step in h):
        # not a function of x: straight segments
        return [
            (a, _lerp(a, b, 1 / 3), _lerp(a, b, 2 / 3), b) for a, b in zip(run, run[1:])
        ]
    d = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    m = [0.0] * n
    m[0], m[-1] = d[0], d[-1]
    for i in range(1, n - 1):
        if d[i - 1] * d[i] <= 0:
            m[i] = 0.0
        else:  # Fritsch-Butland: a weighted harmonic mean, at most 3x either slope
            m[i] = 3 * (h[i - 1] + h[i]) / ((2 * h[i] + h[i - 1]) / d[i - 1] + (h[i] + 2 * h[i - 1]) / d[i])
    # at the ends, keep the slope within the monotone region too
    for end, k in ((0, 0), (n - 1, n - 2)):
        if d[k] == 0 or m[end] * d[k] < 0:
            m[end] = 0.0
        elif abs(m[end]) > 3 * abs(d[k]):
            m[end] = 3 * d[k]
    segments: list[Segment] = []
    for i in range(n - 1):
        third = h[i] / 3
        segments.append(
            (
                run[i],
                (xs[i] + third, ys[i] + m[i] * third),
                (xs[i + 1] - third, ys[i + 1] - m[i + 1] * third),
                run[i + 1],
            )
        )
    return segments


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
