"""Named snapshots of a map, kept in the map's ``NAME.history/`` folder so they travel with it.

A snapshot is one file: a normal, complete map file (it opens in JourneyMapper
like any map) whose top-level object also holds a ``"journeymapper.snapshot"``
key with the snapshot's name, time, author and automatic flag. One file per
snapshot, each with a unique name, written atomically: two people taking
snapshots of the same map on a shared drive at the same moment never rewrite a
common index, so neither can lose the other's snapshot. Listing reads each
file's metadata; a file that cannot be read is listed as damaged, never fatal.

File names are ``YYYYMMDDTHHMMSS.ffffffZ-SLUG-TOKEN.journey``: the time sorts
them for a person browsing the folder, SLUG is a short ASCII form of the name
(letters, digits and ``-`` only, so no name can reach outside the folder) and
TOKEN is random, so snapshots taken in the same microsecond still differ.

Automatic snapshots (taken before every metrics import) would otherwise pile
up, one map per import: taking one keeps only the newest
``MAX_AUTOMATIC_SNAPSHOTS`` automatic snapshots of the map (``prune_automatic``).
Named snapshots are the user's and are never pruned.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from ..model import JourneyMap
from .atomic import atomic_write
from .errors import DocumentError, SaveError
from .files import read_limited
from .formats import MAP_FORMAT, encode_document, parse_document
from .jsonparse import JsonProblem, parse_json
from .locks import Identity
from .sidefiles import MAP_SUFFIX, history_dir

METADATA_KEY = "journeymapper.snapshot"
"""The top-level key of a snapshot file holding its metadata (namespaced: never a map field)."""
MAX_NAME_LENGTH = 1_000
MAX_AUTOMATIC_SNAPSHOTS = 20
"""Automatic snapshots kept per map, newest first; older ones are deleted when another is taken."""
_SLUG_LENGTH = 32
_UNSAFE = re.compile(r"[^a-z0-9]+")
_CACHE_LIMIT = 1_024


class SnapshotError(Exception):
    """A snapshot could not be taken or deleted; the message names the file and the reason."""


@dataclass(frozen=True)
class Snapshot:
    """One snapshot file and what it says about itself (or, if damaged, why it cannot be used)."""

    path: Path
    name: str
    taken: datetime
    """When it was taken (UTC); for a damaged file, the file's modification time."""
    author: str = ""
    automatic: bool = False
    host: str = ""
    problem: Optional[str] = None
    """Why the file cannot be used as a snapshot; None when it can."""

    @property
    def damaged(self) -> bool:
        return self.problem is not None


def create_snapshot(
    map_path: Path,
    journey: JourneyMap,
    name: str,
    *,
    automatic: bool = False,
    author: Optional[str] = None,
    taken: Optional[datetime] = None,
) -> Snapshot:
    """Write ``journey`` as a new snapshot named ``name`` of the map at ``map_path``.

    Raises ValueError for an empty or too long name and SnapshotError (naming
    the folder) when the snapshot cannot be written; nothing is left behind then.
    """
    name = clean_name(name)
    identity = Identity.current()
    taken = (taken or datetime.now(timezone.utc)).astimezone(timezone.utc)
    metadata = {
        "name": name,
        "taken": taken.isoformat(),
        "author": identity.user if author is None else author,
        "host": identity.host,
        "automatic": automatic,
    }
    body = {key: value for key, value in journey.model_dump(mode="json").items() if key != METADATA_KEY}
    data = encode_document(MAP_FORMAT, {METADATA_KEY: metadata, **body})
    folder = history_dir(Path(map_path))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise SnapshotError(f"cannot take snapshot “{name}”: cannot create the folder {folder} "
                            f"({error.strerror or error})") from None
    if not folder.is_dir():
        raise SnapshotError(f"cannot take snapshot “{name}”: {folder} is not a folder")
    target = _unused_name(folder, taken, name)
    try:
        atomic_write(target, data, check=lambda raw: parse_document(raw, target, MAP_FORMAT))
    except SaveError as error:
        raise SnapshotError(f"cannot take snapshot “{name}”: {error}") from None
    snapshot = _snapshot_of(target, metadata)
    if automatic:
        prune_automatic(Path(map_path), spare=target)
    return snapshot


