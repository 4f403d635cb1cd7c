"""One text measurer for the whole application: screen and PDF break lines identically.

The measurer reads advance widths from the bundled TrueType fonts (the fonts the
PDF embeds) and wraps text itself. The same instance is handed to layout, the Qt
canvas and the PDF exporter, so a card shows the same lines everywhere. Widths
ignore kerning (see :mod:`.fontmetrics`): the canvas should draw with kerning
off, and should draw the given lines as they are, never re-wrap them.

Wrapping rules (greedy, first fit):

- explicit line breaks (``\\n``, ``\\r\\n``, ``\\u2028``...) always break; an empty
  paragraph gives an empty line; a trailing line break adds nothing;
- runs of spaces and tabs collapse to one space and vanish at a line break;
- a line may break at a space, after a hyphen or a zero-width space, and between
  two CJK characters (not before closing punctuation such as 。 or 」);
- a word wider than the line is broken between characters; a single character
  wider than the line still takes a line of its own;
- with ``max_lines``, text that does not fit ends in an ellipsis (…) that fits.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Callable, Optional, Sequence

from .fontmetrics import FontMetrics, PathLike, load_font

__all__ = ["ELLIPSIS", "TextMeasurer"]

ELLIPSIS = "\u2026"

_SPACES = re.compile(r"[ \t\f\v\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+")

# Characters that may break on either side with no space (CJK ideographs, kana, Hangul,
# fullwidth forms) and the punctuation that must not start or end a line.
_CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u303f\u3040-\u309f"
    "\u30a0-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31bf\u31f0-\u31ff\u3200-\u32ff"
    "\u3300-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003ffff"
)
_CLOSING = "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～"
_OPENING = "（［｛〔〈《「『【〘〖〝‘“｟«"
# a break opportunity between i-1 and i (no space): around a CJK character, unless
# the next one closes or the previous one opens; after a hyphen or a zero-width space.
_BREAK_BETWEEN = re.compile(
    rf"(?<=[{_CJK}])(?=[^{_CLOSING} ])(?<![{_OPENING}])"
    rf"|(?<=[^{_OPENING} ])(?=[{_CJK}])(?![{_CLOSING}])"
    r"|(?<=\w[-\u2010\u200b])(?=\w)"
)
_SPECIAL = re.compile(rf"[{_CJK}\-\u2010\u200b]")


class TextMeasurer:
    """Widths, line heights and line breaks of text set in the application's fonts.

    Sizes are in points; widths come back in points. ``fallback_paths`` (optional)
    name fonts consulted, in order, for characters the main fonts lack, e.g. a CJK
    font the PDF exporter also uses for those characters; ``TextMeasurer()`` is the
    bundled fonts, fallbacks included (:mod:`.fonts`). Fallbacks are read on the
    first character the main fonts lack, not here: parsing a 4 MB CJK font takes
    tens of milliseconds that text in Latin scripts should not pay at startup (a
    damaged fallback font raises :class:`~.fontmetrics.FontError` then).
    """

    def __init__(
        self,
        regular_path: Optional[PathLike] = None,
        bold_path: Optional[PathLike] = None,
        *,
        fallback_paths: Optional[Sequence[PathLike]] = None,
        cache_size: int = 8192,
    ) -> None:
        if regular_path is None or bold_path is None:
            from .fonts import BOLD_FILE, FALLBACK_FILES, REGULAR_FILE, bundled_font

            if regular_path is None and bold_path is None and fallback_paths is None:
                fallback_paths = [bundled_font(name) for name in FALLBACK_FILES]
            regular_path = regular_path or bundled_font(REGULAR_FILE)
            bold_path = bold_path or bundled_font(BOLD_FILE)
        self.regular: FontMetrics = load_font(regular_path)
        self.bold: FontMetrics = load_font(bold_path)
        self._fallback_paths = tuple(fallback_paths or ())
        self._fallbacks: Optional[tuple[FontMetrics, ...]] = None if self._fallback_paths else ()
        self._fallback_lock = threading.Lock()
        self._advances = (_Advances(self.regular, self._load_fallbacks), _Advances(self.bold, self._load_fallbacks))
        self._units = (float(self.regular.units_per_em), float(self.bold.units_per_em))
        self._break_cached = lru_cache(maxsize=cache_size)(self._break_lines)

    @property
    def fallbacks(self) -> tuple[FontMetrics, ...]:
        """The fallback fonts' metrics, in order (reads them if no text has needed them yet)."""
        return self._load_fallbacks()

    def _load_fallbacks(self) -> tuple[FontMetrics, ...]:
        """Read the fallback fonts once and merge the characters they add into both advance tables."""
        loaded = self._fallbacks
        if loaded is None:
            with self._fallback_lock:
                loaded = self._fallbacks
                if loaded is None:
                    loaded = tuple(load_font(p) for p in self._fallback_paths)
                    for table in self._advances:
                        table.add_fallbacks(loaded)
                    self._fallbacks = loaded  # last: another thread reads the tables once this is set
        return loaded

    # --- metrics ------------------------------------------------------------------

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The advance width of ``text`` (one line) in points."""
        b = 1 if bold else 0
        return sum(map(self._advances[b].__getitem__, map(ord, text))) * size / self._units[b]

    def line_height(self, size: float) -> float:
        """Distance between two baselines: ascent + descent + line gap of the regular font."""
        font = self.regular
        return (font.ascent + font.descent + font.line_gap) * size / font.units_per_em

    def ascent(self, size: float) -> float:
        """Height of the first baseline below the top of a line."""
        return self.regular.ascent * size / self.regular.units_per_em

    def descent(self, size: float) -> float:
        """Depth below the baseline (positive)."""
        return self.regular.descent * size / self.regular.units_per_em

    def has_glyph(self, char: str, bold: bool = False) -> bool:
        """Whether the fonts (with fallbacks) draw ``char`` with a real glyph."""
        code = ord(char)
        table = self._advances[1 if bold else 0]
        if code in table:
            return True
        self._load_fallbacks()
        return code in table

    # --- wrapping -----------------------------------------------------------------

    def break_lines(
        self,
        text: str,
        max_width: float,
        size: float,
        bold: bool = False,
        max_lines: Optional[int] = None,
    ) -> tuple[str, ...]:
        """``text`` wrapped into lines no wider than ``max_width`` points (memoized)."""
        return self.wrap(text, max_width, size, bold, max_lines)[0]

    def wrap(
        self,
        text: str,
        max_width: float,
        size: float,
        bold: bool = False,
        max_lines: Optional[int] = None,
    ) -> tuple[tuple[str, ...], bool]:
        """Like :meth:`break_lines`, and whether the text was cut short (ends in an ellipsis)."""
        if max_lines is not None and max_lines <= 0:
            return (), bool(text.strip())
        return self._break_cached(text, float(max_width), float(size), bool(bold), max_lines)

    def clear_cache(self) -> None:
        self._break_cached.cache_clear()

    def _break_lines(
        self, text: str, max_width: float, size: float, bold: bool, max_lines: Optional[int]
    ) -> tuple[tuple[str, ...], bool]:
        b = 1 if bold else 0
        advance = self._advances[b].__getitem__
        # the limit in font units, with a hair of slack so that an exact fit fits
        limit = max(0.0, max_width) * self._units[b] / size if size > 0 else float("inf")
        limit += 1e-7 * max(1.0, limit)
        ellipsis_units = advance(ord(ELLIPSIS))

        lines: list[str] = []
        paragraphs = text.splitlines()
        while paragraphs and not paragraphs[-1].strip():
            paragraphs.pop()  # trailing blank lines add nothing
        last_paragraph = len(paragraphs) - 1
        for p_index, raw in enumerate(paragraphs):
            para = _SPACES.sub(" ", raw).strip(" ")
            if not para:
                if max_lines is not None and len(lines) + 1 == max_lines and p_index < last_paragraph:
                    lines.append(ELLIPSIS)
                    return tuple(lines), True
                lines.append("")
                continue
            cum = list(accumulate(map(advance, map(ord, para)), initial=0))
            n = len(para)
            special: Optional[bool] = None  # whether breaks other than spaces may occur
            start = 0
            while start < n:
                if cum[n] - cum[start] <= limit:
                    stop = following = n
                else:
                    fits = bisect_right(cum, cum[start] + limit) - 1  # para[start:fits] fits
                    stop = para.rfind(" ", start + 1, fits + 1)
                    following = stop + 1
                    if special is None:
                        special = _SPECIAL.search(para) is not None
                    if special:
                        # the last break between characters after the last space, looking
                        # backwards (in CJK text it is usually right at the end)
                        match_at = _BREAK_BETWEEN.match
                        for between in range(fits, max(stop, start), -1):
                            if match_at(para, between):
                                stop = following = between
                                break
                    if stop <= start:  # no break opportunity: break the word between characters
                        stop = following = max(fits, start + 1)
                        if following < n and para[following] == " ":
                            following += 1
                if max_lines is not None and len(lines) + 1 == max_lines:
                    if following < n or p_index < last_paragraph:
                        lines.append(_with_ellipsis(para, start, stop, cum, limit, ellipsis_units))
                        return tuple(lines), True
                lines.append(para[start:stop])
                start = following
        return tuple(lines), False


def _with_ellipsis(para: str, start: int, stop: int, cum: list, limit: float, ellipsis_units: float) -> str:
    """``para[start:stop]`` shortened as needed so that it and an ellipsis fit in ``limit``."""
    room = cum[start] + limit - ellipsis_units
    if room < cum[start]:
        return ELLIPSIS
    cut = min(stop, bisect_right(cum, room) - 1)
    return para[start:cut].rstrip(" ") + ELLIPSIS


class _Advances(dict):  # dict[int, float]
    """Code point -> advance in the main font's units. A code point the table lacks reads the
    fallback fonts in (once, through ``load``) and then measures as their glyph, or as the
    main font's 'missing glyph' box: a lookup is one dict access and the fallbacks cost
    nothing until a character needs them."""

    __slots__ = ("font", "load")

    def __init__(self, font: FontMetrics, load: Callable[[], tuple[FontMetrics, ...]]) -> None:
        super().__init__(font.advances)
        self.font = font
        self.load = load

    def __missing__(self, code: int) -> float:
        self.load()
        return dict.get(self, code, self.font.notdef_advance)

    def add_fallbacks(self, fallbacks: tuple[FontMetrics, ...]) -> None:
        """Add the characters of ``fallbacks`` (the first that has one wins), scaled to our units."""
        font = self.font
        merged: dict[int, float] = {}
        for fallback in reversed(fallbacks):
            scale = font.units_per_em / fallback.units_per_em
            merged.update({cp: adv * scale for cp, adv in fallback.advances.items()})
        merged.update(font.advances)
        self.update(merged)
