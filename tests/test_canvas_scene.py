"""The scene follows the document change by change; clipboard, drops, level of detail, themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent, QDragEnterEvent, QDragMoveEvent, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import journeymapper.editor.document as document_module
from journeymapper.canvas import MapScene, MapView, palette_mime, render_scene
from journeymapper.canvas import items as canvas_items
from journeymapper.canvas.clipboard import CARDS_MIME, cards_from_mime, lines_from_text
from journeymapper.editor import MapDocument, edits
from journeymapper.model import LaneKind
from test_canvas_support import card_centre, cell_point, click, small_map


@pytest.fixture(autouse=True)
def check_every_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEYMAPPER_CHECK_EDITS", "1")
    monkeypatch.setattr(document_module, "CHECK_EVERY_EDIT", True)


@pytest.fixture
def document():  # noqa: ANN201
    document = MapDocument(small_map())
    yield document
    document.undo_stack.clear()


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


def item_ids(scene: MapScene) -> dict[str, int]:
    return {card_id: id(item) for card_id, item in scene.cards.items()}


# --- updates touch only what changed --------------------------------------------------------------


def test_the_scene_has_an_item_per_card_cell_and_header(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    assert set(scene.cards) == {c.id for c in document.journey.cards}
    assert len(scene.cells) == 3 * 4
    assert set(scene.stage_headers) == {"s-aware", "s-buy", "s-use"}
    assert set(scene.lane_headers) == {"l-touch", "l-do", "l-feel", "l-pain"}
    assert scene.sceneRect().width() >= scene.frame.width and scene.sceneRect().height() >= scene.frame.height
    assert scene.visibility.isVisible()
    assert scene.visibility.boundingRect().center().y() == pytest.approx(scene.frame.row("l-do").bottom)
    for card_id, item in scene.cards.items():
        card = document.card(card_id)
        assert item.parentItem() is scene.cells[(card.lane, card.stage)].layer


def test_editing_a_card_touches_only_its_item(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    before = item_ids(scene)
    positions = {card_id: item.scenePos() for card_id, item in scene.cards.items()}
    boxes = {card_id: item.box for card_id, item in scene.cards.items()}
    edits.set_card_fields(document, "c1", text="Sees an advert on the side of a bus, twice, on the way to work")
    assert item_ids(scene) == before
    assert scene.cards["c1"].box != boxes["c1"]
    unchanged = [cid for cid in scene.cards if cid not in ("c1", "c2")]
    assert all(scene.cards[cid].box is boxes[cid] for cid in unchanged), "other cells are not laid out again"
    assert scene.cards["c2"].scenePos().y() > positions["c2"].y(), "the card below moved down"
    # a cell growing past its lane's height moves the lanes below; the cards ride along with their cells
    pain_y = scene.cells[("l-pain", "s-buy")].y()
    edits.set_card_fields(document, "c5", text="A very long description of the set up. " * 6)
    assert scene.cells[("l-pain", "s-buy")].y() > pain_y
    assert scene.cards["c6"].scenePos().y() == pytest.approx(scene.cells[("l-pain", "s-buy")].y() + scene.options.cell_padding)
    assert item_ids(scene) == before


def test_only_the_changed_cells_are_laid_out(qtbot, document: MapDocument, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import journeymapper.canvas.scene as scene_module

    scene = MapScene(document)
    calls: list[tuple[str, str]] = []
    real = scene_module.layout_cell

    def counting(cards, width, measurer, options, *, lane_id, stage_id):  # noqa: ANN001, ANN202
        calls.append((lane_id, stage_id))
        return real(cards, width, measurer, options, lane_id=lane_id, stage_id=stage_id)

    monkeypatch.setattr(scene_module, "layout_cell", counting)
    edits.move_cards(document, ["c4"], "l-pain", "s-use")
    assert sorted(calls) == [("l-do", "s-aware"), ("l-pain", "s-use")]
    calls.clear()
    edits.set_emotion(document, "s-use", 2, "p-1")
    assert calls == []
    assert scene.curve.primary is not None and scene.curve.primary.points[2][1] == scene.frame.curves[0].scale_lines[0][1]


def test_deleting_a_stage_and_undoing_restores_its_card_items(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    edits.delete_stage(document, "s-aware")
    assert not {"c1", "c2", "c4"} & set(scene.cards)
    assert "s-aware" not in scene.stage_headers
    assert not [key for key in scene.cells if key[1] == "s-aware"]
    assert scene.stage_headers["s-buy"].x() == scene.frame.column("s-buy").x == scene.options.lane_header_width
    document.undo_stack.undo()
    assert {"c1", "c2", "c4"} <= set(scene.cards)
    assert scene.cards["c1"].parentItem() is scene.cells[("l-touch", "s-aware")].layer
    assert [box.card_id for box in scene.cell_layout("l-touch", "s-aware").cards] == ["c1", "c2"]
    assert scene.stage_headers["s-buy"].x() == scene.frame.column("s-buy").x > scene.options.lane_header_width


def test_adding_a_lane_and_a_stage_makes_their_cells(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    lane_id = edits.add_lane(document, LaneKind.OPPORTUNITIES, index=1)
    stage_id = edits.add_stage(document, "Leave")
    assert (lane_id, stage_id) in scene.cells
    assert len(scene.cells) == 4 * 5
    card_id = edits.add_card(document, lane_id, stage_id, "Win back offer")
    item = scene.cards[card_id]
    assert item.parentItem() is scene.cells[(lane_id, stage_id)].layer
    assert scene.cells[("l-do", "s-aware")].y() > scene.frame.row(lane_id).y


def test_reloading_rebuilds_everything(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    old = item_ids(scene)
    document.replace_model(small_map())
    assert set(scene.cards) == set(old)
    assert all(id(scene.cards[cid]) != old[cid] or scene.cards[cid].scene() is scene for cid in old)
    assert all(item.scene() is scene for item in scene.cards.values())


def test_open_actions_and_votes_show_on_the_card(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    assert scene.cards["c3"]._votes == 3
    edits.add_action(document, "Fix delivery", cards=["c6"])
    assert scene.cards["c6"]._actions == 1


# --- level of detail -------------------------------------------------------------------------------------


def test_far_out_cards_draw_as_plain_boxes(qtbot, document: MapDocument, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    scene = MapScene(document)
    card_font = (scene.options.card_font_size, False)
    fonts: list[tuple[float, bool]] = []
    real = canvas_items.text_font

    def counting(size, bold=False):  # noqa: ANN001, ANN202
        fonts.append((size, bold))
        return real(size, bold)

    monkeypatch.setattr(canvas_items, "text_font", counting)
    image = render_scene(scene, 0.25)
    assert image.width() == round(scene.frame.width * 0.25)
    assert card_font not in fonts, "no card text is drawn far out"
    # the cards are there, as boxes of their colour
    rect = scene.card_scene_rect("c6")
    pixel = QColor(image.pixel(round(rect.center().x() * 0.25), round(rect.center().y() * 0.25)))
    assert pixel.rgb() == scene.cards["c6"].fill.rgb()
    render_scene(scene, 1.0)
    assert fonts.count(card_font) >= len(document.journey.cards)
    assert not canvas_items.wants_detail(0.3) and canvas_items.wants_detail(0.5)


def test_zooming_far_out_in_the_view_switches_to_boxes(view: MapView) -> None:
    view.set_zoom(0.2)
    assert not view.map_scene.detail
    assert not view.map_scene.cells[("l-touch", "s-aware")].layer.isVisible()
    view.select_cards(["c1"])  # selection still shows, drawn by the cell
    view.zoom_reset()
    assert view.map_scene.detail and view.map_scene.cards["c1"].isVisible() and view.map_scene.cards["c1"].selected


def test_a_dark_palette_keeps_cards_readable(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    palette = QPalette(QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1c1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    scene = MapScene(document, palette=palette)
    item = scene.cards["c1"]
    assert item.fill.lightnessF() < 0.45
    assert item.ink.lightnessF() > 0.8
    image = render_scene(scene, 1.0)
    assert QColor(image.pixel(image.width() - 5, image.height() - 5)).lightnessF() < 0.2


# --- cached card drawings --------------------------------------------------------------------------


def test_a_view_caches_card_drawings_but_not_while_zooming(qtbot, view: MapView) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QGraphicsItem

    cached, direct = QGraphicsItem.CacheMode.DeviceCoordinateCache, QGraphicsItem.CacheMode.NoCache
    scene = view.map_scene
    assert scene.card_caching and all(item.cacheMode() == cached for item in scene.cards.values())
    assert not MapScene(view.document).card_caching, "a scene drawn for export draws directly (vectors stay vectors)"
    view.set_zoom(1.3)
    assert any(item.cacheMode() == direct for item in scene.cards.values()), "cards on screen draw directly"
    qtbot.waitUntil(lambda: all(item.cacheMode() == cached for item in scene.cards.values()), timeout=3000)
    edits.add_card(view.document, "l-touch", "s-aware", "A new card")
    assert all(item.cacheMode() == cached for item in scene.cards.values()), "new cards are cached too"


def test_a_new_palette_redraws_cards_whose_colours_did_not_change(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document, card_caching=True)
    item = scene.cards["c1"]
    dark = QPalette(QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    style_text = scene.style.text
    scene.set_palette(dark)
    assert scene.style.text != style_text
    # even where the fill stayed, the look (border, badges) is set again: that repaints the cached drawing
    assert item.set_look(item.fill, item.ink, item._channel, item._votes, item._actions) is False
    assert item._style is scene.style


def test_a_cards_badges_are_inside_its_bounds(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    scene = MapScene(document)
    edits.add_action(document, "Fix delivery", cards=["c3"])
    item = scene.cards["c3"]
    bounds, card = item.boundingRect(), item.mapRectFromScene(item.card_scene_rect())
    assert bounds.top() <= card.top() - 7.5, "the votes badge sticks out above the card"
    assert bounds.bottom() >= card.bottom() + 7.5, "the open-actions badge sticks out below it"
    plain = scene.cards["c2"]
    assert plain.boundingRect() == plain.mapRectFromScene(plain.card_scene_rect()), "no badge, no margin to cache"
    scene.highlight_cards(["c2"])
    assert plain.boundingRect().contains(plain.mapRectFromScene(plain.card_scene_rect()).adjusted(-3.5, -3.5, 3.5, 3.5))


# --- clipboard ---------------------------------------------------------------------------------------


def test_copy_and_paste_cards(view: MapView, document: MapDocument) -> None:
    click(view, card_centre(view, "c1"))
    click(view, card_centre(view, "c2"), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CARDS_MIME)
    assert mime.text() == "Sees an advert\nReads reviews on a comparison site"
    click(view, cell_point(view, "l-pain", "s-use"))
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = document.cards_in_cell("l-pain", "s-use")
    assert [c.text for c in pasted] == ["Sees an advert", "Reads reviews on a comparison site"]
    assert pasted[0].channel == document.card("c1").channel
    assert {c.id for c in pasted}.isdisjoint({"c1", "c2"})
    assert set(view.selection().ids) == {c.id for c in pasted}
    assert document.undo_stack.count() == 1
    assert all(c.id in view.map_scene.cards for c in pasted)


def test_cards_copied_from_one_map_paste_into_another(qtbot, document: MapDocument) -> None:  # noqa: ANN001
    first = MapView(document)
    qtbot.addWidget(first)
    first.select_cards(["c6"])
    assert first.copy()
    other_map = small_map()
    other_map.cards = []
    other = MapDocument(other_map)
    second = MapView(other)
    qtbot.addWidget(second)
    second.focus_cell("l-touch", "s-use")
    [new_id] = second.paste()
    assert other.card(new_id).text == "Delivery takes a week"
    assert (other.card(new_id).lane, other.card(new_id).stage) == ("l-touch", "s-use")
    other.undo_stack.clear()


def test_pasting_three_lines_of_text_makes_three_cards(view: MapView, document: MapDocument) -> None:
    QGuiApplication.clipboard().setText("Call centre\n\n- Opening hours\n• Hold music\n")
    view.focus_cell("l-pain", "s-aware")
    view.paste()
    assert [c.text for c in document.cards_in_cell("l-pain", "s-aware")] == ["Call centre", "Opening hours", "Hold music"]
    assert document.undo_stack.count() == 1


def test_cut_removes_the_cards(view: MapView, document: MapDocument) -> None:
    view.select_cards(["c5"])
    assert view.cut()
    assert document.card("c5") is None
    assert QGuiApplication.clipboard().text() == "Sets it up"


def test_bad_clipboard_data_is_ignored() -> None:
    mime = QMimeData()
    mime.setData(CARDS_MIME, b"{not json")
    assert cards_from_mime(mime) is None
    mime.setData(CARDS_MIME, b'{"cards": [{"lane": "x"}, 5, {"lane": "a", "stage": "b", "text": "ok"}]}')
    assert [c.text for c in cards_from_mime(mime)] == ["ok"]
    assert lines_from_text("1. one\r\n2) two\n   \n* three") == ["one", "two", "three"]


# --- drops from outside the scene -----------------------------------------------------------------


def synthetic_drop(view: MapView, mime: QMimeData, scene_point: QPointF) -> bool:
    pos = QPointF(view.mapFromScene(scene_point))
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    moved = QDragMoveEvent(pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), moved)
    indicator_shown = view.map_scene.drop_indicator.isVisible()
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    return indicator_shown


def test_dropping_a_card_from_the_palette_writes_a_card_there(view: MapView, document: MapDocument) -> None:
    assert synthetic_drop(view, palette_mime("card"), card_centre(view, "c2", dy=-6))
    assert view.is_editing()
    QTest.keyClicks(view, "Dropped")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert [c.text for c in document.cards_in_cell("l-touch", "s-aware")] == ["Sees an advert", "Dropped",
                                                                             "Reads reviews on a comparison site"]


def test_dropping_a_lane_kind_adds_a_lane_there(view: MapView, document: MapDocument) -> None:
    row = view.map_scene.frame.row("l-feel")
    assert synthetic_drop(view, palette_mime("lane:opportunities"), QPointF(500, row.y + 5))
    lanes = document.journey.lanes
    assert [lane.kind for lane in lanes][2] == LaneKind.OPPORTUNITIES
    assert view.selection().kind == "lane"


def test_dropping_text_from_another_application(view: MapView, document: MapDocument) -> None:
    mime = QMimeData()
    mime.setText("one\ntwo\nthree")
    assert synthetic_drop(view, mime, cell_point(view, "l-do", "s-buy"))
    assert [c.text for c in document.cards_in_cell("l-do", "s-buy")] == ["one", "two", "three"]


def test_find_highlights_and_scrolls_to_a_card(view: MapView) -> None:
    view.set_zoom(3.0)
    view.highlight_cards(["c5", "c6"])
    assert view.map_scene.cards["c5"].highlighted and not view.map_scene.cards["c1"].highlighted
    view.ensure_visible("c5")
    rect = view.mapFromScene(view.map_scene.card_scene_rect("c5")).boundingRect()
    assert view.viewport().rect().contains(rect)
    view.highlight_cards([])
    assert not view.map_scene.cards["c5"].highlighted


def test_context_menu_request_selects_the_card_under_the_pointer(qtbot, view: MapView) -> None:  # noqa: ANN001
    from test_canvas_support import press, release  # noqa: PLC0415

    point = card_centre(view, "c6")
    press(view, point, Qt.MouseButton.RightButton)
    release(view, point, Qt.MouseButton.RightButton)
    assert view.selection().ids == ("c6",)
    with qtbot.waitSignal(view.context_menu_requested, timeout=1000):
        from PySide6.QtGui import QContextMenuEvent  # noqa: PLC0415

        local = view.mapFromScene(point)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, view.viewport().mapToGlobal(local))
        QApplication.sendEvent(view.viewport(), event)
    assert isinstance(QPoint(), QPoint)


def test_deleting_selected_cards_announces_the_new_selection(qtbot, view: MapView, document: MapDocument) -> None:  # noqa: ANN001
    view.select_cards(["c1", "c2"])
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Delete)
    assert blocker.args[0].kind == "none"
    assert document.card("c1") is None and "c1" not in view.map_scene.cards
    document.undo_stack.undo()
    assert "c1" in view.map_scene.cards
