"""Edits a user can make, each turned into one undoable command of reversible operations.

Functions here validate the intent (the target stage exists, the score fits
the scale) and build operations; ``MapDocument.push`` runs them. User-facing
command names go through Qt's translation.
"""

from __future__ import annotations

import copy
import weakref
from datetime import date
from typing import Any, Iterable, Optional, Sequence

from PySide6.QtCore import QCoreApplication

from ..model import Action, ActionStatus, Card, EmotionScore, JourneyMap, Lane, LaneKind, Persona, Stage
from .changes import Change
from .document import MapDocument
from .operations import Insert, Operation, RemoveAt, Reorder, ReplaceContent, SetEmotion, SetFields, index_of


def tr(text: str) -> str:
    return QCoreApplication.translate("edits", text)


def _renumber(cards: Sequence[Card]) -> list[Operation]:
    """Operations giving cards orders 0..n-1 in the sequence given."""
    return [
        SetFields("cards", card.id, {"order": index}, card) for index, card in enumerate(cards) if card.order != index
    ]


# --- cards ---------------------------------------------------------------------------


def add_card(
    document: MapDocument,
    lane_id: str,
    stage_id: str,
    text: str = "",
    index: Optional[int] = None,
    **fields: Any,
) -> str:
    """Add a card to a cell (at ``index``, default the end); returns its id."""
    return add_cards(document, lane_id, stage_id, [text], index, **fields)[0]


def add_cards(
    document: MapDocument,
    lane_id: str,
    stage_id: str,
    texts: Sequence[str],
    index: Optional[int] = None,
    **fields: Any,
) -> list[str]:
    """Add one card per text to a cell as one step (pasting lines, quick capture)."""
    journey = document.journey
    if journey.lane(lane_id) is None or journey.stage(stage_id) is None:
        raise ValueError("no such cell")
    cell = document.cards_in_cell(lane_id, stage_id)
    position = len(cell) if index is None else max(0, min(index, len(cell)))
    new_cards = [Card(lane=lane_id, stage=stage_id, text=text, order=0, **fields) for text in texts]
    ordered = cell[:position] + new_cards + cell[position:]
    operations: list[Operation] = [Insert("cards", len(journey.cards) + i, card) for i, card in enumerate(new_cards)]
    operations += _renumber(ordered)
    name = tr("Add card") if len(texts) == 1 else tr("Add %n cards").replace("%n", str(len(texts)))
    document.push(name, operations)
    return [card.id for card in new_cards]


def insert_cards(document: MapDocument, cards: Sequence[Card], lane_id: str, stage_id: str, index: Optional[int] = None) -> list[str]:
    """Insert copies of cards (pasted from a clipboard) into a cell, with fresh ids."""
    copies = [card.model_copy(update={"id": Card(lane=lane_id, stage=stage_id).id}, deep=True) for card in cards]
    journey = document.journey
    cell = document.cards_in_cell(lane_id, stage_id)
    position = len(cell) if index is None else max(0, min(index, len(cell)))
    for card in copies:
        card.lane, card.stage, card.order = lane_id, stage_id, 0
    ordered = cell[:position] + copies + cell[position:]
    operations: list[Operation] = [Insert("cards", len(journey.cards) + i, c) for i, c in enumerate(copies)]
    operations += _renumber(ordered)
    document.push(tr("Paste"), operations)
    return [card.id for card in copies]


def set_card_fields(document: MapDocument, card_id: str, merge: bool = False, **values: Any) -> None:
    """Change fields of a card; with ``merge``, consecutive edits of the same fields are one step."""
    card = document.card(card_id)
    if card is None:
        raise KeyError(card_id)
    changed = {name: value for name, value in values.items() if getattr(card, name) != value}
    if not changed:
        return
    key = ("card", card_id, tuple(sorted(changed))) if merge else None
    document.push(tr("Edit card"), [SetFields("cards", card_id, changed, card)], merge_key=key)


