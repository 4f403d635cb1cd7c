"""An opened atlas: its entries with each map's metadata, read through the cache. Read-only.

Opening reads the atlas file and each map it lists (or only its cached
metadata when the map's size and time are unchanged), never writes to the
atlas or to any map, and touches only links inside the atlas's folder
(``links``). The GUI's atlas window lists ``entries``; ``scan`` yields them one
by one so a worker thread can report progress. Not thread-safe: one thread
per index.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterator, Optional

from ..model import Atlas, JourneyMap
from ..model.invariants import same_path_key
from ..store import ATLAS_FORMAT, load
from ..store.locks import LockInfo, LockUnreadable, read_lock
from ..store.versions import Version
from .cache import MetadataCache
from .documents import MapDocuments
from .info import MapInfo, MapRead
from .links import Link, key_file, resolve_link
from .metadata import MapMeta, ReadFailed, read_meta
from .scan import DEFAULT_DEPTH, DEFAULT_LIMIT, map_files

Progress = Callable[[int, int], None]


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
        atlas: Atlas,
        version: Version,
        *,
        today: Optional[date] = None,
        settings: Optional[AtlasSettings] = None,
        cache: Optional[MetadataCache] = None,
        documents: Optional[MapDocuments] = None,
    ) -> None:
        self.path = Path(os.path.abspath(path))
        self.root = self.path.parent
        self.atlas_key = self.path.name
        self.atlas = atlas
        self.version = version
        self.today = today or date.today()
        self.settings = settings or AtlasSettings()
        self.cache = cache
        self.documents = documents or MapDocuments()
        self.entries: list[MapInfo] = []
        self._reads: dict[str, MapRead] = {}
        self._lock_names: dict[str, frozenset[str]] = {}

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
        loaded = load(path, ATLAS_FORMAT)
        cache = MetadataCache(path, cache_folder) if use_cache else None
        index = cls(path, loaded.document, loaded.version, today=today, settings=settings, cache=cache)
        index.refresh(progress)
        return index

    # --- scanning -----------------------------------------------------------------------------

    def refresh(self, progress: Optional[Progress] = None, cancelled: Optional[Callable[[], bool]] = None) -> None:
        """Read every entry again (cheap for unchanged maps); ``entries`` holds the result."""
        entries = []
        total = len(self.atlas.entries)
        for number, info in enumerate(self.scan(), 1):
            entries.append(info)
            if progress is not None:
                progress(number, total)
            if cancelled is not None and cancelled():
                break
        self.entries = entries

    def scan(self) -> Iterator[MapInfo]:
        """Each entry's MapInfo in atlas order; the cache is saved when the scan completes."""
        self._reads, self._lock_names = {}, {}
        if self.cache is not None:
            self.cache.load()
        for position, entry in enumerate(self.atlas.entries):
            link = self.entry_link(entry.path)
            info = MapInfo(entry.path, link, position, entry.group, tuple(entry.tags))
            yield self._described(info) if link.resolved else info
        if self.cache is not None:
            self.cache.save(prune=True)

    def _described(self, info: MapInfo) -> MapInfo:
        link = info.link
        assert link.key is not None and link.os_path is not None
        found = self.read(link.key, link.os_path)
        holder, unknown = self._holder(link.os_path)
        meta = found.meta
        opened = overdue = 0
        stale = None
        if meta is not None and not meta.error:
            today = self.today.isoformat()
            opened = len(meta.open_due)
            overdue = sum(1 for due in meta.open_due if due is not None and due < today)
            stale = self._stale(meta, found.mtime_ns)
        return MapInfo(info.path, link, info.position, info.group, info.tags, found, holder, unknown,
                       opened, overdue, stale)

    def read(self, key: str, file: Optional[str] = None) -> MapRead:
        """The metadata of the map at ``key`` (inside the atlas folder), through the cache; once per scan."""
        found = self._reads.get(key)
        if found is None:
            found = self._reads[key] = self._read(file or str(key_file(self.root, key)))
        return found

    def _read(self, file: str) -> MapRead:
        try:
            status = os.stat(file)
        except FileNotFoundError:
            return MapRead(broken="missing (no such file)")
        except OSError as error:
            return MapRead(broken=f"cannot be read: {error.strerror or error}")
        if not stat.S_ISREG(status.st_mode):
            return MapRead(broken="not a file (a folder?)")
        if self.cache is not None:
            meta = self.cache.get(file, status.st_size, status.st_mtime_ns)
            if meta is not None:
                return MapRead(meta, None, status.st_size, status.st_mtime_ns)
        try:
            meta, status = read_meta(Path(file))  # the map is not kept: see MapDocuments
        except ReadFailed as failure:
            return MapRead(broken=failure.reason)
        if self.cache is not None:
            self.cache.put(file, status.st_size, status.st_mtime_ns, meta)
        return MapRead(meta, None, status.st_size, status.st_mtime_ns)

    def _holder(self, file: str) -> tuple[Optional[LockInfo], bool]:
        """Who holds the map's lock; the folder is listed once per scan, so maps without a lock cost nothing."""
        folder, name = os.path.split(file)
        names = self._lock_names.get(folder)
        if names is None:
            try:
                names = frozenset(n for n in os.listdir(folder) if n.startswith(".~lock."))
            except OSError:
                names = frozenset()
            self._lock_names[folder] = names
        if f".~lock.{name}#" not in names:
            return None, False
        try:
            return read_lock(Path(file), retries=0), False
        except LockUnreadable:
            return None, True
        except OSError:
            return None, False

    def _stale(self, meta: MapMeta, mtime_ns: Optional[int]) -> Optional[str]:
        if meta.review_by and meta.review_by < self.today.isoformat():
            return f"review date {meta.review_by} has passed"
        if meta.modified:
            last = datetime.fromisoformat(meta.modified).date()
        elif mtime_ns is not None:
            last = date.fromtimestamp(mtime_ns / 1e9)
        else:
            return None
        days = (self.today - last).days
        return f"not changed for {days} days" if days >= self.settings.stale_days else None

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
        keys = (self.entry_link(entry.path).key for entry in self.atlas.entries)
        listed = {key.casefold() for key in keys if key is not None}
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
