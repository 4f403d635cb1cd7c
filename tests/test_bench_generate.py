"""The benchmark map generator is deterministic and valid, and the benchmark runner starts.

The benchmarks themselves are not tests (timings fail on busy machines); this
only checks their tools work.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper.model import LaneKind, check_atlas, check_map
from journeymapper.store import MAP_FORMAT, load_atlas, load_map, parse_document, serialize_document

BENCH = Path(__file__).resolve().parent / "bench"
sys.path.insert(0, str(BENCH))

from generate import generate_atlas, generate_map, map_shape  # noqa: E402


@pytest.mark.parametrize("cards", [0, 1, 100, 1500])
def test_generated_map_is_valid_and_of_the_requested_size(cards):
    journey = generate_map(cards, seed=3)
    assert len(journey.cards) == cards
    assert len(journey.actions) == cards // 3
    stages, lanes, personas = map_shape(cards)
    assert (len(journey.stages), len(journey.lanes), len(journey.personas)) == (stages, lanes, personas)
    assert 6 <= len(journey.stages) <= 30
    assert {lane.kind for lane in journey.lanes} == set(LaneKind)
    assert check_map(journey) == []
    # what the editor writes, it reads back identically
    raw = serialize_document(MAP_FORMAT, journey)
    assert parse_document(raw, "bench.journey").document == journey


def test_generated_map_content_is_realistic():
    journey = generate_map(1500, seed=5, actions=200)
    assert len(journey.actions) == 200
    scale = journey.emotion_scale
    assert all(scale.contains(e.value) for e in journey.emotions)
    for stage in journey.stages:  # the map and every persona score every stage
        scored = {e.persona for e in journey.emotions if e.stage == stage.id and e.card is None}
        assert scored == {None, *(p.id for p in journey.personas)}
    pain_lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}
    pains = {c.id for c in journey.cards if c.lane in pain_lanes}
    assert all(set(a.cards) <= pains and a.stages for a in journey.actions)
    assert any(a.owner and a.due for a in journey.actions)
    assert len({a.status for a in journey.actions}) > 1
    texts = [c.text for c in journey.cards]
    assert any(not t.isascii() for t in texts)
    lengths = sorted(map(len, texts))
    assert lengths[len(lengths) // 10] < 40 < lengths[-1]  # short and long texts
    assert any(c.channel for c in journey.cards) and any(c.tags for c in journey.cards)
    assert any(c.metrics for c in journey.cards) and any(s.metrics for s in journey.stages)


def test_same_seed_same_bytes_other_seed_other_map():
    first = serialize_document(MAP_FORMAT, generate_map(800, seed=11))
    assert serialize_document(MAP_FORMAT, generate_map(800, seed=11)) == first
    assert serialize_document(MAP_FORMAT, generate_map(800, seed=12)) != first


def test_generated_atlas_is_valid_and_deterministic(tmp_path):
    one = generate_atlas(tmp_path / "one", maps=4, cards_per_map=60, seed=2)
    two = generate_atlas(tmp_path / "two", maps=4, cards_per_map=60, seed=2)
    files = sorted(p.relative_to(one.parent) for p in one.parent.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two.parent) for p in two.parent.rglob("*") if p.is_file())
    assert all((one.parent / f).read_bytes() == (two.parent / f).read_bytes() for f in files)
    atlas = load_atlas(one)
    assert check_atlas(atlas) == [] and len(atlas.entries) == 4 and len(atlas.pairs) == 2
    library = {p.id for p in atlas.personas}
    for entry in atlas.entries:
        journey = load_map(one.parent / entry.path)
        assert len(journey.cards) == 60
        assert {p.id for p in journey.personas} <= library


def test_quick_benchmark_run_exits_zero():
    """The harness runs end to end (the store benchmarks only: the full set takes a minute)."""
    completed = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--only", "store*"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent.parent,
    )
    assert completed.returncode == 0, completed.stderr
    assert "within target" in completed.stdout
    for name in ("store.load", "store.serialize", "store.memory"):
        assert name in completed.stdout