def delete_cards(document: MapDocument, card_ids: Iterable[str]) -> None:
    """Delete cards, and the references actions and scores hold to them."""
    ids = set(card_ids)
    if not ids:
        return
    journey = document.journey
    operations: list[Operation] = _drop_card_references(document, ids)
    for index in sorted((i for i, c in enumerate(journey.cards) if c.id in ids), reverse=True):
        operations.append(RemoveAt("cards", index))
    touched = {(c.lane, c.stage) for c in journey.cards if c.id in ids}
    for lane_id, stage_id in touched:
        remaining = [c for c in document.cards_in_cell(lane_id, stage_id) if c.id not in ids]
        operations += _renumber(remaining)
    name = tr("Delete card") if len(ids) == 1 else tr("Delete %n cards").replace("%n", str(len(ids)))
    document.push(name, operations)


def _drop_card_references(document: MapDocument, ids: set[str]) -> list[Operation]:
    journey = document.journey
    operations: list[Operation] = []
    for action in journey.actions:
        if ids & set(action.cards):
            operations.append(SetFields("actions", action.id, {"cards": [c for c in action.cards if c not in ids]}))
    for index in sorted((i for i, e in enumerate(journey.emotions) if e.card in ids), reverse=True):
        operations.append(RemoveAt("emotions", index))
    return operations


def move_cards(document: MapDocument, card_ids: Sequence[str], lane_id: str, stage_id: str, index: Optional[int] = None) -> None:
    """Move cards (in the order given) into a cell at ``index``, as one step."""
    journey = document.journey
    if journey.lane(lane_id) is None or journey.stage(stage_id) is None:
        raise ValueError("no such cell")
    moving = [document.card(card_id) for card_id in card_ids]
    moving_cards = [c for c in moving if c is not None]
    if not moving_cards:
        return
    moving_ids = {c.id for c in moving_cards}
    target = document.cards_in_cell(lane_id, stage_id)
    if index is None:
        index = len(target)
    # the index counts positions in the target as displayed, including moving cards
    before = [c for c in target[:index] if c.id not in moving_ids]
    after = [c for c in target[index:] if c.id not in moving_ids]
    ordered = before + moving_cards + after
    operations: list[Operation] = []
    for position, card in enumerate(ordered):
        values: dict[str, Any] = {}
        if card.id in moving_ids and (card.lane, card.stage) != (lane_id, stage_id):
            values.update(lane=lane_id, stage=stage_id)
        if card.order != position:
            values["order"] = position
        if values:
            operations.append(SetFields("cards", card.id, values, card))
    sources = {(c.lane, c.stage) for c in moving_cards} - {(lane_id, stage_id)}
    for source_lane, source_stage in sources:
        remaining = [c for c in document.cards_in_cell(source_lane, source_stage) if c.id not in moving_ids]
        operations += _renumber(remaining)
    name = tr("Move card") if len(moving_cards) == 1 else tr("Move %n cards").replace("%n", str(len(moving_cards)))
    document.push(name, operations)


# --- stages and lanes ---------------------------------------------------------------------


def add_stage(document: MapDocument, name: str = "", index: Optional[int] = None, **fields: Any) -> str:
    stages = document.journey.stages
    stage = Stage(name=name or tr("New stage"), **fields)
    document.push(tr("Add stage"), [Insert("stages", len(stages) if index is None else index, stage)])
    return stage.id


def add_lane(document: MapDocument, kind: LaneKind, title: str = "", index: Optional[int] = None, **fields: Any) -> str:
    lanes = document.journey.lanes
    lane = Lane(kind=kind, title=title or tr(kind.label), **fields)
    document.push(tr("Add lane"), [Insert("lanes", len(lanes) if index is None else index, lane)])
    return lane.id


def set_stage_fields(document: MapDocument, stage_id: str, merge: bool = False, **values: Any) -> None:
    _set_fields(document, "stages", stage_id, tr("Edit stage"), merge, values)


