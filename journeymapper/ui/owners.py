"""Owners typed once are offered again: the names already used in the open maps.

An action plan is only useful when one person is named the same way on every
action ("Dana Kowalski (Customer service)", not "dana k"), so the owner editor
completes from what is already written, across every open map (all the maps
of an atlas the user has open).
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from ..model import JourneyMap


def known_owners(journeys: Iterable[JourneyMap]) -> list[str]:
    """Distinct owners of actions (and of the maps), spaces tidied, case-insensitively sorted.

    The first spelling met wins, so "Dana" and "dana" are offered once.
    """
    seen: dict[str, str] = {}
    for journey in journeys:
        for name in [journey.owner, *(action.owner for action in journey.actions)]:
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
