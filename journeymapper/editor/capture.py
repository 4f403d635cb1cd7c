"""Quick-capture lines: ``pain @Checkout: Card declined`` aims a card at a lane and a stage.

A facilitator types while the room talks, so aiming must be short and never
guess: lanes (by kind, a word of the kind's label, or title) and stages (by
name, a word of it, or their number) match by case-insensitive prefix; an exact
name wins over a prefix, and a prefix that fits two lanes is an error that
lists them rather than a card in the wrong place. Errors carry a ``kind`` and
arguments so the interface can translate them; this module has no Qt.

Grammar of one line (``\\`` first takes the rest literally)::

    [lane] [@stage] ": " text      # a colon followed by a space or the end
    text                           # the focused cell

The lane part alone must be one word (``pain: ...``), so everyday text such as
``Step two: call back`` is not mistaken for an aim; with ``@`` it may be longer
(``pain points @Get help: ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence, Union

from ..model import JourneyMap, Lane, LaneKind, Stage

Cell = tuple[str, str]
"""(lane id, stage id)"""

_HEAD = re.compile(r"^\s*(?P<lane>[^@:]*?)\s*(?:@(?P<stage>[^:]*?))?\s*:(?:\s+|$)(?P<text>.*)$", re.DOTALL)


@dataclass(frozen=True)
class CaptureResult:
    """A card to add: where, and its text."""

    lane_id: str
    stage_id: str
    text: str
    aimed: bool = False
    """Whether the line named its lane or stage (the focus then follows it)."""


@dataclass(frozen=True)
class CaptureError:
    """Why a line cannot become a card. ``kind`` is one of ``no_lane``, ``ambiguous_lane``,
    ``no_stage``, ``ambiguous_stage``, ``no_cell`` (the map has no lane or stage), ``empty``."""

    kind: str
    line: str
    token: str = ""
    candidates: tuple[str, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        """The English message (the interface shows a translated one built from the fields)."""
        listed = ", ".join(self.candidates)
        return {
            "no_lane": f"No lane matches “{self.token}”",
            "ambiguous_lane": f"“{self.token}” could be several lanes: {listed}",
            "no_stage": f"No stage matches “{self.token}”",
            "ambiguous_stage": f"“{self.token}” could be several stages: {listed}",
            "no_cell": "The map needs a lane and a stage first",
            "empty": "Nothing to add",
        }.get(self.kind, self.kind)


Parsed = Union[CaptureResult, CaptureError]


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_\-/]+", text.casefold()) if w]


def _match(token: str, names: Sequence[tuple[str, Iterable[str]]]) -> list[str]:
    """Ids whose names match ``token``: exact matches if any, else prefix matches.

    ``names`` pairs an id with its names (title, kind, label...). A name matches
    exactly when the token equals all of it (so a stage "Use" can be chosen beside
    "User onboarding"), and by prefix when it starts the name or one of its words."""
    needle = " ".join(_words(token))
    exact: list[str] = []
    prefix: list[str] = []
    for item_id, item_names in names:
        whole = [" ".join(_words(n)) for n in item_names if n]
        words = [w for n in item_names if n for w in _words(n)]
        if needle in whole:
            exact.append(item_id)
        elif any(w.startswith(needle) for w in whole + words):
            prefix.append(item_id)
    found = exact or prefix
    return list(dict.fromkeys(found))


def lane_names(lane: Lane, extra: Mapping[str, Sequence[str]] = {}) -> list[str]:  # noqa: B006 - read only
    """What a lane answers to: its title, its kind's value and label, and any translated names."""
    return [lane.title, lane.kind.value, lane.kind.label, *extra.get(lane.kind.value, ())]


def _stage_names(stage: Stage) -> list[str]:
    return [stage.name]


def find_lane(journey: JourneyMap, token: str, extra: Mapping[str, Sequence[str]] = {}) -> list[Lane]:  # noqa: B006
    ids = _match(token, [(lane.id, lane_names(lane, extra)) for lane in journey.lanes])
    return [lane for lane in journey.lanes if lane.id in ids]


