"""The atlas's fast paths give what the strict ones give: the quick map reader, plain links, the warm cache.

Opening an atlas reads maps with C ``json.loads`` and a few type checks
(atlas/quickread.py) and trusts the cache while files keep their size and
time (atlas/cache.py). These tests hold those shortcuts to the strict
reader's answers, and check that ``atlas check`` still reads every map
strictly.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest
from factories import make_map
from test_atlas_support import example_copy, recording

from journeymapper.atlas import AtlasIndex, MapMeta, MetadataCache, check_links
from journeymapper.atlas.index import _PLAIN_LINKS
from journeymapper.atlas.links import resolve_link
from journeymapper.atlas.metadata import read_meta
from journeymapper.atlas.quickread import NotQuick, quick_fields
from journeymapper.store import MAP_FORMAT, parse_document, serialize_document

sys.path.insert(0, str(Path(__file__).parent / "bench"))
from generate import generate_map  # noqa: E402

TODAY = date(2026, 11, 22)


def strict_meta(raw: bytes) -> MapMeta:
    return MapMeta.of(parse_document(raw, "map.journey", MAP_FORMAT).document)


def as_quick(meta: MapMeta) -> MapMeta:
    """The strict reading as the quick reader reports it (``validated`` is the only difference)."""
    return MapMeta(**{**meta.__dict__, "validated": False})


@pytest.mark.parametrize("seed", range(6))
def test_the_quick_reader_gives_the_strict_readers_metadata(seed: int) -> None:
    journey = generate_map(60, seed=seed, drilldowns=["a.journey", "sub/b.journey", "../c.journey"])
    raw = serialize_document(MAP_FORMAT, journey)
    quick = MapMeta.quick(raw)
    assert quick == as_quick(strict_meta(raw)) and not quick.validated
    assert quick.drilldowns and quick.open_due and quick.modified and quick.personas


def test_the_quick_reader_agrees_on_the_examples_and_the_factory_map(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    raws = [p.read_bytes() for p in sorted(atlas_file.parent.glob("*.journey"))]
    raws.append(serialize_document(MAP_FORMAT, make_map()))
    for raw in raws:
        assert MapMeta.quick(raw) == as_quick(strict_meta(raw))


@pytest.mark.parametrize("raw", [
    b"\xef\xbb\xbf{}",  # a byte-order mark: the strict reader accepts it
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "x": NaN}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "x": Infinity}',
    b"\xff\xfe not utf-8",
    b"[" * 100_000,
    b'{"format": "journeymapper.map", "version": "0.9", "id": "m"}',  # a migration is due
    b'{"format": "journeymapper.atlas", "version": "1.0", "id": "m"}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": 3}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "state": "past"}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "cards": [{"text": "no id"}]}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "stages": ["s"]}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "review_by": "2026-02-30"}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "modified": "2026-01-01T10:00:00"}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "actions": [{"id": "a", "status": "later"}]}',
    b'{"format": "journeymapper.map", "version": "1.0", "id": "m", "personas": [{"name": "no id"}]}',
])
def test_what_the_quick_reader_cannot_vouch_for_goes_to_the_strict_reader(raw: bytes, tmp_path: Path) -> None:
    with pytest.raises(NotQuick):
        quick_fields(raw)
    file = tmp_path / "odd.journey"
    file.write_bytes(raw)
    meta, _ = read_meta(file)
    assert meta.validated  # read strictly: an error naming the place, or (migrated, BOM) the strict metadata
    try:
        expected = strict_meta(raw)
    except Exception as error:  # noqa: BLE001 - the strict reader's DocumentError
        assert meta.error and meta.error.split(" (and ")[0] in str(error)
    else:
        assert meta == expected


def test_a_map_the_quick_reader_lets_through_is_reported_by_atlas_check(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    support = atlas_file.parent / "support-call.journey"
    data = json.loads(support.read_bytes())
    data["cards"][0]["colour"] = "reddish"  # not #RRGGBB: the strict reader refuses it
    support.write_text(json.dumps(data, indent=2))

    index = AtlasIndex.open(atlas_file, today=TODAY)
    assert index.entries[2].problem is None  # the list shows it from its metadata (a display)
    problems = [p.line() for p in check_links(index) if not p.warning]
    assert any(line.startswith("broadband.atlas: entries[2].path: 'support-call.journey': invalid: cards[0].colour")
               for line in problems), problems
    assert index.entries[2].broken.startswith("invalid: cards[0].colour")

    with recording() as second:  # the strict verdict is cached: the list shows it too, no map read again
        again = AtlasIndex.open(atlas_file, today=TODAY)
        assert again.entries[2].broken.startswith("invalid: cards[0].colour")
        check_links(again)
    assert not [p for p in second.opens if p.endswith(".journey")]


def test_the_cli_check_exits_1_for_a_map_invalid_only_to_the_strict_reader(tmp_path: Path, capsys) -> None:
    from journeymapper.cli import main

    atlas_file = example_copy(tmp_path)
    support = atlas_file.parent / "support-call.journey"
    data = json.loads(support.read_bytes())
    data["lanes"][0]["kind"] = "sideways"
    support.write_text(json.dumps(data, indent=2))
    assert main(["atlas", "list", str(atlas_file)]) == 0
    capsys.readouterr()
    assert main(["atlas", "check", str(atlas_file)]) == 1
    assert "support-call.journey': invalid: lanes[0].kind" in capsys.readouterr().out


TRICKY_LINKS = [
    "a.journey", "sub/a.journey", "a b/c d.journey", " a.journey", "é/ü.journey", "x.y.z.journey", "...journey",
    "./a.journey", "a/./b.journey", "a/../b.journey", "../a.journey", "a/..", "..", ".", "a//b.journey", "a/",
    "/abs.journey", "\\\\host\\share\\a.journey", "//host/share/a.journey", "C:/a.journey", "C:a.journey",
    "file:///a.journey", "https://x/a.journey", "a\\b.journey", "a:b.journey", "nul", "con.journey",
    "sub/COM1.txt/a.journey", "lpt9", "console.journey", "contoso/a.journey", "a\tb.journey", "   ", "",
    "a\x7fb.journey", "sub/aux .journey",
]


def test_plain_links_found_in_one_pass_are_exactly_their_own_keys() -> None:
    plain = set(_PLAIN_LINKS.findall("\n".join(TRICKY_LINKS)))
    assert {"a.journey", "sub/a.journey", "console.journey", "contoso/a.journey"} <= plain
    for text in TRICKY_LINKS:
        resolved = resolve_link(text, "team.atlas", Path("/srv/atlas"))
        if text in plain:
            assert resolved.key == text, text
        else:  # the index resolves these one by one: the one pass only has to be on the safe side
            assert resolved.key != text or "\n" in text, text


def test_an_atlas_with_odd_links_opens_the_same_warm_and_cold(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    (atlas_file.parent / "sub").mkdir()
    (atlas_file.parent / "sub" / "extra.journey").write_bytes((atlas_file.parent / "support-call.journey").read_bytes())
    data = json.loads(atlas_file.read_bytes())
    data["entries"] += [{"path": "sub/./extra.journey"}, {"path": "../outside.journey"},
                        {"path": "//host/share/x.journey"}, {"path": "gone.journey"}]
    atlas_file.write_text(json.dumps(data, indent=2))
    cold = AtlasIndex.open(atlas_file, today=TODAY)
    with recording() as warm_paths:
        warm = AtlasIndex.open(atlas_file, today=TODAY)
        shown = [(i.path, i.link.key, i.problem, i.title) for i in warm.entries]
    assert shown == [(i.path, i.link.key, i.problem, i.title) for i in cold.entries]
    assert shown[3][1:] == ("sub/extra.journey", None, "Support call: connection keeps dropping")
    assert "leaves the atlas's folder" in shown[4][2] and "UNC" in shown[5][2] and "missing" in shown[6][2]
    assert not [p for p in warm_paths.paths if "host" in p or "outside" in p]
    assert not [p for p in warm_paths.opens if p.endswith(".journey")]


def test_a_warm_open_reads_only_the_cache_header_and_stats(tmp_path: Path, monkeypatch) -> None:
    atlas_file = example_copy(tmp_path)
    AtlasIndex.open(atlas_file, today=TODAY)
    listed = []
    listdir = os.listdir
    monkeypatch.setattr(os, "listdir", lambda path=".": listed.append(path) or listdir(path))
    with recording() as warm:
        index = AtlasIndex.open(atlas_file, today=TODAY)
    assert [Path(p).name for p in warm.opens] == [MetadataCache(atlas_file).file.name]
    assert listed == []  # the folder's time is unchanged: no lock made or removed since the cache saw it
    assert index.maps_read == 0 and all(i.read.pending for i in index.entries)
    assert index.entries[1].title.startswith("Broadband customer lifecycle: future state")


def test_a_new_lock_is_seen_by_the_next_open_and_an_unchanged_folder_is_not_listed(tmp_path: Path) -> None:
    from journeymapper.store.locks import Identity, acquire

    atlas_file = example_copy(tmp_path)
    AtlasIndex.open(atlas_file, today=TODAY)
    folder = atlas_file.parent
    before = folder.stat().st_mtime_ns
    acquire(folder / "support-call.journey", identity=Identity("ana", "laptop-7", 4242), settle=0)
    os.utime(folder, ns=(before + 10_000_000, before + 10_000_000))  # coarse clocks: make the change visible
    index = AtlasIndex.open(atlas_file, today=TODAY)
    assert index.entries[2].opened_by == "ana on laptop-7"
    with recording() as again:
        assert AtlasIndex.open(atlas_file, today=TODAY).entries[2].opened_by == "ana on laptop-7"
    assert not [p for p in again.opens if p.endswith(".journey")]


def change_cached_atlas(atlas_file: Path, field: str, value: object) -> None:
    """Open the atlas (filling the cache), then change a field of the atlas's entries kept in the cache's header."""
    AtlasIndex.open(atlas_file, today=TODAY)
    cache_file = MetadataCache(atlas_file).file
    header, rest = cache_file.read_bytes().split(b"\n", 1)
    data = json.loads(header)
    data["atlas_file"][field] = value
    cache_file.write_bytes(json.dumps(data).encode() + b"\n" + rest)


def test_a_cache_naming_paths_outside_is_not_trusted(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    change_cached_atlas(atlas_file, "keys", ["../outside.journey", "//host/share/x.journey", "C:/x.journey"])
    with recording() as warm:
        index = AtlasIndex.open(atlas_file, today=TODAY)
    assert not [p for p in warm.paths if "outside" in p or "host" in p or "C:" in p]
    assert [i.problem for i in index.entries] == [None, None, None]


def test_damaged_groups_in_the_cache_are_read_from_the_atlas(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    change_cached_atlas(atlas_file, "kinds", '[["Lifecycle", ["current"]], 5')  # cut short
    index = AtlasIndex.open(atlas_file, today=TODAY)
    assert index.maps_read == 0  # the entries came from the cache...
    assert [(i.group, i.tags) for i in index.entries] == [  # ...their groups, when asked for, from the atlas
        ("Lifecycle", ("current", "residential")), ("Lifecycle", ("future", "residential")),
        ("Support", ("current", "support", "detail"))]
