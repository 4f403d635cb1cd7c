"""The PDF's colours: the canvas's light theme, as ``#RRGGBB`` strings (no Qt).

Lane, channel and accent colours and the tones of the frame come from
:mod:`journeymapper.layout.palette`, which the canvas uses too; this module
applies them to white paper and adds what only the PDF draws (report colours).
"""

from __future__ import annotations

import colorsys
from functools import lru_cache
from typing import Optional

from ..layout import palette as P
from ..model import ActionStatus, Channel, LaneKind, Priority

LANE_COLOURS = P.LANE_COLOURS
CHANNEL_COLOURS = P.CHANNEL_COLOURS
DEFAULT_FILL = P.DEFAULT_FILL

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


WHITE = "#FFFFFF"
TEXT = P.DARK_INK
LIGHT_TEXT = P.LIGHT_INK
WINDOW = "#EFF0F1"
MUTED = mix(TEXT, WHITE, P.MUTED_TEXT)
FAINT = mix(TEXT, WHITE, 0.55)
GRID = mix(TEXT, WHITE, P.GRID)
STRONG_GRID = mix(TEXT, WHITE, P.STRONG_GRID)
HEADER_FILL = mix(WINDOW, TEXT, P.HEADER_FILL)
CORNER_FILL = mix(HEADER_FILL, TEXT, P.CORNER_FILL)
STRIPE = mix(WHITE, TEXT, 0.022)
HIGH = P.HIGH
LOW = P.LOW
NEUTRAL = mix(TEXT, WHITE, P.NEUTRAL)
CURVE = P.CURVE
ACCENT = CURVE
"""The report's accent: headings' rules, the title page's band."""
BADGE_FILL = mix(TEXT, WHITE, P.BADGE_FILL)
ACTION_BADGE = P.ACTION_BADGE
OVERDUE = "#C0392B"
TINT = mix(WHITE, CURVE, 0.06)
"""A very light blue for boxes on the report pages (personas, group headings)."""

PERSONA_CURVES = P.PERSONA_CURVES
"""One curve colour per persona (``layout.palette.curve_colours`` picks them, as on the canvas)."""

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


def lane_fill(kind: LaneKind, lane_colour: Optional[str] = None) -> str:
    return P.fill_colour(kind, lane_colour).upper()


def card_fill(kind: LaneKind, lane_colour: Optional[str], card_colour: Optional[str]) -> str:
    return P.fill_colour(kind, lane_colour, card_colour).upper()


@lru_cache(maxsize=1024)
def card_border(fill: str) -> str:
    return mix(fill, TEXT, 0.22)


@lru_cache(maxsize=1024)
def lane_marker(fill: str) -> str:
    """The stripe at the left of a lane's header: the lane's hue, stronger."""
    r, g, b = _rgb(fill)
    h, _l, s = colorsys.rgb_to_hls(r, g, b)
    hue, saturation, lightness = P.marker_hsl(h, s)
    return _hex(*colorsys.hls_to_rgb(hue, lightness, saturation))


@lru_cache(maxsize=1024)
def text_on(fill: str) -> str:
    """Dark or light text, whichever reads better on ``fill``."""
    return P.ink_for(*_rgb(fill))


def stage_accent(colour: Optional[str]) -> str:
    return colour.upper() if colour else mix(TEXT, WHITE, P.STAGE_BAR)
