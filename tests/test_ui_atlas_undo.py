"""Undo and Redo of atlas edits: Edit > Undo while the atlas dock has the focus, each step safe on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any


from journeymapper.atlas import AtlasEditor
from journeymapper.store import ATLAS_FORMAT, MAP_FORMAT, load, save
from journeymapper.ui import atlas_prompts
from journeymapper.ui.atlas_model import row_info
from journeymapper.ui.atlas_prompts import MapName
from atlas_window_support import atlas, entries, opened, problems, rescanned  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401


def group_of(atlas: Path, entry: str) -> str:
    return next(e.group for e in load(atlas, ATLAS_FORMAT).document.entries if e.path == entry)



def test_ctrl_z_in_the_atlas_undoes_a_group_change_and_redo_makes_it_again(qtbot, window, atlas, monkeypatch,
                                                                           problems):
    dock = opened(qtbot, window, atlas)
    dock.select_entry("support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_group", lambda parent, groups, current: "Care")
    rescanned(qtbot, dock, window.atlas_window.entries.group_selected)
    assert group_of(atlas, "support-call.journey") == "Care"
    dock.raise_()
    dock.tree.setFocus()
    qtbot.waitUntil(lambda: window.undo_group.activeStack() is window.atlas_window.entries.changes.undo.stack)
    undo = window.commands.undo
    assert undo.isEnabled() and "group" in undo.text()
    rescanned(qtbot, dock, undo.trigger)
    assert group_of(atlas, "support-call.journey") == "Support"
    assert dock.current_entry() == "support-call.journey"
    rescanned(qtbot, dock, window.commands.redo.trigger)
    assert group_of(atlas, "support-call.journey") == "Care" and not problems


def test_the_maps_undo_comes_back_when_the_focus_leaves_the_atlas(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    tab = window.file_commands.open_path(atlas.parent / "lifecycle.journey")
    dock.raise_()
    dock.tree.setFocus()
    stack = window.atlas_window.entries.changes.undo.stack
    qtbot.waitUntil(lambda: window.undo_group.activeStack() is stack)
    tab.view.setFocus()
    qtbot.waitUntil(lambda: window.undo_group.activeStack() is tab.document.undo_stack)


def test_undo_of_remove_brings_the_entry_back(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    dock.select_entry("support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_remove", lambda parent, name, file: False)
    rescanned(qtbot, dock, window.atlas_window.entries.remove_selected)
    assert "support-call.journey" not in entries(atlas)
    stack = window.atlas_window.entries.changes.undo.stack
    rescanned(qtbot, dock, stack.undo)
    assert "support-call.journey" in entries(atlas) and group_of(atlas, "support-call.journey") == "Support"
    assert not problems


def test_undo_of_rename_moves_the_map_back_with_its_title_and_links(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    before = atlas.read_bytes()
    dock.select_entry("lifecycle.journey")
    monkeypatch.setattr(atlas_prompts, "ask_rename", lambda parent, title, key: MapName("Today", "today.journey"))
    rescanned(qtbot, dock, window.atlas_window.entries.rename_selected)
    assert (atlas.parent / "today.journey").exists()
    stack = window.atlas_window.entries.changes.undo.stack
    assert stack.count() == 1
    stack.undo()
    qtbot.waitUntil(lambda: dock.model.row_of("lifecycle.journey") is not None, timeout=10000)
    assert not (atlas.parent / "today.journey").exists()
    original = load(atlas.parent / "lifecycle.journey", MAP_FORMAT).document
    assert original.title == "Broadband customer lifecycle: current state"
    assert load(atlas, ATLAS_FORMAT).document == load_bytes_atlas(before, atlas)
    stack.redo()
    qtbot.waitUntil(lambda: dock.model.row_of("today.journey") is not None, timeout=10000)
    assert load(atlas.parent / "today.journey", MAP_FORMAT).document.title == "Today" and not problems


def load_bytes_atlas(data: bytes, atlas: Path) -> Any:
    copy = atlas.with_name("before.atlas")
    copy.write_bytes(data)
    return load(copy, ATLAS_FORMAT).document


def test_undo_of_new_map_takes_it_out_and_deletes_the_untouched_file(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    monkeypatch.setattr(atlas_prompts, "ask_new_map", lambda *args: MapName("Fresh", "fresh.journey"))
    file = rescanned(qtbot, dock, window.atlas_window.entries.create_map)
    assert file.exists() and window.tab_for_path(file) is not None
    stack = window.atlas_window.entries.changes.undo.stack
    rescanned(qtbot, dock, stack.undo)
    assert not file.exists() and "fresh.journey" not in entries(atlas) and window.tab_for_path(file) is None
    rescanned(qtbot, dock, stack.redo)
    assert file.exists() and "fresh.journey" in entries(atlas) and not problems


def test_undo_of_new_map_keeps_a_file_changed_since(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    monkeypatch.setattr(atlas_prompts, "ask_new_map", lambda *args: MapName("Fresh", "fresh.journey"))
    file = rescanned(qtbot, dock, window.atlas_window.entries.create_map)
    tab = window.tab_for_path(file)
    window.close_tab(window.tabs.indexOf(tab.page))
    journey = load(file, MAP_FORMAT).document
    journey.owner = "Someone wrote here"
    save(file, journey)
    stack = window.atlas_window.entries.changes.undo.stack
    rescanned(qtbot, dock, stack.undo)
    assert file.exists() and "fresh.journey" in entries(atlas)
    assert problems and "changed since" in problems[0][1][0] and stack.count() == 0


def test_an_undo_never_overwrites_a_colleagues_later_change(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    dock.select_entry("support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_tags", lambda parent, tags: ["wifi"])
    rescanned(qtbot, dock, window.atlas_window.entries.tag_selected)
    editor = AtlasEditor.open(atlas)
    editor.set_group("lifecycle.journey", "Colleague's group")
    stack = window.atlas_window.entries.changes.undo.stack
    rescanned(qtbot, dock, stack.undo)
    atlas_doc = load(atlas, ATLAS_FORMAT).document
    assert next(e for e in atlas_doc.entries if e.path == "support-call.journey").tags == ["wifi"]
    assert group_of(atlas, "lifecycle.journey") == "Colleague's group"
    assert problems and "changed since" in problems[0][1][0] and stack.count() == 0


def test_deleting_a_file_cannot_be_undone_and_clears_the_steps_before_it(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    dock.select_entry("support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_tags", lambda parent, tags: ["wifi"])
    rescanned(qtbot, dock, window.atlas_window.entries.tag_selected)
    stack = window.atlas_window.entries.changes.undo.stack
    assert stack.count() == 1
    monkeypatch.setattr(atlas_prompts, "ask_remove", lambda parent, name, file: True)
    monkeypatch.setattr(atlas_prompts, "confirm_delete", lambda parent, file: True)
    rescanned(qtbot, dock, window.atlas_window.entries.remove_selected)
    assert stack.count() == 0 and not stack.canUndo()


def test_undo_of_remove_puts_the_entry_back_where_it_was_in_its_group(qtbot, window, atlas, monkeypatch, problems):
    editor = AtlasEditor.open(atlas)
    editor.create_map("later.journey", "Later", group="Lifecycle")
    editor.set_group("support-call.journey", "Lifecycle")
    order = entries(atlas)
    assert order == ["lifecycle.journey", "lifecycle-future.journey", "support-call.journey", "later.journey"]
    dock = opened(qtbot, window, atlas)
    dock.select_entry("support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_remove", lambda parent, name, file: False)
    rescanned(qtbot, dock, window.atlas_window.entries.remove_selected)
    assert entries(atlas) == ["lifecycle.journey", "lifecycle-future.journey", "later.journey"]
    stack = window.atlas_window.entries.changes.undo.stack
    rescanned(qtbot, dock, stack.undo)
    assert entries(atlas) == order and group_of(atlas, "support-call.journey") == "Lifecycle"
    assert [info.path for info in map(row_info, dock.model.map_rows())] == order  # the list shows it there too
    rescanned(qtbot, dock, stack.redo)
    assert entries(atlas) == ["lifecycle.journey", "lifecycle-future.journey", "later.journey"] and not problems