def set_lane_fields(document: MapDocument, lane_id: str, merge: bool = False, **values: Any) -> None:
    _set_fields(document, "lanes", lane_id, tr("Edit lane"), merge, values)


def set_map_fields(document: MapDocument, merge: bool = False, **values: Any) -> None:
    journey = document.journey
    changed = {name: value for name, value in values.items() if getattr(journey, name) != value}
    if changed:
        key = ("map", tuple(sorted(changed))) if merge else None
        document.push(tr("Edit map"), [SetFields(None, None, changed)], merge_key=key)


def _set_fields(document: MapDocument, collection: str, item_id: str, name: str, merge: bool, values: dict[str, Any]) -> None:
    items = getattr(document.journey, collection)
    item = items[index_of(document.journey, collection, item_id)]
    changed = {field: value for field, value in values.items() if getattr(item, field) != value}
    if changed:
        key = (collection, item_id, tuple(sorted(changed))) if merge else None
        document.push(name, [SetFields(collection, item_id, changed)], merge_key=key)


def move_stage(document: MapDocument, source: int, target: int) -> None:
    if source != target:
        document.push(tr("Move stage"), [Reorder("stages", source, target)])


def move_lane(document: MapDocument, source: int, target: int) -> None:
    if source != target:
        document.push(tr("Move lane"), [Reorder("lanes", source, target)])


def delete_stage(document: MapDocument, stage_id: str) -> None:
    """Delete a stage with its cards and scores; undo restores all of them in place and order."""
    journey = document.journey
    card_ids = {c.id for c in journey.cards if c.stage == stage_id}
    operations = _drop_card_references(document, card_ids)
    for index in sorted((i for i, c in enumerate(journey.cards) if c.id in card_ids), reverse=True):
        operations.append(RemoveAt("cards", index))
    for index in sorted((i for i, e in enumerate(journey.emotions) if e.stage == stage_id and e.card not in card_ids), reverse=True):
        operations.append(RemoveAt("emotions", index))
    for action in journey.actions:
        if stage_id in action.stages:
            operations.append(SetFields("actions", action.id, {"stages": [s for s in action.stages if s != stage_id]}))
    operations.append(RemoveAt("stages", index_of(journey, "stages", stage_id)))
    document.push(tr("Delete stage"), operations)


def delete_lane(document: MapDocument, lane_id: str) -> None:
    """Delete a lane with its cards; undo restores them in place and order."""
    journey = document.journey
    card_ids = {c.id for c in journey.cards if c.lane == lane_id}
    operations = _drop_card_references(document, card_ids)
    for index in sorted((i for i, c in enumerate(journey.cards) if c.id in card_ids), reverse=True):
        operations.append(RemoveAt("cards", index))
    if journey.visibility_line_after == lane_id:
        operations.append(SetFields(None, None, {"visibility_line_after": None}))
    operations.append(RemoveAt("lanes", index_of(journey, "lanes", lane_id)))
    document.push(tr("Delete lane"), operations)


# --- emotions --------------------------------------------------------------------


def set_emotion(
    document: MapDocument,
    stage_id: str,
    value: Optional[float],
    persona_id: Optional[str] = None,
    label: Optional[str] = None,
    snap: bool = True,
) -> None:
    """Set (or clear with None) a stage's score; editing snaps to whole steps of the scale."""
    journey = document.journey
    if journey.stage(stage_id) is None:
        raise KeyError(stage_id)
    current = next((e for e in journey.emotions if e.key == (stage_id, None, persona_id)), None)
    if value is not None:
        value = journey.emotion_scale.snap(value) if snap else value
        if not journey.emotion_scale.contains(value):
            raise ValueError(f"{value} is outside the scale")
    new_label = label if label is not None else (current.label if current else "")
    if current is not None and current.value == value and current.label == new_label:
        return
    if current is None and value is None:
        return
    document.push(tr("Set emotion"), [SetEmotion(stage_id, persona_id, value, new_label)])


