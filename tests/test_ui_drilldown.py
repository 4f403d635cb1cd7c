"""Drill-down links on the canvas: the badge, following a link (click, menu, Alt+Down), setting and
removing one (undoable), broken and hostile links, cycles, and the breadcrumbs back up."""

from __future__ import annotations

import builtins
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QToolButton

from journeymapper.editor import edits
from journeymapper.store import load
from journeymapper.ui import drilldown as drilldown_module
from journeymapper.ui.drilldown import relative_link, resolve_drilldown
from test_atlas_support import edit_document
from test_ui_atlas import atlas, open_atlas  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401

SUPPORT_TITLE = "Support call: connection keeps dropping"
GET_HELP = 4


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(drilldown_module, "show_problem", lambda parent, title, text: shown.append(text))
    return shown


def get_help(tab: Any) -> str:
    return tab.document.journey.stages[GET_HELP].id


def badge_point(tab: Any, item: Any) -> QPoint:
    """The view position of an item's drill-down badge (the item scrolled into view first)."""
    window = tab.view.window()
    for dock in window.findChildren(QDockWidget):  # room for the canvas, whatever size the screen is
        dock.hide()
    window.resize(1400, 900)
    QApplication.processEvents()
    tab.view.centerOn(item.mapToScene(item.drilldown_rect().center()))  # clear of the pinned lane headers
    return tab.view.mapFromScene(item.mapToScene(item.drilldown_rect().center()))


def nav(window: Any) -> Any:
    return window.navigation


# --- the badge ----------------------------------------------------------------------------------


