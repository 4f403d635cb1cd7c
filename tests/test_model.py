"""The document model without Qt: defaults, validation, invariants, images and pure queries."""

from __future__ import annotations

import base64
import datetime as dt
import math
import re

import pytest
from pydantic import ValidationError

from factories import jpeg_bytes, make_atlas, make_map, png_bytes
from journeymapper.model import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_SIDE,
    Action,
    ActionStatus,
    AtlasEntry,
    Card,
    EmbeddedImage,
    EmotionScale,
    EmotionScore,
    ImageError,
    JourneyMap,
    Lane,
    LaneKind,
    MapPair,
    MapState,
    MetricValue,
    Persona,
    Priority,
    Problem,
    Stage,
    check_atlas,
    check_image_bytes,
    check_map,
    new_id,
)

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]+$")


# --- defaults and ids ---------------------------------------------------------------


def test_new_map_has_the_documented_defaults():
    journey = JourneyMap()
    assert journey.id.startswith("map-")
    assert journey.title == "" and journey.state is MapState.CURRENT
    assert (journey.emotion_scale.minimum, journey.emotion_scale.maximum) == (-2, 2)
    assert journey.stages == journey.lanes == journey.cards == journey.emotions == journey.actions == []
    assert journey.visibility_line_after is None
    assert check_map(journey) == []


def test_new_objects_have_the_documented_defaults():
    assert Lane().kind is LaneKind.TEXT and Lane().collapsed is False
    action = Action()
    assert action.status is ActionStatus.OPEN and action.priority is Priority.MEDIUM
    card = Card(lane="lane-1", stage="stage-1")
    assert (card.order, card.text, card.votes, card.tags, card.image) == (0, "", 0, [], None)


def test_a_card_needs_a_lane_and_a_stage():
    with pytest.raises(ValidationError) as caught:
        Card()
    missing = {error["loc"][0] for error in caught.value.errors()}
    assert missing == {"lane", "stage"}


