"""What the atlas shows about a map, taken from the map itself: small, plain, cacheable.

The atlas file holds no metadata (docs/file-format.md); this is read from each
map and kept in the user's cache. It is plain data (strings, numbers, tuples)
so it round-trips through JSON, and holds nothing that depends on the day:
overdue and stale are judged from it at display time (``today`` varies).

A map is read for the atlas by the quick reader (``quickread``: C ``json.loads``
and a few type checks) unless that cannot vouch for it, then by the store's
strict reader; ``validated`` says which. ``journeymapper atlas check`` asks for
the strict reading of every map (``read_meta(..., strict=True)``).
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple, Optional

from ..model import JourneyMap
from ..store import MAP_FORMAT, MAX_FILE_BYTES, DocumentError, parse_document
from .quickread import NotQuick, quick_fields


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
    validated: bool = False
    """Read by the store's strict reader (every field validated); False when only the quick reader read it."""

    @classmethod
    def of(cls, journey: JourneyMap, validated: bool = True) -> "MapMeta":
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
            validated=validated,
        )

    @classmethod
    def quick(cls, raw: bytes) -> "MapMeta":
        """The metadata of a map file's bytes by the quick reader; raises NotQuick (see ``quickread``)."""
        fields = quick_fields(raw)
        fields["drilldowns"] = tuple([_tuple_new(DrillDown, drill) for drill in fields["drilldowns"]])
        meta = _new(cls)
        meta.__dict__.update(_DEFAULTS, **fields)  # as __init__ would, without its per-field setattr
        return meta

    @classmethod
    def invalid(cls, error: DocumentError) -> "MapMeta":
        first = str(error.problems[0])
        more = len(error.problems) - 1
        return cls(error=first + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""),
                   validated=True)

    def to_json(self) -> list[Any]:
        """The fields in order, as a JSON array (compact: a large atlas's cache is read at every open)."""
        values: list[Any] = [getattr(self, name) for name in _FIELDS]
        values[_DRILLDOWNS] = [list(d) for d in self.drilldowns]
        return values

    @classmethod
    def from_json(cls, data: Any) -> "MapMeta":
        """Raises ValueError (or TypeError) for anything ``to_json`` did not write.

        Checked with C-speed idioms (``"".join`` refuses anything but text): the
        atlas window decodes one of these per map as it fills its rows.
        """
        if type(data) is not list or len(data) != len(_FIELDS):
            raise ValueError("not metadata")
        for position, kinds in _TYPES:
            if type(data[position]) not in kinds:
                raise ValueError(f"{_FIELDS[position]} has the wrong type")
        personas, persona_ids, open_due, owners, drilldowns = (data[i] for i in _LISTS)
        "".join(personas), "".join(persona_ids), "".join(owners)  # TypeError unless all text
        "".join([due for due in open_due if due is not None])  # text compared with today's date
        if not set(map(type, drilldowns)) <= {list} or not set(map(len, drilldowns)) <= {3}:
            raise ValueError("drilldowns has the wrong shape")
        drills = tuple([_tuple_new(DrillDown, drill) for drill in drilldowns])
        "".join(chain.from_iterable(drills))
        values = list(data)
        for position in _LISTS:
            values[position] = tuple(values[position])
        values[_DRILLDOWNS] = drills
        meta = _new(cls)
        meta.__dict__.update(zip(_FIELDS, values))  # as __init__ would, without its per-field setattr
        return meta


_FIELDS = list(MapMeta.__dataclass_fields__)
_DRILLDOWNS = _FIELDS.index("drilldowns")
_LISTS = [_FIELDS.index(name) for name in ("personas", "persona_ids", "open_due", "action_owners", "drilldowns")]
_TYPES = [(_FIELDS.index(name), kinds) for name, kinds in (
    ("map_id", {str}), ("title", {str}), ("state", {str}), ("owner", {str}), ("stages", {int}), ("cards", {int}),
    ("actions", {int}), ("modified", {str, type(None)}), ("review_by", {str, type(None)}),
    ("error", {str, type(None)}), ("validated", {bool}), *((name, {list}) for name in (
        "personas", "persona_ids", "open_due", "action_owners", "drilldowns")),
)]
_new = object.__new__
_tuple_new = tuple.__new__
_DEFAULTS = {name: field.default for name, field in MapMeta.__dataclass_fields__.items()}


class ReadFailed(Exception):
    """The map file could not be read at all (missing, permission, a drive not answering): not cached."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_meta(file: Path | str, strict: bool = False) -> tuple[MapMeta, os.stat_result]:
    """Read a map once: its metadata and the status of the file read.

    The quick reader first (unless ``strict``), the store's strict reader when
    the quick one cannot vouch for the map. Raises ReadFailed when the file
    cannot be read; an invalid map gives metadata with ``error`` set (that is
    cacheable: the same bytes stay invalid). The map itself is dropped here,
    before the collector runs again (see below).
    """
    with collection_paused():
        raw, status = read_map_bytes(file)
        if not strict:
            try:
                return MapMeta.quick(raw), status
            except NotQuick:
                pass
        try:
            return MapMeta.of(parse_document(raw, file, MAP_FORMAT).document), status
        except DocumentError as error:
            return MapMeta.invalid(error), status


def read_map_bytes(file: Path | str) -> tuple[bytes, os.stat_result]:
    """The file's bytes and the status of the open file; raises ReadFailed with the reason.

    Like ``store.files.read_with_stat``, but reads what ``fstat`` announced (and
    whatever was appended since) rather than asking for the 64 MiB limit at
    once, which allocates that much for every small map (measured: 50 µs a map).
    """
    try:
        with open(file, "rb") as stream:
            status = os.fstat(stream.fileno())
            if status.st_size > MAX_FILE_BYTES:
                raise ReadFailed(_too_large(status.st_size))
            raw = stream.read(status.st_size + 1)
            if len(raw) > status.st_size:  # it grew meanwhile
                raw += stream.read(MAX_FILE_BYTES + 1 - len(raw))
    except FileNotFoundError:
        raise ReadFailed("missing (no such file)") from None
    except IsADirectoryError:
        raise ReadFailed("not a file (a folder?)") from None
    except PermissionError:
        raise ReadFailed("cannot be read: permission denied: you may not read this file") from None
    except OSError as error:
        raise ReadFailed(f"cannot be read: cannot read the file: {error.strerror or error}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ReadFailed(_too_large(len(raw)))
    return raw, status


def _too_large(size: int) -> str:
    return f"cannot be read: the file is {size / 1048576:.1f} MiB; documents may be at most {MAX_FILE_BYTES // 1048576} MiB"


class collection_paused:  # noqa: N801 - used like a function: ``with collection_paused():``
    """Pause the cycle collector while one map is read, parsed and summarised.

    Reading a map makes tens of thousands of objects, all freed by reference
    counting once it is summarised; the collector would scan them again and
    again for nothing (measured: a third of a cold atlas scan). The map must be
    freed before the collector is enabled again, or the first collection walks
    all of it. Paused per map, not for a whole scan, so that a GUI thread
    running meanwhile does not get one long collection when it is enabled
    again. (A warm scan pauses it once: a few milliseconds, and its objects
    all live on; measured: the collector took an eighth of a warm open.)
    A class, not ``contextlib.contextmanager``: a cold scan enters it per map.
    """

    __slots__ = ("was_enabled",)

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *_: object) -> None:
        if self.was_enabled:
            gc.enable()
