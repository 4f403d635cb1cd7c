"""The map's colours as ``#RRGGBB`` strings and the rules that derive the rest (no Qt).

One table for the canvas (``canvas/style.py``, which wraps these as QColor and
darkens fills for a dark palette) and the PDF (``export/style.py``, which uses
them as they are, on white paper), so a lane, a channel marker or the emotion
curve has the same colour on screen and on paper. The ``*_ON_DARK`` variants
are what the canvas draws on a dark palette instead.
"""

from __future__ import annotations

from typing import Optional

from ..model import Channel, LaneKind

__all__ = [
    "ACTION_BADGE", "ACTION_BADGE_ON_DARK", "BADGE_FILL", "CHANNEL_COLOURS", "CORNER_FILL", "CURVE",
    "CURVE_ON_DARK", "DEFAULT_FILL", "DARK_INK", "GRID", "HEADER_FILL", "HIGH", "HIGH_ON_DARK", "LANE_COLOURS",
    "LIGHT_INK", "LOW", "LOW_ON_DARK", "MAP_CURVE_AMONG_PERSONAS", "MUTED_TEXT", "NEUTRAL", "PERSONA_CURVES",
    "PERSONA_CURVES_ON_DARK", "STAGE_BAR", "STRONG_GRID", "curve_colours", "fill_colour", "ink_for", "marker_hsl",
    "relative_luminance",
]

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
"""A calm fill per lane kind (light theme)."""

DEFAULT_FILL = "#F1F1F1"
"""The fill of a lane kind missing from :data:`LANE_COLOURS`."""

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
"""The marker of a card's channel (the canvas lightens it on a dark palette)."""

# accents: emotion scores, the emotion curve, action badges
HIGH, HIGH_ON_DARK = "#2E9D57", "#5CC98A"
LOW, LOW_ON_DARK = "#D0483C", "#F07A6E"
CURVE, CURVE_ON_DARK = "#2F5F98", "#8DB8EE"
ACTION_BADGE, ACTION_BADGE_ON_DARK = "#B86E00", "#F0A848"

PERSONA_CURVES = ("#2F5F98", "#C2621A", "#7A4FB5", "#1F8A7E", "#B8467A", "#6B7A1F", "#8A6A45", "#4F5B66")
PERSONA_CURVES_ON_DARK = ("#8DB8EE", "#F3A160", "#BC9BEA", "#5FD0C0", "#F08DB8", "#C3D36A", "#D4B48E", "#AEB9C4")
"""One curve colour per persona, by the persona's place in the map's list: the first is the
single curve's blue; the others differ in hue and lightness from it, from each other and
from the high/low green and red (the scale's colours), so overlaid curves stay apart."""
MAP_CURVE_AMONG_PERSONAS = "#3A3F45"
"""The map's own curve when persona curves are drawn with it (its usual blue is the first persona's)."""

DARK_INK = "#1F2328"
LIGHT_INK = "#F4F6F8"
"""Text on a fill: dark on light fills, light on dark ones (:func:`ink_for`)."""

# How far the text colour is moved towards the background (0..1) for the frame's
# tones; the canvas mixes its palette's colours, the PDF DARK_INK and white.
MUTED_TEXT = 0.38
NEUTRAL = 0.45
GRID = 0.86
STRONG_GRID = 0.7
BADGE_FILL = 0.25
STAGE_BAR = 0.6
"""A stage without a colour of its own: the bar atop its header."""
HEADER_FILL = 0.04
"""The window colour moved this far towards the text: the headers' fill."""
CORNER_FILL = 0.03
"""The header fill moved this far towards the text: the top-left corner."""


def curve_colours(
    curve_personas: "list[Optional[str]] | tuple[Optional[str], ...]", persona_order: "list[str] | tuple[str, ...]",
    dark: bool = False,
) -> dict[Optional[str], str]:
    """The colour of each curve (persona id, None for the map's own), the same on screen and paper.

    A persona keeps its colour whatever curves are shown: it comes from the
    persona's place in ``persona_order`` (the map's list). The map's own curve is
    the usual curve blue, or a dark grey when persona curves are drawn with it.
    """
    palette = PERSONA_CURVES_ON_DARK if dark else PERSONA_CURVES
    rank = {persona: index for index, persona in enumerate(persona_order)}
    spare = len(persona_order)  # personas a score names that the list does not (a damaged file)
    colours: dict[Optional[str], str] = {}
    with_personas = any(p is not None for p in curve_personas)
    for persona in curve_personas:
        if persona is None:
            colours[None] = (LIGHT_INK if dark else MAP_CURVE_AMONG_PERSONAS) if with_personas else (
                CURVE_ON_DARK if dark else CURVE)
            continue
        index = rank.get(persona)
        if index is None:
            index, spare = spare, spare + 1
        colours[persona] = palette[index % len(palette)]
    return colours


def fill_colour(kind: LaneKind, lane_colour: Optional[str] = None, card_colour: Optional[str] = None) -> str:
    """A card's (or, without ``card_colour``, a lane's) fill: its own colour, its lane's, its kind's."""
    return card_colour or lane_colour or LANE_COLOURS.get(kind, DEFAULT_FILL)


def relative_luminance(red: float, green: float, blue: float) -> float:
    """WCAG relative luminance of an sRGB colour given as 0..1 channels."""

    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def ink_for(red: float, green: float, blue: float) -> str:
    """:data:`DARK_INK` or :data:`LIGHT_INK`, whichever reads better on this fill."""
    return DARK_INK if relative_luminance(red, green, blue) > 0.36 else LIGHT_INK


def marker_hsl(hue: float, saturation: float, dark: bool = False) -> tuple[float, float, float]:
    """A lane header's stripe from its fill's hue and saturation (HSL, 0..1): the same hue,
    stronger, at a fixed lightness (a little darker on a dark palette)."""
    return max(0.0, hue), min(1.0, saturation * 0.9 + 0.1), 0.55 if dark else 0.62
