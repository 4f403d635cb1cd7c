"""Reversible primitive edits of a JourneyMap: each returns the operation that undoes it.

Undo commands are lists of these, so every command's undo is exact by
construction: redo applies the list, undo applies the inverses in reverse. The
operations touch the model only; they report what they touched in a ``Change``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import BaseModel

from ..model import JourneyMap
from .changes import Change

COLLECTIONS = ("personas", "stages", "lanes", "cards", "emotions", "actions")


class Operation(Protocol):
    def apply(self, journey: JourneyMap, change: Change) -> "Operation":
        """Change the model, record what changed, and return the inverse operation."""
        ...


def _note(journey: JourneyMap, collection: str, item: BaseModel, change: Change) -> None:
    if collection == "cards":
        change.cells.add((item.lane, item.stage))  # type: ignore[attr-defined]
        change.cards.add(item.id)  # type: ignore[attr-defined]
        change.card_objects[item.id] = item  # type: ignore[attr-defined]
    elif collection == "actions":
        change.actions = True
    elif collection == "personas":
        change.personas = True
        change.frame = True
    else:
        change.frame = True


def _find(items: list[Any], item_id: str) -> int:
    for index, item in enumerate(items):
        if getattr(item, "id", None) == item_id:
            return index
    raise KeyError(item_id)


@dataclass
class Insert:
    """Insert ``item`` into a collection at ``index``."""

    collection: str
    index: int
    item: BaseModel

    def apply(self, journey: JourneyMap, change: Change) -> Operation:
        items = getattr(journey, self.collection)
        index = max(0, min(self.index, len(items)))
        items.insert(index, self.item)
        _note(journey, self.collection, self.item, change)
        return RemoveAt(self.collection, index)


@dataclass
class RemoveAt:
    """Remove the item at ``index`` of a collection."""

    collection: str
    index: int

    def apply(self, journey: JourneyMap, change: Change) -> Operation:
        items = getattr(journey, self.collection)
        item = items.pop(self.index)
        _note(journey, self.collection, item, change)
        if self.collection == "cards":
            change.removed_cards.add(item.id)
            change.cards.discard(item.id)
            change.card_objects.pop(item.id, None)
        return Insert(self.collection, self.index, item)


@dataclass
class Reorder:
    """Move the item at ``source`` of a collection to ``target``."""

    collection: str
    source: int
    target: int

    def apply(self, journey: JourneyMap, change: Change) -> Operation:
        items = getattr(journey, self.collection)
        item = items.pop(self.source)
        items.insert(self.target, item)
        _note(journey, self.collection, item, change)
        return Reorder(self.collection, self.target, self.source)


@dataclass
class SetFields:
    """Set fields of the item with ``item_id`` (or of the map itself when item_id is None).

    ``target`` may name the item object directly (the document's index knows it),
    which spares a scan of the collection: moving one card in a 10,000-card map
    must not cost 10,000 comparisons.
    """

    collection: str | None
    item_id: str | None
    values: dict[str, Any]
    target: BaseModel | None = None

    def apply(self, journey: JourneyMap, change: Change) -> Operation:
        if self.collection is None:
            target: BaseModel = journey
        elif self.target is not None:
            target = self.target
        else:
            items = getattr(journey, self.collection)
            target = items[_find(items, self.item_id or "")]
        if self.collection is not None:
            _note(journey, self.collection, target, change)  # the old cell of a moved card
        else:
            change.frame = True
        old = {name: getattr(target, name) for name in self.values}
        for name, value in self.values.items():
            setattr(target, name, value)
        if self.collection is not None:
            _note(journey, self.collection, target, change)  # and its new cell
        return SetFields(self.collection, self.item_id, old, target if self.collection else None)


@dataclass
class SetEmotion:
    """Set, replace or clear (value None) the score for (stage, card, persona)."""

    stage: str
    persona: str | None
    value: float | None
    label: str = ""
    card: str | None = None

    def apply(self, journey: JourneyMap, change: Change) -> Operation:
        from ..model import EmotionScore

        change.frame = True
        key = (self.stage, self.card, self.persona)
        index = next((i for i, score in enumerate(journey.emotions) if score.key == key), None)
        if index is None:
            if self.value is None:
                return self
            journey.emotions.append(
                EmotionScore(stage=self.stage, card=self.card, persona=self.persona, value=self.value, label=self.label)
            )
            return RemoveAt("emotions", len(journey.emotions) - 1)
        old = journey.emotions[index]
        if self.value is None:
            journey.emotions.pop(index)
            return Insert("emotions", index, old)
        journey.emotions[index] = EmotionScore(
            stage=self.stage, card=self.card, persona=self.persona, value=self.value, label=self.label
        )
        return SetEmotion(self.stage, self.persona, old.value, old.label, self.card)


def index_of(journey: JourneyMap, collection: str, item_id: str) -> int:
    """Position of an item in one of the map's collections (KeyError if absent)."""
    return _find(getattr(journey, collection), item_id)


@dataclass
class ReplaceContent:
    """Give the map every field (unknown ones included) of another map: restoring a snapshot.

    The field objects move over as they are, without copy or validation, and the
    inverse holds the objects taken out: undo and redo swap the same objects
    back and forth, so both are exact. The caller hands over a map no one else holds.
    """

    fields: dict[str, Any]
    extra: dict[str, Any] | None
    fields_set: set[str]

    @classmethod
    def of(cls, journey: JourneyMap) -> "ReplaceContent":
        extra = journey.__pydantic_extra__
        return cls(dict(journey.__dict__), None if extra is None else dict(extra), set(journey.model_fields_set))

    def apply(self, journey: JourneyMap, change: Change) -> Operation:
        inverse = ReplaceContent.of(journey)
        journey.__dict__.clear()
        journey.__dict__.update(self.fields)
        object.__setattr__(journey, "__pydantic_extra__", None if self.extra is None else dict(self.extra))
        object.__setattr__(journey, "__pydantic_fields_set__", set(self.fields_set))
        change.everything = change.frame = change.actions = change.personas = True
        return inverse
