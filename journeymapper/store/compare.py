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

    def changes(self, kind: str) -> dict[str, str]:
        """``{id: change}`` for one kind of object (``added``, ``removed`` or ``changed``), for highlighting."""
        return {d.id: d.change for d in self.differences if d.kind == kind and d.change != "reordered"}

    def counts(self) -> dict[str, int]:
        """How many objects were added, removed and changed (reorderings left out): a summary line."""
        result = {"added": 0, "removed": 0, "changed": 0}
        for difference in self.differences:
            if difference.change in result:
                result[difference.change] += 1
        return result


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


def full_labels(*journeys: JourneyMap) -> dict[str, str]:
    """Each object's whole label (card text, stage name…) by id, for places with room to show it all."""
    labels: dict[str, str] = {}
    for journey in journeys:
        data = journey.model_dump(mode="json", include=set(_KINDS))
        for collection, kind in _KINDS.items():
            for item in data[collection]:
                labels[item["id"]] = " ".join(str(item.get(_LABEL_FIELD[kind]) or "").split()) or item["id"]
    return labels


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
    if isinstance(value, list) and all(isinstance(v, dict) and "name" in v and "value" in v for v in value):
        return _short(", ".join(_metric(v) for v in value))  # metric values: "CSAT 3.9 (2026-03-01)"
    return _short(str(value))


def _metric(item: dict[str, Any]) -> str:
    number = item["value"]
    shown = str(int(number)) if isinstance(number, float) and number.is_integer() else str(number)
    return f"{item['name']} {shown}" + (f" ({item['date']})" if item.get("date") else "")


def render(comparison: Comparison) -> list[str]:
    """The comparison as lines: one per object, then one indented line per changed field."""
    if not comparison.differences:
        return ["No differences."]
    lines: list[str] = []
    for difference in comparison.differences:
        lines.append(headline(difference))
        lines += [f"  {line}" for line in detail_lines(difference, comparison.names)]
    return lines


def headline(difference: Difference) -> str:
    """One line naming the object and what happened to it: ``Card “Checkout” changed``."""
    title = _TITLES[difference.kind]
    if difference.change == "reordered":
        return f"{title}s reordered"
    name = difference.label if difference.kind == "emotion" else f"“{difference.label}”"
    return f"{title} {name} {difference.change}"


def kind_title(kind: str) -> str:
    """``Card``, ``Emotion score``…: how a kind of object is named to people."""
    return _TITLES[kind]


def detail_lines(difference: Difference, names: dict[str, str]) -> list[str]:
    """``field: old → new`` for each changed field (for an emotion score, its value even when added)."""
    if difference.change == "reordered" or not (difference.change == "changed" or difference.kind == "emotion"):
        return []
    return _field_lines(difference.fields, names)


def _field_lines(changes: Iterable[FieldChange], names: dict[str, str]) -> list[str]:
    return [f"{c.name}: {_value(c.name, c.old, names)} → {_value(c.name, c.new, names)}" for c in changes]


# --- the two emotion curves on one axis -----------------------------------------------------------


@dataclass(frozen=True)
class CurvePair:
    """Both maps' curves of one persona (or the map's own) over one row of stages.

    ``stages`` are the new map's stages in order, with stages only the old map
    has put back where they were; a curve has None where the map lacks the
    stage or has no score for it.
    """

    stages: list[tuple[str, str]]
    """``(stage id, name)``."""
    old: list[Optional[float]]
    new: list[Optional[float]]
    minimum: int
    maximum: int


def curve_choices(old: JourneyMap, new: JourneyMap) -> list[tuple[Optional[str], str]]:
    """Whose curves can be compared: ``(persona id or None for the map's own, label)``, scored ones only."""
    scored = {e.persona for journey in (old, new) for e in journey.emotions if e.card is None}
    choices: list[tuple[Optional[str], str]] = []
    for persona in [*new.personas, *old.personas]:
        if persona.id in scored and all(persona.id != known for known, _ in choices):
            choices.append((persona.id, persona.name.strip() or persona.id))
    if None in scored or not choices:
        choices.append((None, "Map"))
    return choices


def aligned_curves(old: JourneyMap, new: JourneyMap, persona: Optional[str] = None) -> CurvePair:
    """The stage-level curves of ``persona`` (None: the map's own) in both maps, on one stage axis."""
    order = [s.id for s in new.stages]
    names = {s.id: s.name for s in old.stages} | {s.id: s.name for s in new.stages}
    previous: Optional[str] = None
    for stage in old.stages:
        if stage.id not in order:
            order.insert(order.index(previous) + 1 if previous in order else 0, stage.id)
        previous = stage.id

    def values(journey: JourneyMap) -> list[Optional[float]]:
        scores = {e.stage: e.value for e in journey.emotions if e.card is None and e.persona == persona}
        return [scores.get(stage_id) for stage_id in order]

    return CurvePair(
        [(stage_id, names[stage_id].strip() or stage_id) for stage_id in order],
        values(old),
        values(new),
        min(old.emotion_scale.minimum, new.emotion_scale.minimum),
        max(old.emotion_scale.maximum, new.emotion_scale.maximum),
    )
