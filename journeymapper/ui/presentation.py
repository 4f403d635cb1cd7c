"""Presentation mode: the map full screen on a projector, walked through stage by stage.

A room reads the map from metres away, so everything but the map goes (menus,
panels, tabs, status bar), the canvas switches to a high-contrast palette, and
each step zooms on one stage with the others dimmed. The keys are the ones a
presentation clicker sends: Right/Page Down for the next stage, Left/Page Up for
the previous one (before the first stage: the whole map, fitted), Home/End,
Escape to leave. Up/Down, number keys and voting keys still reach the canvas,
and the capture bar still works: the focused cell follows the stage shown, so
what the room says lands in the stage on screen.

Leaving restores the window exactly as it was: geometry and window state, docks
and toolbars, menu and status bars, tab bar, the view's zoom, scroll and palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QPainterPath, QPalette
from PySide6.QtWidgets import QDockWidget, QGraphicsPathItem, QLabel, QMainWindow, QToolBar

from .actions import menu_actions

READABLE_LINES = 45
"""A stage is never zoomed out so far that card text is smaller than 1/45 of the screen's
height (24 px on a 1080p projector): a tall map is walked down with Up/Down instead of
shrunk below what the back of the room can read."""

DIM_Z = 10.0  # above cards and the curve, below the pinned headers

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}
_OWN = _NEXT | _PREVIOUS | {Qt.Key.Key_Escape, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_F5}


def tr(text: str) -> str:
    return QCoreApplication.translate("presentation", text)


def presentation_palette(base: QPalette) -> QPalette:
    """Black on white with a strong blue highlight: what survives a washed-out projector."""
    palette = QPalette(base)
    for role, colour in (
        (QPalette.ColorRole.Base, "#FFFFFF"), (QPalette.ColorRole.Window, "#FFFFFF"),
        (QPalette.ColorRole.Text, "#000000"), (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Highlight, "#0047AB"), (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@dataclass
class _Saved:
    """What entering presentation mode changed, to put back on leaving."""

    geometry: QRect
    state: QByteArray
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    tab_bar: bool
    docks: list[QDockWidget]
    toolbars: list[QToolBar]
    zoom: float
    scroll: tuple[int, int]
    palette: Optional[QPalette]
    scroll_policies: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]
    lent: list[QAction]
    """Menu actions added to the window while the menu bar is hidden (a hidden menu bar's
    shortcuts do not fire, and Ctrl+Z must keep working on the projector)."""


class PresentationController(QObject):
    """Enters and leaves presentation mode on a main window showing ``view``."""

    entered = Signal(object)  # the view
    left = Signal()
    stage_changed = Signal(int)  # -1: the whole map

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: Optional[Any] = None
        self.index = -1
        self._saved: Optional[_Saved] = None
        self._dim: Optional[QGraphicsPathItem] = None
        self.caption = QLabel()
        self.caption.setObjectName("presentation_caption")
        self.caption.setAccessibleName(tr("Current stage"))
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.caption.setStyleSheet("background: rgba(0, 0, 0, 200); color: white; font-size: 30px;"
                                   " font-weight: bold; border-radius: 10px; padding: 6px 20px;")
        self.caption.hide()

    @property
    def active(self) -> bool:
        return self._saved is not None

    # --- entering and leaving -------------------------------------------------------------

    def toggle(self, view: Optional[Any]) -> None:
        self.leave() if self.active else self.enter(view)

    def enter(self, view: Optional[Any]) -> None:
        if self.active or view is None:
            return
        window = self.window
        tabs = getattr(window, "tabs", None)
        self._saved = _Saved(
            geometry=window.geometry(), state=window.saveState(), window_state=window.windowState(),
            menu_bar=window.menuBar().isVisible(), status_bar=window.statusBar().isVisible(),
            tab_bar=tabs.tabBar().isVisible() if tabs is not None else False,
            docks=[d for d in window.findChildren(QDockWidget) if d.isVisible()],
            toolbars=[t for t in window.findChildren(QToolBar) if t.isVisible()],
            zoom=view.zoom_factor(),
            scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            palette=QPalette(view.palette()) if view.testAttribute(Qt.WidgetAttribute.WA_SetPalette) else None,
            scroll_policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
            lent=[],
        )
        own = set(window.actions())
        for menu_action in window.menuBar().actions():
            if menu_action.menu() is not None:
                self._saved.lent += [a for a in menu_actions(menu_action.menu()) if a.shortcuts() and a not in own]
        window.addActions(self._saved.lent)
        self.view = view
        for widget in self._saved.docks + self._saved.toolbars:
            widget.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        if tabs is not None:
            tabs.tabBar().hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setPalette(presentation_palette(view.palette()))
        window.showFullScreen()
        view.installEventFilter(self)  # keys
        view.viewport().installEventFilter(self)  # its size (the view's own Resize comes before the viewport's)
        view.document.changed.connect(self._document_changed)
        self.caption.setParent(view)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entered.emit(view)
        self.show_stage(-1)

    def leave(self) -> None:
        saved, view = self._saved, self.view
        if saved is None:
            return
        self._saved = None
        self.view = None
        window = self.window
        for action in saved.lent:
            window.removeAction(action)
        self._remove_dim()
        self.caption.hide()
        self.caption.setParent(None)
        if view is not None and shiboken6.isValid(view):
            view.removeEventFilter(self)
            view.viewport().removeEventFilter(self)
            try:
                view.document.changed.disconnect(self._document_changed)
            except (RuntimeError, TypeError):
                pass
            view.setSceneRect(QRectF())  # back to the scene's own rect
            view.setPalette(saved.palette if saved.palette is not None else QPalette())
            if saved.palette is None:
                view.setAttribute(Qt.WidgetAttribute.WA_SetPalette, False)
            view.setHorizontalScrollBarPolicy(saved.scroll_policies[0])
            view.setVerticalScrollBarPolicy(saved.scroll_policies[1])
        if saved.window_state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        elif not saved.window_state & Qt.WindowState.WindowFullScreen:
            window.showNormal()
            window.setGeometry(saved.geometry)  # not restoreGeometry: it would squeeze the window onto the screen
        window.restoreState(saved.state)
        window.menuBar().setVisible(saved.menu_bar)
        window.statusBar().setVisible(saved.status_bar)
        tabs = getattr(window, "tabs", None)
        if tabs is not None:
            tabs.tabBar().setVisible(saved.tab_bar)
        for widget in saved.docks + saved.toolbars:
            widget.show()
        if view is not None and shiboken6.isValid(view):
            view.set_zoom(saved.zoom)
            view.horizontalScrollBar().setValue(saved.scroll[0])
            view.verticalScrollBar().setValue(saved.scroll[1])
            view.setFocus()
        self.left.emit()

    # --- stepping --------------------------------------------------------------------------

    def stage_count(self) -> int:
        return len(self.view.document.journey.stages) if self.view is not None else 0

    def step(self, delta: int) -> None:
        self.show_stage(max(-1, min(self.stage_count() - 1, self.index + delta)))

    def show_stage(self, index: int) -> None:
        """Zoom on stage ``index`` (0-based), or fit the whole map for -1."""
        view = self.view
        if view is None:
            return
        self.index = index = max(-1, min(self.stage_count() - 1, index))
        scene = view.map_scene
        if index < 0:
            self._fit_whole()
            self._remove_dim()
            self._set_caption(view.document.journey.title or tr("Journey map"))
        else:
            column = scene.frame.columns[index]
            self._zoom_on(column.x, column.width)
            self._dim_others(column.x, column.width)
            stage = view.document.journey.stages[index]
            self._set_caption(tr("%1 / %2").replace("%1", str(index + 1)).replace("%2", str(self.stage_count())))
            self.caption.setAccessibleDescription(stage.name)
            self._follow_focus(stage.id)
        self.stage_changed.emit(index)

    def _fit_whole(self) -> None:
        """The whole map, centred, with room above and below for the title and the timer."""
        view = self.view
        rect = view.map_scene.map_rect()
        viewport = view.viewport().rect()
        room = min(160.0, viewport.height() * 0.25)
        zoom = min((viewport.width() - 48) / max(1.0, rect.width()), (viewport.height() - room) / max(1.0, rect.height()))
        zoom = max(view.MIN_ZOOM, min(view.MAX_ZOOM, zoom))
        width, height = viewport.width() / zoom, viewport.height() / zoom
        left, top = rect.center().x() - width / 2, rect.center().y() - height / 2
        view.setSceneRect(QRectF(left, top, width, height))
        view.set_zoom(zoom, QPointF(0.0, 0.0))
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())

    def _zoom_on(self, x: float, width: float) -> None:
        """Fit the lane headers and one column in the viewport (tall maps: not below
        ``READABLE_LINES``), the column just right of the pinned lane headers, top aligned."""
        view = self.view
        scene = view.map_scene
        header = scene.options.lane_header_width
        viewport = view.viewport().rect()
        margin = 12.0
        fit_width = viewport.width() / (header + width + margin)
        fit_height = viewport.height() / max(1.0, scene.frame.height + margin)
        readable = viewport.height() / READABLE_LINES / scene.options.card_font_size
        zoom = min(fit_width, max(fit_height, readable))
        zoom = max(view.MIN_ZOOM, min(view.MAX_ZOOM, zoom))
        frame = scene.map_rect()
        # room to scroll the last stage to the left edge, whatever the zoom
        view.setSceneRect(QRectF(0.0, 0.0, frame.width() + viewport.width() / zoom, frame.height() + viewport.height() / zoom))
        view.set_zoom(zoom, QPointF(0.0, 0.0))
        left = x - header
        view.horizontalScrollBar().setValue(round(left * view.zoom_factor()))
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())

    def _follow_focus(self, stage_id: str) -> None:
        """The focused cell moves to the stage shown (same lane), so capture and number keys aim there."""
        view = self.view
        journey = view.document.journey
        cell = view.current_cell()
        lanes = [lane.id for lane in journey.lanes if not lane.collapsed]
        if not lanes:
            return
        lane_id = cell[0] if cell is not None and cell[0] in lanes else next(
            (lane.id for lane in journey.lanes if lane.kind.value == "touchpoints" and not lane.collapsed), lanes[0])
        view.map_scene.set_focus_cell((lane_id, stage_id))

    def _dim_others(self, x: float, width: float) -> None:
        scene = self.view.map_scene
        if self._dim is None or self._dim.scene() is not scene:
            self._dim = QGraphicsPathItem()
            self._dim.setZValue(DIM_Z)
            self._dim.setPen(Qt.PenStyle.NoPen)
            self._dim.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(self._dim)
        background = QColor(scene.style.background)
        background.setAlpha(185)
        self._dim.setBrush(QBrush(background))
        path = QPainterPath()
        path.addRect(scene.map_rect())
        spot = QPainterPath()
        spot.addRect(QRectF(x, 0.0, width, scene.frame.height))
        self._dim.setPath(path.subtracted(spot))

    def _remove_dim(self) -> None:
        dim, self._dim = self._dim, None
        if dim is not None and shiboken6.isValid(dim) and dim.scene() is not None:
            dim.scene().removeItem(dim)

    def _set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.adjustSize()
        self.caption.show()
        self.caption.raise_()
        self._place_overlays()

    def _place_overlays(self) -> None:
        view = self.view
        if view is None:
            return
        caption = self.caption
        timers = view.findChildren(QLabel, "timer_overlay")
        for overlay in timers:
            overlay.adjustSize()
            overlay.raise_()
        if self.index >= 0:  # on a stage: both in the corner above the lane headers, which is empty
            caption.move(12, 12)
            for overlay in timers:
                overlay.move(12, caption.y() + caption.height() + 10)
        else:  # the whole map: title under it, timer above it, on the empty margins
            caption.move((view.width() - caption.width()) // 2, view.height() - caption.height() - 16)
            for overlay in timers:
                overlay.move(view.width() - overlay.width() - 16, 16)

    def _document_changed(self, _change: object) -> None:
        """Stages added, removed or resized while presenting: keep showing the same step."""
        if self.view is not None and self.index >= self.stage_count():
            self.show_stage(self.stage_count() - 1)
        elif self.view is not None and self.index >= 0:
            column = self.view.map_scene.frame.columns[self.index]
            self._dim_others(column.x, column.width)

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Resize:
            if self.view is not None and watched is self.view.viewport():
                self.show_stage(self.index)  # full screen arrives after entering, on some platforms
            else:
                self._place_overlays()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and self._handles(event):
            if kind == QEvent.Type.KeyPress:
                self._key(event.key())
            event.accept()
            return True
        return False

    def _handles(self, event: Any) -> bool:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if self.view is not None and self.view.is_editing():
            return False  # the in-place editor's keys
        return event.key() in _OWN

    def _key(self, key: int) -> None:
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.leave()
        elif key in _NEXT:
            self.step(1)
        elif key in _PREVIOUS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.show_stage(-1)
        elif key == Qt.Key.Key_End:
            self.show_stage(self.stage_count() - 1)
