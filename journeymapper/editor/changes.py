"""What an edit changed, so views redraw only that.

A ``Change`` is accumulated while a command runs and announced once when it
ends. ``cells`` are (lane id, stage id) pairs whose cards changed; ``frame``
means stages, lanes, emotions or map properties changed (cheap to relayout:
independent of the number of cards); ``actions`` means the action plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Change:
    cells: set[tuple[str, str]] = field(default_factory=set)
    cards: set[str] = field(default_factory=set)
    removed_cards: set[str] = field(default_factory=set)
    card_objects: dict[str, Any] = field(default_factory=dict)
    frame: bool = False
    actions: bool = False
    personas: bool = False
    everything: bool = False

    def merge(self, other: "Change") -> None:
        self.cells |= other.cells
        self.cards |= other.cards
        self.removed_cards |= other.removed_cards
        self.card_objects.update(other.card_objects)
        self.frame |= other.frame
        self.actions |= other.actions
        self.personas |= other.personas
        self.everything |= other.everything

    def __bool__(self) -> bool:
        return bool(
            self.cells or self.cards or self.removed_cards or self.frame or self.actions
            or self.personas or self.everything
        )