def test_new_ids_are_unique_and_valid_ids():
    ids = [new_id("card") for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    assert all(ID_PATTERN.match(i) and i.startswith("card-") for i in ids)
    assert new_id("Pain Point!").startswith("painpoint-")
    assert new_id("!!!").startswith("id-")


def test_default_ids_differ_between_objects():
    cards = [Card(lane="l", stage="s") for _ in range(500)]
    assert len({c.id for c in cards}) == 500
    assert len({Stage().id, Lane().id, Persona().id, Action().id, JourneyMap().id}) == 5


@pytest.mark.parametrize("bad_id", ["", "has space", "semi;colon", "x" * 101, "ümlaut"])
def test_ids_must_be_short_and_printable(bad_id):
    with pytest.raises(ValidationError):
        Stage(id=bad_id)


# --- numbers ------------------------------------------------------------------------


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_everywhere(value):
    with pytest.raises(ValidationError):
        EmotionScore(stage="s", value=value)
    with pytest.raises(ValidationError):
        MetricValue(name="CSAT", value=value)
    with pytest.raises(ValidationError):
        Stage(width=value)


def test_nan_is_refused_on_assignment_too():
    score = EmotionScore(stage="s", value=1)
    with pytest.raises(ValidationError):
        score.value = math.nan
    assert score.value == 1


@pytest.mark.parametrize("field, value", [("width", 39), ("width", 5001)])
def test_stage_width_is_bounded(field, value):
    with pytest.raises(ValidationError):
        Stage(**{field: value})


def test_votes_and_order_cannot_be_negative():
    with pytest.raises(ValidationError):
        Card(lane="l", stage="s", votes=-1)
    with pytest.raises(ValidationError):
        Card(lane="l", stage="s", order=-1)


# --- emotion scale ------------------------------------------------------------------


@pytest.mark.parametrize("minimum, maximum", [(2, 2), (3, -3), (-50, 51)])
def test_bad_scales_are_refused(minimum, maximum):
    with pytest.raises(ValidationError):
        EmotionScale(minimum=minimum, maximum=maximum)


def test_scale_of_100_steps_is_allowed_and_counts_its_steps():
    scale = EmotionScale(minimum=-50, maximum=50)
    assert scale.steps == 101
    assert EmotionScale().steps == 5
    assert EmotionScale().contains(-2) and EmotionScale().contains(1.5)
    assert not EmotionScale().contains(2.01) and not EmotionScale().contains(-3)


def test_scale_cannot_be_inverted_by_assignment():
    scale = EmotionScale()
    with pytest.raises(ValidationError):
        scale.minimum = 5


@pytest.mark.parametrize(
    "value, expected",
    [(0.4, 0), (0.6, 1), (1.6, 2), (-1.7, -2), (7, 2), (-9.5, -2), (2, 2), (-2, -2)],
)
def test_snap_gives_the_nearest_step_inside_the_scale(value, expected):
    snapped = EmotionScale().snap(value)
    assert snapped == expected and isinstance(snapped, int)


def test_snap_respects_a_scale_without_zero():
    scale = EmotionScale(minimum=1, maximum=5)
    assert [scale.snap(v) for v in (-3, 0, 2.2, 4.9, 99)] == [1, 1, 2, 5, 5]


# --- colours ------------------------------------------------------------------------


@pytest.mark.parametrize("colour", ["#000000", "#A1b2C3", "#ffffff"])
def test_hex_colours_are_accepted(colour):
    assert Stage(colour=colour).colour == colour
    assert Lane(colour=colour).colour == colour


@pytest.mark.parametrize("colour", ["red", "#abc", "#abcdefa", "abcdef", "#ggg000", "#12345", " #123456", "#123456\n"])
def test_other_colours_are_refused(colour):
    with pytest.raises(ValidationError):
        Stage(colour=colour)
    with pytest.raises(ValidationError):
        Card(lane="l", stage="s", colour=colour)


def test_no_colour_means_the_default():
    assert Stage().colour is None and Stage(colour=None).colour is None


# --- invariants of a map ------------------------------------------------------------


def test_the_factory_map_and_atlas_are_valid():
    assert check_map(make_map()) == []
    assert check_atlas(make_atlas()) == []


def _locations(problems: list[Problem]) -> list[str]:
    return [p.location for p in problems]


def test_an_id_used_by_two_kinds_is_reported_with_both_places():
    journey = make_map()
    journey.lanes[1].id = journey.stages[0].id
    problems = check_map(journey)
    duplicate = [p for p in problems if p.location == "lanes[1].id"]
    assert len(duplicate) == 1
    assert "stages[0]" in duplicate[0].reason and journey.stages[0].id in duplicate[0].reason


def test_an_id_used_twice_in_one_kind_is_reported():
    journey = make_map()
    journey.cards[3].id = journey.cards[0].id
    assert "cards[3].id" in _locations(check_map(journey))


def test_a_card_in_a_missing_lane_or_stage_is_reported():
    journey = make_map()
    journey.cards[2].lane = "lane-gone"
    journey.cards[4].stage = "stage-gone"
    problems = check_map(journey)
    assert Problem("cards[2].lane", "no lane has id 'lane-gone'") in problems
    assert Problem("cards[4].stage", "no stage has id 'stage-gone'") in problems


def test_an_emotion_off_the_scale_is_reported():
    journey = make_map()
    journey.emotions[1].value = 3
    problems = [p for p in check_map(journey) if p.location == "emotions[1].value"]
    assert len(problems) == 1 and "-2..2" in problems[0].reason and "3" in problems[0].reason


def test_narrowing_the_scale_puts_existing_scores_off_it():
    journey = make_map()
    journey.emotion_scale = EmotionScale(minimum=0, maximum=4)
    assert any(p.location.endswith(".value") for p in check_map(journey))


def test_a_second_score_for_the_same_key_is_reported():
    journey = make_map()
    journey.emotions.append(EmotionScore(stage=journey.stages[0].id, value=0))
    where = f"emotions[{len(journey.emotions) - 1}]"
    assert where in _locations(check_map(journey))
    journey.emotions[-1].persona = journey.personas[1].id
    assert check_map(journey) == []


def test_emotions_referencing_missing_things_are_reported():
    journey = make_map()
    journey.emotions[0].stage = "nope"
    journey.emotions[-1].card = "card-gone"
    journey.emotions.append(EmotionScore(stage=journey.stages[0].id, persona="persona-gone", value=0))
    locations = _locations(check_map(journey))
    assert "emotions[0].stage" in locations
    assert f"emotions[{len(journey.emotions) - 2}].card" in locations
    assert f"emotions[{len(journey.emotions) - 1}].persona" in locations


def test_an_action_referencing_missing_cards_or_stages_is_reported():
    journey = make_map()
    journey.actions[0].cards = [journey.cards[0].id, "card-gone"]
    journey.actions[1].stages = ["stage-gone"]
    problems = check_map(journey)
    assert Problem("actions[0].cards[1]", "no card has id 'card-gone'") in problems
    assert Problem("actions[1].stages[0]", "no stage has id 'stage-gone'") in problems


def test_an_action_completed_before_it_was_created_is_reported():
    journey = make_map()
    journey.actions[0].created = dt.date(2026, 5, 1)
    journey.actions[0].completed = dt.date(2026, 4, 1)
    assert "actions[0].completed" in _locations(check_map(journey))


def test_a_visibility_line_after_a_missing_lane_is_reported():
    journey = make_map()
    journey.visibility_line_after = "lane-gone"
    assert _locations(check_map(journey)) == ["visibility_line_after"]


# --- invariants of an atlas ---------------------------------------------------------


def test_a_path_listed_twice_in_an_atlas_is_reported_once_at_the_second_place():
    atlas = make_atlas()
    atlas.entries.append(AtlasEntry(path="billing.journey"))
    assert _locations(check_atlas(atlas)) == ["entries[3].path"]


def test_a_pair_naming_no_entry_is_reported_per_side():
    atlas = make_atlas()
    atlas.pairs.append(MapPair(current="billing.journey", future="billing-future.journey"))
    atlas.pairs.append(MapPair(current="x.journey", future="y.journey"))
    assert _locations(check_atlas(atlas)) == ["pairs[1].future", "pairs[2].current", "pairs[2].future"]


def test_a_library_persona_id_used_twice_is_reported():
    atlas = make_atlas()
    atlas.personas.append(Persona(id=atlas.personas[0].id, name="Copy"))
    problems = check_atlas(atlas)
    assert _locations(problems) == ["personas[2].id"] and "personas[0]" in problems[0].reason


def test_atlas_entry_lookup():
    atlas = make_atlas()
    assert atlas.entry("billing.journey").group == "Billing"
    assert atlas.entry("missing.journey") is None


# --- embedded images ----------------------------------------------------------------


def test_a_real_png_is_accepted_and_its_size_read():
    raw = png_bytes(3, 2)
    assert check_image_bytes(raw) == ("image/png", 3, 2)
    image = EmbeddedImage.from_bytes(raw, alt="screen")
    assert image.media_type == "image/png" and image.to_bytes() == raw and image.alt == "screen"
    assert EmbeddedImage(media_type="image/png", data=base64.b64encode(raw).decode()) == EmbeddedImage.from_bytes(raw)


def test_a_jpeg_header_is_accepted_and_its_size_read():
    assert check_image_bytes(jpeg_bytes(7, 5)) == ("image/jpeg", 7, 5)


def test_a_png_claiming_50000_pixels_square_is_refused_before_decoding():
    raw = png_bytes(1, 1, claimed=(50_000, 50_000))
    with pytest.raises(ImageError, match="50000 x 50000"):
        check_image_bytes(raw)
    with pytest.raises(ValidationError, match="50000 x 50000"):
        EmbeddedImage(media_type="image/png", data=base64.b64encode(raw).decode())
    with pytest.raises(ImageError):
        EmbeddedImage.from_bytes(raw)


def test_images_at_the_side_limit_pass_and_one_more_pixel_fails():
    check_image_bytes(png_bytes(1, 1, claimed=(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE)))
    with pytest.raises(ImageError):
        check_image_bytes(png_bytes(1, 1, claimed=(MAX_IMAGE_SIDE + 1, 1)))
    with pytest.raises(ImageError):
        check_image_bytes(jpeg_bytes(10, MAX_IMAGE_SIDE + 1))


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"GIF89a\x01\x00\x01\x00", "not a PNG or JPEG"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a PNG or JPEG"),
        (b"", "not a PNG or JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "truncated"),
        (png_bytes(1, 1, claimed=(0, 10)), "no pixels"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "no frame"),
        (b"\xff\xd8\x00\x00\x00\x00", "damaged"),
    ],
)
def test_things_that_are_not_acceptable_images_are_refused(raw, reason):
    with pytest.raises(ImageError, match=reason):
        check_image_bytes(raw)
    with pytest.raises(ValidationError):
        EmbeddedImage(media_type="image/png", data=base64.b64encode(raw).decode())


