"""An opened atlas: its entries with each map's metadata, read through the cache. Read-only.

Opening reads the atlas file and each map it lists (or only its cached
metadata when the map's size and time are unchanged), never writes to the
atlas or to any map, and touches only links inside the atlas's folder
(``links``). The GUI's atlas window lists ``entries``; ``scan`` yields them one
by one so a worker thread can report progress. Scan in one thread at a time;
what an entry works out on demand (below) may be asked for from another (the
window's): the worst a race does is decode the same line twice.

Speed (issue 5, tests/bench/bench_atlas.py): a cold open reads each map once
with the quick reader (``quickread``); a warm open, nothing changed, reads no
map and not even the atlas file: the cache holds the atlas's entries while
the atlas file's size, time and inode are unchanged, so the open is a stat of
the atlas, one read of the cache file's header, a stat per folder (listed for
lock files only when its time changed) and a stat per map, all compared with
the cache at once; each entry's metadata is decoded when first asked for.
``atlas`` (the whole Atlas model: title, pairs, persona library) is then read
strictly when first used. ``verify`` makes every reading strict, for ``atlas
check``.
"""

from __future__ import annotations

import os
import re
import stat
from array import array
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Callable, Iterator, Optional

from ..model import Atlas, JourneyMap
from ..model.invariants import same_path_key
from ..store import ATLAS_FORMAT, load, parse_document
from ..store.files import read_with_stat
from ..store.locks import LockInfo, LockUnreadable, read_lock
from ..store.versions import Version
from .cache import AtlasRows, MetadataCache, file_state, stamps_of
from .documents import MapDocuments
from .info import EntryContext, MapInfo, MapRead, pending_read, scanned_info
from .links import Link, resolve_link
from .metadata import ReadFailed, collection_paused, read_meta
from .scan import DEFAULT_DEPTH, DEFAULT_LIMIT, map_files

Progress = Callable[[int, int], None]


PROGRESS_STEPS = 100
"""Progress is reported at most this many times a scan: a warm scan of thousands of maps takes a few
milliseconds, and one report per map queued as many updates of the window's progress bar at once
(measured: a 250 ms stall for 1,000 maps)."""

LOCK_PREFIX = ".~lock."
"""Lock files are ``.~lock.NAME#`` beside the map (store.sidefiles.lock_path)."""

_SEGMENT = (
    r"(?!\.\.?(?:/|$))"  # not . or ..
    r"(?!(?i:con|prn|aux|nul|com[0-9]|lpt[0-9]) *(?:\.[^/\n]*)?(?:/|$))"  # not a Windows device name
    r"[^/\\:\x00-\x1f\x7f]+"  # no separator, colon or control character
)
_PLAIN_LINKS = re.compile(rf"^(?=[^\n]*\S){_SEGMENT}(?:/{_SEGMENT})*$", re.MULTILINE)
"""Lines that are plain relative paths below the folder, already normalised: each is its own key.

Checked in one pass over all entries' paths; any other path goes through
``resolve_link`` (tests/test_atlas_quickread.py checks both agree on tricky links).
The keys are kept in the cache with the atlas's entries.
"""


@dataclass(frozen=True)
class AtlasSettings:
    """The user's settings that change what the atlas shows."""

    stale_days: int = 180
    """A map not changed for this many days is flagged stale."""
    scan_depth: int = DEFAULT_DEPTH
    scan_limit: int = DEFAULT_LIMIT


