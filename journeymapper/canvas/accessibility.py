"""What screen readers see of the map: the view's cards, stage and lane headers and emotion points.

Graphics items are not QObjects, so Qt's accessibility knows nothing of them; the
map view would be one opaque "canvas". :func:`install_map_accessibility` gives
Qt a factory whose :class:`MapViewAccessible` (the view's interface) lists the
items as children, each a lightweight :class:`CanvasItemAccessible` with a
role, name, description, state and screen rectangle read live from the scene.

Ownership, as PySide6 6.11 handles it: the interface the factory returns stays
referenced by PySide's factory until the application quits (so it holds the view
only weakly: a closed map must not stay in memory), and Qt's cache deletes its
C++ side when the view is destroyed. Child interfaces are made by Python, stay
owned by Python, and are registered in Qt's cache
(``QAccessible.registerAccessibleInterface``) so their ids are stable. A Python
object dropped while the cache holds it frees the C++ interface under the
cache's feet (the next question through the cache is a segmentation fault), so
each view's ``ChildInterfaces`` keeps its children alive and deletes them
through the cache (``deleteAccessibleInterface``) when their item goes away or
when the view is destroyed: while Python runs, not at the cache's teardown.

Children are made lazily, on the first question about them: a map of thousands
of cards costs nothing until a screen reader walks it, and then only the items
it asks about.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Optional

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from ..editor import Change
from ..editor.edits import curve_persona
from ..editor.selection import Selection
from .style import tr

if TYPE_CHECKING:
    from .view import MapView

ItemKey = tuple[str, str]
"""(kind, id): ``("stage", stage id)``, ``("lane", lane id)``, ``("emotion", stage id)`` or ``("card", card id)``."""

MAX_SELECTION_EVENTS = 50
"""Above this many cards (de)selected at once, one SelectionWithin event replaces one event per card."""

_installed = False


def install_map_accessibility() -> None:
    """Give Qt the factory that makes map views' interfaces (once per process; later calls do nothing)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(key: str, obj: QObject) -> Optional[QAccessibleInterface]:
    from .view import MapView  # here, not at the top: the view imports this module

    return MapViewAccessible(obj) if isinstance(obj, MapView) else None


def listening() -> bool:
    """Whether assistive technology is connected (one place, so tests can pretend it is)."""
    return QAccessible.isActive()


def notify(event: QAccessibleEvent) -> None:
    """Tell assistive technology about an event (one place, so tests can listen)."""
    QAccessible.updateAccessibility(event)


class _HoldsViewWeakly:
    """A weak reference to the map view: PySide's factory keeps the view's interface until the
    application quits, and a strong reference there would keep every closed map in memory."""

    _view_ref: "weakref.ref[MapView]"

    def _alive(self) -> bool:
        view = self._view_ref()
        return view is not None and shiboken6.isValid(view)

    @property
    def _view(self) -> "MapView":
        view = self._view_ref()
        if view is None or not shiboken6.isValid(view):
            raise RuntimeError("the map view is gone")
        return view


class CanvasItemAccessible(_HoldsViewWeakly, QAccessibleInterface):
    """One canvas item as a screen reader sees it; everything is read from the scene when asked."""

    def __init__(self, view: "MapView", key: ItemKey) -> None:
        super().__init__()
        self._view_ref = weakref.ref(view)
        self.key = key

    # --- tree ---

    def isValid(self) -> bool:  # noqa: N802
        return self._alive() and _exists(self._view, self.key)

    def object(self) -> Optional[QObject]:
        return None

    def window(self) -> Optional[QWindow]:
        return self._view.window().windowHandle() if self.isValid() else None

    def parent(self) -> Optional[QAccessibleInterface]:
        return QAccessible.queryAccessibleInterface(self._view) if self._alive() else None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def child(self, index: int) -> Optional[QAccessibleInterface]:
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def childAt(self, x: int, y: int) -> Optional[QAccessibleInterface]:  # noqa: N802
        return None

    # --- what it is ---

    def role(self) -> QAccessible.Role:
        return _ROLES[self.key[0]]

    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            return item_name(self._view, self.key)
        if kind == QAccessible.Text.Description:
            return item_description(self._view, self.key)
        if kind == QAccessible.Text.Value and self.key[0] == "emotion":
            value = _emotion_value(self._view, self.key[1])
            return f"{value:g}" if value is not None else ""
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        """Names come from the map; they are edited with the map's own commands (undoable)."""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        view = self._view
        state.selectable = True
        state.focusable = True
        state.selected = self.key in _selected_keys(view.selection())
        state.focused = view.hasFocus() and focus_key(view.selection()) == self.key
        state.multiSelectable = self.key[0] == "card"
        state.extSelectable = self.key[0] == "card"
        if not view.viewport().rect().intersects(_viewport_rect(view, self.key)):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        """Where the item is on screen, in global coordinates (empty once it is gone)."""
        if not self.isValid():
            return QRect()
        local = _viewport_rect(self._view, self.key)
        return QRect(self._view.viewport().mapToGlobal(local.topLeft()), local.size())


_ROLES = {
    "stage": QAccessible.Role.ColumnHeader,
    "lane": QAccessible.Role.RowHeader,
    "emotion": QAccessible.Role.Graphic,
    "card": QAccessible.Role.ListItem,
}


class MapViewAccessible(_HoldsViewWeakly, QAccessibleWidget):
    """The map view's interface: the widget's name and description, with the canvas items as children."""

    def __init__(self, view: "MapView") -> None:
        super().__init__(view, QAccessible.Role.Canvas)
        self._view_ref = weakref.ref(view)
        self._children_ref = weakref.ref(children_of(view))

    @property
    def _children(self) -> "ChildInterfaces":
        children = self._children_ref()
        if children is None or not shiboken6.isValid(children):
            raise RuntimeError("the map view is gone")
        return children

    def childCount(self) -> int:  # noqa: N802
        return len(self._children.order())

    def child(self, index: int) -> Optional[QAccessibleInterface]:
        order = self._children.order()
        return self._children.interface(order[index]) if 0 <= index < len(order) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        key = getattr(child, "key", None)
        return self._children.index(key) if key is not None else -1

    def childAt(self, x: int, y: int) -> Optional[QAccessibleInterface]:  # noqa: N802
        """The item at a global screen point (what a screen reader's mouse review asks)."""
        view = self._view
        local = view.viewport().mapFromGlobal(QPoint(x, y))
        if not view.viewport().rect().contains(local):
            return None
        key = _key_at(view, local)
        return self._children.interface(key) if key is not None and self._children.index(key) >= 0 else None

    def focusChild(self) -> Optional[QAccessibleInterface]:  # noqa: N802
        key = focus_key(self._view.selection())
        if key is None or self._children.index(key) < 0:
            return None
        return self._children.interface(key)


