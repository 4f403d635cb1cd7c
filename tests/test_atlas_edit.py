"""Editing an atlas: moves keep every link and carry side files; relink repairs; nothing is lost by accident."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_atlas_support import EXAMPLE_MAPS, edit_document, example_copy, snapshot

from journeymapper.atlas import AtlasEditError, AtlasEditor, AtlasIndex, check_links
from journeymapper.model import MapState
from journeymapper.store import ConflictError, load_atlas, load_map
from journeymapper.store.locks import Identity, acquire

TODAY = date(2026, 11, 22)


def _drilldowns(path: Path) -> set[str]:
    journey = load_map(path)
    return {s.drilldown for s in journey.stages if s.drilldown} | {c.drilldown for c in journey.cards if c.drilldown}


def _problems(atlas_file: Path) -> list[str]:
    return [p.line() for p in check_links(AtlasIndex.open(atlas_file, today=TODAY)) if not p.warning]


def test_moving_a_map_keeps_the_entry_and_other_maps_drilldowns_and_carries_side_files(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    old = root / "support-call.journey"
    (root / "support-call.journey.bak").write_bytes(old.read_bytes())
    (root / "support-call.journey.v0.9.bak").write_bytes(b"old format")
    (root / "support-call.journey.history").mkdir()
    (root / "support-call.journey.history" / "workshop.journey").write_bytes(old.read_bytes())
    content = load_map(old)

    report = AtlasEditor.open(atlas_file).move("support-call.journey", "support/call.journey")

    new = root / "support" / "call.journey"
    assert report.problems == []
    assert not old.exists() and load_map(new) == content
    assert (root / "support" / "call.journey.bak").is_file()
    assert (root / "support" / "call.journey.v0.9.bak").read_bytes() == b"old format"
    assert (root / "support" / "call.journey.history" / "workshop.journey").is_file()
    assert not (root / "support-call.journey.history").exists()
    assert [e.path for e in load_atlas(atlas_file).entries][2] == "support/call.journey"
    assert (root / "broadband.atlas.bak").is_file()  # saved through the safe save
    for name in ("lifecycle.journey", "lifecycle-future.journey"):
        assert _drilldowns(root / name) == {"support/call.journey"}
        assert (root / f"{name}.bak").is_file()
    assert _problems(atlas_file) == []


def test_moving_a_paired_map_to_another_folder_rewrites_the_pair_and_its_own_links(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    AtlasEditor.open(atlas_file).move("lifecycle.journey", "archive/lifecycle-2026.journey")
    atlas = load_atlas(atlas_file)
    assert atlas.pairs[0].current == "archive/lifecycle-2026.journey"
    assert _drilldowns(root / "archive" / "lifecycle-2026.journey") == {"../support-call.journey"}
    assert _problems(atlas_file) == []


def test_a_move_that_only_changes_letter_case_works(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    AtlasEditor.open(atlas_file).move("support-call.journey", "Support-Call.journey")
    assert (atlas_file.parent / "Support-Call.journey").is_file()
    assert _problems(atlas_file) == []


def test_a_move_is_refused_while_someone_has_the_map_open_and_nothing_changes(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    acquire(root / "support-call.journey", identity=Identity("ana", "laptop-7", 4242), settle=0)
    before = snapshot(root)
    with pytest.raises(AtlasEditError) as refused:
        AtlasEditor.open(atlas_file).move("support-call.journey", "support/call.journey")
    assert "support-call.journey is open in JourneyMapper by ana on laptop-7" in refused.value.lines[0]
    assert snapshot(root) == before


def test_a_move_is_refused_while_a_map_whose_links_change_is_open(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    acquire(atlas_file.parent / "lifecycle-future.journey", identity=Identity("bo", "pc", 7), settle=0)
    with pytest.raises(AtlasEditError, match="lifecycle-future.journey is open"):
        AtlasEditor.open(atlas_file).move("support-call.journey", "support/call.journey")
    report = AtlasEditor.open(atlas_file).move("support-call.journey", "support/call.journey", force=True)
    assert report.problems == []


@pytest.mark.parametrize(
    "new, reason",
    [
        ("lifecycle.journey", "already exists"),
        ("../elsewhere.journey", "leaves the atlas's folder"),
        ("//host/share/x.journey", "network (UNC) path"),
        ("support/call.txt", "must end in .journey"),
        ("support/call.journey.bak", "must end in .journey"),
    ],
)
def test_a_move_to_a_bad_place_is_refused(tmp_path: Path, new: str, reason: str) -> None:
    atlas_file = example_copy(tmp_path)
    before = snapshot(atlas_file.parent)
    with pytest.raises(AtlasEditError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        AtlasEditor.open(atlas_file).move("support-call.journey", new)
    assert snapshot(atlas_file.parent) == before


def test_a_broken_link_is_found_and_repaired_with_relink(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    (root / "help").mkdir()
    (root / "support-call.journey").rename(root / "help" / "support.journey")  # moved outside the app
    problems = _problems(atlas_file)
    assert "broadband.atlas: entries[2].path: 'support-call.journey': missing (no such file)" in problems
    assert len(problems) == 1 + 3 + 3  # the entry and three drill-downs in each lifecycle map

    report = AtlasEditor.open(atlas_file).relink("support-call.journey", root / "help" / "support.journey")
    assert report.problems == []
    assert load_atlas(atlas_file).entries[2].path == "help/support.journey"
    assert _drilldowns(root / "lifecycle.journey") == {"help/support.journey"}
    assert _problems(atlas_file) == []


def test_relink_refuses_a_file_outside_the_folder_or_not_a_map(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    outside = tmp_path / "outside.journey"
    outside.write_bytes((atlas_file.parent / "support-call.journey").read_bytes())
    editor = AtlasEditor.open(atlas_file)
    with pytest.raises(AtlasEditError, match="not inside the atlas's folder"):
        editor.relink("support-call.journey", outside)
    (atlas_file.parent / "notes.journey").write_text("{}")
    with pytest.raises(AtlasEditError, match="notes.journey"):
        editor.relink("support-call.journey", atlas_file.parent / "notes.journey")


def test_add_stores_relative_slash_paths_and_refuses_what_does_not_belong(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    (root / "sub").mkdir()
    for name in ("extra.journey", "sub/deep.journey"):
        (root / name).write_bytes((root / "support-call.journey").read_bytes())
    outside = tmp_path / "outside.journey"
    outside.write_bytes((root / "support-call.journey").read_bytes())
    (root / "notes.journey").write_text("not json")

    report = AtlasEditor.open(atlas_file).add(
        [root / "extra.journey", root / "sub" / "deep.journey", outside, root / "lifecycle.journey",
         root / "notes.journey"], group="Extras", tags=["new"])
    assert report.done == ["added extra.journey", "added sub/deep.journey"]
    assert len(report.problems) == 3
    assert "not inside the atlas's folder" in report.problems[0]
    assert "already in the atlas" in report.problems[1]
    assert report.problems[2].startswith(str(root / "notes.journey"))
    entries = load_atlas(atlas_file).entries
    assert [(e.path, e.group, e.tags) for e in entries[3:]] == [
        ("extra.journey", "Extras", ["new"]), ("sub/deep.journey", "Extras", ["new"])]
    assert AtlasIndex.open(atlas_file).unlisted() == ["notes.journey"]


def test_create_a_new_map_in_the_atlas(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    editor = AtlasEditor.open(atlas_file)
    file = editor.create_map("onboarding/new.journey", "Onboarding", group="New", state=MapState.FUTURE,
                             persona_ids=["persona-maya"])
    journey = load_map(file)
    assert journey.title == "Onboarding" and journey.state is MapState.FUTURE
    assert [s.name for s in journey.stages] == ["Aware", "Consider", "Buy", "Use", "Get help"]
    assert len(journey.lanes) == 5 and journey.cards == []
    assert [p.id for p in journey.personas] == ["persona-maya"]
    assert load_atlas(atlas_file).entries[-1].path == "onboarding/new.journey"
    with pytest.raises(AtlasEditError, match="already exists"):
        editor.create_map("onboarding/new.journey")
    with pytest.raises(AtlasEditError, match="not a persona"):
        editor.create_map("other.journey", persona_ids=["persona-nobody"])


def test_duplicate_is_a_new_map_with_the_inner_ids_kept(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    original = load_map(root / "lifecycle.journey")
    file = AtlasEditor.open(atlas_file).duplicate("lifecycle.journey", "copies/lifecycle.journey")
    copy = load_map(file)
    assert copy.id != original.id
    assert [c.id for c in copy.cards] == [c.id for c in original.cards]
    assert copy.title == original.title + " (copy)"
    assert _drilldowns(file) == {"../support-call.journey"}
    entries = load_atlas(atlas_file).entries
    assert entries[1].path == "copies/lifecycle.journey" and entries[1].group == "Lifecycle"
    assert _problems(atlas_file) == []


def test_removing_an_entry_never_deletes_the_file_unless_asked(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    editor = AtlasEditor.open(atlas_file)
    editor.remove("lifecycle-future.journey")
    atlas = load_atlas(atlas_file)
    assert [e.path for e in atlas.entries] == ["lifecycle.journey", "support-call.journey"]
    assert atlas.pairs == []
    assert (root / "lifecycle-future.journey").is_file()
    report = editor.remove("support-call.journey", delete_file=True)
    assert not (root / "support-call.journey").exists()
    assert report.done == ["removed support-call.journey from the atlas", "deleted support-call.journey"]


def test_group_tags_and_pairs(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    editor = AtlasEditor.open(atlas_file)
    editor.set_group("support-call.journey", "Help")
    editor.set_tags("support-call.journey", ["support", " detail ", "support", ""])
    editor.pair("support-call.journey", "lifecycle-future.journey")
    atlas = load_atlas(atlas_file)
    assert (atlas.entries[2].group, atlas.entries[2].tags) == ("Help", ["support", "detail"])
    assert [(p.current, p.future) for p in atlas.pairs] == [("support-call.journey", "lifecycle-future.journey")]
    editor.unpair("support-call.journey")
    assert load_atlas(atlas_file).pairs == []
    with pytest.raises(AtlasEditError, match="own future state"):
        editor.pair("lifecycle.journey", "./lifecycle.journey")
    with pytest.raises(AtlasEditError, match="not an entry"):
        editor.set_group("nowhere.journey", "x")


def test_an_atlas_changed_by_a_colleague_is_not_overwritten(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    editor = AtlasEditor.open(atlas_file)
    edit_document(atlas_file, lambda atlas: setattr(atlas, "title", "Changed elsewhere"))
    with pytest.raises(ConflictError):
        editor.set_group("lifecycle.journey", "Mine")
    with pytest.raises(ConflictError):
        editor.move("support-call.journey", "support/call.journey")
    assert load_atlas(atlas_file).title == "Changed elsewhere"
    assert (atlas_file.parent / "support-call.journey").is_file()
    assert json.loads(atlas_file.read_text())["entries"][0]["group"] == "Lifecycle"


def test_every_example_map_survives_a_round_of_moves(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    editor = AtlasEditor.open(atlas_file)
    for name in EXAMPLE_MAPS:
        editor.move(name, f"moved/{name}")
    for name in EXAMPLE_MAPS:
        editor.move(f"moved/{name}", name)
    assert _problems(atlas_file) == []
    assert _drilldowns(atlas_file.parent / "lifecycle.journey") == {"support-call.journey"}
