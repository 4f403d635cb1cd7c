"""The metadata cache: one file per atlas in the user's cache folder, never in the atlas.

Opening a large atlas again should read no map at all, and cost little more
than listing the folder and looking at each map's size and time (issue 5). A
map's entry is keyed by its path relative to the atlas's folder and trusted
while the file's size and ``mtime_ns`` are unchanged: this is a display
cache, not a safety check (saving still compares content, see
store/fingerprint.py), so a change within one timestamp tick that keeps the
size is shown late, never lost. The atlas file's own entries (path, group,
tags) are kept too and trusted while its size, ``mtime_ns`` and inode are
unchanged; every edit re-reads the real atlas strictly (``AtlasEditor``).

The file is made for a fast warm open. Line 1 is a JSON header: the atlas's
state and entries, the stored maps' keys, and their sizes and ``mtime_ns``
as two base64 blocks of 64-bit integers, so that all the maps of an atlas are
compared with their files in one step (``fresh``), and the length of what
follows. Then comes one line of JSON per map, in the header's order:
only the header is read at open; the lines are read and decoded when a map's
metadata is asked for (``cached``), after checking the file is still the one
the header came from. A damaged line is a miss: its map is read again.
A missing, corrupt, truncated or foreign cache counts as empty and is
rewritten; writing goes through a temporary file and a rename without
``fsync`` (a cache lost in a crash is rebuilt), and failing to write only costs
speed next time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import operator
import os
import secrets
import sys
from array import array
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import platformdirs

from .metadata import MapMeta

CACHE_FORMAT = "journeymapper.atlas-cache"
CACHE_VERSION = 2
"""2: one header line, then one line per map (1 was a single JSON object)."""

_ENCODER = json.JSONEncoder(separators=(",", ":"))
"""Compact, ASCII only; made once (``json.dumps`` makes one per call when given ``separators``)."""



def default_cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("JourneyMapper", appauthor=False)) / "atlas"


def file_state(status: os.stat_result) -> list[int]:
    """What identifies a version of the atlas file: size, ``mtime_ns`` and inode (a safe save makes a new one)."""
    return [status.st_size, status.st_mtime_ns, status.st_ino]


_SIZE = operator.attrgetter("st_size")
_TIME = operator.attrgetter("st_mtime_ns")


def stamps_of(statuses: Sequence[os.stat_result]) -> tuple[array, array]:
    """The sizes and the ``mtime_ns`` of many files, made without Python code per file."""
    return array("q", map(_SIZE, statuses)), array("q", map(_TIME, statuses))


class AtlasRows:
    """The atlas's entries as the scan needs them, kept in the cache while the atlas file is unchanged.

    From the cache, each entry's group and tags stay JSON until first asked
    for (``groups``, ``tags``): a warm open does not need them, the list does.
    """

    __slots__ = ("version", "paths", "keys", "folders", "_groups", "_tags", "_details", "_fallback")

    def __init__(self, version: str, paths: list[str], groups: list[str], tags: list[tuple[str, ...]],
                 keys: list[Optional[str]], folders: list[str]) -> None:
        self.version = version
        """The atlas file's format version."""
        self.paths = paths
        """Each entry's path as written."""
        self.keys = keys
        """Each entry's key (``resolve_link``), None when its link is not followed."""
        self.folders = folders
        """The folders (as keys, "" for the atlas's own) that hold the entries' maps."""
        self._groups: Optional[list[str]] = groups
        self._tags: Optional[list[tuple[str, ...]]] = tags
        self._details: Optional[tuple[str, array]] = None
        self._fallback: Optional[Callable[[], "AtlasRows"]] = None

    @classmethod
    def stored(cls, version: str, paths: list[str], keys: list[Optional[str]], folders: list[str],
               kinds: str, kind_of: array) -> "AtlasRows":
        """Rows whose groups and tags are decoded on demand from ``kinds`` (JSON of ``[[group, [tag...]]...]``)
        and ``kind_of`` (each entry's kind)."""
        rows = cls(version, paths, None, None, keys, folders)  # type: ignore[arg-type]
        rows._details = (kinds, kind_of)
        return rows

    @property
    def groups(self) -> list[str]:
        if self._groups is None:
            self._decode()
        return self._groups  # type: ignore[return-value]

    @property
    def tags(self) -> list[tuple[str, ...]]:
        if self._tags is None:
            self._decode()
        return self._tags  # type: ignore[return-value]

    def _decode(self) -> None:
        assert self._details is not None
        kinds, kind_of = self._details
        try:
            table = json.loads(kinds)
            groups_of = [group for group, _ in table]
            tags_of = [tuple(tags) for _, tags in table]
            "".join(groups_of), "".join(chain.from_iterable(tags_of))  # all text, or TypeError
            groups, tags = list(map(groups_of.__getitem__, kind_of)), list(map(tags_of.__getitem__, kind_of))
        except (TypeError, ValueError, IndexError, RecursionError):  # damaged: the atlas file says
            strict = self._fallback() if self._fallback is not None else None
            count = len(self.paths)
            groups = (strict.groups if strict is not None else [])[:count]
            tags = (strict.tags if strict is not None else [])[:count]
            groups, tags = groups + [""] * (count - len(groups)), tags + [()] * (count - len(tags))
        self._groups, self._tags = groups, tags

    def on_damage(self, fallback: Callable[[], "AtlasRows"]) -> None:
        """Where the groups and tags come from if the stored ones prove damaged (the atlas, read strictly)."""
        self._fallback = fallback


