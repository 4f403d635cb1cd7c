"""The compare window and the future-state commands: highlights, navigation, curves, PDF, pairing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from journeymapper.editor import edits
from journeymapper.layout.compare_palette import ADDED, CHANGED, REMOVED
from journeymapper.model import Atlas, AtlasEntry, MapState
from journeymapper.store import load_atlas, load_map, save
from journeymapper.ui import export_prompts, file_dialogs, future_state
from journeymapper.ui.compare_window import CompareWindow
from test_compare_maps import after, before
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401


@pytest.fixture
def compare(qtbot, window):
    view = CompareWindow(before(), after(), "before", "after", window.measurer, window)  # the window owns it
    view.show()
    qtbot.waitExposed(view)
    return view


def mark_colour(canvas, kind: str, ident: str) -> str:
    return canvas.marks[(kind, ident)].pen().color().name().upper()


def test_each_side_outlines_what_left_arrived_and_changed(compare):
    old, new = compare.old_canvas, compare.new_canvas
    assert mark_colour(old, "card", "c3") == QColor(REMOVED).name().upper()
    assert mark_colour(new, "card", "c5") == QColor(ADDED).name().upper()
    assert mark_colour(old, "card", "c2") == mark_colour(new, "card", "c2") == QColor(CHANGED).name().upper()
    assert mark_colour(new, "stage", "s4") == QColor(ADDED).name().upper()
    assert mark_colour(new, "lane", "l3") == QColor(ADDED).name().upper()
    assert ("card", "c5") not in old.marks and ("card", "c3") not in new.marks
    assert ("card", "c1") not in old.marks and ("card", "c1") not in new.marks  # unchanged: no outline
    # the outline sits on the card
    assert old.marks[("card", "c3")].rect().contains(old.map_scene.card_scene_rect("c3"))


def test_the_list_holds_every_difference_with_its_details(compare):
    rows = [(item.text(0), item.text(1), item.text(2)) for item in compare.difference_items()]
    assert ("removed", "Card", "Slow page") in rows and ("added", "Lane", "Ideas") in rows
    assert len(rows) == len(compare.comparison.differences) == 10
    changed = next(i for i in compare.difference_items() if i.text(2) == "One-click checkout")
    assert changed.child(0).text(2) == "text: “Checkout” → “One-click checkout”"
    assert compare.summary.text() == "4 added, 2 removed, 4 changed"


def test_clicking_a_difference_scrolls_to_it_and_selects_it(compare, qtbot):
    compare.resize(700, 500)
    for canvas in (compare.old_canvas, compare.new_canvas):
        canvas.zoom_by(3.0)  # so the card is off screen at first
        canvas.horizontalScrollBar().setValue(0)
        canvas.verticalScrollBar().setValue(0)
    item = next(i for i in compare.difference_items() if i.text(2) == "Referral bonus")
    tree = compare.differences
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    new = compare.new_canvas
    assert new.map_scene.selected_card_ids() == ["c5"]
    visible = new.mapToScene(new.viewport().rect()).boundingRect()
    assert visible.intersects(new.map_scene.card_scene_rect("c5"))
    assert compare.old_canvas.map_scene.selected_card_ids() == []  # the old map has no such card


def test_the_keyboard_walks_the_differences(compare, qtbot):
    tree = compare.differences
    tree.setFocus()
    tree.setCurrentItem(compare.difference_items()[0])
    target = next(i for i in compare.difference_items() if i.text(2) == "Slow page")
    while tree.currentItem() is not target:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert compare.old_canvas.map_scene.selected_card_ids() == ["c3"]


def test_the_curves_of_both_maps_are_shown_for_the_chosen_persona(compare):
    assert compare.persona_box.currentData() is None  # the map's curve is the one that changed
    curves = compare.curves.curves
    assert curves.old == [1.0, -2.0, 0.0, None] and curves.new == [1.0, 1.0, None, 2.0]
    compare.persona_box.setCurrentIndex(compare.persona_box.findData("persona-sam"))
    assert compare.curves.curves.old[0] == 2.0
    emotion = next(i for i in compare.difference_items() if i.text(1) == "Emotion score" and "Buy" in i.text(2))
    compare.differences.setCurrentItem(emotion)
    assert compare.persona_box.currentData() is None  # choosing a map score shows the map's curve
    image = compare.curves.grab().toImage()
    assert image.width() > 0


def test_export_pdf_from_the_window(compare, monkeypatch, tmp_path):
    out = tmp_path / "comparison.pdf"
    monkeypatch.setattr(export_prompts, "ask_export_path", lambda parent, suggested, kind: out)
    compare.export_action.trigger()
    text = " ".join((page.extract_text() or "") for page in PdfReader(str(out)).pages)
    assert "Slow page" in text and "Referral bonus" in text
    assert str(out) in compare.statusBar().currentMessage()


def test_close_with_escape(compare, qtbot):
    assert "Esc" in [k.toString() for k in compare.close_action.shortcuts()]
    compare.close_action.trigger()
    assert not compare.isVisible()


# --- future state and the compare commands ---------------------------------------------------------


@pytest.fixture
def atlas_file(tmp_path: Path, map_file: Path) -> Path:
    path = tmp_path / "team.atlas"
    save(path, Atlas(title="Team", entries=[AtlasEntry(path=map_file.name)]))
    return path


def test_create_future_state_saves_pairs_and_opens_it(window, map_file, atlas_file, monkeypatch, qtbot):
    tab = window.file_commands.open_path(map_file)
    window.atlas_dock.open_atlas(atlas_file)
    asked = []

    def where(parent, suggested):
        asked.append(suggested)
        return suggested

    monkeypatch.setattr(future_state, "ask_future_path", where)
    window.future_state.actions["future"].trigger()
    target = map_file.with_name("signup-future.journey")
    assert asked == [target]
    future = load_map(target)
    assert future.state is MapState.FUTURE and future.id != tab.document.journey.id
    assert [c.id for c in future.cards] == [c.id for c in tab.document.journey.cards]
    atlas = load_atlas(atlas_file)
    assert [(p.current, p.future) for p in atlas.pairs] == [("signup.journey", "signup-future.journey")]
    assert window.current_tab().document.path == target  # opened to be edited

    # edit the future state, then compare the pair from either map
    edits.set_card_fields(window.current_tab().document, "card-web", text="One-click checkout")
    compare = window.future_state.compare_with_paired()
    assert compare.old_label.startswith("Broadband sign-up")  # the current state is "before"
    assert ("card", "card-web", "changed") in {(d.kind, d.id, d.change) for d in compare.comparison.differences}
    window.show_tab(tab)
    again = window.future_state.compare_with_paired()
    assert {(d.kind, d.id, d.change) for d in again.comparison.differences} == {
        (d.kind, d.id, d.change) for d in compare.comparison.differences}


def test_compare_with_paired_without_a_pair_asks_for_a_file(window, map_file, tmp_path, monkeypatch, qtbot):
    window.file_commands.open_path(map_file)
    other = tmp_path / "other.journey"
    journey = small_map()
    journey.cards.pop(0)
    save(other, journey)
    monkeypatch.setattr(future_state, "ask_compare_path", lambda parent, folder: other)
    compare = window.future_state.compare_with_paired()
    assert [(d.kind, d.id, d.change) for d in compare.comparison.differences] == [("card", "card-ad", "added")]


def test_compare_with_a_damaged_file_says_why(window, map_file, tmp_path, monkeypatch):
    window.file_commands.open_path(map_file)
    bad = tmp_path / "bad.journey"
    bad.write_text("{", encoding="utf-8")
    shown = []
    monkeypatch.setattr(file_dialogs, "show_open_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr(future_state, "ask_compare_path", lambda parent, folder: bad)
    assert window.future_state.compare_with_file() is None
    assert shown and shown[0].path == bad
