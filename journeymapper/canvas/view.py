"""The canvas widget: a QGraphicsView on a MapScene, with gestures, keys, zoom and the clipboard.

:class:`MapView` holds the construction, the signals, the selection API and
what the view tells screen readers; each other job is a mixin of its own module
(``view_zoom``, ``view_mouse``, ``view_keyboard``, ``view_clipboard``,
``view_editing``), so one concern reads in one place. The mixins keep no state:
every attribute is made here, in ``__init__``.
"""

from __future__ import annotations

from typing import Iterable, Optional

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..editor import MapDocument, edits
from ..editor.selection import Selection
from ..layout import DEFAULT_OPTIONS, LayoutOptions, TextMeasurer
from .accessibility import install_map_accessibility
from .editing import CardEditor
from .interactions import Gesture, PaletteDrop
from .items import forget_markers
from .scene import MapScene
from .style import forget_translations
from .view_clipboard import ClipboardMixin
from .view_editing import EditingMixin
from .view_keyboard import KeyboardMixin
from .view_mouse import MouseMixin, _Press
from .view_zoom import ZoomMixin


class MapView(EditingMixin, ClipboardMixin, KeyboardMixin, MouseMixin, ZoomMixin, QGraphicsView):
    """The journey map on screen, edited with the mouse and the keyboard.

    Mouse, one rule per place:

    - a card: click selects it (Ctrl+click adds or removes it), drag moves the
      selected cards, double-click edits the text;
    - a stage header: drag moves the stage, drag its right edge to resize it;
      a lane title: drag moves the lane, drag its bottom edge to resize it,
      the triangle collapses or expands it;
    - the emotion band: drag a point up or down (it snaps to whole steps), or
      click where a stage has no score yet to give it one;
    - empty space: click focuses that cell, drag pans the map (so does the
      middle button anywhere); **Shift+drag** anywhere draws a rubber band that
      selects the cards it touches (Ctrl+Shift adds to the selection);
    - the wheel zooms around the pointer; Shift+wheel scrolls sideways.

    Keyboard: arrows and Tab move between cells (Up/Down also step through a
    cell's cards); Insert or Ctrl+Enter writes a new card in the focused cell,
    Enter does too when no card is selected; F2, Enter or double-click edits the
    selected card (Enter commits, Shift+Enter is a new line, Escape cancels);
    Delete removes the selected cards; Escape cancels a drag or clears the selection.
    """

    selection_changed = Signal(object)  # Selection
    zoom_changed = Signal(float)
    context_menu_requested = Signal(QPoint)  # global position; the selection is already updated
    editing_changed = Signal(bool)

    def __init__(
        self,
        document: MapDocument,
        measurer: Optional[TextMeasurer] = None,
        parent: Optional[QWidget] = None,
        options: LayoutOptions = DEFAULT_OPTIONS,
    ) -> None:
        install_map_accessibility()  # first: Qt may ask for the view's interface while it is built
        super().__init__(parent)
        self.document = document
        self.map_scene = MapScene(document, measurer, options, palette=self.palette(), parent=self, card_caching=True)
        self.setScene(self.map_scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Journey map"))
        self._gesture: Optional[Gesture] = None
        self._press: Optional[_Press] = None
        self._editor: Optional[CardEditor] = None
        self._retired: list[CardEditor] = []
        self._drop: Optional[PaletteDrop] = None
        self._last_view_pos = QPointF()
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._auto_scroll_tick)
        self._zoom_settled = QTimer(self)  # cards draw directly while zooming, cached once it stops
        self._zoom_settled.setSingleShot(True)
        self._zoom_settled.setInterval(250)
        self._zoom_settled.timeout.connect(self.map_scene.resume_card_caching)
        self.map_scene.map_selection_changed.connect(self._on_selection_changed)
        self.map_scene.geometry_changed.connect(self._update_sticky)
        document.changed.connect(self._on_document_changed)
        document.changed.connect(self._describe_again)  # after the scene: a vote or a rename is said at once
        self._describe(self.selection())

    # --- public API -------------------------------------------------------------------

    def selection(self) -> Selection:
        return self.map_scene.selection()

    def select_cards(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        self.map_scene.select_cards(ids)
        if ids and ids[0] in self.map_scene.cards:
            card = self.document.card(ids[0])
            if card is not None:
                self.map_scene.set_focus_cell((card.lane, card.stage))

    def select_all(self) -> None:
        self.map_scene.select_cards(self.map_scene.cards.keys())

    def clear_selection(self) -> None:
        self.map_scene.clear_selection()

    def focus_cell(self, lane_id: str, stage_id: str) -> None:
        """Put the keyboard focus frame on a cell (where Insert writes and Paste puts cards)."""
        self.map_scene.set_focus_cell((lane_id, stage_id))
        rect = self.map_scene.cell_scene_rect(lane_id, stage_id)
        if rect is not None:
            self._ensure_rect_visible(QRectF(rect.left(), rect.top(), rect.width(), min(rect.height(), 120.0)))

    def current_cell(self) -> Optional[tuple[str, str]]:
        return self.map_scene.focus_cell


    def delete_selection(self) -> bool:
        ids = self.map_scene.selected_card_ids()
        if not ids:
            return False
        edits.delete_cards(self.document, ids)
        return True

    def highlight_cards(self, ids: Iterable[str]) -> None:
        """Mark cards found by Find (an empty list clears the marks)."""
        self.map_scene.highlight_cards(ids)

    def ensure_visible(self, card_id: str) -> None:
        rect = self.map_scene.card_scene_rect(card_id)
        if rect is not None:
            self._ensure_rect_visible(rect)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._update_sticky()
        self._fit_pixmap_cache()

    def _fit_pixmap_cache(self) -> None:
        """Make Qt's pixmap cache (where cards keep their drawings) hold about three screens of
        this viewport: smaller, cards on screen would evict each other and be drawn twice a frame."""
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        needed = int(viewport.width() * viewport.height() * ratio * ratio * 4 * 3 / 1024)
        if QPixmapCache.cacheLimit() < needed:
            QPixmapCache.setCacheLimit(needed)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.map_scene.set_palette(self.palette())
        elif event.type() == QEvent.Type.LanguageChange:
            forget_translations()
            forget_markers()
            self.setAccessibleName(self.tr("Journey map"))
            self.map_scene.set_palette(self.palette())  # redraws every header, label and card
            self._describe(self.selection())

    def _on_selection_changed(self, selection: Selection) -> None:
        self._describe(selection)
        self.selection_changed.emit(selection)

    def _describe_again(self, _change: object = None) -> None:
        self._describe(self.selection())

    def _describe(self, selection: Selection) -> None:
        """Say what is selected for screen readers (the items themselves are the view's accessible children)."""
        journey = self.document.journey
        text = ""
        if selection.kind == "cards":
            if len(selection.ids) == 1:
                text = self.map_scene.card_description(selection.ids[0])
            else:
                text = self.tr("%n cards selected", "", len(selection.ids)).replace("%n", str(len(selection.ids)))
        elif selection.kind == "stage":
            stage = journey.stage(selection.ids[0])
            text = self.tr("Stage: %1").replace("%1", stage.name if stage else "")
        elif selection.kind == "lane":
            lane = journey.lane(selection.ids[0])
            text = self.tr("Lane: %1").replace("%1", (lane.title or lane.kind.label) if lane else "")
        elif selection.kind == "emotion":
            stage = journey.stage(selection.ids[0])
            text = self.tr("Emotion at stage %1").replace("%1", stage.name if stage else "")
        elif selection.cell is not None:
            lane, stage = journey.lane(selection.cell[0]), journey.stage(selection.cell[1])
            count = len(self.document.cards_in_cell(*selection.cell))
            text = (self.tr("Cell: %1, %2 (%3 cards)")
                    .replace("%1", (lane.title or lane.kind.label) if lane else "")
                    .replace("%2", stage.name if stage else "").replace("%3", str(count)))
        self.setAccessibleDescription(text)


__all__ = ["MapView"]
