"""Small decoded pictures of embedded images (card images, persona photos), cached.

Painting asks for a card's thumbnail on every repaint; decoding base64 and a
JPEG each time would make scrolling a map with screenshots stutter. The cache
is keyed by the image data itself, so an edited image gets a new entry and an
unchanged one is decoded once. The model has already checked every embedded
image's header (at most 4096 pixels a side), so decoding is bounded.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ..model.image import EmbeddedImage

_CACHE_SIZE = 256
_cache: "OrderedDict[tuple[int, str, int], QImage]" = OrderedDict()


def thumbnail(image: EmbeddedImage, side: int) -> QImage:
    """The image scaled to fit ``side`` x ``side`` pixels (a null QImage if it cannot be decoded)."""
    key = (hash(image.data), image.data[:64], side)
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    decoded = QImage.fromData(image.to_bytes())
    if not decoded.isNull() and max(decoded.width(), decoded.height()) > side:
        decoded = decoded.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    _cache[key] = decoded
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return decoded


def forget_thumbnails() -> None:
    _cache.clear()


__all__ = ["forget_thumbnails", "thumbnail"]
