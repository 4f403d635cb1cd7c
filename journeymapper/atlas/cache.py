"""The metadata cache: one JSON file per atlas in the user's cache folder, never in the atlas.

Opening a large atlas again should read no map at all. An entry is keyed by
the map's absolute path and trusted while the file's size and ``mtime_ns`` are
unchanged: this is a display cache, not a safety check (saving still compares
content, see store/fingerprint.py), so a change within one timestamp tick that
keeps the size is shown late, never lost. A corrupt or foreign cache file is
ignored and rebuilt; failing to write it only costs speed next time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Optional

import platformdirs

from ..store.atomic import atomic_write
from .metadata import MapMeta

CACHE_FORMAT = "journeymapper.atlas-cache"
CACHE_VERSION = 1


def default_cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("JourneyMapper", appauthor=False)) / "atlas"


class MetadataCache:
    """Metadata of one atlas's maps. ``load`` once, ``get``/``put`` per map, ``save`` at the end."""

    def __init__(self, atlas_file: Path, folder: Optional[Path] = None) -> None:
        self.atlas_file = os.path.abspath(atlas_file)
        digest = hashlib.sha256(self.atlas_file.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self.file = (folder or default_cache_folder()) / f"{digest}.json"
        self._entries: dict[str, Any] = {}
        """Absolute map path -> ``[size, mtime_ns, metadata]``."""
        self._used: set[str] = set()
        self._dirty = False
        self.hits = 0
        self.misses = 0

    def load(self) -> None:
        """Read the cache file; a missing, corrupt or foreign one counts as empty."""
        self._entries, self._used, self._dirty = {}, set(), False
        try:
            with open(self.file, "rb") as stream:
                data = json.loads(stream.read())
        except (OSError, ValueError):
            return
        if (
            isinstance(data, dict)
            and data.get("format") == CACHE_FORMAT
            and data.get("version") == CACHE_VERSION
            and data.get("atlas") == self.atlas_file
            and isinstance(data.get("maps"), dict)
        ):
            self._entries = data["maps"]

    def get(self, file: Path | str, size: int, mtime_ns: int) -> Optional[MapMeta]:
        """The cached metadata if the file still has this size and time; None otherwise."""
        key = str(file)
        self._used.add(key)
        entry = self._entries.get(key)
        if type(entry) is list and len(entry) == 3 and entry[0] == size and entry[1] == mtime_ns:
            try:
                meta = MapMeta.from_json(entry[2])
            except (TypeError, ValueError):
                pass
            else:
                self.hits += 1
                return meta
        self.misses += 1
        return None

    def put(self, file: Path | str, size: int, mtime_ns: int, meta: MapMeta) -> None:
        key = str(file)
        self._used.add(key)
        self._entries[key] = [size, mtime_ns, meta.to_json()]
        self._dirty = True

    def save(self, prune: bool = True) -> bool:
        """Write the cache if anything changed (atomically); ``prune`` drops maps not looked up since ``load``.

        Returns whether it was written; errors are swallowed (a display cache).
        """
        if prune and set(self._entries) - self._used:
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
            self._dirty = True
        if not self._dirty:
            return False
        data = {"format": CACHE_FORMAT, "version": CACHE_VERSION, "atlas": self.atlas_file, "maps": self._entries}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.file, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        except (OSError, ValueError):
            return False
        self._dirty = False
        return True
