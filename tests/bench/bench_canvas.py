"""Canvas benchmarks: drawing the map, and updating it after one edit.

Baselines are the least Qt work that draws the same thing from the same data:

- render: a bare QGraphicsScene of Qt's own C++ items with the canvas's exact
  geometry: one ``QGraphicsRectItem`` per card and one ``QGraphicsSimpleTextItem``
  per wrapped line (hidden when zoomed far out, as ours hides text). Ours: the
  ``MapScene`` (Python items, QStaticText lines, level of detail; plus headers,
  grid, emotion curve, badges and channel markers the baseline does not draw).
  Each is shown in a 1920x1080 view (offscreen, never on screen) whose whole
  viewport is rendered into an image, as a paint event draws it: at 100% (the
  top left of the map) and zoomed to fit the whole map. Target 2x.
- move: one card moved to another cell (``edits.move_cards``: the command, the
  model, the document's index and the scene update) in the run's map against
  the same on a 100-card map: the cost of an edit should not grow with the map.
  Target 3x. The scene's part does not grow with the map (it lays out the two
  cells, and the frame only when a lane's height changes); what does is the
  editor's ``SetFields`` finding each card by scanning the map's card list
  (``operations._find``), which dominates at 3,000 cards.
"""

from __future__ import annotations

import os
import sys

from harness import Context, TimeBenchmark

RENDER_TARGET = 2.0
MOVE_TARGET = 3.0
WIDTH, HEIGHT = 1920, 1080


def _app():  # noqa: ANN202
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _baseline_scene(layout, font_size: float):  # noqa: ANN001, ANN202
    """Qt's C++ items with the same geometry: a rect per card, a simple text item per line."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    from journeymapper.canvas.style import text_font

    scene = QGraphicsScene()
    font = text_font(font_size).font
    brush, pen = QBrush(QColor("#DCEAF7")), QPen(QColor("#9AA4AE"))
    texts = []
    keep = []
    for (lane_id, stage_id), cell in layout.cells.items():
        if not cell.cards:
            continue
        ox, oy = layout.frame.cell_origin(lane_id, stage_id)
        for box in cell.cards:
            r = box.rect
            rect = QGraphicsRectItem(QRectF(ox + r.x, oy + r.y, r.width, r.height))
            rect.setBrush(brush)
            rect.setPen(pen)
            scene.addItem(rect)
            keep.append(rect)
            block = box.text
            for index, line in enumerate(block.lines):
                item = QGraphicsSimpleTextItem(line)
                item.setFont(font)
                item.setPos(ox + r.x + block.rect.x, oy + r.y + block.rect.y + index * block.line_height)
                scene.addItem(item)
                texts.append(item)
    scene.setSceneRect(QRectF(0, 0, layout.width, layout.height))
    return scene, texts, keep


def _render_setup(cards: int, fit: bool):  # noqa: ANN202
    def setup(context: Context):  # noqa: ANN202
        app = _app()
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtWidgets import QGraphicsView

        from journeymapper.canvas import MapView
        from journeymapper.editor import MapDocument

        document = MapDocument(context.map(cards).model_copy(deep=True))
        ours = MapView(document)
        base_scene, texts, keep = _baseline_scene(ours.map_scene.layout(), ours.map_scene.options.card_font_size)
        base = QGraphicsView(base_scene)
        base.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        base.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        for view in (ours, base):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setFrameShape(QGraphicsView.Shape.NoFrame)
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            view.resize(WIDTH, HEIGHT)
            view.show()
        app.processEvents()
        if fit:
            ours.zoom_to_fit()
            base.scale(ours.zoom_factor(), ours.zoom_factor())
            for item in texts:
                item.setVisible(False)  # the baseline hides its text far out, as ours does
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        app.processEvents()  # the item index is built lazily

        def draw(view) -> None:  # noqa: ANN001
            image.fill(0xFFFFFFFF)
            view.viewport().render(image)  # a paint event of the whole viewport, as on screen

        holder = (document, ours, base, base_scene, keep, texts)  # every item alive while timing

        def measured() -> None:
            draw(holder[1])

        def baseline() -> None:
            draw(holder[2])

        return measured, baseline

    return setup


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


def benchmarks(context: Context):  # noqa: ANN201
    result = []
    for cards in (3000, 10000):
        for fit in (False, True):
            where = "fit" if fit else "100%"
            result.append(TimeBenchmark(
                f"canvas.render_{cards}_{'fit' if fit else '100'}", _render_setup(cards, fit), RENDER_TARGET,
                f"MapView vs QGraphicsView of Qt rect + simple text items, {cards:,} cards, {where}, 1920x1080",
                rounds=9, quick_rounds=3,
            ))
    result.append(TimeBenchmark(
        "canvas.move_card", _move_setup, MOVE_TARGET,
        "move one card and back (edit + scene update) at the run's size vs 100 cards", rounds=9, quick_rounds=3,
    ))
    return result
