"""Pure layout: geometry from the model, testable without a display."""

from __future__ import annotations

import subprocess
import sys

import pytest

from journeymapper.layout import (
    ELLIPSIS,
    CellLayout,
    LayoutOptions,
    MapLayout,
    Rect,
    TextMeasurer,
    drop_index,
    hit_test,
    layout_cell,
    layout_frame,
    layout_map,
    relayout_cells,
    smooth_path,
)
from journeymapper.model import (
    Card,
    Channel,
    EmotionScale,
    EmotionScore,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)

OPTIONS = LayoutOptions()
EPS = 1e-6


@pytest.fixture(scope="module")
def measurer() -> TextMeasurer:
    return TextMeasurer()


def make_map(**changes) -> JourneyMap:
    """Three stages, four lanes (one of them emotions), a handful of cards."""
    fields = dict(
        stages=[
            Stage(id="aware", name="Awareness", goal="Find a provider that covers my street"),
            Stage(id="buy", name="Purchase", goal="Order without surprises"),
            Stage(id="use", name="First weeks"),
        ],
        lanes=[
            Lane(id="touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
            Lane(id="feel", kind=LaneKind.EMOTIONS),
            Lane(id="pain", kind=LaneKind.PAIN_POINTS),
            Lane(id="back", kind=LaneKind.BACKSTAGE),
        ],
        cards=[
            Card(id="c1", lane="touch", stage="aware", order=0, text="Sees an advert on social media"),
            Card(id="c2", lane="touch", stage="aware", order=2, text="Asks a neighbour", channel=Channel.STORE),
            Card(id="c3", lane="touch", stage="aware", order=1, text="Searches for broadband deals"),
            Card(id="c4", lane="pain", stage="buy", order=0, text="Address check fails"),
            Card(id="c5", lane="back", stage="use", order=0, text="Engineer scheduling"),
            Card(id="c6", lane="feel", stage="buy", order=0, text="Anxious about the switch"),
        ],
        emotions=[
            EmotionScore(stage="aware", value=2),
            EmotionScore(stage="buy", value=-2),
        ],
        visibility_line_after="pain",
    )
    fields.update(changes)
    return JourneyMap(**fields)


def cell_heights(layout: MapLayout) -> dict:
    return {key: cell.height for key, cell in layout.cells.items()}


# --- columns and rows ----------------------------------------------------------------


def test_columns_tile_left_to_right(measurer: TextMeasurer) -> None:
    journey = make_map()
    frame = layout_map(journey, measurer).frame
    assert [c.stage_id for c in frame.columns] == ["aware", "buy", "use"]
    x = OPTIONS.lane_header_width
    for index, column in enumerate(frame.columns):
        assert column.index == index
        assert column.x == pytest.approx(x)
        assert column.width == OPTIONS.default_stage_width
        assert column.header == Rect(column.x, 0, column.width, OPTIONS.stage_header_height)
        x = column.right
    assert frame.width == pytest.approx(x)


def test_rows_tile_top_to_bottom(measurer: TextMeasurer) -> None:
    frame = layout_map(make_map(), measurer).frame
    y = OPTIONS.stage_header_height
    for index, row in enumerate(frame.rows):
        assert row.index == index
        assert row.y == pytest.approx(y)
        assert row.height >= OPTIONS.min_lane_height
        assert row.header == Rect(0, row.y, OPTIONS.lane_header_width, row.height)
        y = row.bottom
    assert frame.height == pytest.approx(y)
    assert frame.corner == Rect(0, 0, OPTIONS.lane_header_width, OPTIONS.stage_header_height)


def test_headers_hold_wrapped_names(measurer: TextMeasurer) -> None:
    long_name = "Comparing offers, asking friends and reading every review there is"
    journey = make_map(stages=[Stage(id="aware", name=long_name, goal="Short goal")])
    column = layout_map(journey, measurer).frame.columns[0]
    assert 1 <= len(column.name_lines) <= OPTIONS.stage_name_max_lines
    assert column.name.bold and column.name.rect.bottom <= column.header.bottom
    assert column.goal.rect.bottom <= column.header.bottom - OPTIONS.header_padding + EPS
    for line in column.name_lines:
        assert measurer.width(line, OPTIONS.stage_name_font_size, bold=True) <= column.name.rect.width + EPS
    row = layout_map(journey, measurer).frame.row("feel")
    assert row.title_lines == ("Emotions",)  # no title: the kind's name


def test_stage_width_override(measurer: TextMeasurer) -> None:
    journey = make_map()
    journey.stages[1].width = 400
    frame = layout_map(journey, measurer).frame
    assert frame.column("buy").width == 400
    assert frame.column("use").x == pytest.approx(frame.column("buy").x + 400)
    card = layout_map(journey, measurer).card_rect("c4")
    assert card.width == pytest.approx(400 - 2 * OPTIONS.cell_padding)


def test_lane_height_override_is_a_minimum(measurer: TextMeasurer) -> None:
    journey = make_map()
    journey.lanes[3].height = 300
    assert layout_map(journey, measurer).frame.row("back").height == 300
    journey.lanes[3].height = 24  # smaller than the content: the content wins
    assert layout_map(journey, measurer).frame.row("back").height == OPTIONS.min_lane_height


def test_collapsed_lane(measurer: TextMeasurer) -> None:
    journey = make_map()
    journey.lanes[0].collapsed = True
    layout = layout_map(journey, measurer)
    row = layout.frame.row("touch")
    assert row.collapsed and row.height == OPTIONS.collapsed_lane_height
    assert layout.frame.row("feel").y == pytest.approx(row.bottom)
    for stage in journey.stages:
        cell = layout.cell("touch", stage.id)
        assert cell is not None and cell.height == 0 and cell.cards == ()
    assert layout.card_rect("c1") is None and layout.card_box("c1") is None
    assert len(row.title_lines) == 1


# --- cells and cards -----------------------------------------------------------------


def test_cards_lie_inside_their_cells(measurer: TextMeasurer) -> None:
    journey = make_map()
    layout = layout_map(journey, measurer)
    for card in journey.cards:
        rect = layout.card_rect(card.id)
        assert rect is not None
        assert layout.frame.cell_rect(card.lane, card.stage).contains_rect(rect)
        assert layout.frame.cards_rect(card.lane, card.stage).contains_rect(rect)
        assert layout.card_cell(card.id) == (card.lane, card.stage)


def test_cards_stack_in_order_without_overlap(measurer: TextMeasurer) -> None:
    layout = layout_map(make_map(), measurer)
    cell = layout.cell("touch", "aware")
    assert [box.card_id for box in cell.cards] == ["c1", "c3", "c2"]
    first = cell.cards[0].rect
    assert (first.x, first.y) == (OPTIONS.cell_padding, OPTIONS.cell_padding)
    for upper, lower in zip(cell.cards, cell.cards[1:]):
        assert lower.rect.y == pytest.approx(upper.rect.bottom + OPTIONS.card_gap)
        assert not upper.rect.intersects(lower.rect)
    assert cell.height == pytest.approx(cell.cards[-1].rect.bottom + OPTIONS.cell_padding)


def test_card_text_fits_and_sets_the_card_height(measurer: TextMeasurer) -> None:
    text = "The confirmation email names the wrong installation date and nobody answers the phone"
    (box,) = layout_cell([Card(lane="l", stage="s", text=text)], 230, measurer).cards
    assert box.lines and " ".join(box.lines) == text
    line_height = measurer.line_height(OPTIONS.card_font_size)
    assert box.rect.height == pytest.approx(2 * OPTIONS.card_padding + len(box.lines) * line_height)
    assert box.text.rect.width <= box.rect.width - 2 * OPTIONS.card_padding + EPS
    for line in box.lines:
        assert measurer.width(line, OPTIONS.card_font_size) <= box.text.rect.width + EPS
    assert box.text.baselines()[0] == pytest.approx(box.text.rect.y + measurer.ascent(OPTIONS.card_font_size))
    assert box.marker is None


def test_channel_marker_narrows_the_text(measurer: TextMeasurer) -> None:
    plain, marked = layout_cell(
        [Card(lane="l", stage="s", text="x"), Card(lane="l", stage="s", text="x", channel=Channel.WEB)],
        230, measurer,
    ).cards
    assert marked.marker is not None
    assert marked.text.rect.x >= marked.marker.right
    assert marked.text.rect.width < plain.text.rect.width


def test_long_card_text_is_cut_with_an_ellipsis(measurer: TextMeasurer) -> None:
    (box,) = layout_cell([Card(lane="l", stage="s", text="word " * 2000)], 230, measurer).cards
    assert len(box.lines) == OPTIONS.card_max_lines
    assert box.lines[-1].endswith(ELLIPSIS) and box.text.truncated


def test_empty_cells_and_cards(measurer: TextMeasurer) -> None:
    empty = layout_cell([], 230, measurer, lane_id="l", stage_id="s")
    assert empty == CellLayout("l", "s", 0.0, (), 230)
    (box,) = layout_cell([Card(lane="l", stage="s", text="")], 230, measurer).cards
    assert box.lines == ()
    assert box.rect.height == pytest.approx(2 * OPTIONS.card_padding + measurer.line_height(OPTIONS.card_font_size))


def test_taller_text_makes_its_lane_taller_and_shifts_lanes_below(measurer: TextMeasurer) -> None:
    journey = make_map()
    before = layout_map(journey, measurer).frame
    journey.cards[3].text = "Address check fails. " * 6  # c4, in 'pain'
    after = layout_map(journey, measurer).frame
    grown = after.row("pain").height - before.row("pain").height
    assert grown > 0
    assert after.row("touch") == before.row("touch")
    assert after.row("back").y == pytest.approx(before.row("back").y + grown)
    assert after.height == pytest.approx(before.height + grown)


def test_cards_with_unknown_cells_are_not_shown(measurer: TextMeasurer) -> None:
    journey = make_map()
    stray = Card(id="stray", lane="touch", stage="nowhere", text="lost")
    journey.cards.append(stray)
    layout = layout_map(journey, measurer)
    assert layout.card_rect("stray") is None
    assert layout.card_rect("no-such-card") is None


# --- the frame is independent of the cards -------------------------------------------


class _NoCards:
    """A map whose cards must not be read (layout_frame works from cell heights alone)."""

    def __init__(self, journey: JourneyMap) -> None:
        self._journey = journey

    def __getattr__(self, name: str):
        if name in {"cards", "cells", "cards_in_cell", "card"}:
            raise AssertionError(f"layout_frame read journey.{name}")
        return getattr(self._journey, name)


def test_layout_frame_never_touches_the_cards(measurer: TextMeasurer) -> None:
    journey = make_map()
    layout = layout_map(journey, measurer)
    frame = layout_frame(_NoCards(journey), cell_heights(layout), measurer)  # type: ignore[arg-type]
    assert frame == layout.frame


def test_frame_cost_does_not_depend_on_card_count(measurer: TextMeasurer) -> None:
    """Structural: with 3,000 cards or 30, layout_frame does the same work on the same heights."""
    stages = [Stage(id=f"s{i}") for i in range(10)]
    lanes = [Lane(id=f"l{i}") for i in range(6)]
    many = JourneyMap(
        stages=stages, lanes=lanes,
        cards=[Card(lane=f"l{i % 6}", stage=f"s{i % 10}", order=i, text=f"card {i}") for i in range(3000)],
    )
    layout = layout_map(many, measurer)
    assert sum(len(c.cards) for c in layout.cells.values()) == 3000
    frame = layout_frame(_NoCards(many), cell_heights(layout), measurer)  # type: ignore[arg-type]
    assert frame == layout.frame


def test_relayout_of_one_cell_matches_a_full_layout(measurer: TextMeasurer) -> None:
    journey = make_map()
    layout = layout_map(journey, measurer)
    journey.cards[0].text = "Sees an advert on social media, then again on a bus stop, then on TV at night"
    journey.cards[0].order = 5
    changed = {("touch", "aware"): journey.cards_in_cell("touch", "aware")}
    updated = relayout_cells(layout, journey, changed, measurer)
    fresh = layout_map(journey, measurer)
    assert updated.frame == fresh.frame
    assert updated.cells == fresh.cells
    assert updated.cell("pain", "buy") is layout.cell("pain", "buy")  # reused, not recomputed
    assert updated.card_rect("c1") == fresh.card_rect("c1")


# --- emotions ------------------------------------------------------------------------


def test_emotion_curve_maps_the_scale(measurer: TextMeasurer) -> None:
    journey = make_map()
    frame = layout_map(journey, measurer).frame
    (curve,) = frame.curves
    row = frame.row("feel")
    assert curve.lane_id == "feel" and curve.persona_id is None
    top, bottom = curve.area.y, curve.area.bottom
    assert row.y <= top < bottom <= row.y + row.cards_top
    assert curve.points[0] == pytest.approx((frame.column("aware").center_x, top))  # +2: the top
    assert curve.points[1] == pytest.approx((frame.column("buy").center_x, bottom))  # -2: the bottom
    assert curve.points[2] is None  # unscored
    assert curve.neutral_y == pytest.approx((top + bottom) / 2)
    assert [value for value, _ in curve.scale_lines] == [2, 1, 0, -1, -2]
    ys = [y for _, y in curve.scale_lines]
    assert ys == sorted(ys) and ys[0] == pytest.approx(top) and ys[-1] == pytest.approx(bottom)


def test_emotion_lane_cards_sit_below_the_curve(measurer: TextMeasurer) -> None:
    layout = layout_map(make_map(), measurer)
    row = layout.frame.row("feel")
    assert row.cards_top == OPTIONS.emotion_curve_height
    assert row.height >= OPTIONS.emotion_curve_height + layout.cell("feel", "buy").height - EPS
    assert layout.card_rect("c6").y >= row.y + OPTIONS.emotion_curve_height
    assert layout.frame.cell_origin("feel", "buy") == (layout.frame.column("buy").x, row.y + row.cards_top)


def test_scale_without_zero_has_no_neutral_line(measurer: TextMeasurer) -> None:
    journey = make_map(
        emotion_scale=EmotionScale(minimum=1, maximum=7),
        emotions=[EmotionScore(stage="aware", value=7), EmotionScore(stage="buy", value=1)],
    )
    (curve,) = layout_map(journey, measurer).frame.curves
    assert curve.neutral_y is None
    assert len(curve.scale_lines) == 7
    assert curve.points[0][1] == pytest.approx(curve.area.y)
    assert curve.points[1][1] == pytest.approx(curve.area.bottom)


def test_one_curve_per_persona(measurer: TextMeasurer) -> None:
    journey = make_map(
        personas=[Persona(id="p-ann", name="Ann"), Persona(id="p-bob", name="Bob")],
        emotions=[
            EmotionScore(stage="aware", persona="p-bob", value=1),
            EmotionScore(stage="buy", persona="p-ann", value=-1, label="worried"),
            EmotionScore(stage="use", persona="p-ann", value=2),
            EmotionScore(stage="use", card="c5", value=-2),  # card-level: not on the curve
        ],
    )
    curves = layout_map(journey, measurer).frame.curves
    assert [c.persona_id for c in curves] == ["p-ann", "p-bob"]
    ann, bob = curves
    assert ann.points[0] is None and ann.points[1] is not None and ann.points[2] is not None
    assert ann.labels == ("", "worried", "")
    assert bob.points[1:] == (None, None)
    # with map-level scores as well, the map's curve comes first
    journey.emotions.append(EmotionScore(stage="aware", value=0))
    assert [c.persona_id for c in layout_map(journey, measurer).frame.curves] == [None, "p-ann", "p-bob"]


def test_curves_without_scores_or_emotion_lane(measurer: TextMeasurer) -> None:
    (curve,) = layout_map(make_map(emotions=[]), measurer).frame.curves
    assert curve.points == (None, None, None)
    journey = make_map()
    journey.lanes[1].collapsed = True
    assert layout_map(journey, measurer).frame.curves == ()
    assert layout_map(journey, measurer).frame.row("feel").cards_top == 0


def test_smooth_path_goes_through_the_points_without_overshoot() -> None:
    points = [(0.0, 50.0), (100.0, 0.0), (200.0, 10.0), (300.0, 10.0), (400.0, 100.0), None, (600.0, 0.0)]
    segments = smooth_path(points)
    assert len(segments) == 4  # the isolated last point makes none
    for (start, c1, c2, end), (a, b) in zip(segments, zip(points, points[1:])):
        assert start == a and end == b
        low, high = min(a[1], b[1]), max(a[1], b[1])
        for step in range(21):
            t = step / 20
            x = (1 - t) ** 3 * start[0] + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t * t * c2[0] + t**3 * end[0]
            y = (1 - t) ** 3 * start[1] + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t * t * c2[1] + t**3 * end[1]
            assert low - EPS <= y <= high + EPS
            assert a[0] - EPS <= x <= b[0] + EPS
    # a run broken by None starts afresh
    assert smooth_path([(0, 0), (1, 1), None, (3, 3), (4, 4)])[1][0] == (3.0, 3.0)
    assert smooth_path([None, (1, 1)]) == []


# --- visibility line -----------------------------------------------------------------


def test_visibility_line_lies_under_its_lane(measurer: TextMeasurer) -> None:
    frame = layout_map(make_map(), measurer).frame
    assert frame.visibility_line_y == pytest.approx(frame.row("pain").bottom)
    assert frame.visibility_line_y == pytest.approx(frame.row("back").y)
    assert layout_map(make_map(visibility_line_after=None), measurer).frame.visibility_line_y is None


# --- hit testing and drops -----------------------------------------------------------


def test_hit_test(measurer: TextMeasurer) -> None:
    layout = layout_map(make_map(), measurer)
    frame = layout.frame
    assert hit_test(layout, 5, 5).region == "corner"
    assert hit_test(layout, -1, 100).region == "outside"
    assert hit_test(layout, frame.width + 1, 100).region == "outside"
    assert hit_test(layout, 300, frame.height + 1).region == "outside"

    buy = frame.column("buy")
    hit = hit_test(layout, buy.center_x, 10)
    assert (hit.region, hit.stage_id) == ("stage_header", "buy")

    pain = frame.row("pain")
    hit = hit_test(layout, 20, pain.y + 5)
    assert (hit.region, hit.lane_id) == ("lane_header", "pain")

    feel = frame.row("feel")
    hit = hit_test(layout, buy.center_x, feel.y + 5)
    assert (hit.region, hit.lane_id, hit.stage_id) == ("curve", "feel", "buy")

    rect = layout.card_rect("c3")
    cx, cy = rect.center
    hit = hit_test(layout, cx, cy)
    assert (hit.region, hit.card_id, hit.lane_id, hit.stage_id) == ("card", "c3", "touch", "aware")

    # the free space below the last card of the cell
    last = layout.card_rect("c2")
    assert frame.row("touch").bottom - last.bottom >= OPTIONS.cell_padding - EPS
    hit = hit_test(layout, last.center[0], last.bottom + 1)
    assert (hit.region, hit.index) == ("cell", 3)

    hit = hit_test(layout, frame.column("use").center_x, frame.row("touch").y + 3)
    assert (hit.region, hit.lane_id, hit.stage_id, hit.index) == ("cell", "touch", "use", 0)


def test_drop_index(measurer: TextMeasurer) -> None:
    cell = layout_map(make_map(), measurer).cell("touch", "aware")
    first, second, third = (box.rect for box in cell.cards)
    assert drop_index(cell, 0) == 0
    assert drop_index(cell, first.y + 1) == 0
    assert drop_index(cell, first.bottom - 1) == 1
    assert drop_index(cell, second.center[1] + 1) == 2
    assert drop_index(cell, third.bottom + 50) == 3
    assert drop_index(CellLayout("l", "s", 0.0), 10) == 0


# --- the package stays pure ----------------------------------------------------------


def test_layout_imports_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys\n"
        "from journeymapper.layout import TextMeasurer, default_measurer, layout_map, palette\n"
        "from journeymapper.model import JourneyMap\n"
        "layout_map(JourneyMap(), TextMeasurer())\n"
        "default_measurer().width('\\u7ed3\\ud655', 11)  # reads the CJK and Hangul fallbacks\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken', 'reportlab'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
