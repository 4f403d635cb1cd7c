"""The closed vocabularies of a map: lane kinds, channels, states, statuses, priorities.

Values are the strings stored in files; they never change once released.
"""

from __future__ import annotations

from enum import Enum


class LaneKind(str, Enum):
    """What a lane (a row of the map) holds."""

    TOUCHPOINTS = "touchpoints"
    CUSTOMER_ACTIONS = "customer_actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    CHANNELS = "channels"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT_PROCESSES = "support_processes"
    EVIDENCE = "evidence"
    METRICS = "metrics"
    TEXT = "text"

    @property
    def label(self) -> str:
        """The English name shown to people (the UI translates it)."""
        return self.value.replace("_", " ").capitalize()


class Channel(str, Enum):
    """How the customer meets the organisation at a touchpoint."""

    WEB = "web"
    APP = "app"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    SOCIAL = "social"
    CHAT = "chat"
    MAIL = "mail"
    OTHER = "other"


class MapState(str, Enum):
    """Whether a map describes today's journey or the one we want."""

    CURRENT = "current"
    FUTURE = "future"


class ActionStatus(str, Enum):
    """Where an action stands; only OPEN, IN_PROGRESS and BLOCKED count as open."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


class Priority(str, Enum):
    """How urgent an action is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"
