"""What an export is asked to do, and what it reports back. No reportlab, no Qt.

The editor's File > Export dialog builds a :class:`PdfOptions`, passes a progress
callback and a cancellation check, and shows the :class:`ExportResult`; importing
this module costs nothing (reportlab is imported only when a PDF is drawn).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Callable, Optional

__all__ = [
    "ExportCancelled", "ExportError", "ExportResult", "GroupBy", "Include", "MIN_PRINTED_SIZE", "PAPER_SIZES",
    "Paper", "PdfOptions", "ProgressCallback", "CancelCheck", "write_export",
]

MIN_PRINTED_SIZE = 7.0
"""No text in an exported PDF is printed smaller than this (points)."""

ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``: pages drawn so far out of the document's pages."""
CancelCheck = Callable[[], bool]
"""``cancelled()``: asked often; returning True stops the export with :class:`ExportCancelled`."""


class Paper(str, Enum):
    """Paper sizes; every page is printed landscape (maps are wide)."""

    A4 = "a4"
    LETTER = "letter"
    A3 = "a3"
    A0 = "a0"

    @property
    def label(self) -> str:
        return "Letter" if self is Paper.LETTER else self.value.upper()

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) in points, landscape."""
        short, long = PAPER_SIZES[self]
        return (long, short)


PAPER_SIZES: dict[Paper, tuple[float, float]] = {
    Paper.A4: (595.2756, 841.8898),
    Paper.LETTER: (612.0, 792.0),
    Paper.A3: (841.8898, 1190.5512),
    Paper.A0: (2383.937, 3370.394),
}
"""Portrait (width, height) in points."""


class GroupBy(str, Enum):
    """How the action plan is grouped."""

    OWNER = "owner"
    STAGE = "stage"


@dataclass(frozen=True)
class Include:
    """The parts of the PDF, in the order they are printed."""

    title_page: bool = True
    summary: bool = True
    map: bool = True
    action_plan: bool = True

    @classmethod
    def parse(cls, text: str) -> "Include":
        """From a comma list such as ``"title,map,actions,summary"`` (ValueError on an unknown word)."""
        words = {w.strip().lower() for w in text.split(",") if w.strip()}
        names = {
            "title": "title_page", "title_page": "title_page", "summary": "summary", "map": "map",
            "actions": "action_plan", "action_plan": "action_plan", "plan": "action_plan",
        }
        unknown = sorted(words - names.keys())
        if unknown:
            raise ValueError(f"unknown part {unknown[0]!r}: use title, summary, map, actions")
        chosen = {names[w] for w in words}
        if not chosen:
            raise ValueError("name at least one part: title, summary, map, actions")
        return cls(**{name: name in chosen for name in ("title_page", "summary", "map", "action_plan")})

    @property
    def anything(self) -> bool:
        return self.title_page or self.summary or self.map or self.action_plan


@dataclass(frozen=True)
class PdfOptions:
    """Paper, grouping of the action plan, and which parts to print."""

    paper: Paper = Paper.A4
    group_by: GroupBy = GroupBy.OWNER
    include: Include = field(default_factory=Include)

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", Paper(self.paper))
        object.__setattr__(self, "group_by", GroupBy(self.group_by))


@dataclass
class ExportResult:
    """What an export wrote."""

    path: Optional[Path]
    pages: int
    map_pages: int = 0
    """Pages the map itself takes (0 when not included or for an atlas without maps)."""
    map_scales: list[float] = field(default_factory=list)
    """The scale each exported map was drawn at (layout points to printed points)."""
    smallest_text: float = 0.0
    """The smallest printed text size in the document, in points (>= :data:`MIN_PRINTED_SIZE`)."""
    actions: int = 0
    problems: list[str] = field(default_factory=list)
    """Things that did not go into the document (e.g. an atlas's missing map), one line each."""


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written."""


class ExportError(Exception):
    """The export could not be written; the message says why (one line)."""


def write_export(path: Path | str, data: bytes) -> None:
    """Write an export's bytes atomically (a failed write never leaves half a file); an
    ``OSError`` becomes an :class:`ExportError` naming the file, as every export reports it."""
    from ..store import atomic_write

    try:
        atomic_write(Path(path), data)
    except OSError as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ExportError(f"{path}: not written: {reason}") from None
