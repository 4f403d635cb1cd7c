"""Cards on the clipboard and in drags: our own MIME type plus plain text lines.

Copied cards travel as JSON under ``CARDS_MIME`` (so another map, or another
window, gets them whole) and as their texts, one per line, under text/plain
(so a text editor or chat gets something useful). Plain text pasted or dropped
from elsewhere becomes one card per non-empty line.
"""

from __future__ import annotations

import json
import re
from typing import Optional, Sequence

from pydantic_core import ValidationError
from PySide6.QtCore import QByteArray, QMimeData

from ..model import Card

CARDS_MIME = "application/x-journeymapper-cards"
PALETTE_MIME = "application/x-journeymapper-palette"
"""Payloads: ``card`` (a new card) or ``lane:<kind>`` (a new lane of that kind)."""

MAX_CARDS = 5_000
"""The most cards one paste or drop creates."""
MAX_PAYLOAD = 64 * 1024 * 1024
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2023\u25e6\u2043]\s+|\d{1,3}[.)]\s+)?")


def cards_to_mime(cards: Sequence[Card]) -> QMimeData:
    """Clipboard data for copied cards."""
    payload = {"format": "journeymapper.cards", "version": 1,
               "cards": [card.model_dump(mode="json", exclude_none=True) for card in cards]}
    mime = QMimeData()
    mime.setData(CARDS_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    mime.setText("\n".join(" ".join(card.text.split()) for card in cards))
    return mime


def cards_from_mime(mime: QMimeData) -> Optional[list[Card]]:
    """Cards copied from a map (ours), or None when the data holds none that are valid."""
    if not mime.hasFormat(CARDS_MIME):
        return None
    raw = bytes(mime.data(CARDS_MIME).data())
    if not raw or len(raw) > MAX_PAYLOAD:
        return None
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    items = payload.get("cards") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        return None
    cards = []
    for item in items[:MAX_CARDS]:
        try:
            cards.append(Card.model_validate(item))
        except (ValidationError, TypeError, ValueError):
            continue
    return cards or None


def lines_from_text(text: str) -> list[str]:
    """One card text per non-empty line, list bullets and numbering removed."""
    lines = []
    for line in text.splitlines():
        line = _BULLET.sub("", line, count=1).strip()
        if line:
            lines.append(line[:100_000])
        if len(lines) >= MAX_CARDS:
            break
    return lines


def palette_payload(mime: QMimeData) -> Optional[str]:
    """The palette item being dragged, if the data comes from the palette."""
    if not mime.hasFormat(PALETTE_MIME):
        return None
    try:
        return bytes(mime.data(PALETTE_MIME).data()).decode("utf-8").strip()[:200] or None
    except UnicodeDecodeError:
        return None


def palette_mime(payload: str) -> QMimeData:
    """What the palette puts in a drag (for the main window's palette, and tests)."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, QByteArray(payload.encode("utf-8")))
    return mime
