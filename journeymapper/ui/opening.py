"""Turning what the user asked to open into map documents, without any widget.

A ``.journey`` file opens as itself. An ``.atlas`` file opens its first map
until the atlas window exists. The bundled example opens as an untitled copy,
so an edit saved from a first run can never overwrite the installed example.
Every failure is a ``DocumentError`` naming the file and the place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..editor import MapDocument
from ..model import JourneyMap, Lane, LaneKind, Problem, Stage
from ..resources import example_atlas
from ..store import ATLAS_FORMAT, MAP_FORMAT, DocumentError, load

DEFAULT_STAGES = (
    QT_TRANSLATE_NOOP("opening", "Aware"),
    QT_TRANSLATE_NOOP("opening", "Consider"),
    QT_TRANSLATE_NOOP("opening", "Buy"),
    QT_TRANSLATE_NOOP("opening", "Use"),
    QT_TRANSLATE_NOOP("opening", "Get help"),
)
"""Stage names of a new map: a typical lifecycle, so a workshop can start at once."""

DEFAULT_LANES = (
    (LaneKind.TOUCHPOINTS, QT_TRANSLATE_NOOP("opening", "Touchpoints")),
    (LaneKind.CUSTOMER_ACTIONS, QT_TRANSLATE_NOOP("opening", "Customer actions")),
    (LaneKind.EMOTIONS, QT_TRANSLATE_NOOP("opening", "Emotions")),
    (LaneKind.PAIN_POINTS, QT_TRANSLATE_NOOP("opening", "Pain points")),
    (LaneKind.OPPORTUNITIES, QT_TRANSLATE_NOOP("opening", "Opportunities")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


def resolve(path: Path) -> tuple[Path, Optional[MapDocument]]:
    """The map that opening ``path`` shows, and its document when ``path`` was the map itself.

    An atlas (whatever its file name) gives its first entry's path and no
    document yet: that map may already be open.
    """
    path = Path(path)
    loaded = load(path)
    if loaded.spec is not ATLAS_FORMAT:
        return path, MapDocument(loaded.document, path, loaded.version)
    atlas = loaded.document
    if not atlas.entries:
        raise DocumentError(path, [Problem("entries", tr("the atlas lists no maps"))])
    link = atlas.entries[0].path
    if not is_inside_link(link):
        reason = tr("%1 is not inside the atlas's folder, so it is not opened automatically")
        raise DocumentError(path, [Problem("entries[0].path", reason.replace("%1", repr(link)))])
    return path.parent / link, None


def is_inside_link(link: str) -> bool:
    """A relative ``/`` path that stays in its folder: absolute, UNC, ``file:`` and ``..`` links are not.

    Resolving a UNC path can send the user's network credentials to that host,
    so such links are only ever opened when the user asks (see docs/file-format.md).
    """
    if "\\" in link or link.startswith("/") or ":" in link.split("/")[0]:
        return False
    return ".." not in link.split("/")


def read_document(path: Path) -> MapDocument:
    """A document for a map file (raises DocumentError, never changes the file)."""
    loaded = load(path, MAP_FORMAT)
    return MapDocument(loaded.document, path, loaded.version)


def open_example() -> MapDocument:
    """The example atlas's main map as an untitled copy (Save asks where)."""
    source, _ = resolve(example_atlas())
    loaded = load(source, MAP_FORMAT)
    return MapDocument(loaded.document, None, loaded.version)


def new_journey() -> JourneyMap:
    """An empty map with the usual stages and lanes, ready for the first card."""
    return JourneyMap(
        stages=[Stage(name=tr(name)) for name in DEFAULT_STAGES],
        lanes=[Lane(kind=kind, title=tr(title)) for kind, title in DEFAULT_LANES],
    )


def same_file(first: Path | None, second: Path | None) -> bool:
    """Whether two paths name one file (resolving links and ``..``)."""
    if first is None or second is None:
        return False
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return Path(first).absolute() == Path(second).absolute()
