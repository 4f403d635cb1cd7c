"""Moving or renaming a map, and repairing a broken link, without breaking any other link.

Order of work, so that a refusal changes nothing and a failure part-way is
reported, never silent:

1. check everything: the new name, that no file is in the way, that nobody has
   the map (or a map whose drill-downs must change) open, that the atlas was
   not changed by someone since we read it; plan every map's new links;
2. rename the map and its side files together (undone if one rename fails);
3. save the atlas (entry and pairs), then the moved map's own links, then each
   other map whose drill-downs named it, each through the safe save, each
   checked against the version we planned from (ConflictError otherwise).

A failure in step 3 is listed in the report: the map has moved and the line
says what to repair (``relink``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..model import JourneyMap
from ..model.invariants import same_path_key
from ..store import MAP_FORMAT, ConflictError, DocumentError, FileHooks, SafeFile, SaveError, load
from ..store.files import read_limited
from .edit import AtlasEditError, AtlasEditor, EditReport
from .links import key_of
from .relinking import mentions, open_by, rename_all, retarget, side_file_target, side_files


@dataclass
class _Change:
    """A map whose drill-downs change: its file (read with a fingerprint), the new map, where."""

    key: str
    safe: SafeFile
    journey: JourneyMap
    locations: list[str]


def move_map(editor: AtlasEditor, path: str, new_path: str, *, force: bool = False) -> EditReport:
    """Move the map of entry ``path`` to ``new_path`` (relative to the atlas)."""
    position = editor.position(path)
    old_text = editor.atlas.entries[position].path
    old = editor.link(old_text)
    if old.file is None or old.key is None:
        raise AtlasEditError(f"{old_text!r}: {old.reason}; not moved")
    new = editor.new_map_link(new_path)
    assert new.file is not None and new.key is not None
    if new.key == old.key:
        raise AtlasEditError(f"{old_text!r} is already there")
    if not os.path.isfile(old.file):
        raise AtlasEditError(f"{old_text!r} is missing: use relink to point the entry at the file")
    renames = [(old.file, new.file)] + [(s, side_file_target(s, old.file, new.file)) for s in side_files(old.file)]
    blocked = [f"{t.name} already exists" for s, t in renames if os.path.lexists(t) and not _same_file(s, t)]
    if editor.listed(new.key, ignore=position) is not None:
        blocked.append(f"{new.key} is already an entry of the atlas")
    if blocked:
        raise AtlasEditError(*blocked)

    changes, skipped = _plan(editor, {old.key: new.key}, moving=(old.key, new.key))
    _check_open([old.file, *(c.safe.path for c in changes)], force)
    _check_atlas_unchanged(editor)

    new.file.parent.mkdir(parents=True, exist_ok=True)
    try:
        rename_all(renames)
    except OSError as error:
        raise AtlasEditError(f"{old_text!r} not moved: {error.strerror or error}") from None
    report = EditReport(done=[f"moved {old.key} to {new.key}" + _with_sides(len(renames) - 1)], problems=skipped)
    for change in changes:
        if change.key == old.key:
            change.safe.path = new.file  # the same file, renamed: its fingerprint still holds
            change.key = new.key
    _save_atlas(editor, old_text, new.key, report, f"the map was moved: relink {old_text!r} to {new.key!r}")
    _save_maps(changes, report)
    return report


def relink_map(editor: AtlasEditor, path: str, new_file: Path | str, *, force: bool = False) -> EditReport:
    """Point entry ``path`` (usually broken), its pairs and drill-downs naming it at an existing map file."""
    position = editor.position(path)
    old_text = editor.atlas.entries[position].path
    old = editor.link(old_text)
    key = key_of(new_file, editor.root)
    if key is None:
        raise AtlasEditError(f"{new_file}: not inside the atlas's folder {editor.root}: move it there first")
    new = editor.new_map_link(key)
    assert new.file is not None and new.key is not None
    if not os.path.isfile(new.file):
        raise AtlasEditError(f"{new_file}: no such file")
    try:
        load(new.file, MAP_FORMAT)
    except DocumentError as error:
        raise AtlasEditError(error.lines()[0]) from None
    if editor.listed(new.key, ignore=position) is not None:
        raise AtlasEditError(f"{new.key} is already an entry of the atlas")
    moves = {old.key: new.key} if old.key is not None and old.key != new.key else {}
    changes, skipped = _plan(editor, moves, moving=None) if moves else ([], [])
    _check_open([c.safe.path for c in changes], force)
    _check_atlas_unchanged(editor)
    report = EditReport(problems=skipped)
    if _save_atlas(editor, old_text, new.key, report, "nothing changed"):
        _save_maps(changes, report)
    return report


def _plan(
    editor: AtlasEditor, moves: dict[str, str], moving: Optional[tuple[str, str]]
) -> tuple[list[_Change], list[str]]:
    """Every map of the atlas whose drill-downs change, read with fingerprints; and maps that could not be checked."""
    names = {key.rpartition("/")[2] for key in moves}
    changes: list[_Change] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for entry in editor.atlas.entries:
        link = editor.link(entry.path)
        if link.file is None or link.key is None or link.key.casefold() in seen:
            continue
        seen.add(link.key.casefold())
        is_moving = moving is not None and link.key == moving[0]
        try:
            if not is_moving and not any(mentions(read_limited(link.file), n) for n in names):
                continue
            safe = SafeFile.open(link.file, MAP_FORMAT, hooks=FileHooks(locking=False))
        except DocumentError as error:
            if is_moving or error.problems[0].reason != "no such file":
                skipped.append(f"{link.key}: links not checked: {error.problems[0]}")
            continue
        journey = safe.loaded.document.model_copy(deep=True)
        new_holder = moving[1] if is_moving and moving else link.key
        locations = retarget(journey, link.key, new_holder, moves, editor.root)
        if locations:
            changes.append(_Change(link.key, safe, journey, locations))
    return changes, skipped


def _check_open(files: list[Path], force: bool) -> None:
    if force:
        return
    reasons = [r for r in (open_by(f) for f in files) if r]
    if reasons:
        raise AtlasEditError(*reasons, "close them first (or force the change if a lock is left over)")


def _check_atlas_unchanged(editor: AtlasEditor) -> None:
    found = editor.safe.examine()
    if not found.state.safe_to_save:
        raise ConflictError(editor.path, found.state, f"{editor.path.name} was changed since it was read: reload it")


def _save_atlas(editor: AtlasEditor, old_text: str, new_key: str, report: EditReport, otherwise: str) -> bool:
    atlas = editor.edited()
    wanted = same_path_key(old_text)
    for entry in atlas.entries:
        if same_path_key(entry.path) == wanted:
            entry.path = new_key
    for pair in atlas.pairs:
        if same_path_key(pair.current) == wanted:
            pair.current = new_key
        if same_path_key(pair.future) == wanted:
            pair.future = new_key
    try:
        editor.commit(atlas)
    except (AtlasEditError, ConflictError, SaveError) as error:
        report.problems.append(f"{editor.path.name}: not saved ({error}); {otherwise}")
        return False
    report.done.append(f"{editor.path.name}: {old_text} is now {new_key} (entry and pairs)")
    return True


def _save_maps(changes: list[_Change], report: EditReport) -> None:
    for change in changes:
        try:
            change.safe.save(change.journey)
            report.done.append(f"{change.key}: {', '.join(change.locations)} updated")
        except (ConflictError, SaveError) as error:
            report.problems.append(f"{change.key}: links not updated ({error}): {', '.join(change.locations)}")


def _same_file(first: Path, second: Path) -> bool:
    """A rename that only changes letter case finds the "new" file already there: it is the same one."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _with_sides(count: int) -> str:
    return f" with {count} side file{'s' if count != 1 else ''}" if count else ""
