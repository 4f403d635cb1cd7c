"""The comparison of two maps finds exactly the known differences, matched by id."""

from __future__ import annotations

import pytest

from factories import make_map
from journeymapper.model import Action, ActionStatus, Card, EmotionScore, JourneyMap, Lane, LaneKind, Stage, check_map
from journeymapper.store.compare import compare_maps, render


@pytest.fixture
def pair() -> tuple[JourneyMap, JourneyMap]:
    """A map and a colleague's version of it with fourteen known differences."""
    old = make_map()
    new = old.model_copy(deep=True)
    new.title = "Onboarding (reviewed)"
    new.stages.insert(0, Stage(id="stage-new", name="Discover"))
    new.stages[2].name = "Purchase"  # stage-1
    new.lanes[0].title = "Touchpoints"
    new.lanes.append(Lane(id="lane-new", kind=LaneKind.TEXT, title="Notes"))
    card = new.card("card-0-1-1")
    card.text, card.stage = "Sees an advert", "stage-2"
    new.cards = [c for c in new.cards if c.id != "card-1-1-1"]
    new.cards.append(Card(id="card-new", lane="lane-0", stage="stage-0", order=5, text="Asks a friend"))
    new.emotions = [e for e in new.emotions if not (e.persona == "persona-0" and e.stage == "stage-2")]
    new.emotions[0].value = 1  # stage-0, whole map: -2 -> 1
    new.emotions.append(EmotionScore(stage="stage-new", value=2))
    new.actions[1].status = ActionStatus.DONE
    new.actions.append(Action(id="action-3", title="Shorter form"))
    new.personas = [p for p in new.personas if p.id != "persona-1"]
    assert check_map(old) == [] and check_map(new) == []
    return old, new


def test_exactly_the_known_differences(pair):
    comparison = compare_maps(*pair)
    found = [(d.kind, d.id, d.change, tuple(f.name for f in d.fields)) for d in comparison.differences]
    assert found == [
        ("map", "map-test", "changed", ("title",)),
        ("persona", "persona-1", "removed", ()),
        ("stage", "stage-new", "added", ()),
        ("stage", "stage-1", "changed", ("name",)),
        ("lane", "lane-0", "changed", ("title",)),
        ("lane", "lane-new", "added", ()),
        ("card", "card-1-1-1", "removed", ()),
        ("card", "card-0-1-1", "changed", ("stage", "text")),
        ("card", "card-new", "added", ()),
        ("emotion", "stage-2//persona-0", "removed", ()),
        ("emotion", "stage-0//", "changed", ("value",)),
        ("emotion", "stage-new//", "added", ("value",)),
        ("action", "action-1", "changed", ("status",)),
        ("action", "action-3", "added", ()),
    ]
    score = comparison.of("emotion", "changed")[0].fields[0]
    assert (score.old, score.new) == (-2, 1)


def test_the_readable_lines(pair):
    lines = render(compare_maps(*pair))
    assert lines[:3] == [
        "Map “Onboarding (reviewed)” changed",
        "  title: “title 0” → “Onboarding (reviewed)”",
        "Persona “persona 1” removed",
    ]
    assert "Stage “Purchase” changed" in lines and "  name: “stage 1” → “Purchase”" in lines
    card = lines.index("Card “Sees an advert” changed")
    assert lines[card + 1 : card + 3] == ["  stage: “Purchase” → “stage 2”", "  text: “card 3” → “Sees an advert”"]
    score = lines.index("Emotion score at stage “stage 0” changed")
    assert lines[score + 1] == "  value: -2 → +1"
    assert "Emotion score at stage “stage 2”, persona “persona 0” removed" in lines
    assert "Action “action 1” changed" in lines and "Action “Shorter form” added" in lines


def test_identical_maps_have_no_differences():
    comparison = compare_maps(make_map(), make_map())
    assert not comparison and comparison.lines() == ["No differences."]


def test_reordering_is_one_difference_not_a_change_of_every_stage():
    old = make_map()
    new = old.model_copy(deep=True)
    new.stages.reverse()
    assert [(d.kind, d.change) for d in compare_maps(old, new).differences] == [("stage", "reordered")]
    assert render(compare_maps(old, new)) == ["Stages reordered"]


def test_unknown_fields_from_a_newer_version_are_compared_too():
    old = make_map()
    new = old.model_copy(deep=True)
    new.cards[0].__pydantic_extra__["sentiment"] = "positive"
    [difference] = compare_maps(old, new).differences
    assert difference.fields[0].name == "sentiment" and difference.fields[0].new == "positive"


def test_images_are_not_spelled_out():
    old = make_map()
    new = old.model_copy(deep=True)
    new.personas[0].photo = None
    assert render(compare_maps(old, new)) == ["Persona “persona 0” changed", "  photo: (image) → (none)"]
