"""The atlas index: per-map metadata, broken and stale maps, locks, unlisted maps, the cache, no writes."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from test_atlas_support import edit_document, example_copy, recording, snapshot

from journeymapper.atlas import AtlasIndex, AtlasSettings, MetadataCache, check_links
from journeymapper.store import DocumentError
from journeymapper.store.locks import Identity, acquire

TODAY = date(2026, 11, 22)


def test_each_entry_carries_the_metadata_read_from_its_map(tmp_path: Path) -> None:
    index = AtlasIndex.open(example_copy(tmp_path), today=TODAY)
    current, future, support = index.entries
    assert current.title == "Broadband customer lifecycle: current state"
    assert current.group == "Lifecycle" and current.tags == ("current", "residential")
    assert current.personas == ("Maya Okafor", "Ron Whitfield")
    assert (current.state, future.state) == ("current", "future")
    assert (current.stages, current.cards) == (6, 66)
    assert (current.open_actions, current.overdue_actions) == (6, 3)
    assert current.owner == "Joanna Pike (CX lead)"
    assert current.last_change == datetime(2026, 11, 10, 16, 45, tzinfo=timezone.utc)
    assert current.review_by == date(2026, 10, 31)
    assert current.stale == "review date 2026-10-31 has passed"
    assert future.stale is None and support.stale is None
    assert all(info.problem is None and info.opened_by is None for info in index.entries)
    assert [d.link for d in current.meta.drilldowns] == ["support-call.journey"] * 3
    assert "Priya Shah (Billing)" in index.owners()


def test_overdue_and_stale_follow_the_injected_day_and_setting(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    early = AtlasIndex.open(atlas_file, today=date(2026, 9, 1))
    assert early.entries[0].overdue_actions == 0 and early.entries[0].stale is None
    late = AtlasIndex.open(atlas_file, today=date(2026, 12, 1), settings=AtlasSettings(stale_days=30))
    assert late.entries[2].stale == "not changed for 60 days"


def test_broken_entries_say_why(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    (root / "support-call.journey").unlink()
    (root / "lifecycle-future.journey").write_text('{"format": "journeymapper.map", "version": "1.0", "id": 3}')
    index = AtlasIndex.open(atlas_file, today=TODAY)
    current, future, support = index.entries
    assert current.problem is None
    assert support.broken == "missing (no such file)"
    assert future.broken.startswith("invalid: id: Input should be a valid string")
    problems = [p.line() for p in check_links(index) if not p.warning]
    assert "broadband.atlas: entries[2].path: 'support-call.journey': missing (no such file)" in problems
    assert "lifecycle.journey: stages[4].drilldown: 'support-call.journey': missing (no such file)" in problems


def test_a_damaged_atlas_raises_the_document_error(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    atlas_file.write_text("{ not json")
    with pytest.raises(DocumentError) as caught:
        AtlasIndex.open(atlas_file)
    assert "line 1, column 3" in str(caught.value)


def test_who_has_a_map_open_comes_from_its_lock(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    acquire(atlas_file.parent / "support-call.journey", identity=Identity("ana", "laptop-7", 4242), settle=0)
    (atlas_file.parent / ".~lock.lifecycle.journey#").write_text("")
    index = AtlasIndex.open(atlas_file, today=TODAY)
    assert index.entries[2].opened_by == "ana on laptop-7"
    assert index.entries[0].opened_by == "someone (unreadable lock)"
    assert index.entries[1].opened_by is None


def test_unlisted_maps_are_offered_and_side_files_ignored(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    map_bytes = (root / "support-call.journey").read_bytes()
    for name in ("extra.journey", "sub/deep.journey", "Lifecycle.journey.copy/x.journey"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(map_bytes)
    for name in ("extra.journey.bak", "extra.journey.v0.9.bak", ".~lock.extra.journey#", ".extra.journey.tmp-1a2b",
                 "lifecycle.journey.history/snap.journey", ".hidden/x.journey", "notes.txt", "other.atlas",
                 "a/b/c/d/e/f/too-deep.journey"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(map_bytes)
    index = AtlasIndex.open(atlas_file, today=TODAY)
    assert index.unlisted() == ["Lifecycle.journey.copy/x.journey", "extra.journey", "sub/deep.journey"]
    warnings = [p.line() for p in check_links(index) if p.warning]
    assert "warning: extra.journey: not in the atlas (add it with: journeymapper atlas add)" in warnings


def test_opening_never_writes_to_the_atlas_folder(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    os.utime(atlas_file, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = snapshot(root)
    for _ in range(2):  # cold, then warm
        index = AtlasIndex.open(atlas_file, today=TODAY)
        check_links(index)
        index.unlisted()
    assert snapshot(root) == before


def _map_opens(recorder) -> list[str]:  # noqa: ANN001
    return [Path(p).name for p in recorder.opens if p.endswith(".journey")]


def test_a_second_open_reads_no_map_and_a_touched_map_is_read_again(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    with recording() as cold:
        first = AtlasIndex.open(atlas_file, today=TODAY)
    assert sorted(_map_opens(cold)) == sorted(["lifecycle.journey", "lifecycle-future.journey", "support-call.journey"])
    cache_file = MetadataCache(atlas_file).file
    assert cache_file.is_file() and not cache_file.is_relative_to(atlas_file.parent)
    assert cache_file.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))

    with recording() as warm:
        second = AtlasIndex.open(atlas_file, today=TODAY)
        shown = [i.meta for i in second.entries]  # decoded from the cache when first asked for
    assert _map_opens(warm) == [] and second.maps_read == 0
    assert not any(p.endswith(".atlas") for p in warm.opens)  # the atlas's entries come from the cache too
    assert second.cache.hits == 3 and second.cache.misses == 0
    assert shown == [i.meta for i in first.entries]

    touched = atlas_file.parent / "lifecycle-future.journey"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 1_000_000))
    with recording() as after_touch:
        AtlasIndex.open(atlas_file, today=TODAY)
    assert _map_opens(after_touch) == ["lifecycle-future.journey"]

    edit_document(atlas_file.parent / "support-call.journey", lambda m: setattr(m, "title", "Renamed call"))
    with recording() as changed:
        third = AtlasIndex.open(atlas_file, today=TODAY)
    assert _map_opens(changed) == ["support-call.journey"]
    assert third.entries[2].title == "Renamed call"


def test_a_corrupt_cache_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    AtlasIndex.open(atlas_file, today=TODAY)
    cache_file = MetadataCache(atlas_file).file
    good = cache_file.read_bytes()
    header = json.loads(good.split(b"\n")[0])
    foreign = dict(header, atlas=str(tmp_path / "other.atlas"))
    older = dict(header, version=1)
    for garbage in (b"\x00\xff garbage", b"", good[: len(good) // 2], good + b"[]\n",
                    json.dumps(foreign).encode() + good[good.index(b"\n"):],
                    json.dumps(older).encode() + good[good.index(b"\n"):],
                    b'{"format": "journeymapper.atlas-cache", "version": 2, "maps": []}\n'):
        cache_file.write_bytes(garbage)
        index = AtlasIndex.open(atlas_file, today=TODAY)
        assert index.maps_read == 3, garbage[:40]
        assert index.entries[0].title.startswith("Broadband")
        assert cache_file.read_bytes() == good


def test_a_damaged_metadata_line_reads_its_map_again_and_is_mended(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    AtlasIndex.open(atlas_file, today=TODAY)
    cache_file = MetadataCache(atlas_file).file
    header, first, rest = cache_file.read_bytes().split(b"\n", 2)
    assert b",6,66," in first  # [map_id, title, state, owner, personas, persona_ids, stages, cards, ...]
    for damaged in (first.replace(b",6,66,", b',6,"",'), b"[" + b" " * (len(first) - 2) + b"]"):
        assert len(damaged) == len(first)  # the file's length is checked at open: this damage gets past it
        cache_file.write_bytes(b"\n".join([header, damaged, rest]))
        index = AtlasIndex.open(atlas_file, today=TODAY)
        assert index.maps_read == 0  # the line is decoded when first asked for...
        assert index.entries[0].cards == 66
        assert index.maps_read == 1 and index.cache.misses == 1  # ...found damaged, and its map read
        again = AtlasIndex.open(atlas_file, today=TODAY)
        assert again.entries[0].cards == 66 and again.maps_read == 0  # the cache file was mended


def test_scan_reports_progress_and_can_stop(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    seen: list[tuple[int, int]] = []
    index = AtlasIndex.open(atlas_file, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    index.refresh(cancelled=lambda: True)
    assert len(index.entries) == 1
