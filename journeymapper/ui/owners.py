"""Owners typed once are offered again: the names already used in the open maps and the atlas.

An action plan is only useful when one person is named the same way on every
action ("Dana Kowalski (Customer service)", not "dana k"), so the owner editor
completes from what is already written: across every open map, and every map
of the open atlas (its owners come from the atlas's metadata cache, so this
costs no map read).
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from ..model import JourneyMap


def known_owners(journeys: Iterable[JourneyMap], more: Iterable[str] = ()) -> list[str]:
    """Distinct owners of actions (and of the maps), then ``more`` names, spaces tidied, sorted ignoring case.

    The first spelling met wins, so "Dana" and "dana" are offered once, as the open maps spell it.
    """
    seen: dict[str, str] = {}
    names = [name for journey in journeys for name in (journey.owner, *(action.owner for action in journey.actions))]
    for name in [*names, *more]:
        tidy = " ".join(name.split())
        if tidy:
            seen.setdefault(tidy.casefold(), tidy)
    return sorted(seen.values(), key=str.casefold)


def owner_completer(owners: list[str], parent: QWidget) -> QCompleter:
    """A completer matching anywhere in the name, whatever the case ("kow" finds "Dana Kowalski")."""
    completer = QCompleter(parent)
    completer.setModel(QStringListModel(owners, completer))  # owned by the completer, not by Python
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer
