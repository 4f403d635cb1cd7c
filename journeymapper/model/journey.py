"""The journey map document: stages (columns), lanes (rows), cards, emotions, personas, actions.

These classes hold data and answer pure questions about it; they never import Qt.
Editing goes through the editor's commands; rules that span several objects
(ids unique, references resolve, scores inside the scale) live in ``invariants``.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime
from typing import Annotated, Optional

from pydantic import Field, StringConstraints, field_validator, model_validator

from .base import Colour, Flag, Identifier, Integer, ModelBase, Number, new_id
from .enums import ActionStatus, Channel, LaneKind, MapState, Priority
from .image import EmbeddedImage

ShortText = Annotated[str, StringConstraints(max_length=1_000)]
LongText = Annotated[str, StringConstraints(max_length=100_000)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=100)]
RelativeLink = Annotated[str, StringConstraints(min_length=1, max_length=1_000)]
"""A path to another file, relative to the file holding the link, with ``/`` separators."""


class MetricValue(ModelBase):
    """A measured value on a stage or card, e.g. CSAT 3.9 from a survey export."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    value: Number
    date: Optional[dt.date] = None
    source: ShortText = ""


class EmotionScale(ModelBase):
    """The integer range emotion scores live in (default -2..+2, neutral at 0 when inside)."""

    minimum: Integer = -2
    maximum: Integer = 2

    @model_validator(mode="after")
    def _ordered(self) -> "EmotionScale":
        if self.minimum >= self.maximum:
            raise ValueError(f"minimum ({self.minimum}) must be below maximum ({self.maximum})")
        if self.maximum - self.minimum > 100:
            raise ValueError("the scale may have at most 101 steps (maximum - minimum <= 100)")
        return self

    @property
    def steps(self) -> int:
        return self.maximum - self.minimum + 1

    def contains(self, value: float) -> bool:
        return self.minimum <= value <= self.maximum

    def snap(self, value: float) -> int:
        """The nearest whole step inside the scale (what editing by hand produces)."""
        return max(self.minimum, min(self.maximum, round(value)))


class Persona(ModelBase):
    """Who travels the journey. A copy of an atlas library persona keeps that persona's id."""

    id: Identifier = Field(default_factory=lambda: new_id("persona"))
    name: Annotated[str, StringConstraints(max_length=200)] = ""
    role: ShortText = ""
    goals: list[LongText] = Field(default_factory=list)
    needs: list[LongText] = Field(default_factory=list)
    frustrations: list[LongText] = Field(default_factory=list)
    quote: LongText = ""
    photo: Optional[EmbeddedImage] = None


class Stage(ModelBase):
    """A phase of the journey; one column of the map."""

    id: Identifier = Field(default_factory=lambda: new_id("stage"))
    name: ShortText = ""
    goal: LongText = ""
    colour: Optional[Colour] = None
    width: Optional[Annotated[Number, Field(ge=40, le=5_000)]] = None
    metrics: list[MetricValue] = Field(default_factory=list)
    drilldown: Optional[RelativeLink] = None


class Lane(ModelBase):
    """One row of the map, of one kind."""

    id: Identifier = Field(default_factory=lambda: new_id("lane"))
    kind: LaneKind = LaneKind.TEXT
    title: ShortText = ""
    colour: Optional[Colour] = None
    height: Optional[Annotated[Number, Field(ge=24, le=5_000)]] = None
    collapsed: Flag = False


class Card(ModelBase):
    """One item in a cell (a lane and a stage): a touchpoint, a pain point, an idea..."""

    id: Identifier = Field(default_factory=lambda: new_id("card"))
    lane: Identifier
    stage: Identifier
    order: Annotated[Integer, Field(ge=0)] = 0
    text: LongText = ""
    notes: LongText = ""
    channel: Optional[Channel] = None
    colour: Optional[Colour] = None
    tags: list[Tag] = Field(default_factory=list)
    url: Optional[Annotated[str, StringConstraints(max_length=2_000)]] = None
    drilldown: Optional[RelativeLink] = None
    image: Optional[EmbeddedImage] = None
    metrics: list[MetricValue] = Field(default_factory=list)
    votes: Annotated[Integer, Field(ge=0, le=1_000_000)] = 0


