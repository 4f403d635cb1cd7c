"""Bundled and user templates, and maps made from them. No Qt."""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from journeymapper import templates
from journeymapper.model import LaneKind, check_map
from journeymapper.store import MAP_FORMAT, load, load_map, save, serialize_document
from factories import make_map
from test_headless_core import qt_modules_after_importing

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"
NAMES = [
    "b2b-lifecycle.journey",
    "customer-support.journey",
    "ecommerce-purchase.journey",
    "saas-onboarding.journey",
    "service-blueprint.journey",
]


def bundled() -> dict[str, templates.Template]:
    found, problems = templates.list_templates(user=Path("/nonexistent"))
    assert problems == []
    return {t.path.name: t for t in found}


def test_the_five_bundled_templates_are_listed_with_names_and_descriptions() -> None:
    found = bundled()
    assert sorted(found) == NAMES
    for template in found.values():
        assert template.bundled and template.name and len(template.description) > 80
        assert template.path.parent.samefile(templates.bundled_folder())


@pytest.mark.parametrize("name", NAMES)
def test_each_template_creates_a_valid_map_with_fresh_ids(name: str) -> None:
    template = bundled()[name]
    source = template.journey
    now = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
    journey = templates.instantiate(source, now=now)
    assert check_map(journey) == []
    assert journey.title == source.title and journey.created == now and journey.review_by is None
    assert "template" not in journey.tags
    old_ids = {source.id} | {x.id for x in [*source.stages, *source.lanes, *source.cards, *source.personas]}
    new_ids = {journey.id} | {x.id for x in [*journey.stages, *journey.lanes, *journey.cards, *journey.personas]}
    assert not old_ids & new_ids
    assert [s.name for s in journey.stages] == [s.name for s in source.stages]
    assert [lane.title for lane in journey.lanes] == [lane.title for lane in source.lanes]
    assert sorted(c.text for c in journey.cards) == sorted(c.text for c in source.cards)
    assert journey.emotion_curve() == source.emotion_curve()
    # the new map saves and loads back like any other
    assert serialize_document(MAP_FORMAT, journey)


@pytest.mark.parametrize("name", NAMES)
def test_templates_are_real_starting_points(name: str) -> None:
    journey = bundled()[name].journey
    assert 5 <= len(journey.stages) <= 8 and all(s.name and s.goal for s in journey.stages)
    assert len(journey.cards) >= 25
    assert any(lane.kind is LaneKind.EMOTIONS for lane in journey.lanes)
    assert sum(v is not None for v in journey.emotion_curve()) >= 4
    for stage in journey.stages:
        assert any(c.stage == stage.id for c in journey.cards), f"{stage.name} has no example card"
    assert not any("lorem" in c.text.casefold() for c in journey.cards)


def test_the_service_blueprint_draws_the_line_of_visibility_under_frontstage() -> None:
    journey = bundled()["service-blueprint.journey"].journey
    kinds = [lane.kind for lane in journey.lanes]
    for kind in (LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES):
        assert kind in kinds
    line = journey.lane(journey.visibility_line_after or "")
    assert line is not None and line.kind is LaneKind.FRONTSTAGE
    assert kinds.index(LaneKind.FRONTSTAGE) < kinds.index(LaneKind.BACKSTAGE) < kinds.index(LaneKind.SUPPORT_PROCESSES)
    made = templates.instantiate(journey)
    assert made.lane(made.visibility_line_after or "").kind is LaneKind.FRONTSTAGE


@pytest.mark.parametrize("name", NAMES)
def test_template_files_are_canonical(name: str) -> None:
    raw = (TEMPLATES / name).read_bytes()
    loaded = load(TEMPLATES / name)
    assert loaded.version == loaded.spec.current and not loaded.migrated
    assert serialize_document(loaded.spec, loaded.document) == raw
    assert check_map(loaded.document) == []


def test_generator_reproduces_the_committed_templates() -> None:
    script = TEMPLATES.parent.parent / "packaging" / "make_templates.py"
    if not script.is_file():
        pytest.skip("not a source checkout: packaging/make_templates.py is absent")
    spec = importlib.util.spec_from_file_location("make_templates", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    documents = module.build_templates()
    assert sorted(documents) == NAMES
    for name, document in documents.items():
        assert serialize_document(MAP_FORMAT, document) == (TEMPLATES / name).read_bytes(), (
            f"{name} is stale: run python packaging/make_templates.py"
        )


def test_saving_a_user_template_lists_it_and_refuses_to_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    journey = make_map(stages=3, lanes=2, cards_per_cell=1)
    journey.title = "Whatever the map was called"
    path = templates.save_template(journey, "  Clinic visit: v2  ", folder)
    assert path == folder / "Clinic visit v2.journey"
    assert load_map(path).title == "Clinic visit: v2"
    assert journey.title == "Whatever the map was called", "the open map is not renamed"
    found, problems = templates.list_templates(user=folder)
    assert problems == []
    mine = [t for t in found if not t.bundled]
    assert [t.name for t in mine] == ["Clinic visit: v2"]
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        templates.save_template(make_map(stages=1), "Clinic visit: v2", folder)
    assert path.read_bytes() == before
    templates.save_template(make_map(stages=1), "Clinic visit: v2", folder, overwrite=True)
    assert len(load_map(path).stages) == 1
    with pytest.raises(ValueError):
        templates.save_template(journey, "   ", folder)


def test_a_broken_user_template_is_reported_and_the_others_still_listed(tmp_path: Path) -> None:
    (tmp_path / "broken.journey").write_text("{not json", encoding="utf-8")
    save(tmp_path / "good.journey", make_map(stages=2))
    found, problems = templates.list_templates(user=tmp_path)
    assert len([t for t in found if not t.bundled]) == 1
    assert len(problems) == 1 and "broken.journey" in problems[0]


def test_user_templates_live_in_the_user_data_folder() -> None:
    folder = templates.user_folder()
    assert folder.name == "templates" and "JourneyMapper" in str(folder)


def test_the_template_module_loads_no_qt() -> None:
    assert qt_modules_after_importing("journeymapper.templates") == []
