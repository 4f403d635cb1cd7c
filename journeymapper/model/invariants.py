"""Rules that span several objects of a document, checked on load and after every edit.

Each check returns a list of ``Problem`` with a location in the file's own terms
(``cards[12].stage``), so a user or a script can find the place.
"""

from __future__ import annotations

import posixpath
from typing import Iterable

from .atlas import Atlas
from .base import Problem
from .journey import JourneyMap


def check_map(journey: JourneyMap) -> list[Problem]:
    """Every problem of a map: duplicate ids, dangling references, scores off the scale."""
    problems: list[Problem] = []
    problems += _duplicate_ids(journey)

    stage_ids = {s.id for s in journey.stages}
    lane_ids = {lane.id for lane in journey.lanes}
    card_ids = {c.id for c in journey.cards}
    card_stage = {c.id: c.stage for c in journey.cards}
    persona_ids = {p.id for p in journey.personas}

    for index, card in enumerate(journey.cards):
        if card.lane not in lane_ids:
            problems.append(Problem(f"cards[{index}].lane", f"no lane has id {card.lane!r}"))
        if card.stage not in stage_ids:
            problems.append(Problem(f"cards[{index}].stage", f"no stage has id {card.stage!r}"))

    if journey.visibility_line_after is not None and journey.visibility_line_after not in lane_ids:
        problems.append(
            Problem("visibility_line_after", f"no lane has id {journey.visibility_line_after!r}")
        )

    scale = journey.emotion_scale
    seen_keys: set[tuple[str, object, object]] = set()
    for index, score in enumerate(journey.emotions):
        where = f"emotions[{index}]"
        if score.stage not in stage_ids:
            problems.append(Problem(f"{where}.stage", f"no stage has id {score.stage!r}"))
        if score.card is not None and score.card not in card_ids:
            problems.append(Problem(f"{where}.card", f"no card has id {score.card!r}"))
        elif score.card is not None and card_stage.get(score.card) != score.stage:
            problems.append(Problem(f"{where}.card", f"card {score.card!r} is not in stage {score.stage!r}"))
        if score.persona is not None and score.persona not in persona_ids:
            problems.append(Problem(f"{where}.persona", f"no persona has id {score.persona!r}"))
        if not scale.contains(score.value):
            problems.append(
                Problem(
                    f"{where}.value",
                    f"{score.value:g} is outside the emotion scale {scale.minimum}..{scale.maximum}",
                )
            )
        if score.key in seen_keys:
            problems.append(Problem(where, "a second score for the same stage, card and persona"))
        seen_keys.add(score.key)

    for index, action in enumerate(journey.actions):
        where = f"actions[{index}]"
        for position, card_id in enumerate(action.cards):
            if card_id not in card_ids:
                problems.append(Problem(f"{where}.cards[{position}]", f"no card has id {card_id!r}"))
        for position, stage_id in enumerate(action.stages):
            if stage_id not in stage_ids:
                problems.append(Problem(f"{where}.stages[{position}]", f"no stage has id {stage_id!r}"))
        if action.created and action.completed and action.completed < action.created:
            problems.append(Problem(f"{where}.completed", "completed before it was created"))
    return problems


def _duplicate_ids(journey: JourneyMap) -> list[Problem]:
    groups: list[tuple[str, Iterable[str]]] = [
        ("personas", (p.id for p in journey.personas)),
        ("stages", (s.id for s in journey.stages)),
        ("lanes", (lane.id for lane in journey.lanes)),
        ("cards", (c.id for c in journey.cards)),
        ("actions", (a.id for a in journey.actions)),
    ]
    owner: dict[str, tuple[str, int]] = {}
    problems: list[Problem] = []
    for collection, ids in groups:
        for index, item_id in enumerate(ids):
            first = owner.setdefault(item_id, (collection, index))
            if first != (collection, index):
                problems.append(
                    Problem(f"{collection}[{index}].id", f"id {item_id!r} is already used by {first[0]}[{first[1]}]")
                )
    return problems


def same_path_key(link: str) -> str:
    """Links that name the same file compare equal: ``./a.journey`` is ``a.journey``."""
    return posixpath.normpath(link.replace("\\", "/"))


def check_atlas(atlas: Atlas) -> list[Problem]:
    """Every problem of an atlas: duplicate entries or personas, pairs naming no entry."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(atlas.entries):
        key = same_path_key(entry.path)
        if key in seen:
            problems.append(Problem(f"entries[{index}].path", f"{entry.path!r} is already entries[{seen[key]}]"))
        else:
            seen[key] = index
    for index, pair in enumerate(atlas.pairs):
        for side in ("current", "future"):
            path = getattr(pair, side)
            if same_path_key(path) not in seen:
                problems.append(Problem(f"pairs[{index}].{side}", f"{path!r} is not an entry of the atlas"))
        if same_path_key(pair.current) == same_path_key(pair.future):
            problems.append(Problem(f"pairs[{index}]", "a map cannot be its own future state"))
    persona_seen: dict[str, int] = {}
    for index, persona in enumerate(atlas.personas):
        if persona.id in persona_seen:
            problems.append(
                Problem(f"personas[{index}].id", f"id {persona.id!r} is already used by personas[{persona_seen[persona.id]}]")
            )
        else:
            persona_seen[persona.id] = index
    return problems
