"""Migrations: ordered pure steps between format versions, with test-local registries only.

The real format starts at 1.0, so the chain through ``parse_document`` uses
earlier versions (0.8 -> 0.9 -> 1.0) of the real map format; chains above 1.0
are exercised on the registry directly with a spec whose current version is 1.2.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from factories import make_map
from journeymapper.store import (
    MAP_FORMAT,
    MIGRATIONS,
    DocumentError,
    MigrationRegistry,
    Version,
    parse_document,
    serialize_document,
)

MAP = MAP_FORMAT.name


def trail_registry() -> MigrationRegistry:
    """1.0 -> 1.1 -> 1.2, each step leaving its mark in ``trail``; registered out of order."""
    registry = MigrationRegistry()

    @registry.step(MAP, "1.1", "1.2")
    def second(data):
        data["trail"] = [*data.get("trail", []), "1.1->1.2"]
        return data

    @registry.step(MAP, "1.0", "1.1")
    def first(data):
        data["trail"] = [*data.get("trail", []), "1.0->1.1"]
        return data

    return registry


def test_steps_are_applied_in_version_order():
    result = trail_registry().migrate(MAP, {"title": "t"}, Version(1, 0), Version(1, 2))
    assert result == {"title": "t", "trail": ["1.0->1.1", "1.1->1.2"]}


def test_a_chain_can_start_midway_and_stop_early():
    registry = trail_registry()
    assert registry.migrate(MAP, {}, Version(1, 1), Version(1, 2))["trail"] == ["1.1->1.2"]
    assert registry.migrate(MAP, {}, Version(1, 0), Version(1, 1))["trail"] == ["1.0->1.1"]
    assert registry.migrate(MAP, {"a": 1}, Version(1, 2), Version(1, 2)) == {"a": 1}


def test_migrating_does_not_change_the_callers_data():
    data = {"title": "t"}
    trail_registry().migrate(MAP, data, Version(1, 0), Version(1, 2))
    assert data == {"title": "t"}


def test_a_spec_with_a_newer_current_version_migrates_through_the_chain():
    spec = replace(MAP_FORMAT, current=Version(1, 2))
    body = json.loads(serialize_document(MAP_FORMAT, make_map()))
    del body["format"], body["version"]
    migrated = trail_registry().migrate(spec.name, body, Version(1, 0), spec.current)
    assert migrated.pop("trail") == ["1.0->1.1", "1.1->1.2"]
    assert spec.model.model_validate(migrated) == make_map()


def test_a_missing_step_names_the_version_where_the_chain_breaks():
    registry = MigrationRegistry()
    registry.step(MAP, "1.0", "1.1")(lambda data: data)
    with pytest.raises(ValueError, match="from version 1.1 to 1.2"):
        registry.migrate(MAP, {}, Version(1, 0), Version(1, 2))
    with pytest.raises(ValueError, match="journeymapper.atlas from version 1.0"):
        registry.migrate("journeymapper.atlas", {}, Version(1, 0), Version(1, 2))


def test_a_step_past_the_target_is_refused():
    registry = MigrationRegistry()
    registry.step(MAP, "1.0", "1.3")(lambda data: data)
    with pytest.raises(ValueError, match="overshoot"):
        registry.migrate(MAP, {}, Version(1, 0), Version(1, 2))


@pytest.mark.parametrize("source, target", [("1.1", "1.0"), ("1.0", "1.0"), ("2.0", "1.9")])
def test_registering_a_backwards_step_raises(source, target):
    with pytest.raises(ValueError, match="newer version"):
        MigrationRegistry().step(MAP, source, target)


def test_registering_a_second_step_from_one_version_raises():
    registry = MigrationRegistry()
    registry.step(MAP, "1.0", "1.1")(lambda data: data)
    with pytest.raises(ValueError, match="already has a migration from 1.0"):
        registry.step(MAP, "1.0", "1.2")(lambda data: data)
    registry.step("journeymapper.atlas", "1.0", "1.1")(lambda data: data)  # other formats are separate


def test_registering_with_a_malformed_version_raises():
    with pytest.raises(ValueError, match="MAJOR.MINOR"):
        MigrationRegistry().step(MAP, "1", "1.1")


# --- through parse_document, with the real map format ------------------------------------


OLD_0_8 = {
    "format": MAP,
    "version": "0.8",
    "id": "map-old",
    "name": "Onboarding (from 0.8)",
    "rows": [{"id": "lane-1", "kind": "touchpoints", "title": "Touchpoints"}],
    "stages": [{"id": "stage-1", "name": "Sign up"}],
    "cards": [{"id": "card-1", "row": "lane-1", "stage": "stage-1", "text": "Form"}],
}
"""A stored file of an (imagined) format 0.8: ``name`` for the title, rows instead of lanes."""


def old_registry() -> MigrationRegistry:
    registry = MigrationRegistry()

    @registry.step(MAP, "0.8", "0.9")
    def title_not_name(data):
        data["title"] = data.pop("name")
        return data

    @registry.step(MAP, "0.9", "1.0")
    def lanes_not_rows(data):
        data["lanes"] = data.pop("rows")
        data["cards"] = [{**{k: v for k, v in c.items() if k != "row"}, "lane": c["row"]} for c in data["cards"]]
        return data

    return registry


def _raw(data) -> bytes:
    return json.dumps(data).encode()


def test_an_old_file_is_migrated_when_loaded():
    global_steps = copy.deepcopy(MIGRATIONS.steps)
    loaded = parse_document(_raw(OLD_0_8), "old.journey", MAP_FORMAT, registry=old_registry())
    assert loaded.version == Version(0, 8) and loaded.migrated
    journey = loaded.document
    assert journey.title == "Onboarding (from 0.8)"
    assert [lane.id for lane in journey.lanes] == ["lane-1"]
    assert journey.cards[0].lane == "lane-1"
    assert journey.model_extra == {} and journey.cards[0].model_extra == {}
    saved = json.loads(serialize_document(MAP_FORMAT, journey))
    assert saved["version"] == "1.0" and "rows" not in saved
    assert MIGRATIONS.steps == global_steps, "tests must not register into the application's registry"


def test_a_file_of_an_intermediate_version_runs_only_the_rest_of_the_chain():
    data = {**OLD_0_8, "version": "0.9", "title": OLD_0_8["name"]}
    del data["name"]
    loaded = parse_document(_raw(data), "old.journey", registry=old_registry())
    assert loaded.version == Version(0, 9) and loaded.document.title == "Onboarding (from 0.8)"


def test_an_old_file_without_a_migration_is_refused_naming_its_version():
    data = {**OLD_0_8, "version": "0.5"}
    with pytest.raises(DocumentError) as caught:
        parse_document(_raw(data), "ancient.journey", registry=old_registry())
    assert caught.value.lines() == [
        "ancient.journey: version: no migration of journeymapper.map from version 0.5 to 1.0"
    ]


def test_a_chain_with_a_gap_is_refused_naming_the_gap():
    registry = MigrationRegistry()
    registry.step(MAP, "0.8", "0.9")(lambda data: data)
    with pytest.raises(DocumentError, match="from version 0.9 to 1.0"):
        parse_document(_raw(OLD_0_8), "old.journey", registry=registry)


def test_the_application_registry_refuses_old_files_it_cannot_migrate():
    with pytest.raises(DocumentError, match="version: no migration"):
        parse_document(_raw(OLD_0_8), "old.journey")


def test_a_migrated_file_is_still_checked():
    data = copy.deepcopy(OLD_0_8)
    data["cards"][0]["stage"] = "stage-gone"
    with pytest.raises(DocumentError) as caught:
        parse_document(_raw(data), "old.journey", registry=old_registry())
    assert [p.location for p in caught.value.problems] == ["cards[0].stage"]


def test_an_old_file_a_step_cannot_handle_is_a_document_error():
    """A hand-edited old file may lack what a step expects; that is bad input, not a crash."""
    data = copy.deepcopy(OLD_0_8)
    del data["name"]
    with pytest.raises(DocumentError) as caught:
        parse_document(_raw(data), "old.journey", registry=old_registry())
    assert caught.value.problems[0].location == "version"
    assert "0.8" in caught.value.lines()[0]


def test_a_current_file_runs_no_step():
    def fail(data):
        raise AssertionError("a step ran on a current file")

    registry = MigrationRegistry()
    registry.step(MAP, "1.0", "1.1")(fail)
    data = serialize_document(MAP_FORMAT, make_map())
    loaded = parse_document(data, "current.journey", registry=registry)
    assert loaded.version == Version(1, 0) and not loaded.migrated
