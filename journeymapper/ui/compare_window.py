"""The compare window: two maps side by side, their curves overlaid, and the list of differences.

Opened for a snapshot against the current map, for a current-state map against
its future state, or for the map against any file. Objects are matched by id
(``store.compare``): on the left ("before") what was removed is outlined red,
on the right ("after") what was added is outlined green, and what changed is
outlined amber on both sides. Choosing a difference in the list (mouse or
keyboard) scrolls both maps to it and selects it. The canvases are read-only:
their maps are copies that nothing edits. File > Export PDF writes the
comparison (``export.compare_pdf``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvas.items import wants_detail
from ..canvas.scene import MapScene
from ..editor import MapDocument
from ..export.options import ExportError
from ..layout.compare_palette import CHANGE_COLOURS
from ..model import JourneyMap
from ..store.compare import Comparison, Difference, aligned_curves, compare_maps, curve_choices, detail_lines, kind_title
from . import export_prompts
from .compare_curves import CurveStrip

SIDE_MARKS = {"old": ("removed", "changed"), "new": ("added", "changed")}
"""Which changes each side outlines: what left (old) and what arrived (new)."""
_MARKED_KINDS = ("card", "stage", "lane", "emotion")
_ZOOM_STEP = 1.25


def tr(text: str) -> str:
    return QCoreApplication.translate("compare_window", text)


def change_name(change: str) -> str:
    return {"added": tr("added"), "removed": tr("removed"), "changed": tr("changed"),
            "reordered": tr("reordered")}.get(change, change)


class CompareCanvas(QGraphicsView):
    """One side of the comparison: a copy of a map, drawn read-only, with its differences outlined."""

    def __init__(self, journey: JourneyMap, measurer: Any, comparison: Comparison, side: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"compare_canvas_{side}")
        self.side = side
        self.document = MapDocument(journey.model_copy(deep=True), parent=self)
        self.map_scene = MapScene(self.document, measurer, palette=self.palette(), parent=self)
        self.setScene(self.map_scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.marks: dict[tuple[str, str], QGraphicsRectItem] = {}
        wanted = SIDE_MARKS[side]
        for difference in comparison.differences:
            if difference.kind in _MARKED_KINDS and difference.change in wanted:
                self._mark(difference)

    def _mark(self, difference: Difference) -> None:
        if difference.kind == "emotion" and not self.map_scene.frame.curves and "/" in difference.id:
            if not difference.id.split("/")[1]:
                return  # no curve drawn: outlining the stage header would read as a change of the stage
        rect = self.object_rect(difference.kind, difference.id)
        if rect is None:
            return
        colour = QColor(CHANGE_COLOURS[difference.change])
        item = QGraphicsRectItem(rect.adjusted(-4, -4, 4, 4))
        item.setPen(QPen(colour, 3.0))
        fill = QColor(colour)
        fill.setAlphaF(0.12)
        item.setBrush(QBrush(fill))
        item.setZValue(10_000)  # above cards and headers
        item.setToolTip(f"{kind_title(difference.kind)} {change_name(difference.change)}")
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        header = self._header_item(difference.kind, difference.id)
        if header is not None:  # headers stay pinned while the map scrolls: the outline goes with them
            item.setRect(header.mapRectFromScene(item.rect()))
            item.setParentItem(header)
        else:
            self.map_scene.addItem(item)
        self.marks[(difference.kind, difference.id)] = item

    def _header_item(self, kind: str, ident: str) -> Optional[QGraphicsItem]:
        if kind == "stage":
            return self.map_scene.stage_headers.get(ident)
        if kind == "lane":
            return self.map_scene.lane_headers.get(ident)
        return None

    def object_rect(self, kind: str, ident: str) -> Optional[QRectF]:
        """Where an object is drawn on this side (None if this map does not have it)."""
        frame = self.map_scene.frame
        if kind == "card":
            return self.map_scene.card_scene_rect(ident)
        if kind == "stage" and self.document.journey.stage(ident) is not None:
            r = frame.column(ident).header
            return QRectF(r.x, r.y, r.width, r.height)
        if kind == "lane" and self.document.journey.lane(ident) is not None:
            r = frame.row(ident).header
            return QRectF(r.x, r.y, r.width, r.height)
        if kind == "emotion":
            stage_id, card_id, persona_id = (ident.split("/") + ["", "", ""])[:3]
            if card_id:
                return self.object_rect("card", card_id)
            if self.document.journey.stage(stage_id) is None:
                return None
            column = frame.column(stage_id)
            curve = next((c for c in frame.curves if (c.persona_id or "") == persona_id), None)
            if curve is None:
                curve = frame.curves[0] if frame.curves else None
            if curve is None:  # no emotion lane: the stage's header stands for its score
                return QRectF(column.header.x, column.header.y, column.header.width, column.header.height)
            return QRectF(column.x + 2, curve.area.y - 6, column.width - 4, curve.area.height + 12)
        return None

    def reveal(self, kind: str, ident: str) -> bool:
        """Scroll to an object and select it; False when this side does not have it."""
        rect = self.object_rect(kind, ident)
        scene = self.map_scene
        scene.clear_selection()
        if rect is None:
            return False
        header = self._header_item(kind, ident)
        if header is not None:
            self.ensureVisible(header.sceneBoundingRect(), 40, 40)
        else:
            self.centerOn(rect.center())  # the middle: pinned headers cover the top and left edges
        if kind == "card":
            scene.select_cards([ident])
        elif kind == "stage":
            scene.select_stage(ident)
        elif kind == "lane":
            scene.select_lane(ident)
        elif kind == "emotion":
            stage_id, card_id = (ident.split("/") + [""])[:2]
            if card_id:
                scene.select_cards([card_id])
            else:
                scene.select_emotion(stage_id)
        return True

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(0.1, min(4.0, current * factor)) / current
        self.scale(factor, factor)
        self._zoomed()

    def _zoomed(self) -> None:
        self.map_scene.set_detail(wants_detail(self.transform().m11()))
        self._pin_headers()

    def _pin_headers(self) -> None:
        top_left = self.mapToScene(QPoint(0, 0))
        self.map_scene.set_sticky_offset(top_left.x(), top_left.y())

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        super().scrollContentsBy(dx, dy)
        self._pin_headers()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._pin_headers()

    def zoom_to_width(self) -> None:
        """Fit the map's width, but never so small that cards lose their text (a wide map scrolls)."""
        width = self.map_scene.map_rect().width()
        if width <= 0:
            return
        wanted = max(0.8, min(1.0, (self.viewport().width() - 8) / width))
        self.resetTransform()
        self.scale(wanted, wanted)
        self._zoomed()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(_ZOOM_STEP if event.angleDelta().y() > 0 else 1 / _ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(_ZOOM_STEP)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / _ZOOM_STEP)
        else:
            super().keyPressEvent(event)


