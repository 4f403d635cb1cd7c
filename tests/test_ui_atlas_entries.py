"""The atlas dock's entry commands on real files: new, add (dialog, drop, found in the folder), rename,
duplicate, remove, group, tags, Locate…, and the keys of the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from journeymapper.model import Atlas
from journeymapper.store import ATLAS_FORMAT, MAP_FORMAT, load, save
from journeymapper.ui import atlas_prompts
from journeymapper.ui.atlas_prompts import MapName
from atlas_window_support import atlas, entries, opened, problems, rescanned  # noqa: F401
from test_ui_support import no_real_dialogs, small_map, window  # noqa: F401


def select(dock: Any, entry: str) -> None:
    assert dock.select_entry(entry), entry


def test_new_map_creates_the_file_adds_it_to_the_selected_group_and_opens_it(qtbot, window, atlas, monkeypatch,
                                                                              problems):
    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    asked = {}

    def ask(parent, key, groups, group):
        asked.update(key=key, groups=list(groups), group=group)
        return MapName("Billing questions", "billing-questions.journey", group)

    monkeypatch.setattr(atlas_prompts, "ask_new_map", ask)
    commands = window.atlas_window.entries
    file = rescanned(qtbot, dock, commands.create_map)
    assert asked["group"] == "Support" and "Lifecycle" in asked["groups"] and asked["key"].endswith(".journey")
    assert file == atlas.parent / "billing-questions.journey" and file.exists()
    assert load(file, MAP_FORMAT).document.title == "Billing questions"
    assert "billing-questions.journey" in entries(atlas)
    assert dock.model.groups()["Support"][-1] == "Billing questions"
    assert window.current_tab().document.path == file
    assert not problems


def test_the_insert_key_in_the_list_starts_a_new_map(qtbot, window, atlas, monkeypatch):
    dock = opened(qtbot, window, atlas)
    calls = []
    monkeypatch.setattr(atlas_prompts, "ask_new_map", lambda *args: calls.append(args) or None)
    dock.raise_()
    dock.tree.setFocus()
    qtbot.keyClick(dock.tree, Qt.Key.Key_Insert)
    assert calls


def test_add_map_files_from_the_dialog(qtbot, window, atlas, monkeypatch, problems):
    extra = atlas.parent / "extra.journey"
    save(extra, small_map())
    dock = opened(qtbot, window, atlas)
    monkeypatch.setattr(atlas_prompts, "ask_map_files", lambda parent, folder: [extra])
    rescanned(qtbot, dock, window.atlas_window.entries.add_from_dialog)
    assert "extra.journey" in entries(atlas)
    assert dock.model.row_of("extra.journey") is not None and not problems


def drop_files(target: Any, files: list[Path], point: QPoint = QPoint(5, 5)) -> QDropEvent:
    """Drag ``files`` over ``target`` and drop them there, as the file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event


def test_dropping_a_map_of_the_folder_adds_it_to_the_group_it_lands_on(qtbot, window, atlas, problems):
    extra = atlas.parent / "dropped.journey"
    save(extra, small_map())
    dock = opened(qtbot, window, atlas)
    dock.raise_()
    support = dock.model.index(1, 0)  # the "Support" group row
    point = dock.tree.visualRect(support).center()
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        event = drop_files(dock.tree.viewport(), [extra, atlas.parent / "notes.txt"], point)
    assert event.isAccepted()
    atlas_doc = load(atlas, ATLAS_FORMAT).document
    added = next(e for e in atlas_doc.entries if e.path == "dropped.journey")
    assert added.group == "Support" and not problems


def test_dropping_a_map_from_outside_copies_it_in_only_when_the_user_agrees(qtbot, window, atlas, tmp_path,
                                                                              monkeypatch, problems):
    outside = tmp_path / "elsewhere" / "outside.journey"
    outside.parent.mkdir()
    save(outside, small_map())
    dock = opened(qtbot, window, atlas)
    asked = []
    monkeypatch.setattr(atlas_prompts, "ask_copy_outside", lambda parent, files, folder: asked.append(files) or False)
    drop_files(dock, [outside])
    qtbot.waitUntil(lambda: bool(asked))
    assert "outside.journey" not in entries(atlas) and not (atlas.parent / "outside.journey").exists()

    monkeypatch.setattr(atlas_prompts, "ask_copy_outside", lambda parent, files, folder: True)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        drop_files(dock, [outside])
    assert (atlas.parent / "outside.journey").exists() and outside.exists()
    assert "outside.journey" in entries(atlas) and not problems


