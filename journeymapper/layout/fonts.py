"""The bundled fonts, and the one text measurer the canvas and the PDF share.

Lines break where the measurer says, so the screen and the PDF show a card's
text in the same lines only if both measure with the same fonts in the same
fallback order. This module names them once: DejaVu Sans (regular and bold)
for most scripts, then Droid Sans Fallback (Chinese, Japanese) and NanumSquare
(Korean Hangul, which Droid lacks) for what DejaVu lacks. The canvas draws with
these files registered in Qt and the PDF embeds them (``export/fonts.py``);
both take :func:`default_measurer`. No Qt and no reportlab here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .measure import TextMeasurer

__all__ = ["BOLD_FILE", "FALLBACK_FILES", "FONT_FILES", "REGULAR_FILE", "bundled_font", "default_measurer"]

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
FALLBACK_FILES = ("DroidSansFallbackFull.ttf", "NanumSquareR.ttf")
"""Consulted in this order for characters DejaVu Sans lacks (regular and bold alike)."""
FONT_FILES = (REGULAR_FILE, BOLD_FILE, *FALLBACK_FILES)
"""Every bundled font, main fonts first, then the fallbacks in order."""


def bundled_font(file: str) -> Path:
    """The path of a bundled font file (one of :data:`FONT_FILES`)."""
    from ..resources import resource_path

    return resource_path("fonts", file)


@lru_cache(maxsize=1)
def default_measurer() -> TextMeasurer:
    """The application's measurer: the bundled DejaVu Sans with the fallbacks, made once.

    Building it reads only DejaVu Sans (a few ms); the fallback fonts are read on
    the first character DejaVu lacks (see :class:`TextMeasurer`).
    """
    return TextMeasurer()  # no paths: the bundled fonts above, fallbacks included
