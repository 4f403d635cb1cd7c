"""The future-state copy: same ids, new map id, state future, saved, and paired in the atlas."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.atlas.edit import AtlasEditor
from journeymapper.atlas.future import FutureStateError, create_future_state, default_future_path, paired_map
from journeymapper.model import Atlas, AtlasEntry, MapState
from journeymapper.store import load_atlas, load_map, save
from journeymapper.store.compare import compare_maps
from journeymapper.store.locks import Identity, acquire
from tests.factories import make_map


def ids(journey, collection: str) -> list[str]:  # noqa: ANN001
    return [item.id for item in getattr(journey, collection)]


@pytest.fixture
def atlas_folder(tmp_path: Path) -> Path:
    save(tmp_path / "billing.journey", make_map())
    save(tmp_path / "other.journey", make_map(stages=1))
    save(tmp_path / "team.atlas", Atlas(title="Team", entries=[AtlasEntry(path="billing.journey"),
                                                               AtlasEntry(path="other.journey")]))
    return tmp_path


def test_the_copy_keeps_ids_and_is_paired_in_the_atlas(atlas_folder: Path) -> None:
    current_file = atlas_folder / "billing.journey"
    current = load_map(current_file)
    target = default_future_path(current_file)
    assert target.name == "billing-future.journey"
    result = create_future_state(current_file, current, target, atlas=AtlasEditor.open(atlas_folder / "team.atlas"))
    future = load_map(target)
    assert future == result.journey
    for collection in ("personas", "stages", "lanes", "cards", "actions"):
        assert ids(future, collection) == ids(current, collection)
    assert future.id != current.id
    assert future.state is MapState.FUTURE
    assert future.title == f"{current.title} (future)"
    assert result.paired_in == atlas_folder / "team.atlas" and result.notes == []
    atlas = load_atlas(atlas_folder / "team.atlas")
    assert [e.path for e in atlas.entries] == ["billing.journey", "other.journey", "billing-future.journey"]
    assert [(p.current, p.future) for p in atlas.pairs] == [("billing.journey", "billing-future.journey")]
    # nothing but the map's own fields differs, so every later change shows up on its own
    differences = compare_maps(current, future).differences
    assert [(d.kind, d.change) for d in differences] == [("map", "changed")]
    assert {f.name for f in differences[0].fields} == {"title", "state", "created", "modified"}


def test_without_an_atlas_the_copy_is_only_saved(atlas_folder: Path) -> None:
    current_file = atlas_folder / "billing.journey"
    result = create_future_state(current_file, load_map(current_file), atlas_folder / "plans" / "next.journey")
    assert result.paired_in is None
    assert load_map(atlas_folder / "plans" / "next.journey").state is MapState.FUTURE
    assert load_atlas(atlas_folder / "team.atlas").pairs == []


def test_a_map_outside_the_atlas_is_not_paired_and_says_why(atlas_folder: Path, tmp_path_factory) -> None:  # noqa: ANN001
    current_file = atlas_folder / "billing.journey"
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "billing-future.journey"
    result = create_future_state(current_file, load_map(current_file), elsewhere,
                                 atlas=AtlasEditor.open(atlas_folder / "team.atlas"))
    assert result.paired_in is None and "outside the atlas" in result.notes[0]
    assert elsewhere.exists()


def test_a_map_the_atlas_does_not_hold_is_saved_without_pairing(tmp_path: Path, atlas_folder: Path) -> None:
    loose = atlas_folder / "loose.journey"
    save(loose, make_map())
    result = create_future_state(loose, load_map(loose), atlas_folder / "loose-future.journey",
                                 atlas=AtlasEditor.open(atlas_folder / "team.atlas"))
    assert result.paired_in is None and result.notes == []
    assert len(load_atlas(atlas_folder / "team.atlas").entries) == 2


def test_refusals_write_nothing(atlas_folder: Path) -> None:
    current_file = atlas_folder / "billing.journey"
    current = load_map(current_file)
    before = current_file.read_bytes()
    with pytest.raises(FutureStateError, match="current map itself"):
        create_future_state(current_file, current, current_file, replace=True)
    with pytest.raises(FutureStateError, match="already exists"):
        create_future_state(current_file, current, atlas_folder / "other.journey")
    with pytest.raises(FutureStateError, match=r"\.journey"):
        create_future_state(current_file, current, atlas_folder / "future.txt")
    acquire(atlas_folder / "other.journey", identity=Identity("bo", "bo-pc", 1), settle=0)
    with pytest.raises(FutureStateError, match="open in JourneyMapper by bo"):
        create_future_state(current_file, current, atlas_folder / "other.journey", replace=True)
    assert current_file.read_bytes() == before
    assert load_map(atlas_folder / "other.journey").state is MapState.CURRENT


def test_default_path_does_not_take_an_existing_file(atlas_folder: Path) -> None:
    save(atlas_folder / "billing-future.journey", make_map())
    assert default_future_path(atlas_folder / "billing.journey").name == "billing-future-2.journey"


def test_drilldowns_still_name_the_same_files_from_another_folder(tmp_path: Path) -> None:
    current = make_map()
    current.stages[0].drilldown = "detail/buy.journey"
    source = tmp_path / "billing.journey"
    save(source, current)
    result = create_future_state(source, current, tmp_path / "future" / "billing.journey")
    assert result.journey.stages[0].drilldown == "../detail/buy.journey"


def test_the_atlas_names_each_map_of_a_pair(atlas_folder: Path) -> None:
    current_file = atlas_folder / "billing.journey"
    target = atlas_folder / "billing-future.journey"
    create_future_state(current_file, load_map(current_file), target, atlas=AtlasEditor.open(atlas_folder / "team.atlas"))
    atlas_file = atlas_folder / "team.atlas"
    assert paired_map(atlas_file, current_file) == (target, MapState.FUTURE)
    assert paired_map(atlas_file, target) == (current_file, MapState.CURRENT)
    assert paired_map(atlas_file, atlas_folder / "other.journey") is None
    assert paired_map(atlas_folder / "missing.atlas", current_file) is None