class CompareWindow(QMainWindow):
    """``old`` (before) and ``new`` (after) side by side; deleted when closed."""

    def __init__(self, old: JourneyMap, new: JourneyMap, old_label: str, new_label: str,
                 measurer: Any = None, parent: Optional[QWidget] = None, folder: Optional[Path] = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Compare: %1 → %2").replace("%1", old_label).replace("%2", new_label))
        self.old, self.new = old.model_copy(deep=True), new.model_copy(deep=True)
        self.old_label, self.new_label = old_label, new_label
        self.folder = folder
        self.comparison = compare_maps(self.old, self.new)

        self.old_canvas = CompareCanvas(self.old, measurer, self.comparison, "old")
        self.new_canvas = CompareCanvas(self.new, measurer, self.comparison, "new")
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(_titled(tr("Before: %1").replace("%1", old_label), self.old_canvas))
        sides.addWidget(_titled(tr("After: %1").replace("%1", new_label), self.new_canvas))
        self.curves = CurveStrip()
        self.persona_box = QComboBox()
        self.persona_box.setObjectName("compare_curve_choice")
        self.persona_box.setAccessibleName(tr("Whose emotion curve"))
        for persona, label in curve_choices(self.old, self.new):
            self.persona_box.addItem(tr("Map") if persona is None else label, persona)
            curves = aligned_curves(self.old, self.new, persona)
            if curves.old != curves.new and self.persona_box.property("chosen") is None:
                self.persona_box.setProperty("chosen", True)  # show first a curve that changed
                self.persona_box.setCurrentIndex(self.persona_box.count() - 1)
        self.persona_box.currentIndexChanged.connect(lambda _index: self._show_curves())
        curve_panel = QWidget()
        curve_layout = QVBoxLayout(curve_panel)
        curve_layout.setContentsMargins(4, 2, 4, 2)
        choice_row = QHBoxLayout()
        choice_label = QLabel(tr("Emotion &curve:"))
        choice_label.setBuddy(self.persona_box)
        choice_row.addWidget(choice_label)
        choice_row.addWidget(self.persona_box)
        choice_row.addStretch(1)
        curve_layout.addLayout(choice_row)
        curve_layout.addWidget(self.curves, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(sides)
        body.addWidget(curve_panel)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        self.setCentralWidget(body)

        self.differences = QTreeWidget()
        self.differences.setObjectName("compare_differences")
        self.differences.setAccessibleName(tr("Differences"))
        self.differences.setHeaderLabels([tr("Change"), tr("Object"), tr("Name")])
        self.differences.setRootIsDecorated(True)
        self.differences.setAlternatingRowColors(True)
        self._fill_differences()
        self.differences.currentItemChanged.connect(lambda item, _previous: self.reveal_item(item))
        self.differences.itemClicked.connect(lambda item, _column: self.reveal_item(item))
        dock = QDockWidget(tr("Differences"), self)
        dock.setObjectName("compare_differences_dock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        dock.setWidget(self.differences)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [400], Qt.Orientation.Horizontal)

        self.export_action = QAction(tr("Export &PDF…"), self)
        self.export_action.setObjectName("compare_export_pdf")
        self.export_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.export_action.triggered.connect(lambda: self.export_pdf())
        self.close_action = QAction(tr("&Close"), self)
        self.close_action.setObjectName("compare_close")
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        self.close_action.triggered.connect(self.close)
        self.sync_action = QAction(tr("&Scroll Together"), self)
        self.sync_action.setObjectName("compare_sync")
        self.sync_action.setCheckable(True)
        self.sync_action.setChecked(True)
        zoom_in = QAction(tr("Zoom &In"), self)
        zoom_in.setShortcuts(QKeySequence.StandardKey.ZoomIn)
        zoom_in.triggered.connect(lambda: self._zoom(_ZOOM_STEP))
        zoom_out = QAction(tr("Zoom &Out"), self)
        zoom_out.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        toolbar = self.addToolBar(tr("Comparison"))
        toolbar.setObjectName("compare_toolbar")
        toolbar.addActions([self.export_action, self.sync_action, zoom_in, zoom_out, self.close_action])
        menu = self.menuBar().addMenu(tr("&Comparison"))
        menu.addActions([self.export_action, self.sync_action, zoom_in, zoom_out])
        menu.addSeparator()
        menu.addAction(self.close_action)
        self._link_scrolling()

        counts = self.comparison.counts()
        self.summary = QLabel(
            tr("%1 added, %2 removed, %3 changed").replace("%1", str(counts["added"]))
            .replace("%2", str(counts["removed"])).replace("%3", str(counts["changed"]))
            if self.comparison else tr("No differences: the two maps are the same.")
        )
        self.summary.setObjectName("compare_summary")
        self.statusBar().addPermanentWidget(self.summary)
        self._show_curves()
        self.resize(1280, 820)

    # --- differences ------------------------------------------------------------------

    def _fill_differences(self) -> None:
        for difference in self.comparison.differences:
            label = difference.label if difference.change != "reordered" else tr("order")
            item = QTreeWidgetItem([change_name(difference.change), kind_title(difference.kind), label])
            item.setData(0, Qt.ItemDataRole.UserRole, (difference.kind, difference.id))
            item.setForeground(0, QBrush(QColor(CHANGE_COLOURS[difference.change])))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setToolTip(2, label)
            for line in detail_lines(difference, self.comparison.names):
                child = QTreeWidgetItem(["", "", line])
                child.setData(0, Qt.ItemDataRole.UserRole, (difference.kind, difference.id))
                child.setToolTip(2, line)
                item.addChild(child)
            self.differences.addTopLevelItem(item)
        if not self.comparison:
            self.differences.addTopLevelItem(QTreeWidgetItem(["", "", tr("No differences.")]))
        self.differences.expandAll()
        for column in range(2):
            self.differences.resizeColumnToContents(column)

    def difference_items(self) -> list[QTreeWidgetItem]:
        return [self.differences.topLevelItem(i) for i in range(self.differences.topLevelItemCount())]

    def reveal_item(self, item: Optional[QTreeWidgetItem]) -> None:
        if item is None:
            return
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.reveal(*target)

    def reveal(self, kind: str, ident: str) -> None:
        """Scroll both maps to an object (each side that has it) and select it there."""
        for canvas in (self.old_canvas, self.new_canvas):
            canvas.reveal(kind, ident)
        if kind == "emotion":
            stage_id, card_id, persona_id = (ident.split("/") + ["", "", ""])[:3]
            index = self.persona_box.findData(persona_id or None)
            if index >= 0 and not card_id:
                self.persona_box.setCurrentIndex(index)

    # --- curves, zoom and scrolling -------------------------------------------------------------

    def _show_curves(self) -> None:
        persona = self.persona_box.currentData()
        self.curves.set_curves(aligned_curves(self.old, self.new, persona), self.old_label, self.new_label)

    def _zoom(self, factor: float) -> None:
        for canvas in (self.old_canvas, self.new_canvas):
            canvas.zoom_by(factor)

    def _link_scrolling(self) -> None:
        """Scroll together (when asked): the maps share ids, and mostly their layout too."""
        pairs = ((self.old_canvas, self.new_canvas), (self.new_canvas, self.old_canvas))
        for source, target in pairs:
            for axis in ("horizontalScrollBar", "verticalScrollBar"):
                bar, other = getattr(source, axis)(), getattr(target, axis)()
                bar.valueChanged.connect(lambda value, o=other: self._follow(o, value))

    def _follow(self, bar: Any, value: int) -> None:
        if self.sync_action.isChecked() and bar.value() != value:
            bar.setValue(value)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            for canvas in (self.old_canvas, self.new_canvas):
                canvas.zoom_to_width()
            self.differences.setFocus()

    # --- export -------------------------------------------------------------------------

    def export_pdf(self) -> Optional[Path]:
        """Ask where, then write the comparison as a PDF; returns the file written (None if not)."""
        from ..export.compare_pdf import export_compare_pdf

        stem = "".join(ch if ch.isalnum() or ch in " -_." else " " for ch in f"{self.new_label} compared").strip()
        suggested = (self.folder or Path.home()) / (stem or "comparison")
        path = export_prompts.ask_export_path(self, suggested, "pdf")
        if path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_compare_pdf(self.old, self.new, path, self.old_label, self.new_label)
        except (ExportError, OSError) as error:
            QApplication.restoreOverrideCursor()
            export_prompts.show_export_error(self, path, str(error))
            return None
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(tr("Wrote %1 (%2 pages)").replace("%1", str(path))
                                     .replace("%2", str(result.pages)), 8000)
        return path


def _titled(title: str, canvas: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel(f"<b>{_escape(title)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(6, 4, 6, 0)
    layout.addWidget(label)
    layout.addWidget(canvas, 1)
    return panel


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_compare_window(window: QWidget, old: JourneyMap, new: JourneyMap, old_label: str, new_label: str,
                        folder: Optional[Path] = None) -> CompareWindow:
    """Show a compare window owned by ``window`` (the main window), sharing its text measurer."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # two canvases of a large map take a moment
    try:
        compare = CompareWindow(old, new, old_label, new_label, getattr(window, "measurer", None), window, folder)
    finally:
        QApplication.restoreOverrideCursor()
    compare.show()
    compare.raise_()
    compare.activateWindow()
    return compare