def test_a_drag_of_other_files_is_refused(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(atlas.parent / "notes.txt"))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dock, event)
    assert not event.isAccepted()
    mime.setUrls([QUrl.fromLocalFile(str(atlas.parent / "lifecycle.journey"))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dock, event)
    assert event.isAccepted()


def test_maps_of_the_folder_not_in_the_atlas_are_offered(qtbot, window, atlas, monkeypatch, problems):
    save(atlas.parent / "found.journey", small_map())
    (atlas.parent / "found.journey.bak").write_bytes(b"side file")
    dock = opened(qtbot, window, atlas)
    assert dock.unlisted == ["found.journey"]
    assert dock.unlisted_bar.isVisible() and "1 map" in dock.unlisted_label.text()
    monkeypatch.setattr(atlas_prompts, "choose_unlisted", lambda parent, keys: list(keys))
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        qtbot.mouseClick(dock.unlisted_button, Qt.MouseButton.LeftButton)
    assert "found.journey" in entries(atlas)
    assert not dock.unlisted_bar.isVisible() and not problems


def test_rename_moves_the_file_and_keeps_every_link(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    select(dock, "lifecycle.journey")
    monkeypatch.setattr(atlas_prompts, "ask_rename",
                        lambda parent, title, key: MapName("Lifecycle today", "journeys/lifecycle-today.journey"))
    rescanned(qtbot, dock, window.atlas_window.entries.rename_selected)
    qtbot.waitUntil(lambda: dock.model.row_of("journeys/lifecycle-today.journey") is not None, timeout=10000)
    moved = atlas.parent / "journeys" / "lifecycle-today.journey"
    assert moved.exists() and not (atlas.parent / "lifecycle.journey").exists()
    atlas_doc = load(atlas, ATLAS_FORMAT).document
    assert "journeys/lifecycle-today.journey" in [e.path for e in atlas_doc.entries]
    paired = [p.current for p in atlas_doc.pairs] + [p.future for p in atlas_doc.pairs]
    assert "journeys/lifecycle-today.journey" in paired
    assert load(moved, MAP_FORMAT).document.title == "Lifecycle today"
    assert not problems


def test_renaming_a_map_open_in_a_tab_reopens_it_and_retitles_it_as_an_undoable_edit(qtbot, window, atlas,
                                                                                     monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    window.file_commands.open_path(atlas.parent / "support-call.journey")
    select(dock, "support-call.journey")
    renamed = MapName("Support call", "support.journey")
    monkeypatch.setattr(atlas_prompts, "ask_rename", lambda parent, title, key: renamed)
    rescanned(qtbot, dock, window.atlas_window.entries.rename_selected)
    tab = window.tab_for_path(atlas.parent / "support.journey")
    assert tab is not None and tab.document.journey.title == "Support call"
    assert window.tab_for_path(atlas.parent / "support-call.journey") is None
    tab.document.undo_stack.undo()
    assert tab.document.journey.title == "Support call: connection keeps dropping"
    assert not problems


def test_renaming_a_map_with_unsaved_changes_is_refused(qtbot, window, atlas, monkeypatch, problems):
    from journeymapper.editor import edits

    dock = opened(qtbot, window, atlas)
    tab = window.file_commands.open_path(atlas.parent / "support-call.journey")
    edits.set_map_fields(tab.document, owner="Someone")
    select(dock, "support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_rename", lambda parent, title, key: MapName(title, "support.journey"))
    assert not window.atlas_window.entries.rename_selected()
    assert (atlas.parent / "support-call.journey").exists() and "support-call.journey" in entries(atlas)
    assert problems and "unsaved changes" in problems[0][0]


def test_f2_in_the_list_renames(qtbot, window, atlas, monkeypatch):
    dock = opened(qtbot, window, atlas)
    calls = []
    monkeypatch.setattr(atlas_prompts, "ask_rename", lambda *args: calls.append(args) or None)
    dock.raise_()
    select(dock, "support-call.journey")
    dock.tree.setFocus()
    qtbot.keyClick(dock.tree, Qt.Key.Key_F2)
    assert calls and calls[0][2] == "support-call.journey"


def test_duplicate_adds_a_copy_after_the_original(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_duplicate", lambda parent, title, key: MapName("Support call B", key))
    file = rescanned(qtbot, dock, window.atlas_window.entries.duplicate_selected)
    assert file == atlas.parent / "support-call-copy.journey" and file.exists()
    assert entries(atlas)[entries(atlas).index("support-call.journey") + 1] == "support-call-copy.journey"
    assert load(file, MAP_FORMAT).document.title == "Support call B"
    assert dock.current_entry() == "support-call-copy.journey" and not problems


def test_delete_key_removes_the_entry_and_keeps_the_file(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    monkeypatch.setattr(atlas_prompts, "ask_remove", lambda parent, name, file: False)
    monkeypatch.setattr(atlas_prompts, "confirm_delete", lambda *args: pytest.fail("no delete was asked for"))
    dock.raise_()
    select(dock, "support-call.journey")
    dock.tree.setFocus()
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        qtbot.keyClick(dock.tree, Qt.Key.Key_Delete)
    assert "support-call.journey" not in entries(atlas)
    assert (atlas.parent / "support-call.journey").exists()
    assert dock.model.row_of("support-call.journey") is None and not problems


def test_remove_deletes_the_file_only_when_asked_and_confirmed(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    file = atlas.parent / "support-call.journey"
    monkeypatch.setattr(atlas_prompts, "ask_remove", lambda parent, name, file: True)
    monkeypatch.setattr(atlas_prompts, "confirm_delete", lambda parent, file: False)
    select(dock, "support-call.journey")
    assert window.atlas_window.entries.remove_selected() is None
    assert file.exists() and "support-call.journey" in entries(atlas)

    monkeypatch.setattr(atlas_prompts, "confirm_delete", lambda parent, file: True)
    rescanned(qtbot, dock, window.atlas_window.entries.remove_selected)
    assert not file.exists() and "support-call.journey" not in entries(atlas) and not problems


def test_group_and_tags_are_saved_in_the_atlas(qtbot, window, atlas, monkeypatch, problems):
    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_group", lambda parent, groups, current: "Care")
    rescanned(qtbot, dock, window.atlas_window.entries.group_selected)
    assert "Care" in dock.model.groups() and dock.current_entry() == "support-call.journey"
    monkeypatch.setattr(atlas_prompts, "ask_tags", lambda parent, tags: ["wifi", "calls"])
    rescanned(qtbot, dock, window.atlas_window.entries.tag_selected)
    entry = next(e for e in load(atlas, ATLAS_FORMAT).document.entries if e.path == "support-call.journey")
    assert entry.group == "Care" and entry.tags == ["wifi", "calls"] and not problems


def test_a_colleagues_change_to_the_atlas_is_not_overwritten(qtbot, window, atlas, monkeypatch, problems):
    from journeymapper.atlas import AtlasEditor

    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    original = AtlasEditor.open

    def colleague_first(path, hooks=None):
        editor = original(path, hooks)
        changed: Atlas = editor.atlas.model_copy(deep=True)
        changed.title = "Changed by a colleague"
        save(path, changed)
        return editor

    monkeypatch.setattr(AtlasEditor, "open", staticmethod(colleague_first))
    monkeypatch.setattr(atlas_prompts, "ask_group", lambda parent, groups, current: "Care")
    rescanned(qtbot, dock, window.atlas_window.entries.group_selected)
    atlas_doc = load(atlas, ATLAS_FORMAT).document
    assert atlas_doc.title == "Changed by a colleague"
    assert next(e for e in atlas_doc.entries if e.path == "support-call.journey").group == "Support"
    assert problems and "changed by someone else" in problems[0][0]


def test_a_missing_map_says_why_and_locate_repairs_it(qtbot, window, atlas, monkeypatch, problems):
    (atlas.parent / "support-call.journey").rename(atlas.parent / "moved-call.journey")
    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    assert dock.problem_bar.isVisible() and "missing" in dock.problem_label.text()
    monkeypatch.setattr(atlas_prompts, "ask_locate", lambda parent, folder, entry: atlas.parent / "moved-call.journey")
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        qtbot.mouseClick(dock.locate_button, Qt.MouseButton.LeftButton)
    assert "moved-call.journey" in entries(atlas) and "support-call.journey" not in entries(atlas)
    assert dock.model.row_of("moved-call.journey") is not None and not problems


def test_activating_a_missing_map_offers_locate(qtbot, window, atlas, monkeypatch):
    (atlas.parent / "support-call.journey").unlink()
    dock = opened(qtbot, window, atlas)
    asked = []
    monkeypatch.setattr(atlas_prompts, "ask_locate", lambda parent, folder, entry: asked.append(entry))
    dock.raise_()
    select(dock, "support-call.journey")
    dock.tree.setFocus()
    qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    assert asked == ["support-call.journey"] and window.tab_for_path(atlas.parent / "support-call.journey") is None


def test_locate_refuses_a_file_outside_the_atlas_folder(qtbot, window, atlas, tmp_path, monkeypatch, problems):
    (atlas.parent / "support-call.journey").unlink()
    outside = tmp_path / "support-call.journey"
    save(outside, small_map())
    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    monkeypatch.setattr(atlas_prompts, "ask_locate", lambda parent, folder, entry: outside)
    before = atlas.read_bytes()
    assert window.atlas_window.entries.locate_selected() is None
    assert atlas.read_bytes() == before
    assert problems and "outside the atlas's folder" in problems[0][0] and str(atlas.parent) in problems[0][1][0]


def test_the_bundled_example_cannot_be_changed(qtbot, window):
    from journeymapper.resources import example_atlas

    dock = opened(qtbot, window, example_atlas())
    select(dock, "support-call.journey")
    commands = window.atlas_window.entries
    assert not commands.new_map.isEnabled() and not commands.remove.isEnabled() and not commands.rename.isEnabled()


def test_the_context_menu_offers_what_fits_the_entry(qtbot, window, atlas):
    (atlas.parent / "support-call.journey").unlink()
    dock = opened(qtbot, window, atlas)
    commands = window.atlas_window.entries
    select(dock, "support-call.journey")
    names = [a.objectName() for a in dock.build_context_menu(dock.current_info()).actions()]
    assert "atlas_locate" in names and "atlas_remove" in names and "atlas_new_map" in names
    select(dock, "lifecycle.journey")
    menu = dock.build_context_menu(dock.current_info())
    assert commands.locate not in menu.actions() and commands.rename in menu.actions()
    extra = []
    dock.menu_providers.append(lambda menu, info: extra.append(info))
    dock.build_context_menu(None)
    assert extra == [None]


def test_dragging_a_map_row_onto_another_group_moves_it_there(qtbot, window, atlas, problems):
    dock = opened(qtbot, window, atlas)
    dock.raise_()
    select(dock, "support-call.journey")
    row = dock.model.indexFromItem(dock.model.row_of("support-call.journey"))
    mime = dock.model.mimeData([row])
    target = dock.tree.visualRect(dock.model.index(0, 0)).center()  # the "Lifecycle" group row
    viewport = dock.tree.viewport()
    enter = QDragEnterEvent(target, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        QApplication.sendEvent(viewport, drop)
    entry = next(e for e in load(atlas, ATLAS_FORMAT).document.entries if e.path == "support-call.journey")
    assert entry.group == "Lifecycle" and len(dock.model.map_rows()) == 3 and not problems
    assert "Support" not in dock.model.groups()


def test_a_map_row_dropped_on_its_own_group_changes_nothing(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    select(dock, "support-call.journey")
    row = dock.model.indexFromItem(dock.model.row_of("support-call.journey"))
    before = atlas.read_bytes()
    drop = QDropEvent(QPointF(dock.tree.visualRect(row).center()), Qt.DropAction.CopyAction,
                      dock.model.mimeData([row]), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dock.tree.viewport(), drop)
    qtbot.wait(50)
    assert not drop.isAccepted() and atlas.read_bytes() == before and len(dock.model.map_rows()) == 3


def test_the_file_name_follows_the_title_until_the_user_edits_it(qtbot):
    from journeymapper.ui.atlas_prompts import MapNameDialog, file_name_for

    assert file_name_for("Support call: Wi-Fi drops") == "support-call-wi-fi-drops.journey"
    assert file_name_for("Café crème") == "cafe-creme.journey"
    assert file_name_for("!!!") == "map.journey"
    dialog = MapNameDialog(None, "New", "", "support/new-map.journey", groups=["Support", ""], group="Support")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_field, "Billing")
    assert dialog.value() == MapName("Billing", "support/billing.journey", "Support")
    dialog.file_field.clear()
    qtbot.keyClicks(dialog.file_field, "kept")
    qtbot.keyClicks(dialog.title_field, " questions")
    assert dialog.value() == MapName("Billing questions", "kept.journey", "Support")