class ChildInterfaces(_HoldsViewWeakly, QObject):
    """A view's child interfaces: the children's order (rebuilt on the first question after a
    change), the interfaces made so far (by key, registered in Qt's cache), and the events that
    tell assistive technology about selection, focus and removed items."""

    def __init__(self, view: "MapView") -> None:
        super().__init__(view)
        self._view_ref = weakref.ref(view)
        self._order: Optional[list[ItemKey]] = None
        self._index: dict[ItemKey, int] = {}
        self._made: dict[ItemKey, tuple[CanvasItemAccessible, int]] = {}
        self._selected: set[ItemKey] = set()
        self._focus: Optional[ItemKey] = None
        view.document.changed.connect(self._on_document_changed)
        view.map_scene.map_selection_changed.connect(self._on_selection_changed)
        view.destroyed.connect(self._release_all)

    def order(self) -> list[ItemKey]:
        if self._order is None:
            self._order = _item_keys(self._view)
            self._index = {key: i for i, key in enumerate(self._order)}
        return self._order

    def index(self, key: ItemKey) -> int:
        self.order()
        return self._index.get(key, -1)

    def interface(self, key: ItemKey) -> CanvasItemAccessible:
        """The item's interface, made (and registered with Qt's cache) the first time it is asked for."""
        made = self._made.get(key)
        if made is None:
            interface = CanvasItemAccessible(self._view, key)
            made = self._made[key] = (interface, QAccessible.registerAccessibleInterface(interface))
        return made[0]

    def made(self) -> list[ItemKey]:
        """The keys whose interfaces exist (for tests: children are made only when asked for)."""
        return list(self._made)

    # --- keeping up ---

    def _on_document_changed(self, change: Change) -> None:
        """Forget the order; delete the interfaces of items that are gone; tell what changed."""
        self._order = None
        if not self._made:
            return
        view = self._view
        gone = [key for key in self._made if not _exists(view, key)]
        for key in gone:
            interface, unique_id = self._made.pop(key)
            notify(QAccessibleEvent(interface, QAccessible.Event.ObjectDestroyed))
            QAccessible.deleteAccessibleInterface(unique_id)
        for card_id in change.cards:
            made = self._made.get(("card", card_id))
            if made is not None:
                notify(QAccessibleEvent(made[0], QAccessible.Event.NameChanged))
                notify(QAccessibleEvent(made[0], QAccessible.Event.DescriptionChanged))
        if gone or change.cells or change.frame or change.everything:
            notify(QAccessibleEvent(QAccessible.queryAccessibleInterface(view), QAccessible.Event.ObjectReorder))

    def _on_selection_changed(self, selection: Selection) -> None:
        """Selection events for the items (de)selected, and a Focus event for the item the keyboard is on
        (the view's own when the keyboard leaves the items for a cell)."""
        selected = _selected_keys(selection)
        focus = focus_key(selection)
        added, removed = selected - self._selected, self._selected - selected
        old_focus, self._selected, self._focus = self._focus, selected, focus
        if not listening():
            return  # nobody listens: make no interfaces just to tell nobody
        view_interface = QAccessible.queryAccessibleInterface(self._view)
        if len(added) + len(removed) > MAX_SELECTION_EVENTS:
            notify(QAccessibleEvent(view_interface, QAccessible.Event.SelectionWithin))
        else:
            for key in sorted(added):
                if self.index(key) >= 0:
                    notify(QAccessibleEvent(self.interface(key), QAccessible.Event.SelectionAdd))
            for key in sorted(removed):
                if key in self._made:
                    notify(QAccessibleEvent(self._made[key][0], QAccessible.Event.SelectionRemove))
        if focus == old_focus or not self._view.hasFocus():
            return
        if focus is not None and self.index(focus) >= 0:
            notify(QAccessibleEvent(self.interface(focus), QAccessible.Event.Focus))
        else:  # back on a cell (or nothing): the view itself has the focus again
            notify(QAccessibleEvent(view_interface, QAccessible.Event.Focus))

    def _release_all(self, _obj: object = None) -> None:
        """The view is going: delete its children from Qt's cache now, while Python runs."""
        made, self._made = self._made, {}
        for _interface, unique_id in made.values():
            QAccessible.deleteAccessibleInterface(unique_id)


def children_of(view: "MapView") -> ChildInterfaces:
    """The view's child interfaces (one ``ChildInterfaces`` per view, a child QObject of it)."""
    children = view.findChild(ChildInterfaces)
    return children if children is not None else ChildInterfaces(view)


# --- what the items are, read from the view's scene and document ---------------------


def _item_keys(view: "MapView") -> list[ItemKey]:
    """The children in reading order: stage headers, lane headers, emotion points, then the cards
    shown in map order (stage, lane, order in the cell)."""
    scene = view.map_scene
    journey = view.document.journey
    keys: list[ItemKey] = [("stage", s.id) for s in journey.stages if s.id in scene.stage_headers]
    keys += [("lane", lane.id) for lane in journey.lanes if lane.id in scene.lane_headers]
    keys += [("emotion", stage_id) for stage_id in _scored_stages(view)]
    keys += [("card", card_id) for card_id in scene.ordered_cards(scene.cards)]
    return keys


def _scored_stages(view: "MapView") -> list[str]:
    primary = view.map_scene.curve.primary if view.map_scene.curve.isVisible() else None
    if primary is None:
        return []
    columns = view.map_scene.frame.columns
    return [column.stage_id for column, point in zip(columns, primary.points) if point is not None]


def _exists(view: "MapView", key: ItemKey) -> bool:
    kind, item_id = key
    scene = view.map_scene
    if kind == "card":
        return item_id in scene.cards
    if kind == "stage":
        return item_id in scene.stage_headers
    if kind == "lane":
        return item_id in scene.lane_headers
    return item_id in _scored_stages(view)


def _selected_keys(selection: Selection) -> set[ItemKey]:
    kind = {"cards": "card", "stage": "stage", "lane": "lane", "emotion": "emotion"}.get(selection.kind)
    return {(kind, item_id) for item_id in selection.ids} if kind else set()


def focus_key(selection: Selection) -> Optional[ItemKey]:
    """The item the keyboard is on: the first selected item (a card, header or emotion point)."""
    keys = {"cards": "card", "stage": "stage", "lane": "lane", "emotion": "emotion"}
    kind = keys.get(selection.kind)
    return (kind, selection.ids[0]) if kind and selection.ids else None


