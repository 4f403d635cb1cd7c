"""Shared pieces of the canvas tests (no tests here): a small map, a shown view, real mouse events."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from journeymapper.model import Card, Channel, EmotionScore, JourneyMap, Lane, LaneKind, Persona, Stage

STAGES = ("s-aware", "s-buy", "s-use")
LANES = ("l-touch", "l-do", "l-feel", "l-pain")


def small_map() -> JourneyMap:
    """Three stages, four lanes (one of them emotions), a few cards, a persona with scores."""
    stages = [Stage(id=sid, name=name, goal=f"Goal of {name}") for sid, name in zip(STAGES, ("Aware", "Buy", "Use"))]
    lanes = [
        Lane(id="l-touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="l-do", kind=LaneKind.CUSTOMER_ACTIONS, title="Does"),
        Lane(id="l-feel", kind=LaneKind.EMOTIONS, title="Feels"),
        Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
    ]
    cards = [
        Card(id="c1", lane="l-touch", stage="s-aware", order=0, text="Sees an advert", channel=Channel.WEB),
        Card(id="c2", lane="l-touch", stage="s-aware", order=1, text="Reads reviews on a comparison site"),
        Card(id="c3", lane="l-touch", stage="s-buy", order=0, text="Online shop", votes=3),
        Card(id="c4", lane="l-do", stage="s-aware", order=0, text="Asks a friend"),
        Card(id="c5", lane="l-do", stage="s-use", order=0, text="Sets it up"),
        Card(id="c6", lane="l-pain", stage="s-buy", order=0, text="Delivery takes a week"),
    ]
    persona = Persona(id="p-1", name="Maya")
    emotions = [
        EmotionScore(stage="s-aware", persona="p-1", value=1, label="Curious"),
        EmotionScore(stage="s-buy", persona="p-1", value=0),
        EmotionScore(stage="s-use", persona="p-1", value=-1, label="Annoyed"),
    ]
    return JourneyMap(id="map-test", title="Test map", stages=stages, lanes=lanes, cards=cards,
                      personas=[persona], emotions=emotions, visibility_line_after="l-do")


def view_point(view, scene_point: QPointF) -> QPointF:  # noqa: ANN001
    return QPointF(view.mapFromScene(scene_point))


def send_mouse(view, kind: QEvent.Type, scene_point: QPointF, button: Qt.MouseButton,  # noqa: ANN001
               buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    local = view_point(view, scene_point)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def press(view, point: QPointF, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    send_mouse(view, QEvent.Type.MouseButtonPress, point, button, button, modifiers)


def release(view, point: QPointF, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    send_mouse(view, QEvent.Type.MouseButtonRelease, point, button, Qt.MouseButton.NoButton, modifiers)


def move(view, point: QPointF, buttons=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    send_mouse(view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, buttons, modifiers)


def click(view, point: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    press(view, point, modifiers=modifiers)
    release(view, point, modifiers=modifiers)


def double_click(view, point: QPointF) -> None:  # noqa: ANN001
    click(view, point)
    send_mouse(view, QEvent.Type.MouseButtonDblClick, point, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
    release(view, point)


def drag(view, start: QPointF, end: QPointF, steps: int = 5, modifiers=Qt.KeyboardModifier.NoModifier,  # noqa: ANN001
         button=Qt.MouseButton.LeftButton, release_at_end: bool = True) -> None:
    """Press at ``start``, move in ``steps`` to ``end`` with the button held, release there (scene points)."""
    press(view, start, button, modifiers)
    for step in range(1, steps + 1):
        t = step / steps
        point = QPointF(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t)
        move(view, point, button, modifiers)
    if release_at_end:
        release(view, end, button, modifiers)


def wheel(view, scene_point: QPointF, delta_y: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    viewport = view.viewport()
    local = view_point(view, scene_point)
    event = QWheelEvent(local, QPointF(viewport.mapToGlobal(local.toPoint())), QPoint(), QPoint(0, delta_y),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def card_centre(view, card_id: str, dx: float = 0.0, dy: float = 0.0) -> QPointF:  # noqa: ANN001
    rect = view.map_scene.card_scene_rect(card_id)
    return QPointF(rect.center().x() + dx, rect.center().y() + dy)


def cell_point(view, lane_id: str, stage_id: str, below_cards: bool = True, y: Optional[float] = None) -> QPointF:  # noqa: ANN001
    """A point in a cell's free space (below its cards)."""
    scene = view.map_scene
    rect = scene.frame.cards_rect(lane_id, stage_id)
    layout = scene.cell_layout(lane_id, stage_id)
    if y is None:
        top = rect.y + (layout.cards[-1].rect.bottom + 4 if layout and layout.cards else 4)
        y = (top + rect.bottom) / 2 if below_cards else rect.y + 4
    return QPointF(rect.x + rect.width / 2, y)