_chosen_curve: "weakref.WeakKeyDictionary[MapDocument, Optional[str]]" = weakref.WeakKeyDictionary()
"""The curve the user chose to edit, per open document (view state: never saved, never undone)."""


def curve_persona(document: MapDocument) -> Optional[str]:
    """Whose curve the canvas, number keys and inspector edit (None: the map's own curve).

    The one the user chose (in the legend or the Personas panel) while it still
    exists; otherwise the first persona with scores, else the map's curve if it
    has scores, else the first persona, else the map's.
    """
    journey = document.journey
    ids = [p.id for p in journey.personas]
    if document in _chosen_curve:
        chosen = _chosen_curve[document]
        if chosen is None or chosen in ids:
            return chosen
    scored = {e.persona for e in journey.emotions if e.card is None}
    first_scored = next((i for i in ids if i in scored), None)
    if first_scored is not None:
        return first_scored
    if None in scored or not ids:
        return None
    return ids[0]


def choose_curve_persona(document: MapDocument, persona_id: Optional[str]) -> None:
    """Edit ``persona_id``'s curve from now on (None: the map's own); views redraw, nothing is undone."""
    if persona_id is not None and all(p.id != persona_id for p in document.journey.personas):
        raise KeyError(persona_id)
    if document in _chosen_curve and _chosen_curve[document] == persona_id:
        return
    _chosen_curve[document] = persona_id
    document.changed.emit(Change(frame=True))


# --- personas ---------------------------------------------------------------------


def persona(document: MapDocument, persona_id: str) -> Persona:
    found = next((p for p in document.journey.personas if p.id == persona_id), None)
    if found is None:
        raise KeyError(persona_id)
    return found


def add_persona(document: MapDocument, new: Optional[Persona] = None, index: Optional[int] = None) -> str:
    """Add a persona (a copy of ``new``, keeping its id: a copy of a library persona stays linked to it)."""
    people = document.journey.personas
    item = (new or Persona(name=tr("New persona"))).model_copy(deep=True)
    if any(p.id == item.id for p in people):
        raise ValueError(tr("%1 is already a persona of this map").replace("%1", item.name or item.id))
    position = len(people) if index is None else max(0, min(index, len(people)))
    document.push(tr("Add persona"), [Insert("personas", position, item)])
    return item.id


def set_persona_fields(document: MapDocument, persona_id: str, merge: bool = False, **values: Any) -> None:
    """Change fields of a persona as one step; values are checked before anything changes."""
    current = persona(document, persona_id)
    if "id" in values:
        raise ValueError("a persona's id never changes")
    probe = current.model_copy()
    for name, value in values.items():
        setattr(probe, name, value)  # validate_assignment: raises ValueError on a bad value
    changed = {name: getattr(probe, name) for name in values if getattr(current, name) != getattr(probe, name)}
    if changed:
        key = ("personas", persona_id, tuple(sorted(changed))) if merge else None
        document.push(tr("Edit persona"), [SetFields("personas", persona_id, changed, current)], merge_key=key)


PERSONA_CONTENT = tuple(name for name in Persona.model_fields if name != "id")
"""What a persona says about someone: what editing and refreshing a copy change (never the id)."""


def refresh_persona(document: MapDocument, source: Persona) -> bool:
    """Make the map's copy of ``source`` (same id) say what ``source`` says, as one step; False if
    nothing changed."""
    current = persona(document, source.id)
    changed = {
        name: copy.deepcopy(getattr(source, name)) for name in PERSONA_CONTENT
        if getattr(current, name) != getattr(source, name)
    }
    if not changed:
        return False
    document.push(tr("Refresh persona %1").replace("%1", source.name), [SetFields("personas", source.id, changed, current)])
    return True