class AtlasIndex:
    """An atlas file and what its maps say. Use ``AtlasIndex.open``."""

    def __init__(
        self,
        path: Path,
        atlas: Optional[Atlas],
        version: Optional[Version],
        *,
        today: Optional[date] = None,
        settings: Optional[AtlasSettings] = None,
        cache: Optional[MetadataCache] = None,
        documents: Optional[MapDocuments] = None,
    ) -> None:
        self.path = Path(os.path.abspath(path))
        self.root = self.path.parent
        self.atlas_key = self.path.name
        self._atlas = atlas
        self._version = version
        self._rows: Optional[AtlasRows] = None
        self.today = today or date.today()
        self.settings = settings or AtlasSettings()
        self.cache = cache
        self._cache_loaded = False
        self.documents = documents or MapDocuments()
        self.entries: list[MapInfo] = []
        self.strict = False
        """Read every map with the store's strict reader (set by ``verify``)."""
        self.maps_read = 0
        """Map files read (not served from the cache) since the index was made."""
        self._reads: dict[str, MapRead] = {}
        self._unchanged: dict[str, int] = {}
        self._sizes, self._times = array("q"), array("q")
        self._stamped: set[str] = set()
        self._mended = False
        self._resolved: Optional[tuple[AtlasRows, list[str]]] = None

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        today: Optional[date] = None,
        settings: Optional[AtlasSettings] = None,
        cache_folder: Optional[Path] = None,
        use_cache: bool = True,
        progress: Optional[Progress] = None,
    ) -> "AtlasIndex":
        """Read the atlas and every map's metadata. Raises DocumentError for a damaged atlas."""
        path = Path(os.path.abspath(path))
        cache = MetadataCache(path, cache_folder) if use_cache else None
        index = cls(path, None, None, today=today, settings=settings, cache=cache)
        index._rows = index._cached_rows()
        if index._rows is None:
            index._load_atlas()
        index.refresh(progress)
        return index

    # --- the atlas file -------------------------------------------------------------------------

    @property
    def atlas(self) -> Atlas:
        """The whole atlas document, read strictly (when the entries came from the cache: on first use)."""
        if self._atlas is None:
            loaded = load(self.path, ATLAS_FORMAT)
            self._atlas, self._version = loaded.document, loaded.version
        return self._atlas

    @atlas.setter
    def atlas(self, value: Atlas) -> None:
        self._atlas = value
        self._rows = None

    @property
    def version(self) -> Version:
        """The atlas file's format version (as stored with the cached entries, or read)."""
        if self._version is None and self._atlas is None and self._rows is not None:
            try:
                self._version = Version.parse(self._rows.version)
            except ValueError:
                pass
        if self._version is None:
            self.atlas  # noqa: B018 - reads the file, which sets the version
        assert self._version is not None
        return self._version

    @version.setter
    def version(self, value: Version) -> None:
        self._version = value

    def _cached_rows(self) -> Optional[AtlasRows]:
        """The atlas's entries from the cache, if the atlas file is as it was when they were stored."""
        if self.cache is None:
            return None
        try:
            status = os.stat(self.path)
        except OSError:
            return None  # the strict reading says why
        with collection_paused():  # the cache's header: thousands of objects that live on
            self._load_cache()
            rows = self.cache.atlas_rows(file_state(status))
        if rows is not None:
            rows.on_damage(lambda: AtlasIndex(self.path, self.atlas, self._version).rows)
        return rows

    def _load_atlas(self) -> None:
        """Read the atlas strictly (raises DocumentError), and keep its entries in the cache."""
        raw, status = read_with_stat(self.path)
        loaded = parse_document(raw, self.path, ATLAS_FORMAT)
        self.atlas = loaded.document
        self._version = loaded.version
        if self.cache is not None:
            self._load_cache()
            self.cache.put_atlas(file_state(status), self.rows)

    def _load_cache(self) -> None:
        if self.cache is not None and not self._cache_loaded:
            self.cache.load()
            self._cache_loaded = True

    @property
    def rows(self) -> AtlasRows:
        """The atlas's entries (path, group, tags, key) as plain lists, in atlas order."""
        if self._rows is None:
            entries = self.atlas.entries
            paths = [e.path for e in entries]
            plain = set(_PLAIN_LINKS.findall("\n".join(paths)))
            keys = [path if path in plain else self.entry_link(path).key for path in paths]
            folders = sorted({key.rpartition("/")[0] for key in keys if key is not None})
            self._rows = AtlasRows(str(self.version), paths, [e.group for e in entries],
                                   [tuple(e.tags) for e in entries], keys, folders)
        return self._rows

    def entry_keys(self) -> list[Optional[str]]:
        """Each entry's key (its path relative to the folder), or None when its link is not followed."""
        return self.rows.keys

    # --- scanning -----------------------------------------------------------------------------

    def refresh(self, progress: Optional[Progress] = None, cancelled: Optional[Callable[[], bool]] = None) -> None:
        """Read every entry again (cheap for unchanged maps); ``entries`` holds the result."""
        if progress is None and cancelled is None:
            self.entries = list(self.scan())
            return
        entries = []
        total = len(self.rows.paths)
        step = max(1, total // PROGRESS_STEPS)
        for number, info in enumerate(self.scan(), 1):
            entries.append(info)
            if progress is not None and (number % step == 0 or number == total):
                progress(number, total)
            if cancelled is not None and cancelled():
                break
        self.entries = entries

    def scan(self) -> Iterator[MapInfo]:
        """Each entry's MapInfo in atlas order; the cache is saved when the scan completes.

        Maps the cache holds as they are now are found in bulk first
        (``_find_unchanged``) and read from the cache when first asked for;
        the others are read here, one by one, so progress moves with them.
        """
        self._load_cache()
        rows, keys = self.rows, self.entry_keys()
        context = EntryContext(self.root, self.today, self.settings.stale_days, self.read, rows)
        locks = self._locks()
        self._reads = reads = {}
        with collection_paused():  # thousands of small objects that all live on: nothing for the collector
            self._unchanged = unchanged = self._find_unchanged()
            warm = not locks and len(unchanged) == len(keys) > 0  # nothing to read, nobody has a map open
            if warm:
                entries = list(map(scanned_info, rows.paths, range(len(keys)), repeat(context), keys))
        if warm:
            yield from entries
        else:
            for position, (key, path, group, tags) in enumerate(zip(keys, rows.paths, rows.groups, rows.tags)):
                if key is None:
                    yield MapInfo(path, self.entry_link(path), position, group, tags)
                    continue
                if key not in unchanged and key not in reads:
                    reads[key] = self._read(key, self._file(key), stamped=key in self._stamped)
                holder, unknown = self._holder(key, locks) if locks else (None, False)
                yield scanned_info(path, position, context, key, group, tags, holder, unknown)
        if self.cache is not None:
            self.cache.save(prune=True, first=self._resolved_keys())

    def _find_unchanged(self) -> dict[str, int]:
        """The entries' maps that the cache holds as they are now: key -> position in ``_sizes``/``_times``.

        One stat per map, all at once (``map``, no Python code per map), and
        one comparison of all their sizes and times with the cache's. Empty
        when a map is missing or unreadable: then each map is looked at on its
        own (``_read`` says why). Only sizes and times are kept, not the stat
        results: thousands of objects fewer for the collector.
        """
        self._sizes, self._times, self._stamped = array("q"), array("q"), set()
        if self.cache is None or self.strict:
            return {}
        keys = self._resolved_keys()
        files = list(map(f"{self.root}{os.sep}".__add__, keys))
        if os.sep != "/":
            files = [file.replace("/", os.sep) for file in files]
        try:
            stats = list(map(os.stat, files))
        except (OSError, ValueError):
            return {}
        self._sizes, self._times = sizes, times = stamps_of(stats)
        fresh = self.cache.fresh(keys, sizes, times)
        if all(fresh):
            return dict(zip(keys, range(len(keys))))
        self._stamped = {key for key, status in zip(keys, stats) if stat.S_ISREG(status.st_mode)}
        return {key: position for position, (key, same) in enumerate(zip(keys, fresh)) if same}

    def _resolved_keys(self) -> list[str]:
        """The entries' keys in order, each once, without the unresolved."""
        rows = self.rows
        if self._resolved is None or self._resolved[0] is not rows:
            keys = rows.keys
            if None in keys or len(set(keys)) != len(keys):
                keys = list(dict.fromkeys(key for key in keys if key is not None))
            self._resolved = (rows, keys)  # type: ignore[assignment]
        return self._resolved[1]  # type: ignore[return-value]

    def _file(self, key: str) -> str:
        return f"{self.root}{os.sep}{key if os.sep == '/' else key.replace('/', os.sep)}"

    def read(self, key: str, file: Optional[str] = None) -> MapRead:
        """The metadata of the map at ``key`` (inside the atlas folder), through the cache; once per scan."""
        found = self._reads.get(key)
        if found is None:
            position = self._unchanged.get(key)
            if position is not None:  # found unchanged by the scan: decoded from the cache when asked for
                found = pending_read(self._sizes[position], self._times[position], self._decoded, key)
                if self.strict:
                    self._made_strict(found, key, file or self._file(key))
            else:
                found = self._read(key, file or self._file(key))
            found = self._reads.setdefault(key, found)
        return found

    def _read(self, key: str, file: str, stamped: bool = False) -> MapRead:
        """``stamped``: the scan's bulk stat found a file here, and the cache has no metadata for it."""
        if stamped:
            return self._read_file(MapRead(), key, file)
        try:
            status = os.stat(file)
        except FileNotFoundError:
            return MapRead(broken="missing (no such file)")
        except OSError as error:
            return MapRead(broken=f"cannot be read: {error.strerror or error}")
        if not stat.S_ISREG(status.st_mode):
            return MapRead(broken="not a file (a folder?)")
        cache = self.cache
        if cache is not None and cache.lookup(key, status.st_size, status.st_mtime_ns):
            read = pending_read(status.st_size, status.st_mtime_ns, self._decoded, key)
            return read if not self.strict else self._made_strict(read, key, file)
        return self._read_file(MapRead(), key, file)

    def _decoded(self, read: MapRead, key: str) -> None:
        """Decode the cached metadata (``MapRead`` calls this when it is first asked for)."""
        assert self.cache is not None
        meta = self.cache.cached(key)
        if meta is None:  # a damaged line: read the map after all, and mend the cache file (once)
            self._read_file(read, key, self._file(key))
            if not self._mended:
                self._mended = True
                self.cache.save(prune=False)
        else:
            read.meta = meta

    def _read_file(self, read: MapRead, key: str, file: str) -> MapRead:
        """Read the map itself into ``read`` (quick reader, or strict in strict mode), and cache the result."""
        self.maps_read += 1
        try:
            meta, status = read_meta(file, strict=self.strict)  # the map is not kept: see MapDocuments
        except ReadFailed as failure:
            read.broken, read.meta = failure.reason, None
            return read
        read.meta, read.broken, read.size, read.mtime_ns = meta, None, status.st_size, status.st_mtime_ns
        if self.cache is not None:
            self.cache.put(key, status.st_size, status.st_mtime_ns, meta)
        return read

    def _made_strict(self, read: MapRead, key: str, file: str) -> MapRead:
        meta = read.meta
        if read.broken is None and meta is not None and not meta.validated:
            self._read_file(read, key, file)
        return read

    def verify(self, progress: Optional[Progress] = None) -> None:
        """Read strictly every map read so far only by the quick reader, and every map read from now on.

        ``journeymapper atlas check`` calls this: a map the quick reader let
        through may still be invalid (a card's colour, a lane id). Strict
        results are cached, so a second check reads only changed maps.
        """
        self.strict = True
        for info in self.entries:
            info.read  # noqa: B018 - every entry's read is made (scanned entries make theirs when asked)
        reads = list(self._reads.items())
        for number, (key, read) in enumerate(reads, 1):
            self._made_strict(read, key, self._file(key))
            if progress is not None:
                progress(number, len(reads))
        for info in self.entries:
            info._forget_judgement()
        if self.cache is not None:
            self.cache.save(prune=False)

    # --- verifying in the background (the atlas window) -----------------------------------------

    def unverified_keys(self) -> list[str]:
        """The entries' maps read so far only by the quick reader, each once, in atlas order.

        The window verifies these after showing the list (``strict_reading``):
        a map whose strict verdict is cached is not among them. Decodes every
        entry's metadata, so call it in the thread that scans.
        """
        keys: dict[str, None] = {}
        for info in self.entries:
            key = info.link.key
            if key is None:
                continue
            read = info.read
            meta = read.meta
            if read.broken is None and meta is not None and not meta.validated:
                keys[key] = None
        return list(keys)

    def strict_reading(self, key: str) -> Optional[MapRead]:
        """The map ``key`` read now by the strict reader, its verdict kept in the cache (``cache.save``
        writes it); None when the file cannot be read now (the scan's reading stands).

        Unlike ``verify`` this changes no entry: the window, in its own thread,
        shows the new readings (``show_readings``).
        """
        try:
            meta, status = read_meta(self._file(key), strict=True)
        except ReadFailed:
            return None
        if self.cache is not None:
            self.cache.put(key, status.st_size, status.st_mtime_ns, meta)
        return MapRead(meta, None, status.st_size, status.st_mtime_ns)

    def show_readings(self, readings: dict[str, MapRead]) -> list[MapInfo]:
        """Make the entries show the new readings (map key -> ``strict_reading``); returns the entries changed."""
        shown = [info for info in self.entries if info.link.key in readings]
        for info in shown:
            reading, read = readings[info.link.key], info.read  # type: ignore[index]
            read.meta, read.broken = reading.meta, reading.broken  # entries of one map share their read
            read.size, read.mtime_ns = reading.size, reading.mtime_ns
            info._forget_judgement()
        return shown

    def _locks(self) -> dict[str, frozenset[str]]:
        """Lock file names by folder key, for the entries' folders that hold any.

        A map without a lock then costs nothing, and only existing lock files
        are read. A folder is listed only when its time changed since the
        cache saw it (a lock made or removed changes it), else a stat of the
        folder is enough: opening an unchanged atlas lists nothing.
        """
        found = {}
        cache = self.cache
        for folder in self.rows.folders:
            path = self._file(folder) if folder else str(self.root)
            try:
                mtime_ns = os.stat(path).st_mtime_ns
                names = cache.folder_locks(folder, mtime_ns) if cache is not None else None
                if names is None:
                    names = [name for name in os.listdir(path) if name.startswith(LOCK_PREFIX)]
                    if cache is not None:
                        cache.put_folder(folder, mtime_ns, names)
            except OSError:
                continue
            if names:
                found[folder] = frozenset(names)
        if cache is not None:
            cache.keep_folders(self.rows.folders)
        return found

    def _holder(self, key: str, locks: dict[str, frozenset[str]]) -> tuple[Optional[LockInfo], bool]:
        """Who holds the map's lock, if the folder's listing showed one."""
        folder, _, name = key.rpartition("/")
        names = locks.get(folder)
        if names is None or f"{LOCK_PREFIX}{name}#" not in names:
            return None, False
        try:
            return read_lock(Path(self._file(key)), retries=0), False
        except LockUnreadable:
            return None, True
        except OSError:
            return None, False

    # --- questions ------------------------------------------------------------------------------

    def entry_link(self, text: str) -> Link:
        """An atlas entry's (or pair's) link, resolved relative to the atlas."""
        return resolve_link(text, self.atlas_key, self.root)

    def follow(self, text: str, holder_key: str) -> Link:
        """A drill-down ``text`` written in the map ``holder_key``, resolved relative to that map."""
        return resolve_link(text, holder_key, self.root)

    def info(self, path: str) -> Optional[MapInfo]:
        """The entry whose path names the same file as ``path``."""
        wanted = same_path_key(path)
        return next((i for i in self.entries if same_path_key(i.path) == wanted), None)

    def readable(self) -> list[MapInfo]:
        return [info for info in self.entries if info.readable]

    def document(self, info: MapInfo) -> JourneyMap:
        """The whole map of an entry (parsed once, LRU); raises DocumentError or OSError."""
        if info.link.file is None:
            raise ValueError(f"{info.path!r} is not opened automatically: {info.link.reason}")
        return self.documents.get(info.link.file)

    def unlisted(self) -> list[str]:
        """Maps in the atlas folder (bounded walk) that no entry names, as keys to add."""
        listed = {key.casefold() for key in self.entry_keys() if key is not None}
        found = map_files(self.root, self.settings.scan_depth, self.settings.scan_limit)
        return [key for key in found if key.casefold() not in listed]

    def owners(self) -> list[str]:
        """Every map owner and action owner across the atlas (for the owner completer), from metadata."""
        names: dict[str, str] = {}
        for info in self.entries:
            if info.meta is not None:
                for name in (info.meta.owner, *info.meta.action_owners):
                    if name.strip():
                        names.setdefault(name.strip().casefold(), name.strip())
        return sorted(names.values(), key=str.casefold)


__all__ = ["AtlasIndex", "AtlasSettings", "MapInfo", "MapRead", "Progress"]
