"""Colours and fonts of the canvas, derived from the widget palette so a dark theme stays readable.

Lane kinds get a calm pastel each; a lane's or card's own colour overrides it.
In a dark palette every fill keeps its hue and is darkened, and text turns light.
Fonts are the bundled DejaVu Sans (the font the layout measures with), set so
that one scene unit is one layout point: a font of size 11 is 11 scene units tall.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPalette, QPen, QStaticText, QTextOption

from ..model import Channel, LaneKind

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


def tr(text: str) -> str:
    return QCoreApplication.translate("MapCanvas", text)


def channel_label(channel: Channel) -> str:
    """The channel's name as people read it (translated)."""
    names = {
        Channel.WEB: tr("Web"), Channel.APP: tr("App"), Channel.EMAIL: tr("Email"), Channel.PHONE: tr("Phone"),
        Channel.STORE: tr("Store"), Channel.SOCIAL: tr("Social"), Channel.CHAT: tr("Chat"),
        Channel.MAIL: tr("Mail"), Channel.OTHER: tr("Other"),
    }
    return names[channel]


_letters: dict[Channel, str] = {}


def channel_letter(channel: Channel) -> str:
    """The one letter drawn in a card's channel marker (cached: painting asks often)."""
    letter = _letters.get(channel)
    if letter is None:
        letter = _letters[channel] = channel_label(channel)[:1].upper() or "?"
    return letter


def forget_translations() -> None:
    """Drop cached translated text (call on a language change)."""
    _letters.clear()


# --- colours ---------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * amount,
        a.greenF() * keep + b.greenF() * amount,
        a.blueF() * keep + b.blueF() * amount,
        a.alphaF() * keep + b.alphaF() * amount,
    )


class CanvasStyle:
    """The colours the canvas draws with, for one palette."""

    def __init__(self, palette: QPalette) -> None:
        self.palette = palette
        self.background = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.dark = self.background.lightnessF() < 0.5
        self.window = palette.color(QPalette.ColorRole.Window)
        self.highlight = palette.color(QPalette.ColorRole.Highlight)
        self.muted_text = mix(self.text, self.background, 0.38)
        self.grid = mix(self.text, self.background, 0.86)
        self.strong_grid = mix(self.text, self.background, 0.7)
        self.header_fill = mix(self.window, self.text, 0.04) if not self.dark else mix(self.window, self.text, 0.06)
        self.corner_fill = mix(self.header_fill, self.text, 0.03)
        self.card_border = mix(self.text, self.background, 0.75)
        self.find_highlight = QColor("#F2B705")
        self.focus = self.highlight
        self.high = QColor("#2E9D57") if not self.dark else QColor("#5CC98A")
        self.low = QColor("#D0483C") if not self.dark else QColor("#F07A6E")
        self.neutral = mix(self.text, self.background, 0.45)
        self.curve = QColor("#2F5F98") if not self.dark else QColor("#8DB8EE")
        self.badge_fill = mix(self.text, self.background, 0.25)
        self.badge_text = self.background
        self.action_badge = QColor("#B86E00") if not self.dark else QColor("#F0A848")
        self._fills: dict[tuple[str, bool], QColor] = {}
        self.selected_pen = QPen(self.highlight, 2.0)
        self.find_pen = QPen(self.find_highlight, 4.0)
        self._inks: dict[int, QColor] = {}

    def adapt(self, hex_colour: str) -> QColor:
        """A document colour as drawn in this palette: as it is when light, darkened when dark."""
        key = (hex_colour, self.dark)
        colour = self._fills.get(key)
        if colour is None:
            colour = QColor(hex_colour)
            if self.dark:
                h, s, lightness, _a = colour.getHslF()
                colour = QColor.fromHslF(max(0.0, h), s * 0.55, 0.20 + (1.0 - lightness) * 0.25)
            self._fills[key] = colour
        return colour

    def card_fill(self, kind: LaneKind, lane_colour: Optional[str], card_colour: Optional[str]) -> QColor:
        return self.adapt(card_colour or lane_colour or LANE_COLOURS.get(kind, "#F1F1F1"))

    def lane_marker(self, kind: LaneKind, lane_colour: Optional[str]) -> QColor:
        """The stripe at the left of a lane's header."""
        base = QColor(lane_colour or LANE_COLOURS.get(kind, "#F1F1F1"))
        h, s, lightness, _a = base.getHslF()
        return QColor.fromHslF(max(0.0, h), min(1.0, s * 0.9 + 0.1), 0.62 if not self.dark else 0.55)

    def text_on(self, fill: QColor) -> QColor:
        """Dark or light text, whichever reads better on ``fill``."""
        key = fill.rgba()
        ink = self._inks.get(key)
        if ink is None:
            ink = self._inks[key] = QColor("#1F2328") if _luminance(fill) > 0.36 else QColor("#F4F6F8")
        return ink

    def muted_on(self, fill: QColor) -> QColor:
        return mix(self.text_on(fill), fill, 0.35)

    def channel_colour(self, channel: Channel) -> QColor:
        colour = QColor(CHANNEL_COLOURS[channel])
        return colour.lighter(125) if self.dark else colour

    def stage_colour(self, colour: Optional[str]) -> QColor:
        """A stage's accent (the bar at the top of its header)."""
        if colour:
            return QColor(colour)
        return mix(self.text, self.background, 0.6)


# --- fonts -----------------------------------------------------------------------------

_family: Optional[str] = None


def font_family() -> str:
    """The family name of the bundled DejaVu Sans, registered with Qt once."""
    global _family
    if _family is None:
        from ..resources import resource_path

        family = "DejaVu Sans"
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and name == "DejaVuSans.ttf":
                family = families[0]
        _family = family
    return _family


class TextFont:
    """A QFont for a layout size: ``scale`` maps its pixels to scene units (fractional sizes
    use a 4x font drawn at a quarter), ``top`` is what to subtract from a layout baseline to
    get the top-left point where a QStaticText line is drawn."""

    def __init__(self, size: float, bold: bool) -> None:
        factor = 1 if abs(size - round(size)) < 1e-6 else 4
        font = QFont(font_family())
        font.setPixelSize(max(1, round(size * factor)))
        font.setBold(bold)
        font.setKerning(False)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        self.font = font
        self.size = size
        self.bold = bold
        self.factor = factor
        self.scale = 1.0 / factor
        self.ascent = QFontMetricsF(font).ascent() / factor
        option = QTextOption()
        option.setUseDesignMetrics(True)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.option = option

    def static(self, line: str) -> QStaticText:
        text = QStaticText(line)
        text.setTextFormat(_PLAIN)
        text.setTextOption(self.option)
        text.prepare(font=self.font)
        return text


_PLAIN = Qt.TextFormat.PlainText


@lru_cache(maxsize=64)
def text_font(size: float, bold: bool = False) -> TextFont:
    """The shared TextFont of one size and weight."""
    return TextFont(float(size), bool(bold))
