"""Colours and fonts of the canvas, derived from the widget palette so a dark theme stays readable.

Lane kinds get a calm pastel each; a lane's or card's own colour overrides it.
The colours themselves are :mod:`journeymapper.layout.palette`'s, shared with the
PDF; here they become QColors, and in a dark palette every fill keeps its hue and
is darkened, and text turns light.
Fonts are the bundled DejaVu Sans with its CJK and Hangul fallbacks (the fonts
the layout measures with), set so that one scene unit is one layout point: a font
of size 11 is 11 scene units tall.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPalette, QPen, QStaticText, QTextOption

from ..layout import palette as P
from ..model import Channel, LaneKind


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
        self.muted_text = mix(self.text, self.background, P.MUTED_TEXT)
        self.grid = mix(self.text, self.background, P.GRID)
        self.strong_grid = mix(self.text, self.background, P.STRONG_GRID)
        self.header_fill = mix(self.window, self.text, P.HEADER_FILL if not self.dark else 0.06)
        self.corner_fill = mix(self.header_fill, self.text, P.CORNER_FILL)
        self.card_border = mix(self.text, self.background, 0.75)
        self.find_highlight = QColor("#F2B705")
        self.focus = self.highlight
        self.high = QColor(P.HIGH if not self.dark else P.HIGH_ON_DARK)
        self.low = QColor(P.LOW if not self.dark else P.LOW_ON_DARK)
        self.neutral = mix(self.text, self.background, P.NEUTRAL)
        self.curve = QColor(P.CURVE if not self.dark else P.CURVE_ON_DARK)
        self.badge_fill = mix(self.text, self.background, P.BADGE_FILL)
        self.badge_text = self.background
        self.action_badge = QColor(P.ACTION_BADGE if not self.dark else P.ACTION_BADGE_ON_DARK)
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
        return self.adapt(P.fill_colour(kind, lane_colour, card_colour))

    def lane_marker(self, kind: LaneKind, lane_colour: Optional[str]) -> QColor:
        """The stripe at the left of a lane's header."""
        h, s, _lightness, _a = QColor(P.fill_colour(kind, lane_colour)).getHslF()
        return QColor.fromHslF(*P.marker_hsl(h, s, self.dark))

    def text_on(self, fill: QColor) -> QColor:
        """Dark or light text, whichever reads better on ``fill``."""
        key = fill.rgba()
        ink = self._inks.get(key)
        if ink is None:
            ink = self._inks[key] = QColor(P.ink_for(fill.redF(), fill.greenF(), fill.blueF()))
        return ink

    def muted_on(self, fill: QColor) -> QColor:
        return mix(self.text_on(fill), fill, 0.35)

    def channel_colour(self, channel: Channel) -> QColor:
        colour = QColor(P.CHANNEL_COLOURS[channel])
        return colour.lighter(125) if self.dark else colour

    def stage_colour(self, colour: Optional[str]) -> QColor:
        """A stage's accent (the bar at the top of its header)."""
        if colour:
            return QColor(colour)
        return mix(self.text, self.background, P.STAGE_BAR)


# --- fonts -----------------------------------------------------------------------------

_families: list[str] = []


def font_families() -> list[str]:
    """The bundled fonts' family names in fallback order (DejaVu Sans, then the CJK and Hangul
    fallbacks), registered with Qt once: a QFont given these draws every character with the
    font the layout measured it with, never a system font of other widths."""
    if not _families:
        from ..layout.fonts import FONT_FILES, bundled_font

        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(bundled_font(name)))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in _families:
                    _families.append(family)
        if not _families:
            _families.append("DejaVu Sans")
    return _families


class TextFont:
    """A QFont for a layout size: ``scale`` maps its pixels to scene units (fractional sizes
    use a 4x font drawn at a quarter), ``top`` is what to subtract from a layout baseline to
    get the top-left point where a QStaticText line is drawn."""

    def __init__(self, size: float, bold: bool) -> None:
        factor = 1 if abs(size - round(size)) < 1e-6 else 4
        font = QFont()
        font.setFamilies(font_families())
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
