"""The action plan as rows: each action with what it addresses resolved, grouped, counted.

Pure (no reportlab, no Qt): the PDF, the CSV and the editor's action-plan panel
can all use it. Cost is linear in the actions plus the cards they name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional, Sequence

from ..model import Action, ActionStatus, JourneyMap, LaneKind, Priority
from ..layout import lane_title
from .options import GroupBy

__all__ = [
    "ActionRow", "AddressedCard", "Group", "Summary", "action_rows", "group_rows", "summarize",
]

_PRIORITY_RANK = {Priority.CRITICAL: 0, Priority.HIGH: 1, Priority.MEDIUM: 2, Priority.LOW: 3}
_FAR_FUTURE = date.max


@dataclass(frozen=True)
class AddressedCard:
    """A card an action addresses, as a reader sees it."""

    card_id: str
    kind: Optional[LaneKind]
    lane: str
    """The lane's title (or its kind's name)."""
    stage: str
    text: str


@dataclass(frozen=True)
class ActionRow:
    action: Action
    map_title: str
    map_index: int
    overdue: bool
    stage_ids: tuple[str, ...]
    """The action's own stages and its cards' stages, in the map's stage order."""
    stage_names: tuple[str, ...]
    cards: tuple[AddressedCard, ...]
    missing: tuple[str, ...] = ()
    """Card or stage ids the action names that the map does not have."""

    @property
    def sort_key(self) -> tuple:
        a = self.action
        return (
            not a.status.is_open,
            a.due or _FAR_FUTURE,
            _PRIORITY_RANK[a.priority],
            a.title.casefold(),
        )


@dataclass(frozen=True)
class Group:
    title: str
    rows: tuple[ActionRow, ...]
    subtitle: str = ""


def stage_label(name: str, index: int) -> str:
    return name.strip() or f"Stage {index + 1}"


def action_rows(journey: JourneyMap, today: date, map_title: str = "", map_index: int = 0) -> list[ActionRow]:
    """One row per action of ``journey``, in the map's order."""
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    stage_names = {s.id: stage_label(s.name, i) for i, s in enumerate(journey.stages)}
    lanes = {lane.id: lane for lane in journey.lanes}
    needed = {card_id for action in journey.actions for card_id in action.cards}
    cards = {c.id: c for c in journey.cards if c.id in needed}
    rows = []
    for action in journey.actions:
        stage_ids: list[str] = []
        missing: list[str] = []
        addressed: list[AddressedCard] = []
        for card_id in action.cards:
            card = cards.get(card_id)
            if card is None:
                missing.append(card_id)
                continue
            lane = lanes.get(card.lane)
            addressed.append(
                AddressedCard(
                    card.id,
                    lane.kind if lane else None,
                    lane_title(lane) if lane else "",
                    stage_names.get(card.stage, ""),
                    card.text,
                )
            )
            if card.stage in stage_index:
                stage_ids.append(card.stage)
        for stage_id in action.stages:
            if stage_id in stage_index:
                stage_ids.append(stage_id)
            else:
                missing.append(stage_id)
        ordered = tuple(sorted(set(stage_ids), key=stage_index.__getitem__))
        rows.append(
            ActionRow(
                action,
                map_title,
                map_index,
                action.is_overdue(today),
                ordered,
                tuple(stage_names[s] for s in ordered),
                tuple(addressed),
                tuple(missing),
            )
        )
    return rows


def group_rows(
    rows: Sequence[ActionRow],
    by: GroupBy,
    stage_orders: Optional[Sequence[Sequence[tuple[str, str]]]] = None,
) -> list[Group]:
    """Rows grouped by owner (alphabetically, 'No owner' last) or by stage.

    By stage, an action appears under each stage it addresses (in the map's
    order), and actions that name no stage under 'No stage'. ``stage_orders``
    gives, per map index, the (stage id, name) pairs in order; with rows of
    several maps the group titles name the map. Within a group: open actions
    first, by due date, then priority, then title.
    """
    by = GroupBy(by)
    if by is GroupBy.OWNER:
        groups: dict[str, list[ActionRow]] = {}
        titles: dict[str, str] = {}
        for row in rows:
            owner = " ".join(row.action.owner.split())
            key = owner.casefold()
            groups.setdefault(key, []).append(row)
            titles.setdefault(key, owner)
        keys = sorted((k for k in groups if k), key=lambda k: (k, titles[k]))
        if "" in groups:
            keys.append("")
        return [Group(titles[k] or "No owner", tuple(sorted(groups[k], key=_sort_key))) for k in keys]

    several_maps = len({row.map_index for row in rows}) > 1
    by_stage: dict[tuple[int, str], list[ActionRow]] = {}
    unstaged: dict[int, list[ActionRow]] = {}
    map_titles: dict[int, str] = {}
    for row in rows:
        map_titles[row.map_index] = row.map_title
        if not row.stage_ids:
            unstaged.setdefault(row.map_index, []).append(row)
        for stage_id in row.stage_ids:
            by_stage.setdefault((row.map_index, stage_id), []).append(row)
    names = {}
    order: list[tuple[int, str]] = []
    for row in rows:  # stage names and order from the rows (the map's order within a row)
        for stage_id, name in zip(row.stage_ids, row.stage_names):
            names[(row.map_index, stage_id)] = name
    if stage_orders is not None:
        for map_index, stages in enumerate(stage_orders):
            order += [(map_index, sid) for sid, _ in stages if (map_index, sid) in by_stage]
    seen = set(order)
    order += sorted(k for k in by_stage if k not in seen)
    result = []
    for map_index in sorted(set(k[0] for k in order) | set(unstaged)):
        prefix = f"{map_titles.get(map_index) or 'Untitled map'} \u203a " if several_maps else ""
        for key in (k for k in order if k[0] == map_index):
            result.append(Group(prefix + names[key], tuple(sorted(by_stage[key], key=_sort_key))))
        if map_index in unstaged:
            result.append(Group(prefix + "No stage", tuple(sorted(unstaged[map_index], key=_sort_key))))
    return result


def _sort_key(row: ActionRow) -> tuple:
    return row.sort_key


@dataclass(frozen=True)
class Summary:
    actions: int
    by_status: dict[ActionStatus, int]
    by_priority: dict[Priority, int]
    overdue: int
    open: int
    cards_by_kind: dict[LaneKind, int]
    cards: int
    stages: int
    lanes: int
    maps: int = 1


def summarize(journeys: Iterable[JourneyMap], today: date) -> Summary:
    """Counts over one map or several: actions by status and priority, overdue, cards per lane kind."""
    by_status = {status: 0 for status in ActionStatus}
    by_priority = {priority: 0 for priority in Priority}
    cards_by_kind: dict[LaneKind, int] = {}
    overdue = actions = cards = stages = lanes = maps = 0
    for journey in journeys:
        maps += 1
        stages += len(journey.stages)
        lanes += len(journey.lanes)
        for action in journey.actions:
            actions += 1
            by_status[action.status] += 1
            by_priority[action.priority] += 1
            overdue += action.is_overdue(today)
        kinds = {lane.id: lane.kind for lane in journey.lanes}
        stage_ids = {s.id for s in journey.stages}
        for card in journey.cards:
            kind = kinds.get(card.lane)
            if kind is None or card.stage not in stage_ids:
                continue
            cards += 1
            cards_by_kind[kind] = cards_by_kind.get(kind, 0) + 1
    ordered = {kind: cards_by_kind[kind] for kind in LaneKind if kind in cards_by_kind}
    open_count = sum(n for status, n in by_status.items() if status.is_open)
    return Summary(actions, by_status, by_priority, overdue, open_count, ordered, cards, stages, lanes, maps)
