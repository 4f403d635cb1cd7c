"""Current and future state side by side: the split view, its panes and tabs, and pairing entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from journeymapper.editor import edits
from journeymapper.store import load
from journeymapper.ui import pairs as pairs_module
from journeymapper.ui.split_view import LEFT, RIGHT
from test_ui_atlas import atlas, open_atlas  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401


def menu_action(menu: Any, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def open_side_by_side_from_the_dock(window: Any, name: str) -> None:
    dock = window.atlas_dock
    info = next(i for i in dock.index.entries if i.path == name)
    menu = dock.build_context_menu(info)
    menu_action(menu, "Open Current and Future Side by Side").trigger()


def test_the_atlas_menu_opens_current_and_future_side_by_side(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    open_side_by_side_from_the_dock(window, "lifecycle-future.journey")
    panes = window.panes
    assert panes.split and panes.second.isVisible()
    current = window.tab_for_path(atlas.parent / "lifecycle.journey")
    future = window.tab_for_path(atlas.parent / "lifecycle-future.journey")
    assert panes.pane_of(current) == LEFT and panes.pane_of(future) == RIGHT
    assert current.page.isVisible() and future.page.isVisible()
    assert current.banner is not future.banner and current.document.file is not future.document.file
    assert len(window.tab_list()) == 2


def test_both_sides_are_editable_and_the_active_side_gets_the_commands(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    window.navigation.pairs.open_current_pair.trigger()  # View menu: the lifecycle has a known pair
    current = window.tab_for_path(atlas.parent / "lifecycle.journey")
    future = window.tab_for_path(atlas.parent / "lifecycle-future.journey")
    qtbot.mouseClick(future.view.viewport(), Qt.MouseButton.LeftButton, pos=future.view.viewport().rect().center())
    assert window.current_tab() is future
    assert window.undo_group.activeStack() is future.document.undo_stack
    stage = future.document.journey.stages[0].id
    edits.set_stage_fields(future.document, stage, name="Find out")
    assert future.document.modified and not current.document.modified
    qtbot.mouseClick(current.view.viewport(), Qt.MouseButton.LeftButton, pos=current.view.viewport().rect().center())
    assert window.current_tab() is current
    assert window.undo_group.activeStack() is current.document.undo_stack
    assert window.file_commands.save(future)
    assert load(atlas.parent / "lifecycle-future.journey").document.stages[0].name == "Find out"


def test_closing_the_last_tab_of_the_right_pane_collapses_the_split(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    window.navigation.pairs.open_current_pair.trigger()
    future = window.tab_for_path(atlas.parent / "lifecycle-future.journey")
    window.show_tab(future)
    window.commands.close.trigger()  # closes the active pane's tab
    assert window.tab_for_path(atlas.parent / "lifecycle-future.journey") is None
    assert not window.panes.split and not window.panes.second.isVisible()
    assert window.current_tab() is window.tab_for_path(atlas.parent / "lifecycle.journey")


def test_the_right_pane_close_button_and_show_one_map(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    window.navigation.pairs.open_current_pair.trigger()
    window.navigation.pairs.update_actions()
    assert window.navigation.pairs.unsplit.isEnabled()
    window.navigation.pairs.unsplit.trigger()
    assert not window.panes.split and window.tabs.count() == 2
    window.navigation.pairs.open_current_pair.trigger()
    second = window.panes.second
    second.tabCloseRequested.emit(0)
    assert not window.panes.split and len(window.tab_list()) == 1


def test_a_map_without_a_pair_cannot_open_side_by_side(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    window.atlas_dock.open_requested.emit(atlas.parent / "support-call.journey", "")
    pairs = window.navigation.pairs
    assert not pairs.open_current_pair.isEnabled()
    assert pairs.open_pair_of_current() is None and not window.panes.split


def test_pair_with_records_the_pair_in_the_atlas(qtbot, window, atlas, monkeypatch):
    open_atlas(qtbot, window, atlas)
    dock = window.atlas_dock
    info = next(i for i in dock.index.entries if i.path == "support-call.journey")
    menu = dock.build_context_menu(info)
    assert "Open Current and Future Side &by Side" not in [a.text() for a in menu.actions()]
    choices: list[list[str]] = []

    def choose(parent, name, offered):
        choices.append(list(offered))
        return next(i for i, text in enumerate(offered) if "lifecycle-future.journey" in text)

    monkeypatch.setattr(pairs_module, "ask_partner", choose)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        menu_action(menu, "Pair with…").trigger()
    assert len(choices[0]) == 2
    pairs = load(atlas).document.pairs
    assert [(p.current, p.future) for p in pairs] == [("support-call.journey", "lifecycle-future.journey")]
    info = next(i for i in dock.index.entries if i.path == "support-call.journey")
    assert "Open Current and Future Side &by Side" in [a.text() for a in dock.build_context_menu(info).actions()]


def test_the_installed_example_cannot_be_paired(qtbot, window):
    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.file_commands.open_example()
    dock = window.atlas_dock
    menu = dock.build_context_menu(dock.index.entries[0])
    assert not menu_action(menu, "Pair with…").isEnabled()
    assert [a.text() for a in menu.actions() if "&" in a.text() and "ith" in a.text()] == ["Pair &with…"]
    menu_action(menu, "Open Current and Future Side by Side").trigger()
    assert window.panes.split and len(window.tab_list()) == 2  # the example's copies, side by side


def test_the_personas_dock_follows_the_active_side(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    window.navigation.pairs.open_current_pair.trigger()
    current = window.tab_for_path(atlas.parent / "lifecycle.journey")
    future = window.tab_for_path(atlas.parent / "lifecycle-future.journey")
    qtbot.mouseClick(future.view.viewport(), Qt.MouseButton.LeftButton, pos=future.view.viewport().rect().center())
    assert window.current_tab() is future
    assert window.personas_panel.document is future.document, "its edits go to the map the user is on"
    qtbot.mouseClick(current.view.viewport(), Qt.MouseButton.LeftButton, pos=current.view.viewport().rect().center())
    assert window.personas_panel.document is current.document


def test_side_by_side_the_inactive_side_s_titles_are_dimmed(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    window.navigation.pairs.open_current_pair.trigger()
    panes = window.panes
    current = window.tab_for_path(atlas.parent / "lifecycle.journey")
    future = window.tab_for_path(atlas.parent / "lifecycle-future.journey")

    def title_colour(tab):
        widget = panes.tab_widget_of(tab.page)
        return widget.tabBar().tabTextColor(widget.indexOf(tab.page))

    dimmed = panes.splitter.palette().placeholderText().color()
    qtbot.mouseClick(future.view.viewport(), Qt.MouseButton.LeftButton, pos=future.view.viewport().rect().center())
    assert title_colour(current) == dimmed and title_colour(future) != dimmed
    qtbot.mouseClick(current.view.viewport(), Qt.MouseButton.LeftButton, pos=current.view.viewport().rect().center())
    assert title_colour(future) == dimmed and title_colour(current) != dimmed
    window.navigation.pairs.unsplit.trigger()
    assert title_colour(future) != dimmed, "one pane again: nothing dimmed"
