"""Atlas benchmarks: opening an atlas of 1,000 generated maps (50 cards each), cache warm and cold.

The targets and baselines are issue 5's ("Speed"):

- open_warm: "opening it again with nothing changed reads no map file: at most
  1.5x listing the folder and reading each file's size and time". Ours:
  ``AtlasIndex.open`` with the metadata cache filled and nothing changed (the
  benchmark checks it read no map). Baseline: ``os.scandir`` of the atlas's
  folder and of each sub-folder holding maps, and ``os.stat`` of every map
  file. Ours stats every map too (all at once, compared with the cache in one
  step), and, instead of listing each folder, stats it: a folder is listed (for
  lock files) only when its time changed since the cache saw it. Plus a stat
  of the atlas, one read of the cache file's header (the atlas's entries, each
  map's mode, size and time) and one small object per entry. Each map's
  metadata stays in the cache file as one line of JSON, decoded when first
  asked for; what decoding every entry's shown fields adds (the window's worker
  does it before the list is filled) is printed beside the result, so nothing
  is hidden by that laziness.
- open_cold: "opening it with an empty app cache: at most 1.5x the time of
  reading and JSON-parsing the same files with the standard library". Ours:
  ``AtlasIndex.open`` with the cache file deleted before each call (and written
  again by it). Baseline: ``open(file, "rb").read()`` and ``json.loads`` of every
  map, each result dropped (ours keeps only the metadata; keeping 1,000 parsed
  maps alive would make the baseline's garbage collector, and so the baseline,
  2.5x slower). Ours reads each map with C ``json.loads`` and takes the
  metadata from the dicts (atlas/quickread.py), reads the atlas strictly, and
  writes the cache; full validation is left to opening a map and to
  ``journeymapper atlas check``.
"""

from __future__ import annotations

import gc
import json
import os
import time
from pathlib import Path

from harness import Context, TimeBenchmark

MAPS = 1000
CARDS = 50
WARM_TARGET = 1.5
COLD_TARGET = 1.5

_ATLAS: dict[Path, Path] = {}


def _atlas(context: Context) -> Path:
    """The generated atlas, made once per run in the scratch folder."""
    if context.tmp not in _ATLAS:
        from generate import generate_atlas

        _ATLAS[context.tmp] = generate_atlas(context.tmp / "atlas-bench", MAPS, CARDS, seed=context.seed)
    return _ATLAS[context.tmp]


def _map_files(atlas: Path) -> list[str]:
    from journeymapper.store import load_atlas

    return [os.path.join(atlas.parent, *entry.path.split("/")) for entry in load_atlas(atlas).entries]


def _best(function, rounds: int = 9) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _shown(index) -> None:  # noqa: ANN001
    """Every field the atlas window shows, for every entry (decodes all the lazily kept metadata)."""
    for info in index.entries:
        (info.title, info.state, info.personas, info.stages, info.cards, info.open_actions, info.overdue_actions,
         info.owner, info.last_change, info.opened_by, info.stale, info.problem)


def _warm(context: Context):
    from journeymapper.atlas import AtlasIndex

    atlas = _atlas(context)
    files = _map_files(atlas)
    folders = sorted({os.path.dirname(file) for file in files} | {str(atlas.parent)})
    cache_folder = context.tmp / "atlas-cache-warm"
    AtlasIndex.open(atlas, cache_folder=cache_folder)
    opened = AtlasIndex.open(atlas, cache_folder=cache_folder)
    _shown(opened)
    if opened.maps_read or opened.cache.misses or opened.cache.hits != len(files):
        raise AssertionError(f"the warm open read maps: {opened.maps_read} read, {opened.cache.misses} misses")

    def measured() -> object:
        return AtlasIndex.open(atlas, cache_folder=cache_folder)

    def baseline() -> object:
        names = []
        for folder in folders:
            with os.scandir(folder) as listing:
                names += [item.name for item in listing]
        return names, [os.stat(file) for file in files]

    opening = _best(measured, 15)
    showing = _best(lambda: _shown(measured()), 15) - opening
    print(f"  open_warm: showing every entry's fields afterwards adds {showing * 1e3:.1f} ms "
          f"to the open's {opening * 1e3:.1f} ms (the metadata is decoded when first asked for)")
    return measured, baseline


def _cold(context: Context):
    from journeymapper.atlas import AtlasIndex, MetadataCache

    atlas = _atlas(context)
    files = _map_files(atlas)
    cache_folder = context.tmp / "atlas-cache-cold"
    cache_file = MetadataCache(atlas, cache_folder).file

    def measured() -> object:
        try:
            cache_file.unlink()
        except FileNotFoundError:
            pass
        index = AtlasIndex.open(atlas, cache_folder=cache_folder)
        assert index.cache.hits == 0 and index.maps_read == len(files)
        return index

    def baseline() -> object:
        for file in files:
            with open(file, "rb") as stream:
                json.loads(stream.read())
        return files

    return measured, baseline


def benchmarks(context: Context):
    return [
        TimeBenchmark("atlas.open_warm", _warm, WARM_TARGET,
                      f"open a {MAPS}-map atlas, cache warm (no map read) vs listing its folders and "
                      "os.stat of each map", rounds=15),
        TimeBenchmark("atlas.open_cold", _cold, COLD_TARGET,
                      f"open a {MAPS}-map atlas ({CARDS} cards each), empty cache vs read + json.loads of each map",
                      rounds=7, quick_rounds=3),
    ]
