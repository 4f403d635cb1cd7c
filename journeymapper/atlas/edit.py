"""Changing an atlas: add, create, duplicate, remove, group, tag and pair maps. Each change is saved.

The atlas is read once through a SafeFile (no lock: atlas edits are single,
quick saves) and every change is saved at once through the safe save
(``store.save``: atomic, ``.bak`` kept, checked). A colleague's change to the
atlas since we read it raises ConflictError instead of being overwritten: the
GUI reloads and asks again. Refusals that leave everything unchanged raise
AtlasEditError. Moving and relinking, which also change maps, are in ``move``.
"""

from __future__ import annotations

import os
from copy import deepcopy
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional, Sequence

from pydantic import ValidationError

from ..model import Atlas, AtlasEntry, MapPair, MapState, Persona, check_atlas, new_id
from ..model.invariants import same_path_key
from ..store import MAP_FORMAT, ConflictError, DocumentError, FileHooks, SafeFile, SaveError, load, save
from ..store.files import read_limited
from ..store.sidefiles import MAP_SUFFIX, is_document_name
from .links import Link, key_of, resolve_link
from .newmap import new_journey
from .relinking import mentions, open_by, retarget


class AtlasEditError(Exception):
    """An edit was refused; nothing changed. ``lines`` says why, one problem a line."""

    def __init__(self, *lines: str) -> None:
        self.lines = list(lines) or ["refused"]
        super().__init__("\n".join(self.lines))


