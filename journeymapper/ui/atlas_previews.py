"""Small preview pictures of the atlas's maps, drawn off the UI thread and cached on disk.

A preview is drawn from the Qt-free layout (``layout_map``) with QPainter on a
QImage, which Qt allows in a worker thread (a QGraphicsScene is not): the stage
header band, the lane bands in their colours, each card as a box in its colour
and the emotion curves, on white like the PDF. No text: at this size it would
be unreadable.

Previews are PNG files in the user's cache folder, beside the metadata cache,
named after the map's path, size and modification time, so a changed map gets
a new picture and its old one is deleted. ``AtlasPreviews.start`` takes the
entries of a scan and reports each picture (``ready``) as it arrives; the
entries already shown with the same size and time are skipped.
"""

from __future__ import annotations

import glob
import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QRunnable, QSize, Qt, QThread, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from ..atlas import MapInfo
from ..atlas.cache import default_cache_folder
from ..layout import palette as P
from ..layout.fonts import default_measurer
from ..layout.map_layout import layout_map
from ..model import JourneyMap
from ..store import MAP_FORMAT, DocumentError, load

PREVIEW_SIZE = QSize(240, 135)
"""The picture kept on disk and shown in the preview pane; rows show it smaller."""
ICON_SIZE = QSize(96, 54)
"""What a row keeps in memory (twice the row's icon, for high-density screens)."""
DRAWING_VERSION = "1"
"""Part of the cache name: a change to how previews are drawn redraws them all."""

_PAPER, _HEADER, _GRID, _CARD_EDGE = "#FFFFFF", "#E9ECEF", "#D5D9DE", "#8C939B"


@dataclass(frozen=True)
class PreviewRequest:
    """One map to draw: the atlas entry, its file and the size and time the scan saw."""

    entry: str
    file: str
    size: int
    mtime_ns: int


def requests_for(entries: Sequence[MapInfo]) -> list[PreviewRequest]:
    return [PreviewRequest(i.path, str(i.link.file), i.read.size, i.read.mtime_ns) for i in entries
            if i.readable and i.link.file is not None and i.read.size is not None and i.read.mtime_ns is not None]


def preview_file(folder: Path, request: PreviewRequest) -> Path:
    """``preview-<map path hash>-<size, time and drawing hash>.png`` in the cache folder."""
    return folder / f"{_path_part(request.file)}-{_state_part(request)}.png"


