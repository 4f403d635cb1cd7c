"""File > Snapshots in the window: take, list, compare, restore (one undo step), rename and delete snapshots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from journeymapper.editor import edits
from journeymapper.model import JourneyMap
from journeymapper.store.sidefiles import history_dir
from journeymapper.store.snapshots import create_snapshot, list_snapshots, load_snapshot
from journeymapper.ui import file_dialogs, snapshot_commands
from journeymapper.ui.compare_window import CompareWindow
from journeymapper.ui.history_dialog import HistoryDialog
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401


@pytest.fixture
def opened(window, map_file):
    return window.file_commands.open_path(map_file)


@pytest.fixture
def answers(monkeypatch):
    """The questions the commands ask, answered by the test (and counted)."""
    asked: dict[str, list] = {"name": [], "save_first": [], "restore": [], "delete": [], "problem": []}
    replies = {"name": "after workshop 2", "save_first": False, "restore": True, "delete": True}

    def reply(kind):
        def answer(*args):
            asked[kind].append(args[1:])
            return replies[kind]
        return answer

    monkeypatch.setattr(snapshot_commands, "ask_snapshot_name", reply("name"))
    monkeypatch.setattr(snapshot_commands, "ask_save_first", reply("save_first"))
    monkeypatch.setattr(snapshot_commands, "confirm_restore", reply("restore"))
    monkeypatch.setattr(snapshot_commands, "confirm_delete", reply("delete"))
    monkeypatch.setattr(snapshot_commands, "show_problem", lambda *args: asked["problem"].append(args[1:]))
    return asked, replies


def test_take_snapshot_from_the_menu_keeps_the_edited_map(window, opened, map_file, answers):
    asked, _ = answers
    edits.add_card(opened.document, "lane-touch", "stage-aware", "Unsaved idea")
    window.findChild(type(window.snapshots.actions["take"]), "take_snapshot").trigger()
    (snapshot,) = list_snapshots(map_file)
    assert snapshot.name == "after workshop 2" and len(asked["name"]) == 1
    assert load_snapshot(snapshot) == opened.document.journey  # unsaved edits included
    assert "after workshop 2" in window.statusBar().currentMessage()


def test_the_shortcut_takes_a_snapshot(window, opened, map_file, answers, qtbot):
    action = window.snapshots.actions["take"]
    assert action.shortcut().toString() == "Ctrl+Alt+S"
    assert action in window.findChild(type(window.snapshots.menu), "snapshots_menu").actions()
    opened.view.setFocus()
    qtbot.keyClick(opened.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert [s.name for s in list_snapshots(map_file)] == ["after workshop 2"]


def test_an_untitled_map_must_be_saved_first(window, answers, monkeypatch, tmp_path):
    asked, replies = answers
    tab = window.file_commands.new_map()
    assert window.snapshots.take_snapshot(tab) is None
    assert len(asked["save_first"]) == 1 and asked["name"] == []  # refused: nothing asked, nothing written
    replies["save_first"] = True
    target = tmp_path / "fresh.journey"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: target)
    snapshot = window.snapshots.take_snapshot(tab)
    assert snapshot is not None and tab.document.path == target
    assert [s.name for s in list_snapshots(target)] == ["after workshop 2"]


def test_a_cancelled_name_takes_nothing(window, opened, map_file, answers):
    _, replies = answers
    replies["name"] = None
    assert window.snapshots.take_snapshot() is None
    assert not history_dir(map_file).exists()


def test_an_empty_name_is_refused_with_a_message(window, opened, map_file, answers):
    asked, replies = answers
    replies["name"] = "   "
    assert window.snapshots.take_snapshot() is None
    assert asked["problem"] and "name" in asked["problem"][0][1]
    assert list_snapshots(map_file) == []


def test_history_lists_snapshots_with_author_and_marker(window, opened, map_file, answers, qtbot):
    journey = opened.document.journey
    create_snapshot(map_file, journey, "named one", author="ana")
    create_snapshot(map_file, journey, "before import of survey.csv", automatic=True, author="bo")
    (history_dir(map_file) / "broken.journey").write_bytes(b"{ not json")
    dialog = window.snapshots.show_history()
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    rows = {dialog.list.topLevelItem(i).text(0): [dialog.list.topLevelItem(i).text(c) for c in range(4)]
            for i in range(dialog.list.topLevelItemCount())}
    assert rows["named one"][2:] == ["ana", "named"]
    assert rows["before import of survey.csv"][2:] == ["bo", "automatic"]
    assert rows["broken.journey"][3] == "damaged"
    broken = next(i for i in range(dialog.list.topLevelItemCount()) if dialog.list.topLevelItem(i).text(3) == "damaged")
    dialog.list.setCurrentItem(dialog.list.topLevelItem(broken))
    assert not dialog.restore_button.isEnabled() and not dialog.compare_button.isEnabled()
    assert not dialog.rename_button.isEnabled()
    assert dialog.delete_button.isEnabled()
    assert "cannot be used" in dialog.list.topLevelItem(broken).toolTip(0)


def test_tab_goes_from_the_list_through_the_buttons_left_to_right_and_close_last(window, opened, map_file,
                                                                                answers, qtbot):
    create_snapshot(map_file, opened.document.journey, "named one", author="ana")
    dialog = window.snapshots.show_history()
    qtbot.waitExposed(dialog)
    order = [dialog.take_button, dialog.compare_button, dialog.restore_button, dialog.rename_button,
             dialog.delete_button, dialog.refresh_button]
    assert [b.geometry().x() for b in order] == sorted(b.geometry().x() for b in order)
    reached = []
    widget = dialog.list
    for _ in range(len(order) + 1):
        widget = widget.nextInFocusChain()
        while not isinstance(widget, QPushButton):
            widget = widget.nextInFocusChain()
        reached.append(widget)
    assert reached[:-1] == order
    assert reached[-1].text().replace("&", "") == "Close", "the right-most button is met last"


def test_restore_gives_the_exact_earlier_model_and_undoes_in_one_step(window, opened, map_file, answers, qtbot):
    document = opened.document
    earlier = document.journey.model_copy(deep=True)
    window.snapshots.take_snapshot()
    edits.add_card(document, "lane-pain", "stage-use", "A new pain")
    edits.set_stage_fields(document, "stage-buy", name="Purchase")
    edits.delete_cards(document, ["card-ad"])
    edited = document.journey.model_copy(deep=True)
    steps = document.undo_stack.count()
    dialog = window.snapshots.show_history()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert document.journey == earlier
    assert document.undo_stack.count() == steps + 1
    assert "Restore snapshot" in document.undo_stack.undoText()
    assert opened.view.map_scene.cards.keys() == {c.id for c in earlier.cards}  # the canvas follows
    document.undo_stack.undo()
    assert document.journey == edited
    document.undo_stack.redo()
    assert document.journey == earlier
    assert document.check() == []


def test_restore_asks_first(window, opened, map_file, answers):
    asked, replies = answers
    snapshot = create_snapshot(map_file, small_map().model_copy(update={"title": "old title"}), "old")
    replies["restore"] = False
    assert not window.snapshots.restore(opened, snapshot)
    assert opened.document.journey.title == "Broadband sign-up" and len(asked["restore"]) == 1


def test_delete_asks_then_removes_the_file(window, opened, map_file, answers, qtbot):
    asked, _ = answers
    create_snapshot(map_file, opened.document.journey, "to delete")
    dialog = window.snapshots.show_history()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert len(asked["delete"]) == 1
    assert list_snapshots(map_file) == [] and dialog.list.topLevelItemCount() == 0


def test_compare_with_current_opens_the_compare_window(window, opened, map_file, answers, qtbot):
    window.snapshots.take_snapshot()
    edits.set_card_fields(opened.document, "card-web", text="One-click checkout")
    dialog = window.snapshots.show_history()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    compare = window.findChild(CompareWindow)
    assert compare is not None and compare.isVisible()
    assert [(d.kind, d.id, d.change) for d in compare.comparison.differences] == [("card", "card-web", "changed")]
    assert "after workshop 2" in compare.windowTitle()
    compare.close()


def test_closing_the_map_closes_its_history(window, opened, map_file, answers, qtbot):
    dialog = window.snapshots.show_history()
    assert dialog.isVisible()
    window.close_current_tab()
    qtbot.waitUntil(lambda: not window.snapshots.dialogs)
    QApplication.processEvents()


def test_the_commands_need_an_open_map(window):
    actions = window.snapshots.actions
    assert window.current_tab() is None
    assert not actions["take"].isEnabled() and not actions["history"].isEnabled()
    window.file_commands.new_map()
    assert actions["take"].isEnabled() and actions["history"].isEnabled()


def test_replace_map_swaps_unknown_fields_too_and_undoes_exactly(window, opened):
    document = opened.document
    before = document.journey.model_copy(deep=True)
    raw = small_map().model_dump(mode="json")
    raw["future_field"] = "from a newer version"
    raw["title"] = "Other title"
    other = JourneyMap.model_validate(raw)
    assert edits.replace_map(document, other, "Restore")
    assert document.journey == other and document.journey.model_extra == {"future_field": "from a newer version"}
    assert not edits.replace_map(document, other, "Restore")  # already so: no empty undo step
    document.undo_stack.undo()
    assert document.journey == before and document.journey.model_extra == {}


def test_f2_renames_the_selected_snapshot_keeping_its_file_and_map(window, opened, map_file, answers, qtbot):
    asked, replies = answers
    snapshot = create_snapshot(map_file, opened.document.journey, "Before importing survey.csv", automatic=True)
    before = load_snapshot(snapshot)
    dialog = window.snapshots.show_history()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.list.setFocus()
    replies["name"] = "baseline"
    qtbot.keyClick(dialog.list, Qt.Key.Key_F2)
    assert asked["name"] == [("Before importing survey.csv", "Rename Snapshot")]  # the old name offered
    (renamed,) = list_snapshots(map_file)
    assert (renamed.path, renamed.name, renamed.automatic) == (snapshot.path, "baseline", False)
    assert load_snapshot(renamed) == before
    row = dialog.list.topLevelItem(0)
    assert (row.text(0), row.text(3)) == ("baseline", "named") and "baseline" in window.statusBar().currentMessage()


def test_the_rename_button_with_a_cancelled_or_empty_name_changes_nothing(window, opened, map_file, answers, qtbot):
    asked, replies = answers
    snapshot = create_snapshot(map_file, opened.document.journey, "kept name")
    content = snapshot.path.read_bytes()
    dialog = window.snapshots.show_history()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    replies["name"] = None
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    replies["name"] = "   "
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert len(asked["name"]) == 2 and len(asked["problem"]) == 1 and "name" in asked["problem"][0][1]
    assert snapshot.path.read_bytes() == content and dialog.list.topLevelItem(0).text(0) == "kept name"
