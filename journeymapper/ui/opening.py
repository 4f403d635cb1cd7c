"""Turning what the user asked to open into map documents, without any widget.

A ``.journey`` file opens as itself, through a SafeFile that reads it once and
takes its lock. An ``.atlas`` file opens its first map (the atlas itself is
read, never locked); the window also lists the atlas in its Atlas dock. The bundled example opens as
an untitled copy, so an edit saved from a first run can never overwrite the
installed example. Every failure is a ``DocumentError`` naming the file and
the place. ``open_file``, ``open_map`` and ``read_example`` block on the disk:
the window calls them in a worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication

from ..atlas.links import resolve_link
from ..atlas.newmap import DEFAULT_LANES, DEFAULT_STAGES
from ..atlas.newmap import new_journey as new_journey_named
from ..editor import MapDocument
from ..model import JourneyMap, Problem
from ..resources import example_atlas
from ..store import ATLAS_FORMAT, MAP_FORMAT, DocumentError, FileHooks, Loaded, SafeFile, load

def tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


@dataclass
class Opened:
    """What opening a path gave: the map to show, and its file once read and locked."""

    map_path: Path
    file: Optional[SafeFile] = None
    """None for an atlas: ``map_path`` is its first map, which may already be open."""
    read_only: Optional[str] = None
    """Why the file cannot be saved in place (read-only file or folder, no lock possible)."""


def open_file(path: Path, hooks: Optional[FileHooks] = None) -> Opened:
    """Open a map for editing, or find the first map of an atlas (blocking)."""
    hooks = hooks or FileHooks()
    path = Path(path)
    unlocked = SafeFile.open(path, hooks=replace(hooks, locking=False))
    if unlocked.loaded.spec is not ATLAS_FORMAT:
        return _locked(unlocked, hooks)
    atlas = unlocked.loaded.document
    if not atlas.entries:
        raise DocumentError(path, [Problem("entries", tr("the atlas lists no maps"))])
    link = atlas.entries[0].path
    target = resolve_link(link, path.name, Path(os.path.abspath(path.parent)))
    if target.file is None:
        reason = tr("%1: %2")
        raise DocumentError(path, [Problem("entries[0].path", reason.replace("%1", repr(link)).replace("%2", target.reason))])
    return Opened(target.file)


def open_map(path: Path, hooks: Optional[FileHooks] = None) -> Opened:
    """Open a map file for editing: read once, then locked (blocking)."""
    hooks = hooks or FileHooks()
    return _locked(SafeFile.open(Path(path), MAP_FORMAT, hooks=replace(hooks, locking=False)), hooks)


def _locked(safe: SafeFile, hooks: FileHooks) -> Opened:
    safe.hooks = hooks
    safe.lock()
    return Opened(safe.path, safe, safe.read_only_reason())


def read_document(path: Path) -> MapDocument:
    """A document for a map file, read without a lock (benchmarks; the window uses ``open_map``)."""
    loaded = load(path, MAP_FORMAT)
    return MapDocument(loaded.document, path, loaded.version)


def read_example() -> Loaded[Any]:
    """The example atlas's main map, to open as an untitled copy (Save asks where)."""
    opened = open_file(example_atlas(), replace(FileHooks(), locking=False))
    return load(opened.map_path, MAP_FORMAT)


def new_journey() -> JourneyMap:
    """An empty map with the usual stages and lanes, ready for the first card (names translated).

    The stages and lanes are ``atlas.newmap``'s, which the headless atlas layer uses too.
    """
    return new_journey_named(
        stage_names=[tr(name) for name in DEFAULT_STAGES],
        lane_titles=[tr(title) for _, title in DEFAULT_LANES],
    )


def same_file(first: Path | None, second: Path | None) -> bool:
    """Whether two paths name one file (resolving links and ``..``)."""
    if first is None or second is None:
        return False
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return Path(first).absolute() == Path(second).absolute()
