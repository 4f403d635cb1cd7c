"""What the user has selected on the canvas, as the inspector and the edit menu see it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

SelectionKind = Literal["none", "cards", "stage", "lane", "emotion"]


@dataclass(frozen=True)
class Selection:
    """Selected cards (several), or one stage, one lane, or one stage's emotion point.

    ``cell`` is the focused (lane id, stage id) cell for keyboard capture, if any.
    For ``emotion`` the stage id is in ``ids`` and ``persona`` says whose curve.
    """

    kind: SelectionKind = "none"
    ids: tuple[str, ...] = ()
    cell: Optional[tuple[str, str]] = None
    persona: Optional[str] = None

    @property
    def single(self) -> Optional[str]:
        return self.ids[0] if len(self.ids) == 1 else None


NOTHING = Selection()
