"""The bundled example atlas: it loads cleanly, matches the schema and shows every feature.

No Qt here. "Today" for the example's action plan is 2026-11-22.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from journeymapper import resources
from journeymapper.model import ActionStatus, Atlas, JourneyMap, MapState, check_atlas, check_map
from journeymapper.store import ATLAS_FORMAT, MAP_FORMAT, load, load_atlas, load_map, serialize_document
from journeymapper.store.schema import json_schema

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
TODAY = date(2026, 11, 22)

ATLAS = "broadband.atlas"
LIFECYCLE = "lifecycle.journey"
FUTURE = "lifecycle-future.journey"
SUPPORT = "support-call.journey"
ALL = [ATLAS, LIFECYCLE, FUTURE, SUPPORT]


def spec_of(name: str):
    return ATLAS_FORMAT if name.endswith(".atlas") else MAP_FORMAT


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return load_atlas(EXAMPLES / ATLAS)


@pytest.fixture(scope="module")
def lifecycle() -> JourneyMap:
    return load_map(EXAMPLES / LIFECYCLE)


@pytest.fixture(scope="module")
def future() -> JourneyMap:
    return load_map(EXAMPLES / FUTURE)


@pytest.fixture(scope="module")
def support() -> JourneyMap:
    return load_map(EXAMPLES / SUPPORT)


@pytest.mark.parametrize("name", ALL)
def test_example_loads_in_the_current_format_with_no_problems(name: str) -> None:
    loaded = load(EXAMPLES / name)  # raises DocumentError naming any problem
    assert loaded.spec is spec_of(name)
    assert loaded.version == loaded.spec.current and not loaded.migrated
    check = check_atlas if name.endswith(".atlas") else check_map
    assert check(loaded.document) == []


@pytest.mark.parametrize("name", ALL)
def test_example_is_in_canonical_form(name: str) -> None:
    """The files are exactly what store.save() writes: no hand edits, no unknown fields."""
    raw = (EXAMPLES / name).read_bytes()
    loaded = load(EXAMPLES / name)
    assert serialize_document(loaded.spec, loaded.document) == raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert loaded.document.model_extra == {}


@pytest.mark.parametrize("name", ALL)
def test_example_validates_against_the_json_schema(name: str) -> None:
    schema = json_schema(spec_of(name))
    Draft202012Validator.check_schema(schema)
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft202012Validator(schema).iter_errors(data)]
    assert errors == []


def test_generator_reproduces_the_committed_examples() -> None:
    """packaging/make_examples.py and the committed files must not drift apart."""
    script = EXAMPLES.parent.parent / "packaging" / "make_examples.py"
    if not script.is_file():
        pytest.skip("not a source checkout: packaging/make_examples.py is absent")
    spec = importlib.util.spec_from_file_location("make_examples", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    documents = module.build_examples()
    assert sorted(documents) == sorted(ALL)
    for name, document in documents.items():
        assert serialize_document(spec_of(name), document) == (EXAMPLES / name).read_bytes(), (
            f"{name} is stale: run python packaging/make_examples.py"
        )


def test_atlas_entries_and_pair_point_at_existing_maps(atlas: Atlas) -> None:
    paths = [entry.path for entry in atlas.entries]
    assert sorted(paths) == sorted([LIFECYCLE, FUTURE, SUPPORT])
    for path in paths:
        assert "\\" not in path and not Path(path).is_absolute()
        assert (EXAMPLES / path).is_file(), path
        load_map(EXAMPLES / path)
    assert {entry.group for entry in atlas.entries} >= {"Lifecycle", "Support"}
    assert all(entry.tags for entry in atlas.entries)
    assert [(p.current, p.future) for p in atlas.pairs] == [(LIFECYCLE, FUTURE)]
    for pair in atlas.pairs:
        assert (EXAMPLES / pair.current).is_file() and (EXAMPLES / pair.future).is_file()
        assert load_map(EXAMPLES / pair.current).state is MapState.CURRENT
        assert load_map(EXAMPLES / pair.future).state is MapState.FUTURE


def test_maps_carry_copies_of_the_library_personas(atlas: Atlas, lifecycle: JourneyMap, future: JourneyMap, support: JourneyMap) -> None:
    library = {p.id: p for p in atlas.personas}
    assert len(library) == 2
    for journey in (lifecycle, future, support):
        assert journey.personas
        for persona in journey.personas:
            assert persona == library[persona.id], f"{journey.id}: {persona.id} differs from the library"


def test_get_help_drills_into_the_support_map(lifecycle: JourneyMap, support: JourneyMap) -> None:
    get_help = next(s for s in lifecycle.stages if s.name == "Get help")
    assert get_help.drilldown == SUPPORT
    target = EXAMPLES / get_help.drilldown
    assert target.is_file()
    assert load_map(target).id == support.id
    assert 20 <= len(support.cards) <= 35
    assert support.visibility_line_after is not None


def test_lifecycle_has_six_stages_and_both_personas_scored_on_each(atlas: Atlas, lifecycle: JourneyMap) -> None:
    assert len(lifecycle.stages) == 6
    assert 40 <= len(lifecycle.cards) <= 70
    assert {p.id for p in lifecycle.personas} == {p.id for p in atlas.personas}
    for persona in lifecycle.personas:
        curve = lifecycle.emotion_curve(persona.id)
        assert None not in curve, f"{persona.name} has a stage with no emotion score"
        assert all(lifecycle.emotion_scale.contains(v) for v in curve)
    assert lifecycle.visibility_line_after is not None
    assert all(any(m.name == "CSAT" and m.date for m in s.metrics) for s in lifecycle.stages)


def test_lifecycle_action_plan_has_overdue_and_done_actions(lifecycle: JourneyMap) -> None:
    overdue = [a for a in lifecycle.actions if a.is_overdue(TODAY)]
    done = [a for a in lifecycle.actions if a.status is ActionStatus.DONE]
    assert overdue and done
    pain_cards = {c.id for c in lifecycle.cards if lifecycle.lane(c.lane).kind.value == "pain_points"}
    for action in lifecycle.actions:
        assert action.owner and action.due and action.stages
        assert set(action.cards) & pain_cards, f"{action.id} is linked to no pain point"
    assert lifecycle.review_by is not None and lifecycle.review_by < TODAY  # overdue for review


def test_future_map_shares_ids_with_the_current_map(lifecycle: JourneyMap, future: JourneyMap) -> None:
    assert lifecycle.state is MapState.CURRENT and future.state is MapState.FUTURE
    assert [s.id for s in future.stages] == [s.id for s in lifecycle.stages]
    assert [lane.id for lane in future.lanes] == [lane.id for lane in lifecycle.lanes]
    current_cards = {c.id: c for c in lifecycle.cards}
    future_cards = {c.id: c for c in future.cards}
    shared = current_cards.keys() & future_cards.keys()
    assert len(shared) >= len(current_cards) // 2
    assert current_cards.keys() - future_cards.keys(), "no card removed"
    assert future_cards.keys() - current_cards.keys(), "no card added"
    assert any(current_cards[i].text != future_cards[i].text for i in shared), "no card changed"
    for card_id in shared:
        assert (current_cards[card_id].lane, current_cards[card_id].stage) == (future_cards[card_id].lane, future_cards[card_id].stage)


def test_resources_point_at_the_example_atlas() -> None:
    path = resources.example_atlas()
    assert path.is_file()
    assert path.samefile(EXAMPLES / ATLAS)
    assert load_atlas(path).entries


def test_the_minimal_examples_in_the_file_format_doc_are_valid(tmp_path: Path) -> None:
    doc = EXAMPLES.parent.parent / "docs" / "file-format.md"
    if not doc.is_file():
        pytest.skip("not a source checkout: docs/file-format.md is absent")
    section = doc.read_text(encoding="utf-8").split("## Minimal examples", 1)[1]
    documents = [json.loads(b.split("```", 1)[0]) for b in section.split("```json\n")[1:]]
    assert sorted(d["format"] for d in documents) == ["journeymapper.atlas", "journeymapper.map"]
    for number, data in enumerate(documents):
        spec = ATLAS_FORMAT if data["format"] == ATLAS_FORMAT.name else MAP_FORMAT
        assert list(Draft202012Validator(json_schema(spec)).iter_errors(data)) == []
        path = tmp_path / f"example{number}{spec.suffix}"
        path.write_text(json.dumps(data), encoding="utf-8")
        load(path, spec)