def find_stage(journey: JourneyMap, token: str) -> list[Stage]:
    token = token.strip()
    if token.isdigit():
        index = int(token) - 1
        return [journey.stages[index]] if 0 <= index < len(journey.stages) else []
    ids = _match(token, [(stage.id, _stage_names(stage)) for stage in journey.stages])
    return [stage for stage in journey.stages if stage.id in ids]


def parse_capture_line(
    line: str,
    journey: JourneyMap,
    default_cell: Optional[Cell],
    lane_aliases: Mapping[str, Sequence[str]] = {},  # noqa: B006 - read only
) -> Parsed:
    """One line to a card (or an error). ``lane_aliases`` maps a lane kind's value to more
    names it answers to (the interface passes the translated kind names)."""
    text = line.strip()
    default_cell = default_cell or default_capture_cell(journey)
    if text.startswith("\\"):
        return _plain(text[1:].strip(), line, default_cell)
    match = _HEAD.match(text)
    if match is None:
        return _plain(text, line, default_cell)
    lane_token, stage_token, body = match["lane"].strip(), match["stage"], match["text"].strip()
    if stage_token is None and (not lane_token or len(lane_token.split()) > 1):
        return _plain(text, line, default_cell)  # "Step two: ..." and ": ..." are just text
    lane_id = default_cell[0] if default_cell else None
    stage_id = default_cell[1] if default_cell else None
    if lane_token:
        lanes = find_lane(journey, lane_token, lane_aliases)
        if not lanes:
            return CaptureError("no_lane", line, lane_token, tuple(lane.title or lane.kind.label for lane in journey.lanes))
        if len(lanes) > 1:
            return CaptureError("ambiguous_lane", line, lane_token, tuple(lane.title or lane.kind.label for lane in lanes))
        lane_id = lanes[0].id
    if stage_token is not None:
        stage_token = stage_token.strip()
        stages = find_stage(journey, stage_token) if stage_token else []
        if not stages:
            return CaptureError("no_stage", line, stage_token, tuple(stage.name for stage in journey.stages))
        if len(stages) > 1:
            return CaptureError("ambiguous_stage", line, stage_token, tuple(stage.name for stage in stages))
        stage_id = stages[0].id
    if lane_id is None or stage_id is None:
        return CaptureError("no_cell", line)
    if not body:
        return CaptureError("empty", line)
    return CaptureResult(lane_id, stage_id, body, aimed=True)


def parse_capture_text(
    text: str,
    journey: JourneyMap,
    default_cell: Optional[Cell],
    lane_aliases: Mapping[str, Sequence[str]] = {},  # noqa: B006 - read only
) -> list[Parsed]:
    """Several lines (a paste): one result per non-blank line. An aimed line moves the
    target of the unaimed lines after it, as typing them one by one would."""
    results: list[Parsed] = []
    cell = default_cell
    for line in text.splitlines():
        if not line.strip():
            continue
        result = parse_capture_line(line, journey, cell, lane_aliases)
        if isinstance(result, CaptureResult):
            cell = (result.lane_id, result.stage_id)
        results.append(result)
    return results


def _plain(text: str, line: str, cell: Optional[Cell]) -> Parsed:
    if cell is None:
        return CaptureError("no_cell", line)
    if not text:
        return CaptureError("empty", line)
    return CaptureResult(cell[0], cell[1], text)


def default_capture_cell(journey: JourneyMap) -> Optional[Cell]:
    """Where capture goes when nothing is focused: the first touchpoints lane (else the
    first lane) in the first stage."""
    if not journey.lanes or not journey.stages:
        return None
    lane = next((lane for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS), journey.lanes[0])
    return (lane.id, journey.stages[0].id)


__all__ = [
    "CaptureError", "CaptureResult", "Cell", "default_capture_cell", "find_lane", "find_stage",
    "lane_names", "parse_capture_line", "parse_capture_text",
]