def list_snapshots(map_path: Path) -> list[Snapshot]:
    """The snapshots of the map at ``map_path``, newest first; damaged files listed last, marked."""
    folder = history_dir(Path(map_path))
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = [_read_entry(folder / n) for n in names if n.endswith(MAP_SUFFIX) and not n.startswith(".")]
    snapshots = [s for s in found if s is not None]
    snapshots.sort(key=lambda s: (not s.damaged, s.taken, s.path.name), reverse=True)
    return snapshots


def load_snapshot(snapshot: Snapshot) -> JourneyMap:
    """The map as it was when the snapshot was taken (raises DocumentError if the file is damaged)."""
    return _map_of(read_limited(snapshot.path), snapshot.path)


def delete_snapshot(snapshot: Snapshot) -> None:
    """Delete a snapshot's file (already gone is fine: a colleague may have deleted it)."""
    if not snapshot.path.parent.name.endswith(".history") or not snapshot.path.name.endswith(MAP_SUFFIX):
        raise SnapshotError(f"{snapshot.path} is not a snapshot file; not deleted")
    try:
        os.remove(snapshot.path)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise SnapshotError(f"cannot delete snapshot “{snapshot.name}” ({snapshot.path}): "
                            f"{error.strerror or error}") from None
    _CACHE.pop(str(snapshot.path), None)


def rename_snapshot(snapshot: Snapshot, name: str) -> Snapshot:
    """Give a snapshot a new name, rewriting only the name in its file (atomically); returns it renamed.

    The file keeps its name (and so its token) and its map: the map read back
    must equal the map before, or nothing is written. A renamed automatic
    snapshot becomes a named one: the user chose its name, so pruning must not
    delete it. Raises ValueError for a bad name and SnapshotError (naming the
    file) for a damaged snapshot, one changed or deleted meanwhile, or a failed write.
    """
    name = clean_name(name)
    path = snapshot.path

    def refused(reason: str) -> SnapshotError:
        return SnapshotError(f"cannot rename snapshot “{snapshot.name}” ({path}): {reason}")

    try:
        raw = read_limited(path)
        status = os.stat(path)
    except (OSError, DocumentError) as error:
        raise refused(getattr(error, "strerror", None) or str(error)) from None
    again = _read_metadata(path, status.st_mtime)  # the file as it is now, not the cached reading
    if again.damaged:
        raise refused(again.problem or "damaged")
    data = parse_json(raw)
    before = _map_of(raw, path)
    data[METADATA_KEY] = {**data[METADATA_KEY], "name": name, "automatic": False}
    # Written as the file was (its format version kept, not upgraded): only the name changes.
    new_raw = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")

    def same_map(written: bytes) -> None:
        if _map_of(written, path) != before:
            raise ValueError("the map read back differs from the snapshot's map")

    try:
        if read_limited(path) != raw:
            raise refused("it was changed meanwhile; look at the list again")
        atomic_write(path, new_raw, check=same_map)
    except SaveError as error:
        raise refused(str(error)) from None
    except (OSError, DocumentError) as error:
        raise refused(getattr(error, "strerror", None) or str(error)) from None
    _CACHE.pop(str(path), None)
    return _snapshot_of(path, data[METADATA_KEY])


def _map_of(raw: bytes, path: Path) -> JourneyMap:
    """The map in a snapshot file's bytes, without the snapshot's metadata."""
    journey = parse_document(raw, path, MAP_FORMAT).document
    if journey.__pydantic_extra__ is not None:
        journey.__pydantic_extra__.pop(METADATA_KEY, None)
    return journey


