"""The main window: maps in tabs, title and modified marker, saving, close prompts, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.editor import edits
from journeymapper.model import LaneKind
from journeymapper.store import SaveError, load_map, save
from journeymapper.ui import file_dialogs
from journeymapper.ui.opening import DEFAULT_STAGES
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401

Button = file_dialogs.Button


def test_opening_a_map_shows_it_in_a_tab(window, map_file):
    tab = window.file_commands.open_path(map_file)
    assert tab is not None and window.tabs.count() == 1
    assert window.current_tab() is tab
    assert tab.document.path == map_file
    assert window.tabs.tabText(0) == "Broadband sign-up"
    assert "Broadband sign-up" in window.displayed_title()
    assert "*" not in window.displayed_title()


def test_opening_an_open_file_again_brings_its_tab_forward(window, map_file, tmp_path):
    first = window.file_commands.open_path(map_file)
    other = tmp_path / "other.journey"
    save(other, small_map().model_copy(update={"title": "Other"}))
    window.file_commands.open_path(other)
    assert window.current_tab() is not first
    again = window.file_commands.open_path(tmp_path / "." / "signup.journey")
    assert again is first
    assert window.tabs.count() == 2
    assert window.current_tab() is first


def test_title_shows_modified_after_an_edit_and_clean_after_undo(window, map_file):
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    assert window.isWindowModified()
    assert window.displayed_title().startswith("Broadband sign-up*")
    assert window.tabs.tabText(0) == "Broadband sign-up*"
    window.commands.undo.trigger()
    assert not window.isWindowModified()
    assert "*" not in window.displayed_title()
    assert window.tabs.tabText(0) == "Broadband sign-up"


def test_undo_and_redo_actions_follow_the_current_tab(window, map_file, tmp_path):
    first = window.file_commands.open_path(map_file)
    edits.set_card_fields(first.document, "card-ad", text="Radio advert")
    second = window.file_commands.new_map()
    assert not window.commands.undo.isEnabled()
    window.show_tab(first)
    assert window.commands.undo.isEnabled()
    window.commands.undo.trigger()
    assert first.document.card("card-ad").text == "Billboard advert"
    window.commands.redo.trigger()
    assert first.document.card("card-ad").text == "Radio advert"
    assert not second.document.modified


def test_save_writes_the_file_and_clears_modified(window, map_file):
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    edits.add_stage(tab.document, "Leave")
    window.commands.save.trigger()
    assert not tab.document.modified
    assert not window.isWindowModified()
    assert load_map(map_file) == tab.document.journey


def test_save_as_asks_for_a_path_and_remembers_it(window, map_file, tmp_path, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    target = tmp_path / "copy.journey"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: target)
    window.commands.save_as.trigger()
    assert tab.document.path == target
    assert load_map(target) == tab.document.journey
    assert window.recent.paths()[0] == target


def test_a_failed_save_keeps_the_map_modified_and_offers_save_as(window, map_file, tmp_path, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    before = map_file.read_bytes()
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")

    def failing_save(path, document, version=None, **options):
        raise SaveError(28, "cannot save signup.journey: No space left on device")

    monkeypatch.setattr("journeymapper.store.files.save", failing_save)
    offered = []
    monkeypatch.setattr(
        file_dialogs, "ask_save_as_after_failure", lambda parent, name, reason: offered.append(reason) or False
    )
    assert window.file_commands.save() is False
    assert offered and "No space left" in offered[0]
    assert tab.document.modified and window.isWindowModified()
    assert map_file.read_bytes() == before


@pytest.mark.parametrize(
    ("choice", "closed", "saved"),
    [(Button.Save, True, True), (Button.Discard, True, False), (Button.Cancel, False, False)],
)
def test_closing_a_modified_tab_asks_first(window, map_file, monkeypatch, choice, closed, saved):
    tab = window.file_commands.open_path(map_file)
    before = map_file.read_bytes()
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    asked = []
    monkeypatch.setattr(file_dialogs, "ask_save_changes", lambda parent, name: asked.append(name) or choice)
    window.commands.close.trigger()
    assert asked == ["Broadband sign-up"]
    assert (window.tabs.count() == 0) is closed
    assert (map_file.read_bytes() != before) is saved
    if saved:
        assert load_map(map_file).card("card-ad").text == "Radio advert"


def test_closing_an_unmodified_tab_asks_nothing(window, map_file, monkeypatch):
    window.file_commands.open_path(map_file)
    monkeypatch.setattr(file_dialogs, "ask_save_changes", lambda parent, name: pytest.fail("asked"))
    assert window.close_tab(0)
    assert window.tabs.count() == 0
    assert window.displayed_title() == "JourneyMapper"
    assert not window.commands.save.isEnabled()


def test_closing_the_window_with_unsaved_changes_can_be_cancelled(window, map_file, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    monkeypatch.setattr(file_dialogs, "ask_save_changes", lambda parent, name: Button.Cancel)
    assert not window.close()
    assert window.isVisible() and window.tabs.count() == 1


def open_errors(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.objectName() == "open_error" and box.isVisible()]


def test_a_corrupt_file_shows_the_file_and_the_place_and_opens_nothing(window, map_file, tmp_path):
    bad = tmp_path / "bad.journey"
    data = json.loads(map_file.read_text(encoding="utf-8"))
    data["cards"][2]["stage"] = "stage-gone"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = bad.read_bytes()
    assert window.file_commands.open_path(bad) is None
    assert window.tabs.count() == 0
    boxes = open_errors(window)
    assert len(boxes) == 1
    message = boxes[0].text() + "\n" + boxes[0].informativeText()
    assert str(bad) in message and "cards[2].stage" in message and "stage-gone" in message
    assert bad.read_bytes() == before
    assert window.recent.paths() == []


def test_truncated_json_names_the_line(window, map_file, tmp_path):
    bad = tmp_path / "cut.journey"
    bad.write_bytes(map_file.read_bytes()[:200])
    assert window.file_commands.open_path(bad) is None
    (box,) = open_errors(window)
    assert str(bad) in box.text()
    assert "line" in box.informativeText()


def write_atlas(path: Path, *links: str) -> Path:
    entries = [{"path": link} for link in links]
    data = {"format": "journeymapper.atlas", "version": "1.0", "id": "atlas-t", "entries": entries}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_atlas_opens_its_first_map(window, map_file, tmp_path):
    atlas = write_atlas(tmp_path / "all.atlas", "signup.journey")
    tab = window.file_commands.open_path(atlas)
    assert tab is not None and tab.document.path == tmp_path / "signup.journey"
    assert window.file_commands.open_path(map_file) is tab
    assert window.tabs.count() == 1


@pytest.mark.parametrize("link", ["../signup.journey", "/srv/signup.journey", "\\\\host\\share\\a.journey", "file:a.journey"])
def test_an_atlas_link_leaving_its_folder_is_not_followed(window, map_file, tmp_path, link):
    folder = tmp_path / "atlas"
    folder.mkdir()
    atlas = write_atlas(folder / "all.atlas", link)
    assert window.file_commands.open_path(atlas) is None
    assert window.tabs.count() == 0
    (box,) = open_errors(window)
    assert str(atlas) in box.text() and "entries[0].path" in box.informativeText()


def test_no_files_opens_the_example_as_an_untitled_copy(window):
    window.file_commands.open_paths([])
    tab = window.current_tab()
    assert tab is not None
    assert tab.document.path is None and not tab.document.modified
    assert tab.document.journey.cards, "the example map has cards"
    assert tab.document.display_name in window.displayed_title()


def test_new_gives_an_untitled_map_with_default_stages_and_lanes(window):
    window.commands.new.trigger()
    tab = window.current_tab()
    journey = tab.document.journey
    assert [s.name for s in journey.stages] == list(DEFAULT_STAGES) == ["Aware", "Consider", "Buy", "Use", "Get help"]
    assert [lane.kind for lane in journey.lanes] == [
        LaneKind.TOUCHPOINTS, LaneKind.CUSTOMER_ACTIONS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES,
    ]
    assert [lane.title for lane in journey.lanes] == ["Touchpoints", "Customer actions", "Emotions", "Pain points", "Opportunities"]
    assert tab.document.path is None and not tab.document.modified
    assert "Untitled map" in window.displayed_title()


def test_saving_a_new_map_asks_where(window, tmp_path, monkeypatch):
    window.commands.new.trigger()
    tab = window.current_tab()
    suggested = []
    target = tmp_path / "fresh.journey"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, path: suggested.append(path) or target)
    window.commands.save.trigger()
    assert suggested[0].suffix == ".journey"
    assert load_map(target) == tab.document.journey
    assert tab.document.path == target


def test_recent_files_are_listed_newest_first_and_reopen(window, map_file, tmp_path):
    other = tmp_path / "other.journey"
    save(other, small_map().model_copy(update={"title": "Other"}))
    window.file_commands.open_path(map_file)
    window.file_commands.open_path(other)
    assert window.recent.paths() == [other, map_file]
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(other), str(map_file)]
    window.close_tab(window.tabs.currentIndex())
    entries[0].trigger()
    assert window.current_tab().document.path == other
    assert window.tabs.count() == 2


def test_recent_files_survive_a_new_window(window, map_file, qtbot):
    from journeymapper.ui import MainWindow

    window.file_commands.open_path(map_file)
    second = MainWindow(settings=window.settings)
    qtbot.addWidget(second)
    assert second.recent.paths() == [map_file]


def test_save_includes_a_card_still_being_typed(window, map_file):
    from PySide6.QtTest import QTest

    tab = window.file_commands.open_path(map_file)
    window.commands.insert_card.trigger()
    QTest.keyClicks(tab.view, "Half typed")
    window.commands.save.trigger()
    assert not tab.view.is_editing()
    assert "Half typed" in [c.text for c in load_map(map_file).cards]
    assert not tab.document.modified


def test_closing_asks_about_a_card_still_being_typed(window, map_file, monkeypatch):
    from PySide6.QtTest import QTest

    tab = window.file_commands.open_path(map_file)
    window.commands.insert_card.trigger()
    QTest.keyClicks(tab.view, "Half typed")
    asked = []
    monkeypatch.setattr(file_dialogs, "ask_save_changes", lambda parent, name: asked.append(name) or Button.Cancel)
    assert not window.close_tab(0)
    assert asked and "Half typed" in [c.text for c in tab.document.journey.cards]
