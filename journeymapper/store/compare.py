"""What differs between two versions of a map, matched by id, as data and as readable lines.

One comparison serves two places: the conflict banner's Compare (my version
against the one a colleague saved) and the future-state view (current map
against future map). Objects are matched by id, never by position, so a stage
inserted at the front does not make every later stage look changed. Emotion
scores have no id: they are matched by (stage, card, persona).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from ..model import JourneyMap

_COLLECTIONS = ("personas", "stages", "lanes", "cards", "emotions", "actions")
_KINDS = {"personas": "persona", "stages": "stage", "lanes": "lane", "cards": "card", "actions": "action"}
_LABEL_FIELD = {"persona": "name", "stage": "name", "lane": "title", "card": "text", "action": "title"}
_TITLES = {"map": "Map", "persona": "Persona", "stage": "Stage", "lane": "Lane", "card": "Card",
           "emotion": "Emotion score", "action": "Action"}
_IMAGES = ("image", "photo")
_SHOWN = 60


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Difference:
    kind: str
    """``map``, ``persona``, ``stage``, ``lane``, ``card``, ``emotion`` or ``action``."""
    id: str
    """The object's id; for an emotion score ``stage/card/persona`` (empty parts for none)."""
    change: str
    """``added``, ``removed``, ``changed`` or ``reordered`` (the order of a whole collection)."""
    label: str
    fields: tuple[FieldChange, ...] = ()


@dataclass
class Comparison:
    differences: list[Difference] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    """Labels of ids in either map, to show a card's lane and stage by name."""

    def __bool__(self) -> bool:
        return bool(self.differences)

    def of(self, kind: str, change: Optional[str] = None) -> list[Difference]:
        return [d for d in self.differences if d.kind == kind and (change is None or d.change == change)]

    def lines(self) -> list[str]:
        return render(self)


def compare_maps(old: JourneyMap, new: JourneyMap) -> Comparison:
    """Every difference from ``old`` to ``new``, in the order maps are read: map, personas, stages..."""
    result = Comparison(names=_names(old) | _names(new))  # the new label wins
    old_data, new_data = old.model_dump(mode="json"), new.model_dump(mode="json")
    top = _field_changes(
        {k: v for k, v in old_data.items() if k not in _COLLECTIONS},
        {k: v for k, v in new_data.items() if k not in _COLLECTIONS},
    )
    if top:
        result.differences.append(Difference("map", old.id if old.id == new.id else new.id, "changed", new.title, top))
    for collection in _COLLECTIONS:
        if collection == "emotions":
            result.differences += _compare_emotions(old_data[collection], new_data[collection], result.names)
        else:
            result.differences += _compare_collection(_KINDS[collection], old_data[collection], new_data[collection])
    return result


def _compare_collection(kind: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Difference]:
    old_by_id = {item["id"]: item for item in old}
    new_by_id = {item["id"]: item for item in new}
    found = []
    for item in old:
        if item["id"] not in new_by_id:
            found.append(Difference(kind, item["id"], "removed", _label(kind, item)))
    for item in new:
        before = old_by_id.get(item["id"])
        if before is None:
            found.append(Difference(kind, item["id"], "added", _label(kind, item)))
        else:
            changes = _field_changes(before, item)
            if changes:
                found.append(Difference(kind, item["id"], "changed", _label(kind, item), changes))
    if kind != "card":  # cards have their own order field, per cell
        common_old = [i["id"] for i in old if i["id"] in new_by_id]
        common_new = [i["id"] for i in new if i["id"] in old_by_id]
        if common_old != common_new:
            found.append(Difference(kind, "", "reordered", f"order of {kind}s"))
    return found


def _compare_emotions(old: list[dict[str, Any]], new: list[dict[str, Any]], names: dict[str, str]) -> list[Difference]:
    def key(item: dict[str, Any]) -> str:
        return "/".join(item.get(part) or "" for part in ("stage", "card", "persona"))

    old_by_key, new_by_key = {key(i): i for i in old}, {key(i): i for i in new}
    found = [Difference("emotion", k, "removed", _emotion_label(i, names)) for k, i in old_by_key.items() if k not in new_by_key]
    for k, item in new_by_key.items():
        before = old_by_key.get(k)
        if before is None:
            found.append(Difference("emotion", k, "added", _emotion_label(item, names), (FieldChange("value", None, item["value"]),)))
        elif changes := _field_changes(before, item):
            found.append(Difference("emotion", k, "changed", _emotion_label(item, names), changes))
    return found


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    """Changed fields (unknown fields from a newer version included), the id left out."""
    names = [n for n in old if n != "id"] + [n for n in new if n not in old and n != "id"]
    return tuple(FieldChange(n, old.get(n), new.get(n)) for n in names if old.get(n) != new.get(n))


def _label(kind: str, item: dict[str, Any]) -> str:
    text = str(item.get(_LABEL_FIELD[kind]) or "").strip()
    return _short(" ".join(text.split()), 40) or item["id"]


def _emotion_label(item: dict[str, Any], names: dict[str, str]) -> str:
    parts = [f"at stage “{names.get(item['stage'], item['stage'])}”"]
    if item.get("card"):
        parts.append(f"card “{names.get(item['card'], item['card'])}”")
    if item.get("persona"):
        parts.append(f"persona “{names.get(item['persona'], item['persona'])}”")
    return ", ".join(parts)


def _names(journey: JourneyMap) -> dict[str, str]:
    data = journey.model_dump(mode="json", include=set(_KINDS))
    return {item["id"]: _label(_KINDS[c], item) for c in _KINDS for item in data[c]}


def _short(text: str, limit: int = _SHOWN) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(name: str, value: Any, names: dict[str, str]) -> str:
    if value is None or value == [] or value == "":
        return "(none)"
    if name in _IMAGES:
        return "(image)"
    if name in ("lane", "stage", "card", "persona") and isinstance(value, str):
        return f"“{names.get(value, value)}”"
    if isinstance(value, str):
        return f"“{_short(' '.join(value.split()))}”"
    if isinstance(value, float) and value.is_integer():
        return f"{value:+.0f}" if name == "value" else str(int(value))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _short(", ".join(names.get(v, v) for v in value))
    return _short(str(value))


def render(comparison: Comparison) -> list[str]:
    """The comparison as lines: one per object, then one indented line per changed field."""
    if not comparison.differences:
        return ["No differences."]
    lines: list[str] = []
    for difference in comparison.differences:
        title = _TITLES[difference.kind]
        if difference.change == "reordered":
            lines.append(f"{title}s reordered")
            continue
        name = difference.label if difference.kind == "emotion" else f"“{difference.label}”"
        lines.append(f"{title} {name} {difference.change}")
        if difference.change == "changed" or difference.kind == "emotion":
            lines += _field_lines(difference.fields, comparison.names)
    return lines


def _field_lines(changes: Iterable[FieldChange], names: dict[str, str]) -> list[str]:
    return [
        f"  {c.name}: {_value(c.name, c.old, names)} → {_value(c.name, c.new, names)}" for c in changes
    ]