def test_stages_and_cards_with_a_link_show_the_badge_and_only_they(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    scene = tab.view.map_scene
    linked_stages = {s.id for s in tab.document.journey.stages if s.drilldown}
    assert linked_stages == {get_help(tab)}
    assert {i for i, header in scene.stage_headers.items() if header.drilldown} == linked_stages
    assert {i for i, card in scene.cards.items() if card.drilldown} == {"card-call-support", "card-support-line"}
    assert "support-call.journey" in scene.card_tooltip("card-call-support")


def test_the_badge_tooltip_names_the_detail_map_by_its_title(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    target = drilldown_module.target_of(tab.document, "stage", get_help(tab))
    text = nav(window).drilldown.describe(tab, target)
    assert SUPPORT_TITLE in text and str(atlas.parent / "support-call.journey") in text


# --- following ----------------------------------------------------------------------------------


def test_clicking_the_stage_badge_opens_the_detail_map_with_breadcrumbs(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    header = tab.view.map_scene.stage_headers[get_help(tab)]
    point = badge_point(tab, header)
    assert tab.view.map_scene.drilldown_at(tab.view.mapToScene(point)) == ("stage", get_help(tab))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    detail = window.current_tab()
    assert detail is not tab and detail.document.path == atlas.parent / "support-call.journey"
    bar = nav(window).crumbs.bar(detail)
    assert bar is not None and bar.isVisible()
    assert bar.texts() == ["Atlas", tab.document.display_name, SUPPORT_TITLE]


def test_clicking_a_card_badge_follows_it_and_a_second_time_reuses_the_tab(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    card = tab.view.map_scene.cards["card-call-support"]
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=badge_point(tab, card))
    detail = window.current_tab()
    assert detail.document.path == atlas.parent / "support-call.journey"
    count = len(window.tab_list())
    window.show_tab(tab)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=badge_point(tab, card))
    assert window.current_tab() is detail and len(window.tab_list()) == count


def test_clicking_a_card_elsewhere_only_selects_it(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    rect = tab.view.map_scene.card_scene_rect("card-call-support")
    tab.view.ensureVisible(rect)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.mapFromScene(rect.center()))
    assert window.current_tab() is tab and tab.view.selection().ids == ("card-call-support",)


def test_alt_down_on_the_selected_card_opens_the_detail_and_alt_up_comes_back(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    tab.view.select_cards(["card-support-line"])
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    detail = window.current_tab()
    assert detail.document.path == atlas.parent / "support-call.journey"
    detail.view.setFocus()
    qtbot.keyClick(detail.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.current_tab() is tab


def test_the_context_menu_offers_open_and_link_for_a_selected_card(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    commands = nav(window).drilldown
    tab.view.select_cards(["card-call-support"])
    window.show_context_menu(tab.view.mapToGlobal(QPoint(50, 50)))
    actions = window.context_menu.actions()
    assert commands.open in actions and commands.link in actions and commands.unlink in actions
    window.context_menu.close()
    tab.view.select_cards(["card-video-drops"] if tab.document.card("card-video-drops") else
                          [next(c.id for c in tab.document.journey.cards if not c.drilldown)])
    window.show_context_menu(tab.view.mapToGlobal(QPoint(50, 50)))
    actions = window.context_menu.actions()
    assert commands.open not in actions and commands.link in actions
    window.context_menu.close()
    commands.open.trigger()  # nothing to follow: a message, no new tab
    assert window.current_tab() is tab


def test_a_missing_target_is_reported_naming_the_link_and_the_file(qtbot, window, atlas, problems):
    (atlas.parent / "support-call.journey").unlink()
    tab = open_atlas(qtbot, window, atlas)
    tab.view.map_scene.select_stage(get_help(tab))
    assert nav(window).drilldown.follow_selected() is None
    assert len(problems) == 1
    assert "support-call.journey" in problems[0] and str(atlas.parent / "support-call.journey") in problems[0]
    assert "Get help" in problems[0] and len(window.tab_list()) == 1


def test_links_leaving_the_folder_ask_first_and_touch_nothing_before(qtbot, window, atlas, problems, monkeypatch):
    outside = atlas.parent.parent / "outside.journey"
    shutil.copy(atlas.parent / "support-call.journey", outside)
    edit_document(atlas.parent / "lifecycle.journey",
                  lambda m: [setattr(m.cards[i], "drilldown", link) for i, link in
                             ((0, "../outside.journey"), (1, "//evil-host/share/x.journey"),
                              (2, "file://evil-host/share/y.journey"), (3, "https://example.com/a.journey"))])
    tab = open_atlas(qtbot, window, atlas)
    cards = tab.document.journey.cards
    touched: list[str] = []
    for module, name in ((os, "stat"), (os, "lstat"), (os.path, "exists"), (os.path, "isfile"), (builtins, "open")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda p, *a, _real=real, **k: (touched.append(str(p)), _real(p, *a, **k))[1])
    asked: list[str] = []
    monkeypatch.setattr(drilldown_module, "ask_follow_outside", lambda parent, text: asked.append(text) or False)
    commands = nav(window).drilldown
    for card in cards[1:3]:
        tab.view.select_cards([card.id])
        assert commands.follow_selected() is None
        assert "evil-host" in asked[-1] and "credentials" in asked[-1]
    assert not [p for p in touched if "evil-host" in p]
    tab.view.select_cards([cards[3].id])
    assert commands.follow_selected() is None and "https" in problems[-1]
    tab.view.select_cards([cards[0].id])
    assert commands.follow_selected() is None and "leaves the atlas's folder" in asked[-1]
    assert len(window.tab_list()) == 1
    monkeypatch.setattr(drilldown_module, "ask_follow_outside", lambda parent, text: True)
    opened = commands.follow_selected()
    assert opened is not None and opened.document.path == outside


def test_a_cycle_goes_back_up_instead_of_deeper(qtbot, window, atlas):
    edit_document(atlas.parent / "support-call.journey", lambda m: setattr(m.stages[0], "drilldown", "lifecycle.journey"))
    tab = open_atlas(qtbot, window, atlas)
    commands = nav(window).drilldown
    tab.view.map_scene.select_stage(get_help(tab))
    detail = commands.follow_selected()
    detail.view.map_scene.select_stage(detail.document.journey.stages[0].id)
    back = commands.follow_selected()
    assert back is tab and window.current_tab() is tab and len(window.tab_list()) == 2
    assert nav(window).crumbs.trail(tab) == []
    assert "back up" in window.statusBar().currentMessage()


def test_a_link_to_the_map_itself_opens_nothing(qtbot, window, atlas):
    edit_document(atlas.parent / "lifecycle.journey", lambda m: setattr(m.stages[0], "drilldown", "lifecycle.journey"))
    tab = open_atlas(qtbot, window, atlas)
    tab.view.map_scene.select_stage(tab.document.journey.stages[0].id)
    assert nav(window).drilldown.follow_selected() is tab
    assert len(window.tab_list()) == 1


# --- setting and removing -----------------------------------------------------------------------


def test_link_to_detail_map_stores_a_relative_link_as_one_undo_step(qtbot, window, atlas, monkeypatch):
    (atlas.parent / "detail").mkdir()
    target = atlas.parent / "detail" / "callback.journey"
    shutil.copy(atlas.parent / "support-call.journey", target)
    tab = open_atlas(qtbot, window, atlas)
    first = tab.document.journey.stages[0].id
    tab.view.map_scene.select_stage(first)
    folders: list[Path] = []
    monkeypatch.setattr(drilldown_module, "ask_detail_map", lambda parent, folder: folders.append(folder) or target)
    nav(window).drilldown.link.trigger()
    assert folders == [atlas.parent]
    assert tab.document.journey.stage(first).drilldown == "detail/callback.journey"
    assert tab.view.map_scene.stage_headers[first].drilldown
    assert tab.document.undo_stack.undoText().startswith("Link stage")
    window.commands.undo.trigger()
    assert tab.document.journey.stage(first).drilldown is None
    assert not tab.view.map_scene.stage_headers[first].drilldown
    window.commands.redo.trigger()
    assert tab.document.journey.stage(first).drilldown == "detail/callback.journey"


def test_remove_drilldown_link_is_undoable(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    tab.view.select_cards(["card-call-support"])
    nav(window).drilldown.unlink.trigger()
    assert tab.document.card("card-call-support").drilldown is None
    assert not tab.view.map_scene.cards["card-call-support"].drilldown
    window.commands.undo.trigger()
    assert tab.document.card("card-call-support").drilldown == "support-call.journey"
    assert tab.view.map_scene.cards["card-call-support"].drilldown


def test_linking_a_map_to_itself_is_refused(qtbot, window, atlas, problems, monkeypatch):
    tab = open_atlas(qtbot, window, atlas)
    tab.view.select_cards(["card-support-line"])
    monkeypatch.setattr(drilldown_module, "ask_detail_map", lambda parent, folder: atlas.parent / "lifecycle.journey")
    assert not nav(window).drilldown.link_selected()
    assert "itself" in problems[0] and tab.document.card("card-support-line").drilldown == "support-call.journey"


def test_an_unsaved_map_cannot_be_linked_or_followed(qtbot, window, problems):
    tab = window.file_commands.new_map()
    tab.view.map_scene.select_stage(tab.document.journey.stages[0].id)
    assert not nav(window).drilldown.link_selected()
    assert "Save" in problems[0]
    edits.set_stage_fields(tab.document, tab.document.journey.stages[0].id, drilldown="detail.journey")
    assert nav(window).drilldown.follow_selected() is None
    assert "Save" in problems[1] and len(window.tab_list()) == 1


# --- breadcrumbs ----------------------------------------------------------------------------------


def test_clicking_a_crumb_goes_back_up_and_reopens_a_closed_map(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    tab.view.map_scene.select_stage(get_help(tab))
    detail = nav(window).drilldown.follow_selected()
    window.close_tab(window.tabs.indexOf(tab.page))
    assert window.tab_for_path(atlas.parent / "lifecycle.journey") is None
    bar = nav(window).crumbs.bar(detail)
    button = bar.findChild(QToolButton, "crumb_0")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    reopened = window.current_tab()
    assert reopened.document.path == atlas.parent / "lifecycle.journey"
    assert nav(window).crumbs.bar(reopened) is None  # the top of the trail has no bar
    qtbot.mouseClick(bar.findChild(QToolButton, "crumb_atlas"), Qt.MouseButton.LeftButton)
    assert window.atlas_dock.isVisible()


def test_the_example_copies_follow_their_links_and_reuse_the_tab(qtbot, window):
    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        tab = window.file_commands.open_example()
    assert tab.document.path is None  # an untitled copy of the installed example
    tab.view.map_scene.select_stage(get_help(tab))
    detail = nav(window).drilldown.follow_selected()
    assert detail is not None and detail.document.path is None and detail.document.journey.title == SUPPORT_TITLE
    window.show_tab(tab)
    assert nav(window).drilldown.follow_selected() is detail
    assert len(window.tab_list()) == 2


# --- headless helpers -----------------------------------------------------------------------------


def test_links_resolve_inside_the_atlas_folder_only(tmp_path: Path):
    root = tmp_path / "atlas"
    base = root / "maps" / "a.journey"
    assert resolve_drilldown("b.journey", base, root).file == root / "maps" / "b.journey"
    assert resolve_drilldown("../other.journey", base, root).file == root / "other.journey"
    assert not resolve_drilldown("../../x.journey", base, root).resolved
    assert not resolve_drilldown("../x.journey", tmp_path / "loose.journey", None).resolved  # its own folder
    assert not resolve_drilldown("\\\\host\\share\\x.journey", base, root).resolved
    assert relative_link(root / "detail" / "c.journey", base) == "../detail/c.journey"


def test_the_model_keeps_the_link_on_save(qtbot, window, atlas, monkeypatch):
    target = atlas.parent / "support-call.journey"
    tab = open_atlas(qtbot, window, atlas)
    first = tab.document.journey.stages[1].id
    tab.view.map_scene.select_stage(first)
    monkeypatch.setattr(drilldown_module, "ask_detail_map", lambda parent, folder: target)
    assert nav(window).drilldown.link_selected()
    assert window.file_commands.save(tab)
    assert load(atlas.parent / "lifecycle.journey").document.stages[1].drilldown == "support-call.journey"


def test_up_one_level_is_enabled_only_on_a_map_opened_from_a_drilldown(qtbot, window, atlas):
    up = nav(window).drilldown.up
    assert not up.isEnabled(), "no map open: no level up"
    tab = open_atlas(qtbot, window, atlas)
    assert not up.isEnabled(), "a map opened from the atlas has no level up"
    tab.view.map_scene.select_stage(get_help(tab))
    detail = nav(window).drilldown.follow_selected()
    assert window.current_tab() is detail and up.isEnabled()
    up.trigger()
    assert window.current_tab() is tab and not up.isEnabled()
    window.show_tab(detail)
    assert up.isEnabled(), "switching back to the detail map: up again"