def item_name(view: "MapView", key: ItemKey) -> str:
    kind, item_id = key
    journey = view.document.journey
    if kind == "card":
        card = view.document.card(item_id)
        return " ".join(card.text.split())[:500] if card is not None else ""
    if kind == "lane":
        lane = journey.lane(item_id)
        return (lane.title or lane.kind.label) if lane is not None else ""
    stage = journey.stage(item_id)
    name = stage.name if stage is not None else ""
    return name if kind == "stage" else tr("Emotion at stage %1").replace("%1", name)


def item_description(view: "MapView", key: ItemKey) -> str:
    """Where the item is and what it carries: a card's lane, stage, votes, actions, channel and
    drill-down; a header's goal, card count and drill-down; an emotion point's score."""
    kind, item_id = key
    journey = view.document.journey
    if kind == "card":
        text = view.map_scene.card_description(item_id)
        card = view.document.card(item_id)
        if card is not None and card.drilldown:
            text += ", " + tr("opens a detail map")
        return text
    if kind == "stage":
        stage = journey.stage(item_id)
        if stage is None:
            return ""
        parts = [tr("Stage %1 of %2").replace("%1", str(journey.stages.index(stage) + 1))
                 .replace("%2", str(len(journey.stages)))]
        if stage.goal:
            parts.append(tr("goal: %1").replace("%1", " ".join(stage.goal.split())))
        count = sum(1 for card in journey.cards if card.stage == item_id)
        parts.append(tr("%1 cards").replace("%1", str(count)) if count != 1 else tr("1 card"))
        if stage.drilldown:
            parts.append(tr("opens a detail map"))
        return ", ".join(parts)
    if kind == "lane":
        lane = journey.lane(item_id)
        if lane is None:
            return ""
        parts = [tr("Lane %1 of %2").replace("%1", str(journey.lanes.index(lane) + 1))
                 .replace("%2", str(len(journey.lanes))), tr("kind: %1").replace("%1", lane.kind.label)]
        count = sum(1 for card in journey.cards if card.lane == item_id)
        parts.append(tr("%1 cards").replace("%1", str(count)) if count != 1 else tr("1 card"))
        if lane.collapsed:
            parts.append(tr("collapsed"))
        return ", ".join(parts)
    value = _emotion_value(view, item_id)
    scale = journey.emotion_scale
    if value is None:
        return ""
    return (tr("Score %1 on a scale from %2 to %3").replace("%1", f"{value:g}")
            .replace("%2", str(scale.minimum)).replace("%3", str(scale.maximum)))


def _emotion_value(view: "MapView", stage_id: str) -> Optional[float]:
    persona = curve_persona(view.document)
    journey = view.document.journey
    return next((e.value for e in journey.emotions if e.stage == stage_id and e.card is None
                 and e.persona == persona), None)


def _scene_rect(view: "MapView", key: ItemKey) -> QRectF:
    kind, item_id = key
    scene = view.map_scene
    if kind == "card":
        return scene.card_scene_rect(item_id) or QRectF()
    if kind in ("stage", "lane"):
        headers = scene.stage_headers if kind == "stage" else scene.lane_headers
        header = headers.get(item_id)
        return header.sceneBoundingRect() if header is not None else QRectF()
    primary = scene.curve.primary
    columns = scene.frame.columns
    for column, point in zip(columns, primary.points if primary is not None else ()):
        if column.stage_id == item_id and point is not None:
            radius = scene.curve.HANDLE_RADIUS
            return QRectF(point[0] - radius, point[1] - radius, 2 * radius, 2 * radius)
    return QRectF()


def _viewport_rect(view: "MapView", key: ItemKey) -> QRect:
    rect = _scene_rect(view, key)
    return view.mapFromScene(rect).boundingRect() if not rect.isNull() else QRect()


def _key_at(view: "MapView", viewport_point: QPoint) -> Optional[ItemKey]:
    hit = view.map_scene.hit(view.mapToScene(viewport_point))
    if hit.region == "card" and hit.card_id:
        return ("card", hit.card_id)
    if hit.region == "stage_header" and hit.stage_id:
        return ("stage", hit.stage_id)
    if hit.region == "lane_header" and hit.lane_id:
        return ("lane", hit.lane_id)
    if hit.region == "curve" and hit.stage_id:
        key = ("emotion", hit.stage_id)
        return key if _exists(view, key) else None
    return None


__all__ = ["CanvasItemAccessible", "MapViewAccessible", "children_of", "install_map_accessibility", "listening", "notify"]