def delete_persona(document: MapDocument, persona_id: str) -> None:
    """Remove a persona and its emotion scores; undo puts both back in place."""
    journey = document.journey
    position = index_of(journey, "personas", persona_id)
    operations: list[Operation] = [
        RemoveAt("emotions", index)
        for index in sorted((i for i, e in enumerate(journey.emotions) if e.persona == persona_id), reverse=True)
    ]
    operations.append(RemoveAt("personas", position))
    document.push(tr("Delete persona"), operations)


def move_persona(document: MapDocument, source: int, target: int) -> None:
    """Move a persona in the map's list (its legend order and its curve's colour follow)."""
    count = len(document.journey.personas)
    if source != target and 0 <= source < count and 0 <= target < count:
        document.push(tr("Move persona"), [Reorder("personas", source, target)])


# --- find and replace -------------------------------------------------------------


def find_cards(document: MapDocument, needle: str, case_sensitive: bool = False) -> list[str]:
    """Ids of cards whose text or notes contain ``needle``, in map order (stage, lane, order)."""
    if not needle:
        return []
    fold = (lambda s: s) if case_sensitive else str.casefold
    target = fold(needle)
    stage_rank = {s.id: i for i, s in enumerate(document.journey.stages)}
    lane_rank = {lane.id: i for i, lane in enumerate(document.journey.lanes)}
    hits = [c for c in document.journey.cards if target in fold(c.text) or target in fold(c.notes)]
    hits.sort(key=lambda c: (stage_rank.get(c.stage, 0), lane_rank.get(c.lane, 0), c.order))
    return [c.id for c in hits]


def replace_in_cards(document: MapDocument, needle: str, replacement: str, case_sensitive: bool = False) -> int:
    """Replace in every matching card's text and notes as one step; returns the number of cards."""
    import re

    if not needle:
        return 0
    pattern = re.compile(re.escape(needle), 0 if case_sensitive else re.IGNORECASE)
    operations: list[Operation] = []
    for card in document.journey.cards:
        values = {}
        for field in ("text", "notes"):
            new = pattern.sub(lambda _m: replacement, getattr(card, field))
            if new != getattr(card, field):
                values[field] = new
        if values:
            operations.append(SetFields("cards", card.id, values, card))
    document.push(tr("Replace"), operations)
    return len(operations)


# --- actions ----------------------------------------------------------------------


def add_action(document: MapDocument, title: str, cards: Sequence[str] = (), stages: Sequence[str] = (), **fields: Any) -> str:
    action = Action(title=title, cards=list(cards), stages=list(stages), **fields)
    document.push(tr("Add action"), [Insert("actions", len(document.journey.actions), action)])
    return action.id


def set_action_fields(document: MapDocument, action_id: str, merge: bool = False, **values: Any) -> None:
    """Change fields of an action (title, owner, due, status, priority...) as one step.

    Values are validated before anything changes (a too-long owner raises ValueError
    and the map is untouched); with ``merge``, consecutive edits of the same fields
    are one step (typing).
    """
    action = document.journey.action(action_id)
    if action is None:
        raise KeyError(action_id)
    probe = action.model_copy()
    for name, value in values.items():
        setattr(probe, name, value)  # validate_assignment: raises ValueError on a bad value
    if "status" in values and "completed" not in values:
        # the completion date follows the status, so the plan can say when things got done
        if probe.status is ActionStatus.DONE and action.status is not ActionStatus.DONE:
            probe.completed = date.today()
        elif probe.status is not ActionStatus.DONE and action.status is ActionStatus.DONE:
            probe.completed = None
        values = {**values, "completed": probe.completed}
    changed = {name: getattr(probe, name) for name in values if getattr(action, name) != getattr(probe, name)}
    if not changed:
        return
    key = ("actions", action_id, tuple(sorted(changed))) if merge else None
    document.push(tr("Edit action"), [SetFields("actions", action_id, changed, action)], merge_key=key)