def _path_part(file: str) -> str:
    return "preview-" + hashlib.sha256(os.path.abspath(file).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _state_part(request: PreviewRequest) -> str:
    state = f"{request.size}:{request.mtime_ns}:{PREVIEW_SIZE.width()}x{PREVIEW_SIZE.height()}:{DRAWING_VERSION}"
    return hashlib.sha256(state.encode()).hexdigest()[:12]


def draw_preview(journey: JourneyMap, size: QSize = PREVIEW_SIZE) -> QImage:
    """The map in miniature; safe in a worker thread (QImage and QPainter only)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(_PAPER))
    layout = layout_map(journey, default_measurer())
    frame = layout.frame
    if frame.width <= 0 or frame.height <= 0:
        return image
    scale = min(size.width() / frame.width, size.height() / frame.height)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate((size.width() - frame.width * scale) / 2, (size.height() - frame.height * scale) / 2)
        painter.scale(scale, scale)
        _draw_frame(painter, journey, layout, scale)
        _draw_cards(painter, journey, layout, scale)
        _draw_curves(painter, layout, scale)
    finally:
        painter.end()
    return image


def _draw_frame(painter: QPainter, journey: JourneyMap, layout, scale: float) -> None:  # noqa: ANN001
    frame = layout.frame
    lanes = {lane.id: lane for lane in journey.lanes}
    stages = {stage.id: stage for stage in journey.stages}
    for row in frame.rows:
        lane = lanes.get(row.lane_id)
        fill = QColor(P.fill_colour(row.kind, lane.colour if lane else None))
        painter.fillRect(QRectF(row.header.x, row.y, row.header.width, row.height), fill)
        band = QColor(fill)
        band.setAlphaF(0.45)
        painter.fillRect(QRectF(row.header.right, row.y, frame.width - row.header.right, row.height), band)
    painter.fillRect(QRectF(frame.corner.x, frame.corner.y, frame.corner.width, frame.corner.height), QColor(_HEADER))
    for column in frame.columns:
        header = column.header
        painter.fillRect(QRectF(header.x, header.y, header.width, header.height), QColor(_HEADER))
        stage = stages.get(column.stage_id)
        bar = QColor(stage.colour) if stage is not None and stage.colour else QColor(_CARD_EDGE)
        painter.fillRect(QRectF(header.x, header.y, header.width, max(6.0, 3 / scale)), bar)
    painter.setPen(QPen(QColor(_GRID), 1 / scale))
    for column in frame.columns[1:]:
        painter.drawLine(QPointF(column.x, 0), QPointF(column.x, frame.height))
    for row in frame.rows:
        painter.drawLine(QPointF(0, row.y), QPointF(frame.width, row.y))


def _draw_cards(painter: QPainter, journey: JourneyMap, layout, scale: float) -> None:  # noqa: ANN001
    frame = layout.frame
    lanes = {lane.id: lane for lane in journey.lanes}
    cards = {card.id: card for card in journey.cards}
    painter.setPen(QPen(QColor(_CARD_EDGE), 0.8 / scale))
    for (lane_id, stage_id), cell in layout.cells.items():
        if not cell.cards or not frame.has_cell(lane_id, stage_id):
            continue
        lane = lanes.get(lane_id)
        x, y = frame.cell_origin(lane_id, stage_id)
        for box in cell.cards:
            card = cards.get(box.card_id)
            kind = frame.row(lane_id).kind
            fill = P.fill_colour(kind, lane.colour if lane else None, card.colour if card else None)
            painter.setBrush(QColor(fill))
            rect = box.rect
            painter.drawRoundedRect(QRectF(x + rect.x, y + rect.y, rect.width, rect.height), 4, 4)


def _draw_curves(painter: QPainter, layout, scale: float) -> None:  # noqa: ANN001
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(P.CURVE), 2.2 / scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for curve in layout.frame.curves:
        path = QPainterPath()
        end: Optional[tuple[float, float]] = None
        for start, first, second, stop in curve.path():
            if end != start:
                path.moveTo(*start)
            path.cubicTo(QPointF(*first), QPointF(*second), QPointF(*stop))
            end = stop
        painter.drawPath(path)


def cached_or_drawn(folder: Path, request: PreviewRequest) -> Optional[QImage]:
    """The cached picture, or a new one drawn and cached (older pictures of the map deleted); None if unreadable."""
    target = preview_file(folder, request)
    if target.exists():
        image = QImage(str(target))
        if not image.isNull():
            return image
    try:
        journey = load(request.file, MAP_FORMAT).document
    except (DocumentError, OSError):
        return None
    image = draw_preview(journey)
    for old in glob.glob(glob.escape(str(folder / _path_part(request.file))) + "-*.png"):
        try:
            os.remove(old)
        except OSError:
            pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        if image.save(str(partial), "PNG"):
            os.replace(partial, target)
    except OSError:
        pass  # a display cache: drawn again next time
    return image


class _Signals(QObject):
    ready = Signal(int, str, object)  # generation, entry, QImage


class _Drawing(QRunnable):
    def __init__(self, generation: int, folder: Path, requests: list[PreviewRequest]) -> None:
        super().__init__()
        self.generation = generation
        self.folder = folder
        self.requests = requests
        self.signals = _Signals()
        self.stop = threading.Event()

    def run(self) -> None:
        QThread.currentThread().setPriority(QThread.Priority.LowPriority)  # the window and the scan come first
        for request in self.requests:
            if self.stop.is_set():
                return
            try:
                image = cached_or_drawn(self.folder, request)
            except Exception:  # noqa: BLE001 - a preview that cannot be drawn is left out, never a crash
                image = None
            if image is not None:
                self.signals.ready.emit(self.generation, request.entry, image)


class AtlasPreviews(QObject):
    """Draws the previews of a scan's maps in its own thread; ``ready(entry, image)`` on the UI thread."""

    ready = Signal(str, object)
    """(atlas entry, QImage at PREVIEW_SIZE)."""

    def __init__(self, parent: Optional[QObject] = None, folder: Optional[Path] = None) -> None:
        super().__init__(parent)
        self.folder = folder or default_cache_folder()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._job: Optional[_Drawing] = None
        self._shown: dict[str, PreviewRequest] = {}
        """Entry -> the request whose picture is shown (same size and time: nothing to do)."""
        # The pool waits for its job when it is destroyed: a long list still drawing would hold up
        # closing the window (7.7 s with 1,000 maps), so the job is told to stop first.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        if parent is not None:
            parent.destroyed.connect(self.stop)

    def start(self, entries: Sequence[MapInfo]) -> int:
        """Draw (or fetch) the pictures the list does not show yet; returns how many were asked for."""
        if self._job is not None:
            self._job.stop.set()
        wanted = [r for r in requests_for(entries) if self._shown.get(r.entry) != r]
        self._generation += 1
        if not wanted:
            self._job = None
            return 0
        job = self._job = _Drawing(self._generation, self.folder, wanted)
        job.setAutoDelete(False)
        job.signals.ready.connect(self._arrived)
        self._pending = {r.entry: r for r in wanted}
        self.pool.start(job)
        return len(wanted)

    def stop(self) -> None:
        """No more drawing: the job ends after the picture it is drawing (the window is closing)."""
        if self._job is not None:
            self._job.stop.set()

    def forget(self) -> None:
        """Another atlas: nothing shown any more."""
        if self._job is not None:
            self._job.stop.set()
        self._shown.clear()

    def picture(self, entry: str) -> Optional[QImage]:
        """The full-size picture of an entry shown now (read from the cache folder), for the preview pane."""
        request = self._shown.get(entry)
        if request is None:
            return None
        image = QImage(str(preview_file(self.folder, request)))
        return None if image.isNull() else image

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self.pool.waitForDone(timeout_ms)

    def _arrived(self, generation: int, entry: str, image: QImage) -> None:
        if generation != self._generation:
            return
        request = self._pending.get(entry)
        if request is not None:
            self._shown[entry] = request
        self.ready.emit(entry, image)
