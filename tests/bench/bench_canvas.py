"""Canvas benchmarks: drawing the map, editing it, dragging cards, and opening it.

Baselines are the least Qt work that draws the same thing from the same data:
a bare ``QGraphicsScene`` of Qt's own C++ items with the canvas's exact geometry,
one ``QGraphicsRectItem`` per card and one ``QGraphicsSimpleTextItem`` per wrapped
line (hidden when zoomed far out, where ours draws cards as plain boxes). Ours is
the ``MapView``'s scene (Python items, QStaticText lines, level of detail, each
card's drawing cached in device pixels by the view; plus headers, grid, emotion
curve, badges and channel markers the baseline does not draw).
Views are 1920x1080, offscreen (never on screen), and a redraw renders the whole
viewport into an image, as a paint event draws it. Both views show the same part
of the map (the top left; a new QGraphicsView would centre on its scene).

- ``render_N_100`` / ``render_N_fit``: a redraw at 100% zoom and zoomed to fit the
  whole map, against the baseline. Target 1.3x. Each side draws once before
  timing, so at 100% ours blits its cached cards (the first frame, where it draws
  them, is in ``open_time``; while zooming, cards draw directly).
- ``render_growth_100``: ours on the 10,000-card map against ours on the 3,000-card
  map, at 100%: a frame must not grow with the map. Target 1.2x. (The two maps do
  not show the same cards at the top left: the 10,000-card map's corner holds
  more lines and a channel marker on every card, so a frame that draws them all
  grows with that content, the baseline's by about 1.13x; with the same cards on
  screen and 7,000 more elsewhere, a frame of ours grew by 5% at most.)
- ``move_card``: one card moved to another cell and back (``edits.move_cards``: the
  command, the model, the document's index and the scene update) at the run's size
  against the same on a 100-card map. Target 1.5x.
- ``drag_50``: one step of dragging 50 selected cards: a mouse move event sent to
  the view during the drag (the real gesture code: the ghost, the hit test, the
  target cell and drop line), then the event loop once (the scene's own update
  bookkeeping); against ``setPos`` on the same 50 cards' rect and text items of the
  bare scene, then the event loop once. Target 2x.
- ``open_time``: opening the run's map file (3,000 cards by default) to its first painted frame, each
  side in a fresh interpreter (Qt, the modules and the fonts loaded before the
  clock starts, as in a running editor): ours reads the file as the editor does
  (``read_document``), builds the ``MapView``, shows it and paints it once; the
  baseline reads the same file with ``json.loads`` and builds, shows and paints
  the bare scene (its geometry computed beforehand). Best of N runs, alternating
  sides. Target 2x.
- ``open_memory``: peak memory of the same two operations (``harness.peak_memory``).
  Target 2x.
"""

from __future__ import annotations

import json
import os
import pickle
import statistics
import subprocess
import sys
from dataclasses import dataclass
from typing import Callable

from harness import HERE, REPO, Benchmark, Context, MemoryBenchmark, Result, TimeBenchmark

RENDER_TARGET = 1.3
GROWTH_TARGET = 1.2
MOVE_TARGET = 1.5
DRAG_TARGET = 2.0
OPEN_TARGET = 2.0
MEMORY_TARGET = 2.0
WIDTH, HEIGHT = 1920, 1080
DRAGGED = 50


def _app():  # noqa: ANN202
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


# --- the baseline: Qt's own items with the canvas's geometry ---------------------------------


def baseline_geometry(layout) -> list[tuple]:  # noqa: ANN001
    """Per card ``(card_id, x, y, width, height, [(x, y, line), ...])`` in scene coordinates."""
    cards = []
    for (lane_id, stage_id), cell in layout.cells.items():
        if not cell.cards:
            continue
        ox, oy = layout.frame.cell_origin(lane_id, stage_id)
        for box in cell.cards:
            r = box.rect
            block = box.text
            lines = [
                (ox + r.x + block.rect.x, oy + r.y + block.rect.y + index * block.line_height, line)
                for index, line in enumerate(block.lines)
            ]
            cards.append((box.card_id, ox + r.x, oy + r.y, r.width, r.height, lines))
    return cards


def build_baseline_scene(geometry: list[tuple], font_size: float, width: float, height: float):  # noqa: ANN201
    """A bare scene of a rect per card and a simple text item per line; returns (scene, rects, texts),
    ``rects`` by card id and ``texts`` a list of each card's text items, by card id too."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    from journeymapper.canvas.style import text_font

    scene = QGraphicsScene()
    font = text_font(font_size).font
    brush, pen = QBrush(QColor("#DCEAF7")), QPen(QColor("#9AA4AE"))
    rects = {}
    texts = {}
    for card_id, x, y, w, h, lines in geometry:
        rect = QGraphicsRectItem(QRectF(x, y, w, h))
        rect.setBrush(brush)
        rect.setPen(pen)
        scene.addItem(rect)
        rects[card_id] = rect
        items = texts[card_id] = []
        for lx, ly, line in lines:
            item = QGraphicsSimpleTextItem(line)
            item.setFont(font)
            item.setPos(lx, ly)
            scene.addItem(item)
            items.append(item)
    scene.setSceneRect(QRectF(0, 0, width, height))
    return scene, rects, texts


def baseline_view(scene):  # noqa: ANN001, ANN201
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    view = QGraphicsView(scene)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return view


def show_offscreen(view) -> None:  # noqa: ANN001
    """Shown as on screen (1920x1080, no scroll bars or frame) but never on a screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsView

    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(WIDTH, HEIGHT)
    view.show()


def to_top_left(view) -> None:  # noqa: ANN001
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())


# --- rendering ---------------------------------------------------------------------------------


def _render_pair(context: Context, cards: int, fit: bool, baseline: bool = True):  # noqa: ANN202
    """(draw ours, draw the baseline), each drawing its whole 1920x1080 viewport into an image."""
    app = _app()
    from PySide6.QtGui import QImage

    from journeymapper.canvas import MapView
    from journeymapper.editor import MapDocument

    document = MapDocument(context.map(cards).model_copy(deep=True))
    ours = MapView(document)
    views = [ours]
    texts: dict = {}
    base_scene = None
    if baseline:
        scene = ours.map_scene
        layout = scene.layout()
        base_scene, _rects, texts = build_baseline_scene(
            baseline_geometry(layout), scene.options.card_font_size, layout.width, layout.height
        )
        views.append(baseline_view(base_scene))
    for view in views:
        show_offscreen(view)
    app.processEvents()
    if fit:
        ours.zoom_to_fit()
        for view in views[1:]:
            view.scale(ours.zoom_factor(), ours.zoom_factor())
        for items in texts.values():
            for item in items:
                item.setVisible(False)  # the baseline hides its text far out, as ours does
    app.processEvents()
    for view in views:
        to_top_left(view)
    app.processEvents()  # the item index is built lazily
    corners = {(round(p.x()), round(p.y())) for p in (v.mapToScene(0, 0) for v in views)}
    assert len(corners) == 1, f"the views show different parts of the map: {corners}"
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    holder = (document, views, base_scene, texts, image)  # every item alive while timing

    def draw(view) -> None:  # noqa: ANN001
        image.fill(0xFFFFFFFF)
        view.viewport().render(image)  # a paint event of the whole viewport, as on screen

    def measured() -> None:
        draw(holder[1][0])

    def baseline_draw() -> None:
        draw(holder[1][1])

    return measured, (baseline_draw if baseline else None)


def _render_setup(cards: int, fit: bool):  # noqa: ANN202
    def setup(context: Context):  # noqa: ANN202
        return _render_pair(context, cards, fit)

    return setup


def _growth_setup(context: Context):  # noqa: ANN202
    big, _ = _render_pair(context, 10000, False, baseline=False)
    small, _ = _render_pair(context, 3000, False, baseline=False)
    return big, small


# --- one edit ----------------------------------------------------------------------------------


def _move_setup(context: Context):  # noqa: ANN202
    _app()
    from journeymapper.canvas import MapScene
    from journeymapper.editor import MapDocument, edits

    def prepare(cards: int):  # noqa: ANN202
        document = MapDocument(context.map(cards).model_copy(deep=True))
        scene = MapScene(document)
        # a card in a small cell, moved to the end of a cell in another stage and back
        cells = document.cells()
        (lane_id, stage_id), group = min(cells.items(), key=lambda item: (len(item[1]), item[0]))
        card_id = group[0].id
        other = next(s.id for s in document.journey.stages if s.id != stage_id)

        def run() -> None:
            edits.move_cards(document, [card_id], lane_id, other)
            edits.move_cards(document, [card_id], lane_id, stage_id, 0)
            document.undo_stack.clear()

        return run, (document, scene)

    measured, keep_a = prepare(context.cards)
    baseline, keep_b = prepare(100)

    def measured_run() -> None:
        measured()
        keep_a  # noqa: B018 - alive while timing

    def baseline_run() -> None:
        baseline()
        keep_b  # noqa: B018

    return measured_run, baseline_run


# --- dragging 50 cards ---------------------------------------------------------------------------


def _drag_setup(context: Context):  # noqa: ANN202
    app = _app()
    from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
    from PySide6.QtGui import QMouseEvent

    from journeymapper.canvas import MapView
    from journeymapper.canvas.interactions import CardDrag
    from journeymapper.editor import MapDocument

    document = MapDocument(context.map(context.cards).model_copy(deep=True))
    ours = MapView(document)
    scene = ours.map_scene
    layout = scene.layout()
    base_scene, rects, texts = build_baseline_scene(
        baseline_geometry(layout), scene.options.card_font_size, layout.width, layout.height
    )
    base = baseline_view(base_scene)
    for view in (ours, base):
        show_offscreen(view)
    app.processEvents()
    for view in (ours, base):
        to_top_left(view)
    app.processEvents()

    # 50 cards on screen (below the pinned headers), in map order; the first is grabbed
    o = scene.options
    visible = QRectF(o.lane_header_width, o.stage_header_height,
                     WIDTH - o.lane_header_width, HEIGHT - o.stage_header_height)
    ids = scene.ordered_cards(scene.cards_in_rect(visible))
    ids = (ids + [i for i in scene.ordered_cards(scene.cards) if i not in set(ids)])[:DRAGGED]
    assert len(ids) == DRAGGED, "the map has too few cards to drag 50"
    ours.select_cards(ids)
    grabbed = scene.card_scene_rect(ids[0])
    start = QPointF(ours.mapFromScene(grabbed.center()))
    viewport = ours.viewport()

    def send(kind, point: QPointF, button, buttons) -> None:  # noqa: ANN001
        event = QMouseEvent(kind, point, QPointF(viewport.mapToGlobal(point.toPoint())), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        app.sendEvent(viewport, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    send(QEvent.Type.MouseMove, start + QPointF(20, 0), none, left)  # past the drag distance: the drag starts
    gesture = ours._gesture
    assert isinstance(gesture, CardDrag) and len(gesture.card_ids) == DRAGGED, "the drag did not start"
    app.processEvents()

    # a walk across several stages and back, 12 pixels a step, away from the auto-scroll edges
    span = min(1200.0, WIDTH - ours.EDGE - 40 - start.x())
    count = max(2, int(span // 12))
    path = [start + QPointF(20 + 12 * i, 0) for i in range(count)]
    path += path[-2:0:-1]
    deltas = [(path[i] - path[i - 1]) for i in range(len(path))]
    state = {"ours": 0, "base": 0}
    moved = [item for card_id in ids for item in (rects[card_id], *texts[card_id])]

    def measured() -> None:
        index = state["ours"] = (state["ours"] + 1) % len(path)
        send(QEvent.Type.MouseMove, path[index], none, left)
        app.processEvents()

    def baseline() -> None:
        index = state["base"] = (state["base"] + 1) % len(path)
        d = deltas[index]
        dx, dy = d.x(), d.y()
        for item in moved:
            item.moveBy(dx, dy)
        app.processEvents()

    holder = (document, ours, base, base_scene, rects, texts, gesture)

    def measured_run() -> None:
        measured()
        holder  # noqa: B018 - alive while timing

    return measured_run, baseline


# --- opening a map to its first frame, in fresh interpreters -------------------------------------

_OPEN_SETUP = """
import json, pickle
from pathlib import Path
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication([])
from bench_canvas import HEIGHT, WIDTH, baseline_view, build_baseline_scene, show_offscreen, to_top_left
from journeymapper.canvas import MapView
from journeymapper.canvas.scene import default_measurer
from journeymapper.canvas.style import text_font
from journeymapper.ui.opening import read_document
PATHS = json.loads(ARG)
with open(PATHS["geometry"], "rb") as stream:
    GEOMETRY = pickle.load(stream)
default_measurer()
text_font(GEOMETRY["font_size"]).font
IMAGE = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

def first_frame(view):
    show_offscreen(view)
    app.processEvents()
    to_top_left(view)
    IMAGE.fill(0xFFFFFFFF)
    view.viewport().render(IMAGE)
"""

_OPEN_OURS = """
document = read_document(Path(PATHS["map"]))
view = MapView(document)
first_frame(view)
result = (document, view)
"""

_OPEN_BASELINE = """
with open(PATHS["map"], "rb") as stream:
    data = json.loads(stream.read())
scene, rects, texts = build_baseline_scene(GEOMETRY["cards"], GEOMETRY["font_size"], GEOMETRY["width"],
                                           GEOMETRY["height"])
view = baseline_view(scene)
first_frame(view)
result = (data, scene, view)
"""

_TIMER = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
namespace = {"ARG": sys.argv[1]}
exec(compile(sys.argv[2], "<setup>", "exec"), namespace)
start = time.perf_counter()
exec(compile(sys.argv[3], "<operation>", "exec"), namespace)
elapsed = time.perf_counter() - start
assert namespace.get("result") is not None
print(elapsed)
"""


def _open_arg(context: Context) -> str:
    """The map file and the baseline's geometry (computed here, by our layout), as the probes' ARG."""
    path = context.tmp / f"open-geometry-{context.cards}.pickle"
    if not path.exists():
        _app()
        from journeymapper.canvas import MapScene
        from journeymapper.editor import MapDocument

        scene = MapScene(MapDocument(context.map(context.cards).model_copy(deep=True)))
        layout = scene.layout()
        geometry = {"cards": baseline_geometry(layout), "font_size": scene.options.card_font_size,
                    "width": layout.width, "height": layout.height}
        path.write_bytes(pickle.dumps(geometry))
    return json.dumps({"map": str(context.map_file(context.cards)), "geometry": str(path)})


def _fresh_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def time_fresh(setup: str, operation: str, arg: str) -> float:
    """Seconds ``operation`` takes after ``setup`` in a fresh interpreter (``ARG`` = ``arg``)."""
    completed = subprocess.run([sys.executable, "-c", _TIMER, arg, setup, operation], capture_output=True,
                               text=True, env=_fresh_env(), timeout=600)
    if completed.returncode != 0:
        raise RuntimeError(f"timing probe failed ({completed.returncode}):\n{completed.stderr.strip()}")
    return float(completed.stdout.strip().splitlines()[-1])


@dataclass
class FreshTimeBenchmark(Benchmark):
    """Wall time of an operation in fresh interpreters, ours and the baseline alternately; best of N."""

    name: str
    setup: Callable[[Context], tuple[str, str]]
    measured: str
    baseline: str
    target: float
    description: str = ""
    runs: int = 5
    quick_runs: int = 2

    def run(self, context: Context) -> Result:
        setup_code, arg = self.setup(context)
        runs = self.quick_runs if context.quick else self.runs
        ours, base = [], []
        for index in range(runs):
            sides = [(ours, self.measured), (base, self.baseline)]
            for times, code in sides if index % 2 == 0 else sides[::-1]:
                times.append(time_fresh(setup_code, code, arg))
        return Result(
            self.name, min(ours), min(base), "s", self.target,
            median_ratio=statistics.median(o / b for o, b in zip(ours, base)),
            detail=f"fresh interpreter per run, best of {runs} per side",
        )


def _open_setup(context: Context) -> tuple[str, str]:
    return _OPEN_SETUP, _open_arg(context)


def benchmarks(context: Context):  # noqa: ANN201
    result = []
    for cards in (3000, 10000):
        for fit in (False, True):
            where = "fit" if fit else "100%"
            result.append(TimeBenchmark(
                f"canvas.render_{cards}_{'fit' if fit else '100'}", _render_setup(cards, fit), RENDER_TARGET,
                f"MapView vs QGraphicsView of Qt rect + simple text items, {cards:,} cards, {where}, 1920x1080",
                rounds=15, quick_rounds=7,
            ))
    result.append(TimeBenchmark(
        "canvas.render_growth_100", _growth_setup, GROWTH_TARGET,
        "MapView redraw at 100%: 10,000 cards vs 3,000 cards (ours vs ours)", rounds=15, quick_rounds=7,
    ))
    result.append(TimeBenchmark(
        "canvas.move_card", _move_setup, MOVE_TARGET,
        "move one card and back (edit + scene update) at the run's size vs 100 cards", rounds=15, quick_rounds=7,
    ))
    result.append(TimeBenchmark(
        "canvas.drag_50", _drag_setup, DRAG_TARGET,
        f"one mouse move dragging {DRAGGED} selected cards vs setPos on their bare rect + text items",
        rounds=15, quick_rounds=7,
    ))
    result.append(FreshTimeBenchmark(
        "canvas.open_time", _open_setup, _OPEN_OURS, _OPEN_BASELINE, OPEN_TARGET,
        "open the run's map to its first painted frame vs json.loads + the bare scene, shown and painted",
    ))
    result.append(MemoryBenchmark(
        "canvas.open_memory", _open_setup, _OPEN_OURS, _OPEN_BASELINE, MEMORY_TARGET,
        "peak memory opening the run's map to its first painted frame vs json.loads + the bare scene",
    ))
    return result
