"""The PDF's fonts: DejaVu Sans (regular, bold), then CJK fallbacks, all embedded.

The PDF's built-in fonts (Helvetica...) cover Latin-1 only and are not embedded,
so every piece of text is drawn in our TrueType fonts, which reportlab embeds
(subset). DejaVu Sans covers Latin, Greek, Cyrillic, Arabic letters and many
symbols; characters it lacks come from Droid Sans Fallback (Chinese, Japanese)
and then NanumSquare (Korean Hangul, which Droid lacks). Text is split into runs
by which font has the glyph (:func:`runs`), the same rule the layout's
:func:`~journeymapper.layout.default_measurer` applies (the font files and their
order are :mod:`journeymapper.layout.fonts`'s), so widths and line breaks agree.

Arabic (and other scripts that need shaping, and right-to-left text): **not yet
supported.** reportlab does not shape text or reorder right-to-left runs by
itself, and the layout measures and breaks lines character by character. Arabic
is drawn with DejaVu Sans's letters (their isolated forms), in logical (typing)
order, from left to right: every character is printed, nothing crashes, but a
reader sees unjoined letters in reverse order (and a text extractor that applies
the bidirectional algorithm returns them reversed). Doing it properly needs
shaping (HarfBuzz) and the bidirectional algorithm in the layout and the PDF alike.

Registration with reportlab happens once per process (:func:`register_fonts`);
importing this module does not import reportlab.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from ..layout import TextMeasurer
from ..layout.fonts import BOLD_FILE, FALLBACK_FILES, REGULAR_FILE, bundled_font, default_measurer

__all__ = [
    "BOLD", "CJK", "FALLBACKS", "KOREAN", "REGULAR", "font_for", "font_paths", "paragraph_markup", "pdf_measurer",
    "register_fonts", "runs",
]

REGULAR = "JourneyMapper-Sans"
BOLD = "JourneyMapper-Sans-Bold"
CJK = "JourneyMapper-CJK"
KOREAN = "JourneyMapper-Korean"
"""The names our fonts are registered under with reportlab (and appear under in the PDF)."""

FALLBACKS = (CJK, KOREAN)
"""Consulted in this order for characters DejaVu Sans lacks (regular and bold alike)."""
_FILES = {REGULAR: REGULAR_FILE, BOLD: BOLD_FILE, **dict(zip(FALLBACKS, FALLBACK_FILES, strict=True))}

_lock = threading.Lock()
_registered = False


def font_paths() -> dict[str, Path]:
    """Font name -> the bundled file."""
    return {name: bundled_font(file) for name, file in _FILES.items()}


def pdf_measurer() -> TextMeasurer:
    """The measurer the PDF lays out with: the application's one
    (:func:`~journeymapper.layout.default_measurer`), which the canvas uses too."""
    return default_measurer()


def register_fonts() -> None:
    """Register our fonts (and the DejaVu family) with reportlab, once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        paths = font_paths()
        for name, path in paths.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # so that <b> in a Paragraph (and bold table styles) pick our bold, never Helvetica-Bold
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


@lru_cache(maxsize=1)
def _coverage() -> tuple[dict[bool, dict[int, int]], tuple[tuple[str, dict[int, int]], ...]]:
    """Which characters each font has: the main fonts by boldness, then the fallbacks in order."""
    measurer = pdf_measurer()
    main = {False: measurer.regular.advances, True: measurer.bold.advances}
    return main, tuple(zip(FALLBACKS, (font.advances for font in measurer.fallbacks)))


def font_for(char: str, bold: bool = False) -> str:
    """The font that draws ``char``: the main font if it has it, else the first fallback that
    has it, else the main font (its 'missing glyph' box)."""
    main, fallbacks = _coverage()
    code = ord(char)
    if code in main[bold]:
        return BOLD if bold else REGULAR
    for name, has in fallbacks:
        if code in has:
            return name
    return BOLD if bold else REGULAR


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` as ``(font name, piece)`` runs, in order, each piece drawn in one font."""
    main_name = BOLD if bold else REGULAR
    if text.isascii():  # DejaVu Sans has every printable ASCII character
        return [(main_name, text)] if text else []
    main, fallbacks = _coverage()
    has_main = main[bold]
    result: list[tuple[str, str]] = []
    current = main_name
    start = 0
    for index, char in enumerate(text):
        code = ord(char)
        font = main_name
        if code not in has_main:
            for name, has in fallbacks:
                if code in has:
                    font = name
                    break
        if font != current:
            if index > start:
                result.append((current, text[start:index]))
            current, start = font, index
    if len(text) > start:
        result.append((current, text[start:]))
    return result


def paragraph_markup(text: str, bold: bool = False) -> str:
    """``text`` as reportlab Paragraph markup that shows it literally, in our fonts.

    Markup-like user text (``<b>``, ``&amp;``, ``<font>``) is escaped, so it is
    printed as typed; runs the main font lacks are wrapped in ``<font name=...>``
    for the CJK fallback. Use it with a style whose ``fontName`` is ours, in a
    document template given ``initialFontName=REGULAR``.
    """
    parts = []
    for font, piece in runs(text, bold):
        escaped = escape(piece)
        parts.append(f'<font name="{font}">{escaped}</font>' if font in FALLBACKS else escaped)
    body = "".join(parts)
    return f"<b>{body}</b>" if bold else body