_ESCAPES = ("\\", ":", "//", "/../", "/./")
"""What a key made by ``resolve_link`` never holds: the stored keys are checked for these (see ``atlas_rows``)."""


def keys_stay_inside(keys: list[str]) -> bool:
    """No key (nor folder) climbs out, is absolute, a UNC path or has a drive: cheap, over all keys at once."""
    text = "/" + "/".join(keys) + "/"
    return not keys or not any(mark in text for mark in _ESCAPES)


class MetadataCache:
    """Metadata of one atlas's maps. ``load`` once; ``fresh`` (or ``lookup``), ``cached`` and ``put``; ``save``."""

    def __init__(self, atlas_file: Path, folder: Optional[Path] = None) -> None:
        self.atlas_file = os.path.abspath(atlas_file)
        digest = hashlib.sha256(self.atlas_file.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self.file = (folder or default_cache_folder()) / f"{digest}.json"
        self._keys: list[str] = []
        """The stored maps' keys, in the order of their lines (a scan stores the atlas's entries first)."""
        self._sizes = array("q")
        """Each stored map's size, then ``mtime_ns``: only ever compared with a file's, never trusted otherwise."""
        self._times = array("q")
        self._where: Optional[dict[str, int]] = None
        """Key -> its position in ``_keys``; made when first needed."""
        self._lines: Optional[list[bytes]] = None
        """Each stored map's metadata line (compact JSON of ``MapMeta.to_json``); read when first needed."""
        self._source: Optional[tuple[int, int, int, int]] = None
        """(inode, size, mtime_ns, offset of the lines) of the cache file the header was read from."""
        self._atlas: Optional[dict[str, Any]] = None
        self._folders: dict[str, Any] = {}
        """Folder key -> ``[mtime_ns, [lock file names]]`` as listed when the folder had that time."""
        self._used: set[str] = set()
        self._dirty = False
        self._unchanged = False
        """``fresh`` found every stored map unchanged, in order: ``save`` has nothing to do."""
        self.hits = 0
        """Metadata served from the cache (counted when decoded)."""
        self.misses = 0
        """Maps looked up and not served (absent, changed, or a damaged line)."""

    # --- reading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the cache file's header; a missing, corrupt or foreign one counts as empty."""
        self._keys, self._sizes, self._times, self._where, self._lines = [], array("q"), array("q"), {}, []
        self._source = None
        self._atlas, self._folders, self._used, self._dirty, self._unchanged = None, {}, set(), False, False
        try:
            with open(self.file, "rb", buffering=0) as stream:
                status = os.fstat(stream.fileno())
                head = _first_line(stream)
            header = json.loads(head)
            atlas = header["atlas_file"]
            if atlas is not None:
                atlas["paths"], atlas["kind_of"] = _texts(atlas["paths"]), _numbers(atlas["kind_of"])
            keys = (_entry_maps(atlas) if header["entry_maps"] else []) + header["maps"]
            sizes, times = _numbers(header["sizes"], "q"), _numbers(header["times"], "q")
            "".join(keys)  # all text (so hashable), or TypeError
        except (OSError, ValueError, RecursionError, TypeError, KeyError, AttributeError, binascii.Error):
            return
        if (
            header.get("format") != CACHE_FORMAT
            or header.get("version") != CACHE_VERSION
            or header.get("atlas") != self.atlas_file
            or header.get("byteorder") != sys.byteorder
            or type(keys) is not list
            or not len(sizes) == len(times) == len(keys)
            or header.get("lines") != status.st_size - len(head)
        ):
            return  # foreign, or cut short or added to: its lines could not be matched to their maps
        self._keys, self._sizes, self._times, self._where, self._lines = keys, sizes, times, None, None
        self._source = (status.st_ino, status.st_size, status.st_mtime_ns, len(head))
        self._atlas = atlas if type(atlas) is dict else None
        folders = header.get("folders")
        self._folders = folders if type(folders) is dict else {}

    def fresh(self, keys: list[str], sizes: array, times: array) -> list[bool]:
        """For each key, whether the cache holds its map's metadata as the file is now.

        ``sizes`` and ``times`` hold the files' sizes and ``mtime_ns``
        (``stamps_of``). Made for a warm open: when the stored maps start with
        these keys in this order (a scan stores them so) and nothing changed,
        this is three comparisons in C, whatever the number of maps. Nothing
        is decoded.
        """
        count = len(keys)
        self._used.update(keys)
        self._unchanged = False
        if self._keys[:count] == keys:
            stored_sizes, stored_times = self._sizes[:count], self._times[:count]
            if stored_sizes == sizes and stored_times == times:
                self._unchanged = count == len(self._keys)  # nothing to save, prune or reorder
                return [True] * count
            answers = list(map(operator.and_, map(operator.eq, stored_sizes, sizes),
                               map(operator.eq, stored_times, times)))
        else:
            answers = [self._same(key, size, time) for key, size, time in zip(keys, sizes, times)]
        self.misses += answers.count(False)
        return answers

    def lookup(self, key: str, size: int, mtime_ns: int) -> bool:
        """Whether the cache holds the metadata of the map ``key`` as it is now (this size and time).

        Cheap: nothing is decoded (``cached`` decodes).
        """
        self._used.add(key)
        if self._same(key, size, mtime_ns):
            return True
        self.misses += 1
        return False

    def _same(self, key: str, size: int, mtime_ns: int) -> bool:
        where = self._position(key)
        return where is not None and self._sizes[where] == size and self._times[where] == mtime_ns

    def cached(self, key: str) -> Optional[MapMeta]:
        """The stored metadata of ``key`` (after ``fresh`` or ``lookup`` said yes); None (a miss) if damaged."""
        where = self._position(key)
        lines = self._all_lines()
        try:
            meta = MapMeta.from_json(json.loads(lines[where]))  # type: ignore[index]
        except (IndexError, TypeError, ValueError, RecursionError):
            self.misses += 1
            return None
        self.hits += 1
        return meta

    def get(self, key: str, size: int, mtime_ns: int) -> Optional[MapMeta]:
        """The cached metadata if the file still has this size and time; None otherwise."""
        return self.cached(key) if self.lookup(key, size, mtime_ns) else None

    def _position(self, key: str) -> Optional[int]:
        if self._where is None:
            self._where = dict(zip(self._keys, range(len(self._keys))))
        return self._where.get(key)

    def _all_lines(self) -> list[bytes]:
        """The stored metadata lines, read from the cache file if it is still the one loaded (else none)."""
        if self._lines is None:
            self._lines = self._read_lines() or [b""] * len(self._keys)  # damaged lines: misses, rewritten
        return self._lines

    def _read_lines(self) -> Optional[list[bytes]]:
        if self._source is None:
            return None
        inode, size, mtime_ns, offset = self._source
        try:
            with open(self.file, "rb") as stream:
                status = os.fstat(stream.fileno())
                if (status.st_ino, status.st_size, status.st_mtime_ns) != (inode, size, mtime_ns):
                    return None  # replaced since (another window saved it): its lines may be in another order
                stream.seek(offset)
                body = stream.read()
        except OSError:
            return None
        lines = body.split(b"\n")
        if len(lines) != len(self._keys) + 1 or lines[-1]:
            return None
        return lines[:-1]

    def atlas_rows(self, state: list[int]) -> Optional[AtlasRows]:
        """The atlas's entries as stored, if the atlas file is still in ``state`` (see ``file_state``)."""
        stored = self._atlas
        if stored is None or stored.get("state") != state:
            return None
        try:
            version, paths, folders = stored["version"], stored["paths"], stored["folders"]
            kinds, kind_of = stored["kinds"], stored["kind_of"]
            "".join(paths), "".join(kinds)  # all text, or TypeError
            keys = paths if stored["keys"] is None else stored["keys"]
            resolved = keys if keys is paths else [key for key in keys if key is not None]
            if not keys_stay_inside(resolved) or not keys_stay_inside([f for f in folders if f != ""]):
                return None
        except (KeyError, TypeError, ValueError, IndexError, OverflowError):
            return None
        if type(version) is not str or not len(paths) == len(kind_of) == len(keys):
            return None
        return AtlasRows.stored(version, paths, keys, folders, kinds, kind_of)

    def folder_locks(self, folder: str, mtime_ns: int) -> Optional[list[str]]:
        """The lock file names listed in ``folder`` when it last had this ``mtime_ns``; None if unknown.

        A folder's time changes when a file in it is made, removed or renamed
        (a lock taken or given back), so the listing may be trusted as long as
        it stays: the lock files themselves are read at every scan.
        """
        stored = self._folders.get(folder)
        if type(stored) is list and len(stored) == 2 and stored[0] == mtime_ns and type(stored[1]) is list:
            names = stored[1]
            if all(type(name) is str and name.startswith(".~lock.") and "/" not in name for name in names):
                return names
        return None

    def put_folder(self, folder: str, mtime_ns: int, lock_names: list[str]) -> None:
        self._folders[folder] = [mtime_ns, lock_names]
        self._dirty = True

    def keep_folders(self, folders: Sequence[str]) -> None:
        """Forget the listings of folders other than these (no entry's map is in them any more)."""
        if self._folders.keys() - set(folders):
            self._folders = {folder: self._folders[folder] for folder in folders if folder in self._folders}
            self._dirty = True

    # --- writing ----------------------------------------------------------------------------

    def put(self, key: str, size: int, mtime_ns: int, meta: MapMeta) -> None:
        """Keep ``meta`` for the map ``key`` as it is now (this size and time)."""
        self._used.add(key)
        line = _ENCODER.encode(meta.to_json()).encode("ascii")  # ASCII: never a raw newline
        lines = self._all_lines()
        where = self._position(key)
        if where is None:
            assert self._where is not None
            self._where[key] = len(self._keys)
            self._keys.append(key)
            self._sizes.append(size)
            self._times.append(mtime_ns)
            lines.append(line)
        else:
            self._sizes[where], self._times[where] = size, mtime_ns
            lines[where] = line
        self._dirty = True

    def put_atlas(self, state: list[int], rows: AtlasRows) -> None:
        """Keep the atlas's entries, read strictly just now from the atlas file in ``state``."""
        kinds: dict[tuple[str, tuple[str, ...]], int] = {}
        kind_of = [kinds.setdefault((group, tags), len(kinds)) for group, tags in zip(rows.groups, rows.tags)]
        stored = {"state": state, "version": rows.version, "paths": rows.paths,
                  "kinds": _ENCODER.encode([[group, list(tags)] for group, tags in kinds]),
                  "kind_of": array("I", kind_of),
                  "keys": None if rows.keys == rows.paths else rows.keys, "folders": rows.folders}
        if stored != self._atlas:
            self._atlas = stored
            self._dirty = True

    def save(self, prune: bool = True, first: Sequence[str] = ()) -> bool:
        """Write the cache if anything changed; ``prune`` drops maps not looked up since the last save.

        The maps named in ``first`` (the atlas's entries) are stored first, in
        that order, so the next warm open can compare them all at once
        (``fresh``). Returns whether it was written; errors are swallowed (a
        display cache).
        """
        if self._unchanged and not self._dirty:
            self._used = set()
            return False  # the warm open's case, found by ``fresh``
        keys = self._keys
        first = list(first)
        if not self._dirty and keys[: len(first)] == first and (not prune or self._used.issuperset(keys)):
            self._used = set()
            return False  # the warm open's case: nothing to write, nothing to reorder
        kept = [key for key in keys if key in self._used] if prune else keys
        order = list(dict.fromkeys([key for key in first if self._position(key) is not None] + kept))
        used, self._used = self._used, set()
        if order == keys and not self._dirty:
            return False
        lines, sizes, times = self._all_lines(), self._sizes, self._times
        where: list[int] = [self._position(key) for key in order]  # type: ignore[misc]
        self._keys, self._where = order, None
        self._sizes, self._times = array("q", [sizes[i] for i in where]), array("q", [times[i] for i in where])
        self._lines = [lines[i] for i in where]
        body = b"".join([line + b"\n" for line in self._lines])
        entry_maps = _entry_maps(self._atlas) if self._atlas is not None else []
        follows = bool(entry_maps) and order[: len(entry_maps)] == entry_maps
        atlas = self._atlas
        if atlas is not None:
            atlas = dict(atlas, paths=_packed_texts(atlas["paths"]), kind_of=_packed_numbers(atlas["kind_of"]))
        header = {"format": CACHE_FORMAT, "version": CACHE_VERSION, "atlas": self.atlas_file,
                  "byteorder": sys.byteorder, "atlas_file": atlas, "folders": self._folders,
                  "entry_maps": follows, "maps": order[len(entry_maps):] if follows else order,
                  "sizes": _packed_numbers(self._sizes), "times": _packed_numbers(self._times), "lines": len(body)}
        try:
            head = json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n"
            _replace(self.file, head + body)
            status = os.stat(self.file)
        except (OSError, ValueError):
            self._used = used
            return False
        self._source = (status.st_ino, status.st_size, status.st_mtime_ns, len(head))
        self._dirty = False
        return True


def _packed_texts(texts: list[str]) -> Any:
    """Many short texts as one JSON string (one object to decode, not one each) when none holds a newline."""
    return "\n".join(texts) if texts and not any("\n" in text for text in texts) else texts


def _texts(packed: Any) -> list[str]:
    return packed.split("\n") if type(packed) is str else packed


def _packed_numbers(numbers: array) -> str:
    """An array of integers as base64 of its bytes (this machine's byte order: a cache is not shared)."""
    return base64.b64encode(numbers.tobytes()).decode("ascii")


def _numbers(packed: str, kind: str = "I") -> array:
    """Raises binascii.Error, ValueError or TypeError when damaged."""
    numbers = array(kind)
    numbers.frombytes(binascii.a2b_base64(packed, strict_mode=True))
    return numbers


def _first_line(stream: Any, block: int = 1 << 17) -> bytes:
    """The first line of an unbuffered binary file, newline included, in as few reads as its length needs."""
    head = stream.read(block)
    end = head.find(b"\n")
    while end < 0:
        more = stream.read(max(block, len(head)))
        if not more:
            raise ValueError("no header line")
        found = more.find(b"\n")
        end = len(head) + found if found >= 0 else -1
        head += more
    return head[: end + 1]


def _entry_maps(atlas: Any) -> list[str]:
    """The maps of a stored atlas's entries, each once, in order: the first maps stored (see ``save``).

    Not written twice: when ``entry_maps`` is set, the header's ``maps`` holds only the maps after them.
    """
    keys = atlas["paths"] if atlas["keys"] is None else [key for key in atlas["keys"] if key is not None]
    return keys if len(set(keys)) == len(keys) else list(dict.fromkeys(keys))


def _replace(file: Path, data: bytes) -> None:
    """Write ``file`` whole through a temporary file and a rename: a reader sees the old or the new file."""
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(f".{file.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb") as stream:
            stream.write(data)
        os.replace(temporary, file)
    except BaseException:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise
