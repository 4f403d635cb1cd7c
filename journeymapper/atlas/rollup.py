"""The atlas-wide action roll-up, and every owner named across the atlas.

The roll-up is every action of every readable map in one list, overdue first,
then by due date: the table the GUI shows and filters (its PDF comes with the
action-plan issue). Owners come from cached metadata, so the owner completer
costs no map read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from ..model import Action, ActionStatus
from ..store import DocumentError
from .index import AtlasIndex


@dataclass(frozen=True)
class RolledAction:
    map_path: str
    """The entry's path as written in the atlas."""
    file: Path
    map_title: str
    action: Action
    overdue: bool


def action_rollup(
    index: AtlasIndex,
    today: Optional[date] = None,
    *,
    owner: Optional[str] = None,
    status: Optional[ActionStatus] = None,
    open_only: bool = False,
    due_before: Optional[date] = None,
) -> list[RolledAction]:
    """All actions of the atlas's readable maps: overdue first, then by due date (none last), then map."""
    today = today or index.today
    wanted = owner.strip().casefold() if owner is not None else None
    rows: list[RolledAction] = []
    for info in index.readable():
        try:
            journey = index.document(info)
        except (DocumentError, OSError, ValueError):
            continue
        for action in journey.actions:
            if wanted is not None and action.owner.strip().casefold() != wanted:
                continue
            if status is not None and action.status is not status:
                continue
            if open_only and not action.status.is_open:
                continue
            if due_before is not None and (action.due is None or action.due >= due_before):
                continue
            rows.append(RolledAction(info.path, info.link.file or Path(), journey.title, action,
                                     action.is_overdue(today)))
    rows.sort(key=rollup_order)
    return rows


def rollup_order(row: RolledAction) -> tuple[bool, bool, date, str]:
    """The roll-up's sort key: overdue first, then by due date (none last), then map title."""
    return (not row.overdue, row.action.due is None, row.action.due or date.max, row.map_title.casefold())


def atlas_owners(index: AtlasIndex) -> list[str]:
    """Map owners and action owners across the atlas, each once (letter case ignored), sorted."""
    return index.owners()
