"""The PDF's colours: the canvas's light theme, as ``#RRGGBB`` strings (no Qt).

Lane and channel colours are the canvas's (``journeymapper/canvas/style.py``,
which needs Qt and so cannot be imported here); keep the two tables equal.
"""

from __future__ import annotations

import colorsys
from functools import lru_cache
from typing import Optional

from ..model import ActionStatus, Channel, LaneKind, Priority

LANE_COLOURS: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "#DCEAF7",
    LaneKind.CUSTOMER_ACTIONS: "#E2F0DC",
    LaneKind.THOUGHTS: "#F1E8F6",
    LaneKind.EMOTIONS: "#FFF3D4",
    LaneKind.PAIN_POINTS: "#F9DEDA",
    LaneKind.OPPORTUNITIES: "#DCF2EA",
    LaneKind.CHANNELS: "#E3EAF1",
    LaneKind.FRONTSTAGE: "#FCE9D6",
    LaneKind.BACKSTAGE: "#ECE8E3",
    LaneKind.SUPPORT_PROCESSES: "#E7E4F3",
    LaneKind.EVIDENCE: "#EFEFE3",
    LaneKind.METRICS: "#E1ECF3",
    LaneKind.TEXT: "#F1F1F1",
}

CHANNEL_COLOURS: dict[Channel, str] = {
    Channel.WEB: "#3A78C2",
    Channel.APP: "#7A4FB5",
    Channel.EMAIL: "#2A8C8C",
    Channel.PHONE: "#3C8F4A",
    Channel.STORE: "#C2702A",
    Channel.SOCIAL: "#B8467A",
    Channel.CHAT: "#2C8DB3",
    Channel.MAIL: "#8A6A45",
    Channel.OTHER: "#6F7780",
}

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.WEB: "Web", Channel.APP: "App", Channel.EMAIL: "Email", Channel.PHONE: "Phone",
    Channel.STORE: "Store", Channel.SOCIAL: "Social", Channel.CHAT: "Chat", Channel.MAIL: "Mail",
    Channel.OTHER: "Other",
}


def _rgb(colour: str) -> tuple[float, float, float]:
    return (int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255)


def _hex(r: float, g: float, b: float) -> str:
    return "#%02X%02X%02X" % tuple(max(0, min(255, round(v * 255))) for v in (r, g, b))


@lru_cache(maxsize=1024)
def mix(a: str, b: str, amount: float) -> str:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    ra, ga, ba = _rgb(a)
    rb, gb, bb = _rgb(b)
    keep = 1.0 - amount
    return _hex(ra * keep + rb * amount, ga * keep + gb * amount, ba * keep + bb * amount)


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


WHITE = "#FFFFFF"
TEXT = "#1F2328"
LIGHT_TEXT = "#F4F6F8"
WINDOW = "#EFF0F1"
MUTED = mix(TEXT, WHITE, 0.38)
FAINT = mix(TEXT, WHITE, 0.55)
GRID = mix(TEXT, WHITE, 0.86)
STRONG_GRID = mix(TEXT, WHITE, 0.7)
HEADER_FILL = mix(WINDOW, TEXT, 0.04)
CORNER_FILL = mix(HEADER_FILL, TEXT, 0.03)
STRIPE = mix(WHITE, TEXT, 0.022)
HIGH = "#2E9D57"
LOW = "#D0483C"
NEUTRAL = mix(TEXT, WHITE, 0.45)
CURVE = "#2F5F98"
ACCENT = CURVE
"""The report's accent: headings' rules, the title page's band."""
BADGE_FILL = mix(TEXT, WHITE, 0.25)
ACTION_BADGE = "#B86E00"
OVERDUE = "#C0392B"
TINT = mix(WHITE, CURVE, 0.06)
"""A very light blue for boxes on the report pages (personas, group headings)."""

PERSONA_CURVES = ("#2F5F98", "#B86E00", "#7A4FB5", "#2A8C8C", "#B8467A", "#6F7780")
"""The first curve is drawn solid in the canvas's colour; others dashed in these hues."""

STATUS_COLOURS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "#3A78C2",
    ActionStatus.IN_PROGRESS: "#C28A1A",
    ActionStatus.BLOCKED: "#C0392B",
    ActionStatus.DONE: "#2E9D57",
    ActionStatus.DROPPED: "#8A9099",
}
STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.BLOCKED: "Blocked",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
}
PRIORITY_COLOURS: dict[Priority, str] = {
    Priority.CRITICAL: "#C0392B",
    Priority.HIGH: "#B86E00",
    Priority.MEDIUM: mix(TEXT, WHITE, 0.2),
    Priority.LOW: MUTED,
}
PRIORITY_LABELS: dict[Priority, str] = {
    Priority.CRITICAL: "Critical", Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low",
}


def lane_fill(kind: LaneKind, lane_colour: Optional[str]) -> str:
    return (lane_colour or LANE_COLOURS.get(kind, "#F1F1F1")).upper()


def card_fill(kind: LaneKind, lane_colour: Optional[str], card_colour: Optional[str]) -> str:
    return (card_colour or lane_colour or LANE_COLOURS.get(kind, "#F1F1F1")).upper()


@lru_cache(maxsize=1024)
def card_border(fill: str) -> str:
    return mix(fill, TEXT, 0.22)


@lru_cache(maxsize=1024)
def lane_marker(fill: str) -> str:
    """The stripe at the left of a lane's header: the lane's hue, stronger."""
    r, g, b = _rgb(fill)
    h, _l, s = colorsys.rgb_to_hls(r, g, b)
    return _hex(*colorsys.hls_to_rgb(h, 0.62, min(1.0, s * 0.9 + 0.1)))


@lru_cache(maxsize=1024)
def text_on(fill: str) -> str:
    """Dark or light text, whichever reads better on ``fill``."""
    return TEXT if _luminance(fill) > 0.36 else LIGHT_TEXT


def stage_accent(colour: Optional[str]) -> str:
    return colour.upper() if colour else mix(TEXT, WHITE, 0.6)
