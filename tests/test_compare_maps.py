"""compare_maps on a fixture pair whose every difference is known, and the aligned emotion curves."""

from __future__ import annotations

import datetime as dt

from journeymapper.model import Card, EmotionScore, JourneyMap, Lane, LaneKind, MapState, MetricValue, Persona, Stage
from journeymapper.store.compare import aligned_curves, compare_maps, curve_choices


def before() -> JourneyMap:
    """The current state: three stages, two lanes, four cards, map and persona scores."""
    return JourneyMap(
        id="map-broadband",
        title="Broadband",
        personas=[Persona(id="persona-sam", name="Sam")],
        stages=[Stage(id="s1", name="Discover"), Stage(id="s2", name="Buy"), Stage(id="s3", name="Use")],
        lanes=[Lane(id="l1", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
               Lane(id="l2", kind=LaneKind.PAIN_POINTS, title="Pain points")],
        cards=[
            Card(id="c1", lane="l1", stage="s1", text="Ad"),
            Card(id="c2", lane="l1", stage="s2", text="Checkout"),
            Card(id="c3", lane="l2", stage="s2", text="Slow page"),
            Card(id="c4", lane="l2", stage="s3", text="No manual"),
        ],
        emotions=[
            EmotionScore(stage="s1", value=1.0),
            EmotionScore(stage="s2", value=-2.0),
            EmotionScore(stage="s3", value=0.0),
            EmotionScore(stage="s1", persona="persona-sam", value=2.0),
        ],
    )


def after() -> JourneyMap:
    """The future state, with exactly the differences ``EXPECTED`` lists."""
    journey = before().model_copy(deep=True)
    journey.title = "Broadband (future)"
    journey.state = MapState.FUTURE
    journey.stages[2].name = "Use & love"
    journey.stages.append(Stage(id="s4", name="Recommend"))
    journey.lanes.append(Lane(id="l3", kind=LaneKind.OPPORTUNITIES, title="Ideas"))
    journey.cards[1].text = "One-click checkout"
    del journey.cards[2]  # c3
    journey.cards.append(Card(id="c5", lane="l3", stage="s4", text="Referral bonus"))
    journey.emotions[1].value = 1.0  # s2
    del journey.emotions[2]  # s3
    journey.emotions.append(EmotionScore(stage="s4", value=2.0))
    return journey


EXPECTED = {
    ("map", "map-broadband", "changed"),
    ("stage", "s3", "changed"),
    ("stage", "s4", "added"),
    ("lane", "l3", "added"),
    ("card", "c2", "changed"),
    ("card", "c3", "removed"),
    ("card", "c5", "added"),
    ("emotion", "s2//", "changed"),
    ("emotion", "s3//", "removed"),
    ("emotion", "s4//", "added"),
}


def test_compare_finds_exactly_the_known_differences() -> None:
    comparison = compare_maps(before(), after())
    assert {(d.kind, d.id, d.change) for d in comparison.differences} == EXPECTED
    assert len(comparison.differences) == len(EXPECTED)
    fields = {(d.kind, d.id): {f.name: (f.old, f.new) for f in d.fields} for d in comparison.differences}
    assert fields[("map", "map-broadband")] == {"title": ("Broadband", "Broadband (future)"),
                                                "state": ("current", "future")}
    assert fields[("stage", "s3")] == {"name": ("Use", "Use & love")}
    assert fields[("card", "c2")] == {"text": ("Checkout", "One-click checkout")}
    assert fields[("emotion", "s2//")] == {"value": (-2.0, 1.0)}


def test_compare_the_other_way_mirrors_added_and_removed() -> None:
    mirrored = {"added": "removed", "removed": "added", "changed": "changed"}
    comparison = compare_maps(after(), before())
    assert {(d.kind, d.id, d.change) for d in comparison.differences} == {
        (kind, ident, mirrored[change]) for kind, ident, change in EXPECTED
    }


def test_identical_maps_have_no_differences() -> None:
    comparison = compare_maps(before(), before())
    assert not comparison and comparison.lines() == ["No differences."]


def test_changes_by_kind_and_counts_for_highlighting() -> None:
    comparison = compare_maps(before(), after())
    assert comparison.changes("card") == {"c2": "changed", "c3": "removed", "c5": "added"}
    assert comparison.counts() == {"added": 4, "removed": 2, "changed": 4}


def test_readable_lines_name_the_objects() -> None:
    lines = compare_maps(before(), after()).lines()
    assert "Card “Slow page” removed" in lines
    assert "Card “Referral bonus” added" in lines
    assert "  text: “Checkout” → “One-click checkout”" in lines


def test_aligned_curves_put_both_maps_on_one_stage_axis() -> None:
    old, new = before(), after()
    new.stages.insert(0, Stage(id="s0", name="Hear of it"))
    old.stages.insert(2, Stage(id="sx", name="Compare offers"))  # only in the old map, between Buy and Use
    curves = aligned_curves(old, new)
    assert [stage_id for stage_id, _ in curves.stages] == ["s0", "s1", "s2", "sx", "s3", "s4"]
    assert curves.old == [None, 1.0, -2.0, None, 0.0, None]
    assert curves.new == [None, 1.0, 1.0, None, None, 2.0]
    assert (curves.minimum, curves.maximum) == (-2, 2)
    persona = aligned_curves(old, new, "persona-sam")
    assert persona.old[1] == persona.new[1] == 2.0


def test_curve_choices_list_scored_curves() -> None:
    assert curve_choices(before(), after()) == [("persona-sam", "Sam"), (None, "Map")]
    bare = JourneyMap(stages=[Stage(id="s1")])
    assert curve_choices(bare, bare) == [(None, "Map")]


def test_metric_values_read_as_names_and_numbers() -> None:
    old, new = before(), before()
    new.stages[0].metrics = [MetricValue(name="CSAT", value=3.9, date=dt.date(2026, 3, 1)), MetricValue(name="NPS", value=12.0)]
    assert "  metrics: (none) → CSAT 3.9 (2026-03-01), NPS 12" in compare_maps(old, new).lines()