def delete_actions(document: MapDocument, action_ids: Iterable[str]) -> None:
    """Delete actions as one step; undo puts them back in place."""
    ids = set(action_ids)
    actions = document.journey.actions
    operations: list[Operation] = [
        RemoveAt("actions", index) for index in sorted((i for i, a in enumerate(actions) if a.id in ids), reverse=True)
    ]
    if operations:
        name = tr("Delete action") if len(operations) == 1 else tr("Delete %n actions").replace("%n", str(len(operations)))
        document.push(name, operations)


def delete_action(document: MapDocument, action_id: str) -> None:
    if document.journey.action(action_id) is None:
        raise KeyError(action_id)
    delete_actions(document, [action_id])


def score_for(document: MapDocument, stage_id: str, persona_id: Optional[str]) -> Optional[EmotionScore]:
    return next((e for e in document.journey.emotions if e.key == (stage_id, None, persona_id)), None)


# --- workshop: quick capture and dot voting ----------------------------------------------


def capture_cards(document: MapDocument, items: Sequence[tuple[str, str, str]]) -> list[str]:
    """Add cards ``(lane id, stage id, text)`` at the end of their cells as one step (a pasted
    block of capture lines may aim at several cells; one undo takes the whole paste back)."""
    journey = document.journey
    by_cell: dict[tuple[str, str], list[Card]] = {}
    new_cards: list[Card] = []
    for lane_id, stage_id, text in items:
        if journey.lane(lane_id) is None or journey.stage(stage_id) is None:
            raise ValueError("no such cell")
        card = Card(lane=lane_id, stage=stage_id, text=text, order=0)
        by_cell.setdefault((lane_id, stage_id), []).append(card)
        new_cards.append(card)
    operations: list[Operation] = [Insert("cards", len(journey.cards) + i, card) for i, card in enumerate(new_cards)]
    for (lane_id, stage_id), cards in by_cell.items():
        operations += _renumber(document.cards_in_cell(lane_id, stage_id) + cards)
    name = tr("Add card") if len(new_cards) == 1 else tr("Add %n cards").replace("%n", str(len(new_cards)))
    document.push(name, operations)
    return [card.id for card in new_cards]


def add_vote(document: MapDocument, card_ids: Iterable[str], amount: int = 1) -> None:
    """Give each card ``amount`` more dots (one step, whatever the number of cards)."""
    cards = [c for c in (document.card(i) for i in dict.fromkeys(card_ids)) if c is not None]
    operations: list[Operation] = [SetFields("cards", c.id, {"votes": c.votes + amount}, c) for c in cards]
    document.push(tr("Add vote"), operations)


def remove_vote(document: MapDocument, card_ids: Iterable[str]) -> None:
    """Take one dot from each card that has any (never below zero; nothing to undo otherwise)."""
    cards = [c for c in (document.card(i) for i in dict.fromkeys(card_ids)) if c is not None and c.votes > 0]
    operations: list[Operation] = [SetFields("cards", c.id, {"votes": c.votes - 1}, c) for c in cards]
    document.push(tr("Remove vote"), operations)


def clear_votes(document: MapDocument) -> int:
    """Set every card's votes to zero as one step (a new round of voting); returns the cards changed."""
    operations: list[Operation] = [
        SetFields("cards", c.id, {"votes": 0}, c) for c in document.journey.cards if c.votes
    ]
    document.push(tr("Clear votes"), operations)
    return len(operations)


# --- whole map --------------------------------------------------------------------


def replace_map(document: MapDocument, journey: JourneyMap, text: str) -> bool:
    """Make the map hold ``journey``'s content as ONE undoable step named ``text`` (restoring a snapshot).

    ``journey`` is copied, so the caller may keep using it. False when the map
    already equals it (nothing to undo then).
    """
    if journey == document.journey:
        return False
    document.push(text, [ReplaceContent.of(journey.model_copy(deep=True))])
    return True
