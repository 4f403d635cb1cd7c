"""The editor's canvas: the map as a QGraphicsScene, its view, gestures and in-place editing.

``MapView(document)`` is the widget the main window shows; it owns a
``MapScene`` (``view.map_scene``) built from the document and kept in step with
its changes. ``render_scene`` draws a scene into an image (PNG export).
"""

from .clipboard import CARDS_MIME, PALETTE_MIME, palette_mime
from .scene import MapScene, render_scene
from .view import MapView

__all__ = ["CARDS_MIME", "MapScene", "MapView", "PALETTE_MIME", "palette_mime", "render_scene"]
