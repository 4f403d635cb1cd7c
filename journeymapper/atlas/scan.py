"""Map files in the atlas's folder, found by a bounded walk that skips side files.

Used to offer maps that are not yet in the atlas. The walk stays inside the
folder: it never follows a symbolic link to a folder (one could lead outside,
or round in a loop), skips hidden folders and every side file (locks, backups,
temporary files, history folders; ``store.sidefiles``), and stops at a depth
and a number of entries so a huge share cannot stall it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..store.sidefiles import MAP_SUFFIX, is_document_name, is_side_file

DEFAULT_DEPTH = 4
"""Sub-folder levels below the atlas's folder that are searched."""
DEFAULT_LIMIT = 20_000
"""Folder entries looked at, at most, in one walk."""


def map_files(root: Path, depth: int = DEFAULT_DEPTH, limit: int = DEFAULT_LIMIT) -> list[str]:
    """Keys (``/``-separated paths relative to ``root``) of the ``.journey`` files under it, sorted."""
    found: list[str] = []
    pending: list[tuple[Path, str, int]] = [(root, "", 0)]
    seen = 0
    while pending and seen < limit:
        folder, prefix, level = pending.pop()
        try:
            with os.scandir(folder) as listing:
                items = list(listing)
        except OSError:
            continue
        for item in items:
            seen += 1
            if seen > limit:
                break
            name = item.name
            if name.startswith(".") or is_side_file(name):
                continue
            key = prefix + name
            try:
                if item.is_dir(follow_symlinks=False):
                    if level < depth:
                        pending.append((Path(item.path), key + "/", level + 1))
                elif name.endswith(MAP_SUFFIX) and is_document_name(name):
                    found.append(key)
            except OSError:
                continue
    return sorted(found)
