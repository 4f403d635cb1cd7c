"""A future-state map made from a current one: the same ids, so the two can be compared.

The copy keeps the ids of personas, stages, lanes, cards and actions (the
comparison matches objects by id), gets a map id of its own, the state
``future`` and the title "… (future)". It is saved beside the current map (or
wherever the user chose) and, when an atlas holds the current map, added to the
atlas and paired with it, so the atlas and "Compare with paired map" find it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from ..model import JourneyMap, MapState, new_id
from ..model.invariants import same_path_key
from ..store import ConflictError, DocumentError, SaveError, load_atlas, save
from ..store.sidefiles import MAP_SUFFIX
from .edit import AtlasEditError, AtlasEditor
from .links import key_of, resolve_link
from .relinking import open_by, retarget


class FutureStateError(Exception):
    """The future-state map was not written; nothing changed on disk."""


@dataclass
class FutureState:
    """What ``create_future_state`` did: the new file, its map, and the atlas's part."""

    path: Path
    journey: JourneyMap
    paired_in: Optional[Path] = None
    """The atlas the two maps were paired in, or None."""
    notes: list[str] = field(default_factory=list)
    """Why the atlas was not (fully) updated, one line each; the map file was written regardless."""


def future_title(title: str) -> str:
    return f"{title} (future)" if title.strip() else "Future state"


def future_state_copy(journey: JourneyMap, title: Optional[str] = None, now: Optional[datetime] = None) -> JourneyMap:
    """The future-state version of ``journey``: every id kept but the map's, state future."""
    copy = journey.model_copy(deep=True)
    stamp = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    copy.id = new_id("map")
    copy.state = MapState.FUTURE
    copy.title = future_title(journey.title) if title is None else title
    copy.created = copy.modified = stamp
    return copy


def default_future_path(map_path: Path) -> Path:
    """``NAME-future.journey`` beside the map (``NAME-future-2.journey``… if taken)."""
    stem = map_path.name[: -len(MAP_SUFFIX)] if map_path.name.endswith(MAP_SUFFIX) else map_path.stem
    candidate = map_path.with_name(f"{stem}-future{MAP_SUFFIX}")
    number = 2
    while os.path.lexists(candidate):
        candidate = map_path.with_name(f"{stem}-future-{number}{MAP_SUFFIX}")
        number += 1
    return candidate


def create_future_state(
    source: Optional[Path],
    journey: JourneyMap,
    target: Path,
    *,
    atlas: Optional[AtlasEditor] = None,
    title: Optional[str] = None,
    replace: bool = False,
) -> FutureState:
    """Write the future-state version of ``journey`` (the map of file ``source``) to ``target``.

    Relative drill-down links are rewritten for the new file's folder. With
    ``atlas``, if it lists ``source``, the new map is added and paired with it;
    what could not be done there is in ``notes``. Raises FutureStateError
    (nothing written) when ``target`` is the map itself, exists (unless
    ``replace``), is open in JourneyMapper, or cannot be saved.
    """
    target = Path(os.path.abspath(target))
    if not target.name.endswith(MAP_SUFFIX):
        raise FutureStateError(f"{target.name}: a map's file name must end in {MAP_SUFFIX}")
    if source is not None and _same(Path(source), target):
        raise FutureStateError(f"{target.name} is the current map itself: choose another file name")
    if os.path.lexists(target):
        if not replace:
            raise FutureStateError(f"{target} already exists")
        reason = open_by(target)
        if reason:
            raise FutureStateError(f"{target.name} not replaced: {reason}")
    future = future_state_copy(journey, title)
    if source is not None:
        _relink(future, Path(os.path.abspath(source)), target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        save(target, future)
    except (OSError, SaveError) as error:
        raise FutureStateError(str(error) if isinstance(error, SaveError) else
                               f"cannot save {target}: {error.strerror or error}") from None
    result = FutureState(target, future)
    if atlas is not None and source is not None:
        _pair(atlas, Path(source), target, result)
    return result


def paired_map(atlas_path: Path, map_path: Path) -> Optional[tuple[Path, MapState]]:
    """The other map of ``map_path``'s current/future pair in the atlas, and which state that one is.

    None when the atlas cannot be read, does not pair the map, or the partner
    is outside the atlas's folder (never followed automatically).
    """
    try:
        atlas = load_atlas(atlas_path)
    except DocumentError:
        return None
    root = Path(os.path.abspath(atlas_path)).parent
    key = key_of(map_path, root)
    if key is None:
        return None
    wanted = same_path_key(key).casefold()
    for pair in atlas.pairs:
        for mine, other, state in ((pair.current, pair.future, MapState.FUTURE),
                                   (pair.future, pair.current, MapState.CURRENT)):
            if same_path_key(mine).casefold() == wanted:
                link = resolve_link(other, Path(atlas_path).name, root)
                return (link.file, state) if link.file is not None else None
    return None


def _relink(journey: JourneyMap, source: Path, target: Path) -> None:
    """Rewrite relative drill-downs so they name the same files from the new file's folder."""
    if source.parent == target.parent:
        return
    root = Path(os.path.commonpath([source.parent, target.parent]))
    old_key, new_key = key_of(source, root), key_of(target, root)
    if old_key is not None and new_key is not None:
        retarget(journey, old_key, new_key, {}, root)


def _pair(atlas: AtlasEditor, source: Path, target: Path, result: FutureState) -> None:
    current_key = key_of(source, atlas.root)
    if current_key is None or atlas.listed(current_key) is None:
        return  # the atlas does not hold the current map: nothing to pair
    future_key = key_of(target, atlas.root)
    if future_key is None:
        result.notes.append(f"{target.name} is outside the atlas's folder {atlas.root}: "
                            "not added to the atlas, not paired")
        return
    try:
        if atlas.listed(future_key) is None:
            report = atlas.add([target])
            result.notes += report.problems
            if atlas.listed(future_key) is None:
                return
        atlas.pair(current_key, future_key)
    except (AtlasEditError, ConflictError, SaveError) as error:
        result.notes.append(f"{atlas.path.name}: not paired ({error})")
        return
    result.paired_in = atlas.path


def _same(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.abspath(first) == os.path.abspath(second)