def test_an_image_over_the_byte_limit_is_refused():
    raw = png_bytes(1, 1) + b"\x00" * MAX_IMAGE_BYTES
    with pytest.raises(ImageError, match="limit"):
        check_image_bytes(raw)
    with pytest.raises(ValidationError, match="limit"):
        EmbeddedImage(media_type="image/png", data=base64.b64encode(raw).decode())


@pytest.mark.parametrize("data", ["not base64 at all!", "iVBORw0KGgo", "iVBORw0KGgo=\x00", "ü" * 8])
def test_base64_garbage_is_refused(data):
    with pytest.raises(ValidationError, match="base64|PNG|JPEG|truncated"):
        EmbeddedImage(media_type="image/png", data=data)


def test_an_image_must_be_the_type_it_claims():
    with pytest.raises(ValidationError, match="image/png, not image/jpeg"):
        EmbeddedImage(media_type="image/jpeg", data=base64.b64encode(png_bytes()).decode())


# --- actions ------------------------------------------------------------------------


TODAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "status, due, overdue",
    [
        (ActionStatus.OPEN, dt.date(2026, 3, 9), True),
        (ActionStatus.IN_PROGRESS, dt.date(2025, 1, 1), True),
        (ActionStatus.BLOCKED, dt.date(2026, 3, 9), True),
        (ActionStatus.OPEN, TODAY, False),
        (ActionStatus.OPEN, dt.date(2026, 3, 11), False),
        (ActionStatus.OPEN, None, False),
        (ActionStatus.DONE, dt.date(2026, 1, 1), False),
        (ActionStatus.DROPPED, dt.date(2026, 1, 1), False),
    ],
)
def test_action_is_overdue_only_when_open_and_past_due(status, due, overdue):
    assert Action(status=status, due=due).is_overdue(TODAY) is overdue