@dataclass
class EditReport:
    """What an edit did and what went wrong after the point of no return (one line each)."""

    done: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class AtlasEditor:
    """An atlas open for changes. Use ``AtlasEditor.open``."""

    def __init__(self, safe: SafeFile) -> None:
        self.safe = safe
        self.path = Path(os.path.abspath(safe.path))
        self.root = self.path.parent
        self.atlas_key = self.path.name

    @classmethod
    def open(cls, path: Path | str, hooks: Optional[FileHooks] = None) -> "AtlasEditor":
        """Read the atlas (raises DocumentError); it is not locked."""
        hooks = replace(hooks or FileHooks(), locking=False)
        from ..store import ATLAS_FORMAT

        return cls(SafeFile.open(Path(os.path.abspath(path)), ATLAS_FORMAT, hooks=hooks))

    @property
    def atlas(self) -> Atlas:
        return self.safe.loaded.document

    # --- helpers shared with ``move`` -----------------------------------------------------------

    def link(self, text: str) -> Link:
        return resolve_link(text, self.atlas_key, self.root)

    def position(self, path: str) -> int:
        """The index of the entry naming ``path`` (normalised; letter case ignored if no exact match)."""
        wanted = same_path_key(path)
        keys = [same_path_key(e.path) for e in self.atlas.entries]
        if wanted in keys:
            return keys.index(wanted)
        folded = [k.casefold() for k in keys]
        if wanted.casefold() in folded:
            return folded.index(wanted.casefold())
        raise AtlasEditError(f"{path!r} is not an entry of the atlas")

    def new_map_link(self, text: str) -> Link:
        """Check a path for a new or moved map: inside the folder, a map name, not listed yet."""
        link = self.link(text)
        if not link.resolved:
            raise AtlasEditError(f"{text!r}: {link.reason}")
        name = link.key.rpartition("/")[2] if link.key else ""
        if not name.endswith(MAP_SUFFIX) or not is_document_name(name):
            raise AtlasEditError(f"{text!r}: a map's name must end in {MAP_SUFFIX} (and not be a backup or lock)")
        return link

    def listed(self, key: str, ignore: Optional[int] = None) -> Optional[int]:
        """The entry (other than ``ignore``) naming ``key``, letter case ignored."""
        for index, entry in enumerate(self.atlas.entries):
            found = self.link(entry.path).key
            if index != ignore and found is not None and found.casefold() == key.casefold():
                return index
        return None

    def map_links(self) -> list[Link]:
        """Each map file the entries name inside the atlas's folder, once (letter case ignored)."""
        links, seen = [], set()
        for entry in self.atlas.entries:
            link = self.link(entry.path)
            if link.file is not None and link.key is not None and link.key.casefold() not in seen:
                seen.add(link.key.casefold())
                links.append(link)
        return links

    def commit(self, atlas: Atlas) -> None:
        """Check and save the new atlas (raises AtlasEditError, ConflictError or SaveError)."""
        problems = check_atlas(atlas)
        if problems:
            raise AtlasEditError(*(str(p) for p in problems))
        self.safe.save(atlas)

    def edited(self) -> Atlas:
        return self.atlas.model_copy(deep=True)

    # --- entries ---------------------------------------------------------------------------------

    def add(self, files: Sequence[Path | str], group: str = "", tags: Sequence[str] = ()) -> EditReport:
        """Add existing map files (inside the atlas's folder), stored relative with ``/``."""
        report = EditReport()
        atlas = self.edited()
        for file in files:
            key = key_of(file, self.root)
            if key is None:
                report.problems.append(f"{file}: not inside the atlas's folder {self.root}: move it there first")
                continue
            try:
                self.new_map_link(key)
                load(file, MAP_FORMAT)
            except AtlasEditError as error:
                report.problems += [f"{file}: {line}" for line in error.lines]
                continue
            except DocumentError as error:
                report.problems.append(error.lines()[0])
                continue
            if any(same_path_key(e.path).casefold() == key.casefold() for e in atlas.entries):
                report.problems.append(f"{file}: already in the atlas")
                continue
            atlas.entries.append(_entry(key, group, tags))
            report.done.append(f"added {key}")
        if report.done:
            self.commit(atlas)
        return report

    def create_map(
        self,
        path: str,
        title: str = "",
        *,
        group: str = "",
        tags: Sequence[str] = (),
        state: MapState = MapState.CURRENT,
        owner: str = "",
        persona_ids: Sequence[str] = (),
        stage_names: Optional[Sequence[str]] = None,
        lane_titles: Optional[Sequence[str]] = None,
    ) -> Path:
        """Write a new empty map at ``path`` (relative to the atlas) and add it; returns its file."""
        link = self.new_map_link(path)
        assert link.file is not None and link.key is not None
        if os.path.lexists(link.file) or self.listed(link.key) is not None:
            raise AtlasEditError(f"{path!r} already exists")
        library = {p.id: p for p in self.atlas.personas}
        missing = [p for p in persona_ids if p not in library]
        if missing:
            raise AtlasEditError(*(f"{p!r} is not a persona of the atlas's library" for p in missing))
        journey = new_journey(title, state=state, owner=owner, personas=[library[p] for p in persona_ids],
                              stage_names=stage_names, lane_titles=lane_titles)
        atlas = self.edited()
        atlas.entries.append(_entry(link.key, group, tags))
        link.file.parent.mkdir(parents=True, exist_ok=True)
        save(link.file, journey)
        self.commit(atlas)
        return link.file

    def duplicate(self, path: str, new_path: str, title: Optional[str] = None) -> Path:
        """Copy a map as a new map (new map id; stage, card and action ids kept) and add it after the original."""
        position = self.position(path)
        entry = self.atlas.entries[position]
        source = self.link(entry.path)
        if source.file is None or source.key is None:
            raise AtlasEditError(f"{entry.path!r}: {source.reason}")
        target = self.new_map_link(new_path)
        assert target.file is not None and target.key is not None
        if os.path.lexists(target.file) or self.listed(target.key) is not None:
            raise AtlasEditError(f"{new_path!r} already exists")
        try:
            journey = load(source.file, MAP_FORMAT).document.model_copy(deep=True)
        except DocumentError as error:
            raise AtlasEditError(*error.lines()) from None
        now = datetime.now(timezone.utc).replace(microsecond=0)
        journey.id = new_id("map")
        journey.title = title if title is not None else f"{journey.title} (copy)".strip()
        journey.created = journey.modified = now
        retarget(journey, source.key, target.key, {}, self.root)
        atlas = self.edited()
        atlas.entries.insert(position + 1, _entry(target.key, entry.group, entry.tags))
        target.file.parent.mkdir(parents=True, exist_ok=True)
        save(target.file, journey)
        self.commit(atlas)
        return target.file

    def remove(self, path: str, *, delete_file: bool = False, force: bool = False) -> EditReport:
        """Remove an entry (and the pairs naming it). The file is deleted only with ``delete_file=True``."""
        position = self.position(path)
        entry = self.atlas.entries[position]
        link = self.link(entry.path)
        if delete_file:
            if link.file is None:
                raise AtlasEditError(f"{entry.path!r}: {link.reason}; not deleted")
            reason = None if force else open_by(link.file)
            if reason:
                raise AtlasEditError(reason)
        atlas = self.edited()
        del atlas.entries[position]
        key = same_path_key(entry.path)
        atlas.pairs = [p for p in atlas.pairs if key not in (same_path_key(p.current), same_path_key(p.future))]
        self.commit(atlas)
        report = EditReport(done=[f"removed {entry.path} from the atlas"])
        if delete_file and link.file is not None:
            try:
                os.remove(link.file)
                report.done.append(f"deleted {link.key}")
            except FileNotFoundError:
                pass
            except OSError as error:
                report.problems.append(f"{link.key}: not deleted: {error.strerror or error}")
        return report

    def set_group(self, path: str, group: str) -> None:
        self._set(path, group=group)

    def set_tags(self, path: str, tags: Sequence[str]) -> None:
        self._set(path, tags=list(dict.fromkeys(t.strip() for t in tags if t.strip())))

    def _set(self, path: str, **values: object) -> None:
        atlas = self.edited()
        entry = atlas.entries[self.position(path)]
        try:
            for name, value in values.items():
                setattr(entry, name, value)
        except ValidationError as error:
            raise AtlasEditError(*(e["msg"] for e in error.errors(include_url=False))) from None
        self.commit(atlas)

    # --- pairs -------------------------------------------------------------------------------------

    def pair(self, current: str, future: str) -> None:
        """Pair a current-state map with its future state (replacing earlier pairs of either map)."""
        first = self.atlas.entries[self.position(current)].path
        second = self.atlas.entries[self.position(future)].path
        if same_path_key(first) == same_path_key(second):
            raise AtlasEditError("a map cannot be its own future state")
        keys = {same_path_key(first), same_path_key(second)}
        atlas = self.edited()
        atlas.pairs = [p for p in atlas.pairs if not keys & {same_path_key(p.current), same_path_key(p.future)}]
        atlas.pairs.append(MapPair(current=first, future=second))
        self.commit(atlas)

    def unpair(self, path: str) -> None:
        key = same_path_key(self.atlas.entries[self.position(path)].path)
        atlas = self.edited()
        atlas.pairs = [p for p in atlas.pairs if key not in (same_path_key(p.current), same_path_key(p.future))]
        self.commit(atlas)

    # --- the persona library --------------------------------------------------------------------

    def set_persona(self, persona: Persona) -> None:
        """Add ``persona`` to the library, or replace the library persona with its id (saved at once)."""
        atlas = self.edited()
        copy = persona.model_copy(deep=True)
        position = next((i for i, p in enumerate(atlas.personas) if p.id == persona.id), None)
        if position is None:
            atlas.personas.append(copy)
        else:
            atlas.personas[position] = copy
        self.commit(atlas)

    def remove_persona(self, persona_id: str) -> None:
        """Take a persona out of the library; the maps' copies stay as they are."""
        atlas = self.edited()
        kept = [p for p in atlas.personas if p.id != persona_id]
        if len(kept) == len(atlas.personas):
            raise AtlasEditError(f"{persona_id!r} is not a persona of the atlas's library")
        atlas.personas = kept
        self.commit(atlas)

    def refresh_persona_copies(self, persona: Persona, skip: Sequence[Path] = ()) -> EditReport:
        """Make every map's copy of ``persona`` (same id) say what it says, each map through the safe save.

        Maps in ``skip`` (the ones open in this editor: the GUI refreshes those as
        undoable edits) are left alone, as is a map someone has open (listed as
        a problem); a map changed since it was read is not overwritten.
        """
        report = EditReport()
        hooks = replace(self.safe.hooks, locking=False)
        for link in self.map_links():
            assert link.file is not None and link.key is not None
            if any(_same_file(link.file, other) for other in skip):
                continue
            try:
                if not mentions(read_limited(link.file), persona.id):
                    continue
                safe = SafeFile.open(link.file, MAP_FORMAT, hooks=hooks)
            except DocumentError as error:
                if error.problems[0].reason != "no such file":  # a broken link has no copy to refresh
                    report.problems.append(f"{link.key}: not checked: {error.problems[0]}")
                continue
            journey = safe.loaded.document.model_copy(deep=True)
            copy = next((p for p in journey.personas if p.id == persona.id), None)
            if copy is None:
                continue
            changed = [name for name in Persona.model_fields if name != "id"
                       and getattr(copy, name) != getattr(persona, name)]
            if not changed:
                report.done.append(f"{link.key}: {persona.name or persona.id} already up to date")
                continue
            reason = open_by(link.file)
            if reason:
                report.problems.append(f"{link.key}: not refreshed: {reason}")
                continue
            for name in changed:
                setattr(copy, name, deepcopy(getattr(persona, name)))
            try:
                safe.save(journey)
            except (ConflictError, SaveError, OSError) as error:
                report.problems.append(f"{link.key}: not refreshed: {error}")
                continue
            report.done.append(f"{link.key}: {persona.name or persona.id} refreshed")
        return report

    # --- moving (``move``) -------------------------------------------------------------------------

    def move(self, path: str, new_path: str, *, force: bool = False) -> EditReport:
        """Move/rename a map with its side files, keeping every link to it (see ``move.move_map``)."""
        from .move import move_map

        return move_map(self, path, new_path, force=force)

    def relink(self, path: str, new_file: Path | str, *, force: bool = False) -> EditReport:
        """Point a (broken) entry, its pairs and the drill-downs naming it at ``new_file`` (see ``move``)."""
        from .move import relink_map

        return relink_map(self, path, new_file, force=force)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.abspath(first) == os.path.abspath(second)


def _entry(key: str, group: str, tags: Sequence[str]) -> AtlasEntry:
    try:
        return AtlasEntry(path=key, group=group, tags=list(tags))
    except ValidationError as error:
        raise AtlasEditError(*(e["msg"] for e in error.errors(include_url=False))) from None


__all__ = ["AtlasEditError", "AtlasEditor", "EditReport"]