def prune_automatic(map_path: Path, keep: int = MAX_AUTOMATIC_SNAPSHOTS, spare: Optional[Path] = None) -> list[Path]:
    """Delete the automatic snapshots of the map beyond the newest ``keep``; returns the files deleted.

    The history folder may be shared and written by others meanwhile, so only
    files read whole just before, as complete map files marked automatic, are
    deleted: a named, damaged or half-written file (a copy in progress) is
    never touched, nor ``spare`` (the automatic snapshot just taken, counted
    among the kept, whatever the other computers' clocks say). A file that cannot be deleted (gone already, no
    permission) is left; the next automatic snapshot tries again.
    """
    automatic = [s for s in list_snapshots(map_path) if s.automatic and not s.damaged and s.path != spare]
    deleted = []
    for snapshot in automatic[max(keep - (spare is not None), 0):]:
        try:
            again = _read_metadata(snapshot.path, os.stat(snapshot.path).st_mtime)  # not the cached reading
        except OSError:
            continue
        if again.damaged or not again.automatic:
            continue
        try:
            os.remove(snapshot.path)
        except OSError:
            continue
        _CACHE.pop(str(snapshot.path), None)
        deleted.append(snapshot.path)
    return deleted


def clean_name(name: str) -> str:
    """A snapshot name as stored: whitespace (newlines, tabs) folded to single spaces.

    Raises ValueError for an empty name or one over ``MAX_NAME_LENGTH`` characters.
    """
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ValueError("a snapshot needs a name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(f"a snapshot name may have at most {MAX_NAME_LENGTH} characters (this one has {len(cleaned)})")
    return cleaned


# --- file names -------------------------------------------------------------------------------


def _slug(name: str) -> str:
    """A short ASCII form of a name for the file name: nothing in it can leave the folder."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_text.lower()).strip("-")
    return slug[:_SLUG_LENGTH].rstrip("-") or "snapshot"


def _unused_name(folder: Path, taken: datetime, name: str) -> Path:
    stamp = taken.strftime("%Y%m%dT%H%M%S.%fZ")
    while True:
        candidate = folder / f"{stamp}-{_slug(name)}-{secrets.token_hex(6)}{MAP_SUFFIX}"
        if not os.path.lexists(candidate):
            return candidate


# --- reading metadata --------------------------------------------------------------------------

_CACHE: dict[str, tuple[tuple[int, int], Snapshot]] = {}
"""Metadata already read, by path, valid while the file's size and modification time hold.

A history dialog lists the folder again after every change; re-reading every
snapshot (whole maps, on a network drive) each time would be slow for nothing.
"""


def _read_entry(path: Path) -> Optional[Snapshot]:
    try:
        status = path.stat()
    except OSError:
        return None  # deleted meanwhile
    if not path.is_file():
        return None
    stamp = (status.st_size, status.st_mtime_ns)
    cached = _CACHE.get(str(path))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    snapshot = _read_metadata(path, status.st_mtime)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[str(path)] = (stamp, snapshot)
    return snapshot


def _read_metadata(path: Path, mtime: float) -> Snapshot:
    def damaged(reason: str) -> Snapshot:
        return Snapshot(path, path.name, datetime.fromtimestamp(mtime, timezone.utc), problem=reason)

    try:
        data = parse_json(read_limited(path))
    except DocumentError as error:
        return damaged(error.problems[0].reason)
    except JsonProblem as error:
        return damaged(f"not a readable map file ({error.problem})")
    if not isinstance(data, dict) or data.get("format") != MAP_FORMAT.name:
        return damaged("not a JourneyMapper map file")
    metadata = data.get(METADATA_KEY)
    if not isinstance(metadata, dict):
        return damaged("a map file without snapshot information (name, time, author)")
    try:
        return _snapshot_of(path, metadata)
    except (TypeError, ValueError) as error:
        return damaged(f"its snapshot information is not valid ({error})")


def _snapshot_of(path: Path, metadata: dict[str, Any]) -> Snapshot:
    name, taken, author, host, automatic = (metadata.get(k) for k in ("name", "taken", "author", "host", "automatic"))
    if not isinstance(name, str) or not name.strip():
        raise ValueError("no name")
    if not isinstance(taken, str):
        raise ValueError("no time")
    when = datetime.fromisoformat(taken)
    if when.tzinfo is None:
        raise ValueError("the time has no UTC offset")
    return Snapshot(
        path,
        name,
        when.astimezone(timezone.utc),
        author if isinstance(author, str) else "",
        automatic is True,
        host if isinstance(host, str) else "",
    )