def test_open_actions_for_a_card():
    journey = make_map(actions=5)
    card_id = journey.actions[0].cards[0]
    expected = [a for a in journey.actions if card_id in a.cards and a.status.is_open]
    assert journey.open_actions_for(card_id) == expected
    journey.actions[0].status = ActionStatus.DONE
    assert journey.actions[0] not in journey.open_actions_for(card_id)


# --- cells and the emotion curve ------------------------------------------------------


def _cell_map() -> JourneyMap:
    return JourneyMap(
        stages=[Stage(id="s1"), Stage(id="s2")],
        lanes=[Lane(id="l1"), Lane(id="l2")],
        cards=[
            Card(id="c", lane="l1", stage="s1", order=2),
            Card(id="a", lane="l1", stage="s1", order=0),
            Card(id="x", lane="l2", stage="s2", order=0),
            Card(id="b", lane="l1", stage="s1", order=1),
            Card(id="b2", lane="l1", stage="s1", order=1),
        ],
    )


def test_cards_in_cell_are_in_display_order_with_ties_in_file_order():
    journey = _cell_map()
    assert [c.id for c in journey.cards_in_cell("l1", "s1")] == ["a", "b", "b2", "c"]
    assert [c.id for c in journey.cards_in_cell("l2", "s2")] == ["x"]
    assert journey.cards_in_cell("l1", "s2") == []


def test_cells_lists_only_non_empty_cells_in_display_order():
    journey = _cell_map()
    cells = journey.cells()
    assert set(cells) == {("l1", "s1"), ("l2", "s2")}
    for (lane, stage), cards in cells.items():
        assert cards == journey.cards_in_cell(lane, stage)
    assert [c.id for c in journey.cards] == ["c", "a", "x", "b", "b2"], "queries must not reorder the document"


def test_lookups_by_id():
    journey = make_map()
    assert journey.stage("stage-1") is journey.stages[1]
    assert journey.lane("lane-2") is journey.lanes[2]
    assert journey.card("card-0-0-1") is journey.cards[1]
    assert journey.action("action-0") is journey.actions[0]
    assert journey.stage("nope") is journey.card("nope") is None


def test_emotion_curve_per_map_and_per_persona():
    journey = JourneyMap(
        stages=[Stage(id="s1"), Stage(id="s2"), Stage(id="s3")],
        lanes=[Lane(id="l1")],
        personas=[Persona(id="p1")],
        cards=[Card(id="c1", lane="l1", stage="s1")],
        emotions=[
            EmotionScore(stage="s3", value=-2),
            EmotionScore(stage="s1", value=1.5),
            EmotionScore(stage="s1", card="c1", value=-1),
            EmotionScore(stage="s2", persona="p1", value=2),
        ],
    )
    assert check_map(journey) == []
    assert journey.emotion_curve() == [1.5, None, -2]
    assert journey.emotion_curve("p1") == [None, 2, None]
    assert journey.emotion_curve("nobody") == [None, None, None]


def test_map_level_validation_rejects_naive_times():
    with pytest.raises(ValidationError, match="UTC offset"):
        JourneyMap(created=dt.datetime(2026, 1, 1, 12, 0))


def test_atlas_paths_that_name_the_same_file_are_duplicates() -> None:
    from journeymapper.model import Atlas, AtlasEntry, MapPair, check_atlas

    atlas = Atlas(
        entries=[AtlasEntry(path="maps/a.journey"), AtlasEntry(path="./maps/a.journey")],
        pairs=[MapPair(current="maps/a.journey", future="maps/./a.journey")],
    )
    reasons = [str(p) for p in check_atlas(atlas)]
    assert "entries[1].path: './maps/a.journey' is already entries[0]" in reasons
    assert "pairs[0]: a map cannot be its own future state" in reasons
