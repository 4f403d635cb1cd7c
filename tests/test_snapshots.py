"""Named snapshots in NAME.history/: hostile names, same-second snapshots, damaged files, moves."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from journeymapper.atlas.edit import AtlasEditor
from journeymapper.model import Atlas, AtlasEntry, JourneyMap
from journeymapper.store import DocumentError, load_map, save
from journeymapper.store.sidefiles import history_dir
from journeymapper.store.snapshots import (
    METADATA_KEY,
    MAX_NAME_LENGTH,
    SnapshotError,
    create_snapshot,
    delete_snapshot,
    list_snapshots,
    load_snapshot,
    rename_snapshot,
)
from journeymapper.store import snapshots as snapshots_module
from journeymapper.store.snapshots import MAX_AUTOMATIC_SNAPSHOTS
from tests.factories import make_map

MOMENT = datetime(2026, 11, 22, 15, 30, 5, tzinfo=timezone.utc)


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "onboarding.journey"
    save(path, make_map())
    return path


def test_a_snapshot_restores_the_exact_earlier_model(map_file: Path) -> None:
    earlier = load_map(map_file)
    snapshot = create_snapshot(map_file, earlier, "after workshop 2 with billing team", author="ana")
    assert snapshot.path.parent == history_dir(map_file)
    assert (snapshot.name, snapshot.author, snapshot.automatic, snapshot.damaged) == (
        "after workshop 2 with billing team", "ana", False, False)
    later = earlier.model_copy(deep=True)
    later.cards[0].text = "changed afterwards"
    later.title = "later"
    save(map_file, later)
    restored = load_snapshot(list_snapshots(map_file)[0])
    assert restored == earlier
    assert METADATA_KEY not in (restored.model_extra or {})


def test_a_snapshot_is_a_normal_map_file(map_file: Path) -> None:
    journey = load_map(map_file)
    snapshot = create_snapshot(map_file, journey, "plain")
    assert load_map(snapshot.path).cards == journey.cards  # opens like any map


def test_list_is_newest_first_with_metadata(map_file: Path) -> None:
    journey = load_map(map_file)
    create_snapshot(map_file, journey, "first", taken=datetime(2026, 1, 1, tzinfo=timezone.utc))
    create_snapshot(map_file, journey, "before import", automatic=True, taken=datetime(2026, 3, 1, tzinfo=timezone.utc))
    create_snapshot(map_file, journey, "second", taken=datetime(2026, 2, 1, tzinfo=timezone.utc))
    listed = list_snapshots(map_file)
    assert [s.name for s in listed] == ["before import", "second", "first"]
    assert [s.automatic for s in listed] == [True, False, False]
    assert listed[0].taken == datetime(2026, 3, 1, tzinfo=timezone.utc)
    assert all(s.author for s in listed)  # the user's name by default


@pytest.mark.parametrize(
    "name",
    [
        "../../escape",
        "..\\..\\windows escape",
        "/etc/passwd",
        "CON",
        "a" * MAX_NAME_LENGTH,
        "naïve café — 日本語 🙂",
        'quotes " and \\ backslash',
        ".hidden",
        "line\nbreak\tand tab",
        "*?<>|:",
    ],
)
def test_hostile_names_stay_inside_the_history_folder(map_file: Path, name: str) -> None:
    journey = load_map(map_file)
    snapshot = create_snapshot(map_file, journey, name)
    assert snapshot.path.parent == history_dir(map_file)
    assert not snapshot.path.name.startswith(".")
    assert len(snapshot.path.name) < 100
    assert sorted(p.name for p in map_file.parent.iterdir()) == ["onboarding.journey", "onboarding.journey.history"]
    (listed,) = list_snapshots(map_file)
    assert listed.name == " ".join(name.split())
    assert load_snapshot(listed) == journey


@pytest.mark.parametrize("name", ["", "   ", "\n\t", "a" * (MAX_NAME_LENGTH + 1)])
def test_empty_or_too_long_names_are_refused_and_nothing_is_written(map_file: Path, name: str) -> None:
    with pytest.raises(ValueError):
        create_snapshot(map_file, load_map(map_file), name)
    assert not history_dir(map_file).exists()


def test_two_snapshots_taken_in_the_same_second_both_survive(map_file: Path) -> None:
    journey = load_map(map_file)
    first = create_snapshot(map_file, journey, "same name", taken=MOMENT, author="ana")
    other = journey.model_copy(deep=True)
    other.title = "the other user's version"
    second = create_snapshot(map_file, other, "same name", taken=MOMENT, author="bo")
    assert first.path != second.path
    listed = list_snapshots(map_file)
    assert sorted(s.author for s in listed) == ["ana", "bo"]
    assert {load_snapshot(s).title for s in listed} == {journey.title, "the other user's version"}


def test_a_damaged_snapshot_is_listed_as_damaged(map_file: Path) -> None:
    journey = load_map(map_file)
    good = create_snapshot(map_file, journey, "good")
    folder = history_dir(map_file)
    truncated = folder / "20260101T000000.000000Z-truncated-000000000000.journey"
    truncated.write_bytes(good.path.read_bytes()[:200])
    (folder / "garbage.journey").write_bytes(b"\x00\xff not json")
    (folder / "plain-map.journey").write_bytes(map_file.read_bytes())  # a map, but no snapshot information
    (folder / "bad-metadata.journey").write_text('{"format": "journeymapper.map", "version": "1.0", '
                                                 f'"{METADATA_KEY}": {{"name": 3}}}}', encoding="utf-8")
    (folder / ".onboarding.tmp-1234").write_bytes(b"half written")  # a save in progress: not listed
    (folder / "notes.txt").write_text("not a snapshot")
    listed = {s.path.name: s for s in list_snapshots(map_file)}
    assert set(listed) == {good.path.name, truncated.name, "garbage.journey", "plain-map.journey", "bad-metadata.journey"}
    assert not listed[good.path.name].damaged
    for name in (truncated.name, "garbage.journey", "plain-map.journey", "bad-metadata.journey"):
        assert listed[name].damaged and listed[name].problem
    with pytest.raises(DocumentError):
        load_snapshot(listed[truncated.name])


def test_a_listing_sees_a_file_replaced_in_place(map_file: Path) -> None:
    snapshot = create_snapshot(map_file, load_map(map_file), "soon broken")
    assert not list_snapshots(map_file)[0].damaged
    snapshot.path.write_bytes(b"{")
    os.utime(snapshot.path, ns=(1, 1))
    assert list_snapshots(map_file)[0].damaged


def test_delete_removes_only_that_snapshot(map_file: Path) -> None:
    journey = load_map(map_file)
    keep = create_snapshot(map_file, journey, "keep")
    drop = create_snapshot(map_file, journey, "drop")
    delete_snapshot(drop)
    assert [s.name for s in list_snapshots(map_file)] == ["keep"]
    delete_snapshot(drop)  # already gone (a colleague deleted it): fine
    assert keep.path.exists()


def test_no_history_folder_means_no_snapshots(map_file: Path) -> None:
    assert list_snapshots(map_file) == []


def test_a_history_path_that_is_a_file_gives_a_clear_error(map_file: Path) -> None:
    history_dir(map_file).write_text("in the way")
    with pytest.raises(SnapshotError, match="onboarding.journey.history"):
        create_snapshot(map_file, load_map(map_file), "blocked")


def test_moving_a_map_in_the_atlas_carries_its_history(tmp_path: Path) -> None:
    map_file = tmp_path / "billing.journey"
    save(map_file, make_map())
    save(tmp_path / "team.atlas", Atlas(title="team", entries=[AtlasEntry(path="billing.journey")]))
    create_snapshot(map_file, load_map(map_file), "before the move")
    AtlasEditor.open(tmp_path / "team.atlas").move("billing.journey", "renamed/invoices.journey")
    moved = tmp_path / "renamed" / "invoices.journey"
    assert not history_dir(map_file).exists()
    assert [s.name for s in list_snapshots(moved)] == ["before the move"]


def test_damaged_files_are_listed_after_the_usable_ones(map_file: Path) -> None:
    create_snapshot(map_file, load_map(map_file), "old but good", taken=datetime(2020, 1, 1, tzinfo=timezone.utc))
    (history_dir(map_file) / "new-but-broken.journey").write_bytes(b"{")
    assert [s.damaged for s in list_snapshots(map_file)] == [False, True]


def test_fields_from_a_newer_version_survive_a_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "newer.journey"
    raw = make_map().model_dump(mode="json")
    raw["future_field"] = {"kept": [1, 2]}
    raw["cards"][0]["sticker"] = "star"
    journey = JourneyMap.model_validate(raw)
    save(path, journey)
    snapshot = create_snapshot(path, journey, "with unknown fields")
    restored = load_snapshot(snapshot)
    assert restored == journey
    assert restored.model_extra == {"future_field": {"kept": [1, 2]}}


# --- pruning automatic snapshots ----------------------------------------------------------------

def day(number: int) -> datetime:
    return datetime(2026, 1, 1, tzinfo=timezone.utc).replace(day=1 + number % 28, month=1 + number // 28)


def test_only_the_newest_automatic_snapshots_are_kept_and_named_ones_never_pruned(map_file: Path) -> None:
    assert MAX_AUTOMATIC_SNAPSHOTS == 20
    journey = load_map(map_file)
    named = [create_snapshot(map_file, journey, f"workshop {n}", taken=day(n)) for n in range(3)]  # the oldest
    for number in range(3, 3 + MAX_AUTOMATIC_SNAPSHOTS + 5):
        create_snapshot(map_file, journey, f"Before importing {number}.csv", automatic=True, taken=day(number))
        automatic = [s for s in list_snapshots(map_file) if s.automatic]
        assert len(automatic) == min(number - 2, MAX_AUTOMATIC_SNAPSHOTS)
    names = [s.name for s in list_snapshots(map_file) if s.automatic]
    assert names == [f"Before importing {n}.csv" for n in range(27, 7, -1)]  # the newest 20, newest first
    assert [s.path for s in list_snapshots(map_file) if not s.automatic] == [s.path for s in reversed(named)]
    create_snapshot(map_file, journey, "named, taken after", taken=day(40))
    assert len([s for s in list_snapshots(map_file) if s.automatic]) == MAX_AUTOMATIC_SNAPSHOTS  # no pruning


def test_the_snapshot_just_taken_is_kept_whatever_the_clocks_say(map_file: Path) -> None:
    journey = load_map(map_file)
    for number in range(MAX_AUTOMATIC_SNAPSHOTS):  # a colleague's computer, its clock far ahead
        create_snapshot(map_file, journey, f"ahead {number}", automatic=True, taken=day(200 + number))
    mine = create_snapshot(map_file, journey, "mine", automatic=True, taken=day(1))
    kept = [s for s in list_snapshots(map_file) if s.automatic]
    assert len(kept) == MAX_AUTOMATIC_SNAPSHOTS and mine.path in [s.path for s in kept]
    assert "ahead 0" not in [s.name for s in kept]  # the oldest of the others went instead


def test_pruning_touches_only_complete_automatic_snapshot_files(map_file: Path) -> None:
    journey = load_map(map_file)
    old = create_snapshot(map_file, journey, "oldest automatic", automatic=True, taken=day(0))
    folder = history_dir(map_file)
    half_written = folder / "20250101T000000.000000Z-before-importing-x-000000000000.journey"
    half_written.write_bytes(old.path.read_bytes()[:-40])  # a colleague's copy still arriving: marked automatic
    hidden = folder / ".20250101T000000.tmp-1234"
    hidden.write_bytes(old.path.read_bytes())  # an atomic write in progress
    stranger = folder / "notes.txt"
    stranger.write_text("not a snapshot")
    for number in range(1, MAX_AUTOMATIC_SNAPSHOTS + 3):
        create_snapshot(map_file, journey, f"import {number}", automatic=True, taken=day(number))
    assert not old.path.exists()
    assert half_written.exists() and hidden.exists() and stranger.exists()
    assert len([s for s in list_snapshots(map_file) if s.automatic]) == MAX_AUTOMATIC_SNAPSHOTS


def test_a_snapshot_that_cannot_be_deleted_does_not_stop_the_new_one(map_file: Path, monkeypatch) -> None:
    journey = load_map(map_file)
    for number in range(MAX_AUTOMATIC_SNAPSHOTS):
        create_snapshot(map_file, journey, f"import {number}", automatic=True, taken=day(number))

    def refuse(path) -> None:  # noqa: ANN001 - os.remove's signature
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(snapshots_module.os, "remove", refuse)
    taken = create_snapshot(map_file, journey, "import 99", automatic=True, taken=day(99))
    assert taken.path.exists()
    assert len([s for s in list_snapshots(map_file) if s.automatic]) == MAX_AUTOMATIC_SNAPSHOTS + 1  # tried again later
    monkeypatch.undo()
    create_snapshot(map_file, journey, "import 100", automatic=True, taken=day(100))
    assert len([s for s in list_snapshots(map_file) if s.automatic]) == MAX_AUTOMATIC_SNAPSHOTS


# --- renaming ----------------------------------------------------------------------------------


def test_rename_changes_only_the_name_in_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "newer.journey"
    raw = make_map().model_dump(mode="json")
    raw["future_field"] = {"kept": [1, 2]}  # unknown fields survive the rewrite too
    journey = JourneyMap.model_validate(raw)
    save(path, journey)
    snapshot = create_snapshot(path, journey, "first name", author="ana", taken=MOMENT)
    before = load_snapshot(snapshot)
    renamed = rename_snapshot(snapshot, "  after\tworkshop   3 ")
    assert renamed.path == snapshot.path and [s.path for s in list_snapshots(path)] == [snapshot.path]
    assert (renamed.name, renamed.taken, renamed.author, renamed.automatic) == ("after workshop 3", MOMENT, "ana", False)
    assert list_snapshots(path)[0].name == "after workshop 3"  # the listing reads the new name, not a cached one
    assert load_snapshot(renamed) == before == journey
    assert not [n for n in os.listdir(history_dir(path)) if n != snapshot.path.name]  # no temporary left


def test_a_renamed_automatic_snapshot_becomes_named_and_is_never_pruned(map_file: Path) -> None:
    journey = load_map(map_file)
    oldest = create_snapshot(map_file, journey, "Before importing 0.csv", automatic=True, taken=day(0))
    kept = rename_snapshot(oldest, "baseline before the first import")
    assert not kept.automatic and not list_snapshots(map_file)[0].automatic
    for number in range(1, MAX_AUTOMATIC_SNAPSHOTS + 3):
        create_snapshot(map_file, journey, f"Before importing {number}.csv", automatic=True, taken=day(number))
    assert kept.path.exists()
    assert len([s for s in list_snapshots(map_file) if s.automatic]) == MAX_AUTOMATIC_SNAPSHOTS


@pytest.mark.parametrize("name", ["", "   ", "x" * (MAX_NAME_LENGTH + 1)])
def test_a_bad_new_name_is_refused_and_the_file_is_untouched(map_file: Path, name: str) -> None:
    snapshot = create_snapshot(map_file, load_map(map_file), "kept")
    content = snapshot.path.read_bytes()
    with pytest.raises(ValueError):
        rename_snapshot(snapshot, name)
    assert snapshot.path.read_bytes() == content


def test_a_damaged_or_vanished_snapshot_cannot_be_renamed(map_file: Path) -> None:
    good = create_snapshot(map_file, load_map(map_file), "good")
    truncated = history_dir(map_file) / "20260101T000000.000000Z-truncated-000000000000.journey"
    content = good.path.read_bytes()[:200]
    truncated.write_bytes(content)
    damaged = next(s for s in list_snapshots(map_file) if s.damaged)
    with pytest.raises(SnapshotError, match="truncated"):
        rename_snapshot(damaged, "fixed?")
    assert truncated.read_bytes() == content
    delete_snapshot(good)
    with pytest.raises(SnapshotError, match="good"):
        rename_snapshot(good, "gone")
    assert not good.path.exists()
