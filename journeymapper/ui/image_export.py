"""PNG and SVG of a map, drawn by the canvas's own scene, offscreen.

The picture is what the editor shows (same layout, same items), rendered from a
fresh scene in a fixed light palette: an export does not carry the user's
selection, scroll position or dark theme. ``journeymapper export --png/--svg``
uses this too, so it needs a Qt application but no display
(:func:`ensure_application` picks the offscreen platform when there is none).
Files are written atomically.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from ..editor import MapDocument
from ..export.options import ExportError, write_export
from ..model import JourneyMap

MAX_PIXELS = 120_000_000
"""A PNG larger than this (about 480 MB in memory) is drawn at a smaller scale instead."""


def ensure_application() -> QApplication:
    """The running QApplication, or a new one; offscreen when there is no display (a server, CI)."""
    app = QApplication.instance()
    if app is None:
        display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        headless = sys.platform.startswith("linux") and not display
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "journeymapper"])
        from ..app import register_fonts

        register_fonts()
    return app  # type: ignore[return-value]


def export_palette() -> QPalette:
    """Light colours, whatever the desktop's theme: exports are printed and shared."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#FFFFFF"), (QPalette.ColorRole.Window, "#F5F5F5"),
        (QPalette.ColorRole.Text, "#1F2328"), (QPalette.ColorRole.WindowText, "#1F2328"),
        (QPalette.ColorRole.Highlight, "#2F6FDE"), (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def offscreen_scene(journey: JourneyMap):  # noqa: ANN201 - a canvas MapScene
    """A scene of ``journey`` nobody looks at (its own document: the map is only read)."""
    from ..canvas import MapScene

    ensure_application()
    return MapScene(MapDocument(journey), palette=export_palette())


def fit_scale(rect: QRectF, scale: float, max_pixels: int = MAX_PIXELS) -> float:
    """``scale``, reduced when the image would have more than ``max_pixels``."""
    pixels = rect.width() * rect.height() * scale * scale
    return scale if pixels <= max_pixels else scale * (max_pixels / pixels) ** 0.5


def png_bytes(journey: JourneyMap, scale: float = 2.0) -> tuple[bytes, QSize]:
    from ..canvas import render_scene

    scene = offscreen_scene(journey)
    image = render_scene(scene, fit_scale(scene.map_rect(), scale), image_format=QImage.Format.Format_ARGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data()), image.size()


@contextmanager
def _as_printed(scene) -> Iterator[None]:  # noqa: ANN001 - a MapScene
    """Headers in place, no focus frame, cards in detail: the map as a whole, not a viewport."""
    sticky, focus, detail = scene.sticky_offset, scene.focus_frame.isVisible(), scene.detail
    scene.set_sticky_offset(0.0, 0.0)
    scene.focus_frame.hide()
    scene.set_detail(True)
    try:
        yield
    finally:
        scene.set_sticky_offset(*sticky)
        scene.focus_frame.setVisible(focus)
        scene.set_detail(detail)


def svg_bytes(journey: JourneyMap) -> tuple[bytes, QSize]:
    from PySide6.QtSvg import QSvgGenerator

    scene = offscreen_scene(journey)
    source = scene.map_rect()
    size = QSize(max(1, round(source.width())), max(1, round(source.height())))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setResolution(72)  # one unit a point: the drawing prints at the size the layout has
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(journey.title or "Journey map")
    generator.setDescription("Customer journey map, exported by JourneyMapper")
    with _as_printed(scene):
        painter = QPainter(generator)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), scene.style.background)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
    buffer.close()
    return bytes(data.data()), size


def write_png(journey: JourneyMap, path: Path | str, scale: float = 2.0) -> QSize:
    """Write the map as a PNG at ``scale`` pixels per layout point; returns the image's size."""
    data, size = png_bytes(journey, scale)
    write_export(Path(path), data)
    return size


def write_svg(journey: JourneyMap, path: Path | str) -> QSize:
    """Write the map as an SVG drawing (vector; text as text); returns its size in points."""
    data, size = svg_bytes(journey)
    write_export(Path(path), data)
    return size
