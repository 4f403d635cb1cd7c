"""A map's metadata straight from its JSON, without the model: the atlas scan's fast path.

Opening an atlas reads every map once to show its title, counts and dates. The
store's strict reader (duplicate keys, every field validated, ``check_map``)
costs about three times ``json.loads``; the atlas list only needs a dozen
values, and it is a display (issue 5), so the scan parses with C ``json.loads``
and takes those values from the dicts with small type checks.

Anything this reader cannot vouch for raises ``NotQuick`` and the caller falls
back to the strict reader, which names the problem and its place: bytes that
are not UTF-8 or not JSON, ``NaN``/``Infinity``, deep nesting, another format
or format version (a migration is due), or any value used here with the wrong
type or an unusual spelling. So for every map the strict reader accepts, the
metadata is the same as the strict reader's (tested). What is not checked
here (a card's colour, a dangling lane id...) is found when the map is opened
for editing and by ``journeymapper atlas check``, which reads strictly.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any, NoReturn, Optional

from ..store import MAP_FORMAT

_MAP_VERSION = str(MAP_FORMAT.current)
_STATES = frozenset(("current", "future"))
_OPEN = frozenset(("open", "in_progress", "blocked"))
_STATUSES = _OPEN | {"done", "dropped"}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")


class NotQuick(Exception):
    """The quick reader cannot vouch for this map: read it strictly (the strict reader says why)."""


def _refuse(name: str) -> NoReturn:
    raise NotQuick(f"{name} in the JSON")


def quick_fields(raw: bytes) -> dict[str, Any]:
    """The fields of ``MapMeta`` (by name) from a map file's bytes; raises NotQuick."""
    try:
        data = _DECODER.decode(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 (UnicodeDecodeError is one), not JSON, a byte-order mark
        raise NotQuick("not plain JSON") from None
    try:
        return _fields(data)
    except (AttributeError, TypeError, ValueError, KeyError):  # a list where a dict belongs, a bad date...
        raise NotQuick("unexpected data") from None


_DECODER = json.JSONDecoder(parse_constant=_refuse)
"""``json.loads`` would make a decoder per call for the ``parse_constant`` (measured: 5 µs a map)."""


def _fields(data: Any) -> dict[str, Any]:
    """Raises NotQuick, or TypeError, KeyError... for data of the wrong shape (C idioms check most of it)."""
    if type(data) is not dict or data.get("format") != MAP_FORMAT.name or data.get("version") != _MAP_VERSION:
        raise NotQuick("not a current map")
    get = data.get
    stages, cards = _list(get("stages", [])), _list(get("cards", []))
    actions, personas = _list(get("actions", [])), _list(get("personas", []))
    # item["id"] refuses an item that is not an object; join refuses an id that is not text
    "".join([item["id"] for item in stages] + [item["id"] for item in cards] + [item["id"] for item in actions])
    drilldowns = [(f"stages[{i}].drilldown", s["id"], s["drilldown"])
                  for i, s in enumerate(stages) if s.get("drilldown") is not None]
    drilldowns += [(f"cards[{i}].drilldown", c["id"], c["drilldown"])
                   for i, c in enumerate(cards) if c.get("drilldown") is not None]
    "".join([link for _, _, link in drilldowns])
    open_due = []
    owners = set()
    for action in actions:
        status = action.get("status", "open")
        if status not in _STATUSES:
            raise NotQuick("an unknown action status")
        owner = action.get("owner", "")
        if owner:
            owners.add(owner)
        if status in _OPEN:
            open_due.append(_day(action.get("due")))
    persona_names = tuple([p.get("name", "") for p in personas])
    persona_ids = tuple([p["id"] for p in personas])
    "".join(owners), "".join(persona_names), "".join(persona_ids)
    state = get("state", "current")
    if state not in _STATES:
        raise NotQuick("an unknown state")
    return {
        "map_id": _text(data["id"]),
        "title": _text(get("title", "")),
        "state": state,
        "owner": _text(get("owner", "")),
        "personas": persona_names,
        "persona_ids": persona_ids,
        "stages": len(stages),
        "cards": len(cards),
        "actions": len(actions),
        "open_due": tuple(open_due),
        "action_owners": tuple(sorted(owners)),
        "modified": _moment(get("modified")),
        "review_by": _day(get("review_by")),
        "drilldowns": drilldowns,
    }


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise NotQuick("not a list")
    return value


def _text(value: Any) -> str:
    if type(value) is not str:
        raise NotQuick("not text")
    return value


def _day(value: Any) -> Optional[str]:
    """An ISO date as the model writes it (``2026-11-22``), checked; None stays None."""
    if value is None:
        return None
    if type(value) is not str or not _DAY.fullmatch(value):
        raise NotQuick("an unusual date")
    return date.fromisoformat(value).isoformat()  # ValueError for 2026-02-30


def _moment(value: Any) -> Optional[str]:
    """An ISO time with its UTC offset, normalised as the model writes it (``Z`` becomes ``+00:00``)."""
    if value is None:
        return None
    if type(value) is not str or not _MOMENT.fullmatch(value):
        raise NotQuick("an unusual time")
    return datetime.fromisoformat(value).isoformat()
