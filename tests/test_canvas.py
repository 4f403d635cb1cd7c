"""The canvas driven with real mouse and keyboard events: drags, editing in place, keyboard capture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

import journeymapper.editor.document as document_module
from journeymapper.canvas import MapView
from journeymapper.editor import MapDocument, edits
from test_canvas_support import (
    card_centre,
    cell_point,
    click,
    double_click,
    drag,
    move,
    press,
    release,
    small_map,
    wheel,
)


@pytest.fixture(autouse=True)
def check_every_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEYMAPPER_CHECK_EDITS", "1")
    monkeypatch.setattr(document_module, "CHECK_EVERY_EDIT", True)


@pytest.fixture
def document():  # noqa: ANN201
    document = MapDocument(small_map())
    yield document
    document.undo_stack.clear()  # while the document is alive (its clean-state signal needs it)


@pytest.fixture
def view(qtbot, document: MapDocument) -> MapView:  # noqa: ANN001
    view = MapView(document)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    return view


def cell_ids(document: MapDocument, lane: str, stage: str) -> list[str]:
    return [c.id for c in document.cards_in_cell(lane, stage)]


# --- dragging cards ----------------------------------------------------------------------------


def test_drag_a_card_to_another_cell_and_undo(view: MapView, document: MapDocument) -> None:
    item = view.map_scene.cards["c1"]
    drag(view, card_centre(view, "c1"), cell_point(view, "l-do", "s-use"))
    card = document.card("c1")
    assert (card.lane, card.stage) == ("l-do", "s-use")
    assert cell_ids(document, "l-do", "s-use") == ["c5", "c1"]
    assert cell_ids(document, "l-touch", "s-aware") == ["c2"]
    assert view.map_scene.cards["c1"] is item, "the item moves with its card, it is not made again"
    assert item.parentItem() is view.map_scene.cells[("l-do", "s-use")].layer
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    card = document.card("c1")
    assert (card.lane, card.stage) == ("l-touch", "s-aware")
    assert cell_ids(document, "l-touch", "s-aware") == ["c1", "c2"]
    assert view.map_scene.cards["c1"].parentItem() is view.map_scene.cells[("l-touch", "s-aware")].layer


def test_drag_within_a_cell_reorders(view: MapView, document: MapDocument) -> None:
    below_c2 = cell_point(view, "l-touch", "s-aware")
    drag(view, card_centre(view, "c1"), below_c2)
    assert cell_ids(document, "l-touch", "s-aware") == ["c2", "c1"]


def test_drop_indicator_shows_during_a_drag_and_escape_cancels(qtbot, view: MapView, document: MapDocument) -> None:  # noqa: ANN001
    drag(view, card_centre(view, "c4"), cell_point(view, "l-pain", "s-use"), release_at_end=False)
    indicator = view.map_scene.drop_indicator
    assert indicator.isVisible()
    line = indicator.line()
    cell = view.map_scene.frame.cards_rect("l-pain", "s-use")
    assert cell.x <= line.x1() < line.x2() <= cell.right
    assert cell.y <= line.y1() <= cell.bottom
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not indicator.isVisible()
    release(view, cell_point(view, "l-pain", "s-use"))
    assert document.card("c4").lane == "l-do"
    assert document.undo_stack.count() == 0


def test_move_several_selected_cards_in_one_step(view: MapView, document: MapDocument) -> None:
    click(view, card_centre(view, "c1"))
    click(view, card_centre(view, "c4"), Qt.KeyboardModifier.ControlModifier)
    click(view, card_centre(view, "c3"), Qt.KeyboardModifier.ControlModifier)
    assert view.selection().kind == "cards"
    assert set(view.selection().ids) == {"c1", "c3", "c4"}
    drag(view, card_centre(view, "c4"), cell_point(view, "l-pain", "s-use"))
    assert cell_ids(document, "l-pain", "s-use") == ["c1", "c4", "c3"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert cell_ids(document, "l-pain", "s-use") == []
    assert cell_ids(document, "l-touch", "s-aware") == ["c1", "c2"]
    assert cell_ids(document, "l-do", "s-aware") == ["c4"]


def test_rubber_band_selects_the_cards_it_touches(view: MapView) -> None:
    scene = view.map_scene
    r1, r4 = scene.card_scene_rect("c1"), scene.card_scene_rect("c4")
    start = QPointF(r1.left() - 4, r1.top() - 4)
    end = QPointF(r4.left() + 20, r4.top() + 10)
    drag(view, start, end, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert set(view.selection().ids) == {"c1", "c2", "c4"}


def test_dragging_the_background_pans(view: MapView) -> None:
    view.set_zoom(3.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(200)
    v.setValue(200)
    start = cell_point(view, "l-do", "s-buy")
    press(view, start)
    # move in viewport terms: the scene moves under the pointer while panning
    from test_canvas_support import send_mouse  # noqa: PLC0415
    from PySide6.QtCore import QEvent  # noqa: PLC0415

    target = view.mapToScene(view.mapFromScene(start) + QPointF(-60, -40).toPoint())
    send_mouse(view, QEvent.Type.MouseMove, target, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
    assert (h.value(), v.value()) == (260, 240)
    release(view, target)
    assert view.selection().kind == "none"


# --- stages, lanes, the emotion curve ----------------------------------------------------------------


def test_reorder_a_stage_by_dragging_its_header(view: MapView, document: MapDocument) -> None:
    frame = view.map_scene.frame
    header = frame.column("s-aware").header
    start = QPointF(header.x + 60, header.y + 40)
    end = QPointF(frame.column("s-use").center_x + 30, header.y + 40)
    drag(view, start, end)
    assert [s.id for s in document.journey.stages] == ["s-buy", "s-use", "s-aware"]
    assert document.undo_stack.count() == 1
    header_item = view.map_scene.stage_headers["s-aware"]
    assert header_item.x() == view.map_scene.frame.column("s-aware").x
    document.undo_stack.undo()
    assert [s.id for s in document.journey.stages] == list(("s-aware", "s-buy", "s-use"))


def test_reorder_a_lane_by_dragging_its_title(view: MapView, document: MapDocument) -> None:
    frame = view.map_scene.frame
    row = frame.row("l-pain")
    start = QPointF(40, row.y + 15)
    end = QPointF(40, frame.row("l-touch").y + 5)
    drag(view, start, end)
    assert [lane.id for lane in document.journey.lanes] == ["l-pain", "l-touch", "l-do", "l-feel"]
    assert document.undo_stack.count() == 1
    cell = view.map_scene.cells[("l-pain", "s-buy")]
    assert cell.y() == view.map_scene.frame.cards_rect("l-pain", "s-buy").y


def test_drag_an_emotion_point_up_one_step(view: MapView, document: MapDocument) -> None:
    curve = view.map_scene.frame.curves[0]
    index = view.map_scene.frame.column("s-buy").index
    point = QPointF(*curve.points[index])
    step = curve.scale_lines[0][1] - curve.scale_lines[1][1]  # y of +2 minus y of +1 (negative)
    drag(view, point, QPointF(point.x(), point.y() + step * 1.2))  # a little over one step: snaps to one
    score = edits.score_for(document, "s-buy", "p-1")
    assert score.value == 1
    assert document.undo_stack.count() == 1
    assert view.selection().kind == "emotion" and view.selection().ids == ("s-buy",)


def test_resize_a_stage_by_dragging_its_headers_right_edge(view: MapView, document: MapDocument) -> None:
    column = view.map_scene.frame.column("s-aware")
    start = QPointF(column.right - 2, 40)
    drag(view, start, QPointF(column.right + 78, 40))
    assert document.journey.stage("s-aware").width == pytest.approx(column.width + 80, abs=1)
    assert view.map_scene.frame.column("s-buy").x == pytest.approx(column.right + 80, abs=1)
    assert document.undo_stack.count() == 1


def test_resize_a_lane_and_collapse_it(view: MapView, document: MapDocument) -> None:
    row = view.map_scene.frame.row("l-do")
    drag(view, QPointF(60, row.bottom - 2), QPointF(60, row.bottom + 100))
    assert document.journey.lane("l-do").height == pytest.approx(row.height + 102, abs=1)
    header = view.map_scene.lane_headers["l-pain"]
    toggle = header.mapToScene(header.toggle_rect().center())
    click(view, toggle)
    assert document.journey.lane("l-pain").collapsed
    assert "c6" not in view.map_scene.cards
    document.undo_stack.undo()
    assert "c6" in view.map_scene.cards


# --- editing in place and the keyboard -----------------------------------------------------------------


def test_edit_a_card_in_place(qtbot, view: MapView, document: MapDocument) -> None:  # noqa: ANN001
    double_click(view, card_centre(view, "c3"))
    assert view.is_editing()
    assert view.map_scene.cards["c3"].editing
    QTest.keyClicks(view, " and app")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.is_editing()
    assert document.card("c3").text == "Online shop and app"
    assert document.undo_stack.count() == 1


def test_escape_cancels_an_edit(view: MapView, document: MapDocument) -> None:
    click(view, card_centre(view, "c2"))
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.is_editing()
    QTest.keyClicks(view, "changed")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.is_editing()
    assert document.card("c2").text == "Reads reviews on a comparison site"
    assert document.undo_stack.count() == 0


def test_shift_enter_makes_a_new_line(view: MapView, document: MapDocument) -> None:
    click(view, card_centre(view, "c5"))
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(view, "then uses it")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert document.card("c5").text == "Sets it up\nthen uses it"


def test_capture_five_cards_with_the_keyboard_alone(view: MapView, document: MapDocument) -> None:
    QTest.keyClick(view, Qt.Key.Key_Right)  # focus the first cell, then the next one across
    assert view.current_cell() == ("l-touch", "s-buy")
    QTest.keyClick(view, Qt.Key.Key_Down)  # onto the cell's first card
    QTest.keyClick(view, Qt.Key.Key_Down)  # past it: the cell below
    assert view.current_cell() == ("l-do", "s-buy")
    texts = ["First idea", "Second idea", "Third", "Fourth", "Fifth"]
    for text in texts:
        QTest.keyClick(view, Qt.Key.Key_Insert)
        assert view.is_editing()
        QTest.keyClicks(view, text)
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert [c.text for c in document.cards_in_cell("l-do", "s-buy")] == texts
    assert document.undo_stack.count() == 5
    assert all(c.id in view.map_scene.cards for c in document.cards_in_cell("l-do", "s-buy"))
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.current_cell() == ("l-do", "s-use")


def test_enter_on_an_empty_focused_cell_writes_a_card_and_delete_removes_it(view: MapView, document: MapDocument) -> None:
    click(view, cell_point(view, "l-pain", "s-aware"))
    assert view.current_cell() == ("l-pain", "s-aware")
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClicks(view, "Slow site")
    QTest.keyClick(view, Qt.Key.Key_Return)
    [card] = document.cards_in_cell("l-pain", "s-aware")
    assert card.text == "Slow site"
    assert view.selection().ids == (card.id,)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert document.cards_in_cell("l-pain", "s-aware") == []


def test_escape_on_a_new_card_leaves_nothing(view: MapView, document: MapDocument) -> None:
    view.focus_cell("l-pain", "s-use")
    QTest.keyClick(view, Qt.Key.Key_Insert)
    QTest.keyClicks(view, "never mind")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert document.cards_in_cell("l-pain", "s-use") == []
    assert document.undo_stack.count() == 0


# --- zoom and the pinned headers ---------------------------------------------------------------------------


def test_wheel_zooms_around_the_pointer(view: MapView) -> None:
    view.set_zoom(2.0)
    anchor = card_centre(view, "c3")
    view.ensure_visible("c3")
    before = view.mapFromScene(anchor)
    wheel(view, anchor, 240)
    assert view.zoom_factor() > 2.6
    after = view.mapFromScene(anchor)
    assert abs(after.x() - before.x()) <= 2 and abs(after.y() - before.y()) <= 2
    view.zoom_to_fit()
    rect = view.mapFromScene(view.map_scene.map_rect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(rect)
    view.zoom_reset()
    assert view.zoom_factor() == pytest.approx(1.0)


def test_headers_stay_in_view_when_scrolling(view: MapView) -> None:
    view.set_zoom(3.0)
    view.verticalScrollBar().setValue(300)
    view.horizontalScrollBar().setValue(250)
    top_left = view.mapToScene(0, 0)
    assert view.map_scene.stage_headers["s-buy"].y() == pytest.approx(top_left.y(), abs=1)
    assert view.map_scene.lane_headers["l-do"].x() == pytest.approx(top_left.x(), abs=1)
    # and what is under the pinned header is the header
    hit = view.map_scene.hit(view.mapToScene(5, 300))
    assert hit.region == "lane_header"


def test_middle_button_pans_anywhere(view: MapView) -> None:
    view.set_zoom(3.0)
    h = view.horizontalScrollBar()
    h.setValue(300)
    start = card_centre(view, "c3")  # even over a card
    press(view, start, Qt.MouseButton.MiddleButton)
    from PySide6.QtCore import QEvent  # noqa: PLC0415

    from test_canvas_support import send_mouse  # noqa: PLC0415

    target = view.mapToScene(view.mapFromScene(start) + QPointF(-50, 0).toPoint())
    send_mouse(view, QEvent.Type.MouseMove, target, Qt.MouseButton.NoButton, Qt.MouseButton.MiddleButton)
    release(view, target, Qt.MouseButton.MiddleButton)
    assert h.value() == 350
    assert view.selection().kind == "none"


def test_dragging_near_the_edge_scrolls(qtbot, view: MapView, document: MapDocument) -> None:  # noqa: ANN001
    view.set_zoom(3.0)
    v = view.verticalScrollBar()
    v.setValue(0)
    view.horizontalScrollBar().setValue(0)
    start = card_centre(view, "c1")
    near_bottom = view.mapToScene(view.mapFromScene(start).x(), view.viewport().height() - 5)
    drag(view, start, near_bottom, release_at_end=False)
    qtbot.waitUntil(lambda: v.value() > 600, timeout=5000)
    point = view.mapToScene(view.mapFromScene(start).x(), view.viewport().height() // 2)
    move(view, point)
    release(view, point)
    card = document.card("c1")
    assert card.lane != "l-touch", "dropped further down the map, where the view scrolled to"


def test_clicking_the_band_where_a_stage_has_no_score_sets_one(view: MapView, document: MapDocument) -> None:
    edits.set_emotion(document, "s-use", None, "p-1")
    curve = view.map_scene.frame.curves[0]
    value_two = curve.scale_lines[0][1]
    x = view.map_scene.frame.column("s-use").center_x
    click(view, QPointF(x, value_two + 2))
    assert edits.score_for(document, "s-use", "p-1").value == 2


def test_the_view_describes_the_selection_for_screen_readers(view: MapView) -> None:
    assert view.accessibleName()
    view.select_cards(["c3"])
    assert "Online shop" in view.accessibleDescription()
    view.focus_cell("l-pain", "s-use")
    view.clear_selection()
    assert "Pain points" in view.accessibleDescription()


def test_an_empty_map_is_harmless(qtbot) -> None:  # noqa: ANN001
    from journeymapper.model import JourneyMap  # noqa: PLC0415

    document = MapDocument(JourneyMap())
    view = MapView(document)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_Delete):
        QTest.keyClick(view, key)
    click(view, QPointF(50, 50))
    drag(view, QPointF(10, 10), QPointF(100, 100))
    assert view.paste() == []
    view.zoom_to_fit()
    edits.add_stage(document, "First")
    edits.add_lane(document, edits.LaneKind.TOUCHPOINTS)
    assert len(view.map_scene.cells) == 1
    document.undo_stack.clear()
