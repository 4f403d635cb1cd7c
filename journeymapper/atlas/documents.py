"""Whole maps for searching and the roll-up: parsed once, kept in a small LRU keyed by file state.

Metadata is enough for the list; search and the action roll-up need every
card and action. Parsing a map costs milliseconds, so the last few parsed maps
are kept, and reused while the file's size and ``mtime_ns`` are unchanged
(the cache's rule: for display, not for saving).
"""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path
from typing import Optional

from ..model import JourneyMap
from ..store import MAP_FORMAT, parse_document
from ..store.files import read_with_stat

DEFAULT_CAPACITY = 64
"""Maps kept parsed (a 3,000-card map takes a few megabytes)."""


class MapDocuments:
    """An LRU of parsed maps. ``get`` raises DocumentError for a missing or invalid map."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._maps: OrderedDict[str, tuple[int, int, JourneyMap]] = OrderedDict()
        self.reads = 0

    def get(self, file: Path) -> JourneyMap:
        key = str(file)
        kept = self._maps.get(key)
        if kept is not None:
            status = os.stat(file)
            if (status.st_size, status.st_mtime_ns) == kept[:2]:
                self._maps.move_to_end(key)
                return kept[2]
        raw, status = read_with_stat(file)
        self.reads += 1
        journey = parse_document(raw, file, MAP_FORMAT).document
        self.put(file, status.st_size, status.st_mtime_ns, journey)
        return journey

    def put(self, file: Path, size: int, mtime_ns: int, journey: JourneyMap) -> None:
        if self.capacity <= 0:
            return
        self._maps[str(file)] = (size, mtime_ns, journey)
        self._maps.move_to_end(str(file))
        while len(self._maps) > self.capacity:
            self._maps.popitem(last=False)

    def forget(self, file: Optional[Path] = None) -> None:
        """Drop one map (after we changed it) or all."""
        if file is None:
            self._maps.clear()
        else:
            self._maps.pop(str(file), None)