class EmotionScore(ModelBase):
    """How the customer feels at a stage (or at one touchpoint card), for a persona or the map."""

    stage: Identifier
    card: Optional[Identifier] = None
    persona: Optional[Identifier] = None
    value: Number
    label: ShortText = ""

    @property
    def key(self) -> tuple[str, Optional[str], Optional[str]]:
        """Scores are unique per (stage, card, persona)."""
        return (self.stage, self.card, self.persona)


class Action(ModelBase):
    """A task that improves the journey, owned and dated; the map's actions are its action plan."""

    id: Identifier = Field(default_factory=lambda: new_id("action"))
    title: ShortText = ""
    description: LongText = ""
    owner: Annotated[str, StringConstraints(max_length=200)] = ""
    due: Optional[date] = None
    status: ActionStatus = ActionStatus.OPEN
    priority: Priority = Priority.MEDIUM
    cards: list[Identifier] = Field(default_factory=list)
    stages: list[Identifier] = Field(default_factory=list)
    created: Optional[date] = None
    completed: Optional[date] = None

    def is_overdue(self, today: date) -> bool:
        """Open and past its due date."""
        return self.status.is_open and self.due is not None and self.due < today


class JourneyMap(ModelBase):
    """One journey map: the whole content of a ``.journey`` file (less format and version)."""

    id: Identifier = Field(default_factory=lambda: new_id("map"))
    title: ShortText = ""
    description: LongText = ""
    state: MapState = MapState.CURRENT
    owner: Annotated[str, StringConstraints(max_length=200)] = ""
    tags: list[Tag] = Field(default_factory=list)
    created: Optional[datetime] = None
    modified: Optional[datetime] = None
    review_by: Optional[date] = None
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    visibility_line_after: Optional[Identifier] = None
    personas: list[Persona] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    emotions: list[EmotionScore] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)

    @field_validator("created", "modified")
    @classmethod
    def _aware(cls, value: Optional[datetime]) -> Optional[datetime]:
        if value is not None and value.tzinfo is None:
            raise ValueError("a time must include its UTC offset, e.g. 2026-11-22T12:00:00+00:00")
        return value

    # --- pure queries -------------------------------------------------------------

    def stage(self, stage_id: str) -> Optional[Stage]:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane(self, lane_id: str) -> Optional[Lane]:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def card(self, card_id: str) -> Optional[Card]:
        return next((c for c in self.cards if c.id == card_id), None)

    def action(self, action_id: str) -> Optional[Action]:
        return next((a for a in self.actions if a.id == action_id), None)

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """Cards of one cell in display order."""
        return sorted(
            (c for c in self.cards if c.lane == lane_id and c.stage == stage_id),
            key=lambda c: c.order,
        )

    def cells(self) -> dict[tuple[str, str], list[Card]]:
        """All non-empty cells, keyed by (lane id, stage id), cards in display order."""
        result: dict[tuple[str, str], list[Card]] = {}
        for card in self.cards:
            result.setdefault((card.lane, card.stage), []).append(card)
        for cell in result.values():
            cell.sort(key=lambda c: c.order)
        return result

    def emotion_curve(self, persona_id: Optional[str] = None) -> list[Optional[float]]:
        """The stage-level score of each stage in order (None where unscored)."""
        by_stage = {
            e.stage: e.value for e in self.emotions if e.card is None and e.persona == persona_id
        }
        return [by_stage.get(s.id) for s in self.stages]

    def open_actions_for(self, card_id: str) -> list[Action]:
        return [a for a in self.actions if card_id in a.cards and a.status.is_open]
