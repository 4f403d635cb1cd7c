"""What the atlas shows about a map, taken from the map itself: small, plain, cacheable.

The atlas file holds no metadata (docs/file-format.md); this is read from each
map and kept in the user's cache. It is plain data (strings, numbers, tuples)
so it round-trips through JSON, and holds nothing that depends on the day:
overdue and stale are judged from it at display time (``today`` varies).
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, NamedTuple, Optional

from ..model import JourneyMap
from ..store import MAP_FORMAT, DocumentError, parse_document
from ..store.files import read_with_stat


class DrillDown(NamedTuple):
    """One drill-down link of a map: where it is (``stages[2].drilldown``), on what, and the link."""

    location: str
    owner_id: str
    link: str


@dataclass(frozen=True)
class MapMeta:
    """A map's metadata; ``error`` is set (and the rest empty) when the map is not a valid document."""

    map_id: str = ""
    title: str = ""
    state: str = "current"
    owner: str = ""
    personas: tuple[str, ...] = ()
    persona_ids: tuple[str, ...] = ()
    stages: int = 0
    cards: int = 0
    actions: int = 0
    open_due: tuple[Optional[str], ...] = ()
    """ISO due date (or None) of each open action: open and overdue counts are judged from it."""
    action_owners: tuple[str, ...] = ()
    modified: Optional[str] = None
    review_by: Optional[str] = None
    drilldowns: tuple[DrillDown, ...] = ()
    error: Optional[str] = None
    """The first problem (``LOCATION: REASON``) of an invalid map, and how many more."""

    @classmethod
    def of(cls, journey: JourneyMap) -> "MapMeta":
        drilldowns = [
            DrillDown(f"stages[{i}].drilldown", s.id, s.drilldown) for i, s in enumerate(journey.stages) if s.drilldown
        ] + [DrillDown(f"cards[{i}].drilldown", c.id, c.drilldown) for i, c in enumerate(journey.cards) if c.drilldown]
        open_actions = [a for a in journey.actions if a.status.is_open]
        return cls(
            map_id=journey.id,
            title=journey.title,
            state=journey.state.value,
            owner=journey.owner,
            personas=tuple(p.name for p in journey.personas),
            persona_ids=tuple(p.id for p in journey.personas),
            stages=len(journey.stages),
            cards=len(journey.cards),
            actions=len(journey.actions),
            open_due=tuple(a.due.isoformat() if a.due else None for a in open_actions),
            action_owners=tuple(sorted({a.owner for a in journey.actions if a.owner})),
            modified=journey.modified.isoformat() if journey.modified else None,
            review_by=journey.review_by.isoformat() if journey.review_by else None,
            drilldowns=tuple(drilldowns),
        )

    @classmethod
    def invalid(cls, error: DocumentError) -> "MapMeta":
        first = str(error.problems[0])
        more = len(error.problems) - 1
        return cls(error=first + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""))

    def to_json(self) -> list[Any]:
        """The fields in order, as a JSON array (compact: a large atlas's cache is read at every open)."""
        values: list[Any] = [getattr(self, name) for name in _FIELDS]
        values[_DRILLDOWNS] = [list(d) for d in self.drilldowns]
        return values

    @classmethod
    def from_json(cls, data: Any) -> "MapMeta":
        """Raises ValueError (or TypeError) for anything ``to_json`` did not write."""
        if type(data) is not list or len(data) != len(_FIELDS):
            raise ValueError("not metadata")
        values = list(data)
        for position in _TUPLES:
            values[position] = tuple(values[position])
        values[_DRILLDOWNS] = tuple(DrillDown._make(item) for item in values[_DRILLDOWNS])
        for position, kinds in _TYPES:
            if not isinstance(values[position], kinds):
                raise ValueError(f"{_FIELDS[position]} has the wrong type")
        if not all(type(due) is str or due is None for due in values[_OPEN_DUE]):
            raise ValueError("open_due has the wrong type")  # compared with today's date: must be text
        return cls(*values)


_FIELDS = list(MapMeta.__dataclass_fields__)
_DRILLDOWNS = _FIELDS.index("drilldowns")
_TUPLES = [_FIELDS.index(name) for name in ("personas", "persona_ids", "open_due", "action_owners")]
_OPEN_DUE = _FIELDS.index("open_due")
_TYPES = [(_FIELDS.index(name), kinds) for name, kinds in (
    ("map_id", str), ("title", str), ("state", str), ("owner", str), ("stages", int), ("cards", int),
    ("actions", int), ("modified", (str, type(None))), ("review_by", (str, type(None))), ("error", (str, type(None))),
)]


class ReadFailed(Exception):
    """The map file could not be read at all (missing, permission, a drive not answering): not cached."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_meta(file: Path) -> tuple[MapMeta, os.stat_result]:
    """Read a map once: its metadata and the status of the file read.

    Raises ReadFailed when the file cannot be read; an invalid map gives
    metadata with ``error`` set (that is cacheable: the same bytes stay invalid).
    The map itself is dropped here, before the collector runs again (see below).
    """
    with _collection_paused():
        try:
            raw, status = read_with_stat(file)
        except DocumentError as error:
            raise ReadFailed(_read_reason(error.problems[0].reason)) from None
        try:
            return MapMeta.of(parse_document(raw, file, MAP_FORMAT).document), status
        except DocumentError as error:
            return MapMeta.invalid(error), status


def _read_reason(reason: str) -> str:
    return "missing (no such file)" if reason == "no such file" else f"cannot be read: {reason}"


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cycle collector while one map is read, parsed and summarised.

    Reading a map makes tens of thousands of objects, all freed by reference
    counting once it is summarised; the collector would scan them again and
    again for nothing (measured: a third of a cold atlas scan). The map must be
    freed before the collector is enabled again, or the first collection walks
    all of it. Paused per map, not for a whole scan, so a GUI thread running
    meanwhile is not starved.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
