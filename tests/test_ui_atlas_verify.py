"""The atlas dock verifies its maps strictly in the background: damaged ones turn Broken, once per change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import make_map

from journeymapper.atlas import AtlasIndex
from journeymapper.model import Atlas, AtlasEntry
from journeymapper.store import save
from journeymapper.ui import atlas_verify
from journeymapper.ui.atlas_dock import AtlasDock
from journeymapper.ui.atlas_model import FLAGS_COLUMN, PROBLEM_ROLE


def write_atlas(folder: Path, names: list[str], dangling: str = "") -> Path:
    """An atlas of valid maps ``names``; ``dangling`` (one of them) has card 12 in a lane that does not exist,
    which the quick reader lets through."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        journey = make_map(images=False)
        save(folder / name, journey.model_copy(update={"title": name}))
        if name == dangling:
            data = json.loads((folder / name).read_text(encoding="utf-8"))
            data["cards"][12]["lane"] = "no-such-lane"
            (folder / name).write_text(json.dumps(data), encoding="utf-8")
    atlas = folder / "work.atlas"
    save(atlas, Atlas(id="atlas-verify", title=folder.name, entries=[AtlasEntry(path=name) for name in names]))
    return atlas


@pytest.fixture
def dock(qtbot, tmp_path: Path) -> AtlasDock:
    dock = AtlasDock(cache_folder=tmp_path / "cache")
    qtbot.addWidget(dock)
    return dock


def open_and_verify(qtbot, dock: AtlasDock, atlas: Path) -> int:
    """Open ``atlas`` in the dock, wait for the list and then for the verification; returns the maps verified."""
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.open_atlas(atlas)
    if not dock.verifier.running:
        return dock.verifier.verified
    with qtbot.waitSignal(dock.verifier.finished, timeout=10000) as finished:
        pass
    return finished.args[0]


def row(dock: AtlasDock, entry: str):
    item = dock.model.row_of(entry)
    assert item is not None, f"{entry} not listed"
    return item


def test_a_map_with_a_dangling_lane_turns_broken_with_the_place(qtbot, dock, tmp_path):
    atlas = write_atlas(tmp_path / "maps", ["good.journey", "bad.journey"], dangling="bad.journey")
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.open_atlas(atlas)
    assert row(dock, "bad.journey").data(PROBLEM_ROLE) is None  # the quick reader let it through
    dock.select_entry("bad.journey")
    assert not dock.problem_bar.isVisibleTo(dock)

    with qtbot.waitSignal(dock.verifier.finished, timeout=10000) as finished:
        pass
    assert finished.args == [2]
    bad = row(dock, "bad.journey")
    assert "cards[12].lane" in bad.data(PROBLEM_ROLE) and "no-such-lane" in bad.data(PROBLEM_ROLE)
    flags = bad.parent().child(bad.row(), FLAGS_COLUMN)
    assert flags.text().startswith("Broken: invalid: cards[12].lane")
    assert row(dock, "good.journey").data(PROBLEM_ROLE) is None
    assert dock.problem_bar.isVisibleTo(dock) and "cards[12].lane" in dock.problem_label.text()  # still selected


def test_a_second_open_with_nothing_changed_verifies_nothing(qtbot, dock, tmp_path):
    atlas = write_atlas(tmp_path / "maps", ["good.journey", "bad.journey", "other.journey"], dangling="bad.journey")
    assert open_and_verify(qtbot, dock, atlas) == 3

    assert open_and_verify(qtbot, dock, atlas) == 0  # a new scan, a new index: the verdicts come from the cache
    assert dock.index is not None and dock.index.maps_read == 0  # nothing read strictly, nor at all
    assert "cards[12].lane" in row(dock, "bad.journey").data(PROBLEM_ROLE)  # the cached verdict, shown at once

    data = json.loads((tmp_path / "maps" / "other.journey").read_text(encoding="utf-8"))
    data["title"] = "Changed"
    (tmp_path / "maps" / "other.journey").write_text(json.dumps(data), encoding="utf-8")
    assert open_and_verify(qtbot, dock, atlas) == 1  # only the changed map


def test_opening_another_atlas_stops_the_verification(qtbot, dock, tmp_path, monkeypatch):
    monkeypatch.setattr(atlas_verify, "BATCH_SECONDS", 0.0)  # one map per batch
    names = [f"map-{number:02}.journey" for number in range(12)]
    first = write_atlas(tmp_path / "first", names)
    second = write_atlas(tmp_path / "second", ["one.journey"], dangling="one.journey")
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.open_atlas(first)
    assert dock.verifier.running
    ended: list[int] = []
    dock.verifier.finished.connect(ended.append)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.open_atlas(second)  # at once: the verification of the first stops after the map it is reading
        assert not dock.verifier.running and len(ended) == 1 and ended[0] < len(names)
    with qtbot.waitSignal(dock.verifier.finished, timeout=10000):
        pass
    assert dock.verifier.index is dock.index and dock.verifier.verified == 1
    assert "cards[12].lane" in row(dock, "one.journey").data(PROBLEM_ROLE)
    unverified = AtlasIndex.open(first, cache_folder=tmp_path / "cache").unverified_keys()
    assert len(unverified) >= len(names) - 1  # one batch (one map) at most, then nothing more for the first atlas
