"""Actions across the atlas: every action of every map, overdue first, filters, opening an action's map."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from journeymapper.model import ActionStatus
from journeymapper.store import load
from journeymapper.ui import atlas_rollup
from journeymapper.ui.action_filter import OPEN
from test_ui_atlas import atlas, open_atlas  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401

TODAY = date(2026, 11, 20)


def every_action(atlas: Path) -> list[tuple[str, Any]]:
    found = []
    for name in ("lifecycle.journey", "lifecycle-future.journey", "support-call.journey"):
        found += [(name, action) for action in load(atlas.parent / name).document.actions]
    return found


def shown_rollup(qtbot: Any, window: Any, atlas: Path) -> Any:
    dock = window.navigation.rollup
    dock.today = lambda: TODAY
    open_atlas(qtbot, window, atlas)
    with qtbot.waitSignal(dock.loaded, timeout=10000):
        window.findChild(type(dock.toggleViewAction()), "show_rollup").trigger()
    assert not dock.visibleRegion().isEmpty()  # in front of the action plan it shares the bottom with
    return dock


def test_the_rollup_lists_every_action_of_every_map_overdue_first(qtbot, window, atlas):
    dock = shown_rollup(qtbot, window, atlas)
    rows = dock.shown_rows()
    expected = every_action(atlas)
    assert sorted(r.action.id for r in rows) == sorted(a.id for _, a in expected)
    overdue = [r.overdue for r in rows]
    assert any(overdue) and overdue == sorted(overdue, reverse=True)  # every overdue row before the others
    assert all(r.action.status.is_open and r.action.due < TODAY for r in rows if r.overdue)
    titles = {r.map_title for r in rows}
    assert "Support call: connection keeps dropping" in titles and len(titles) == 3
    first = dock.proxy.index(0, atlas_rollup.OVERDUE)
    assert first.data() == "Overdue" and "Overdue" in dock.count.text() or "overdue" in dock.count.text()


def test_filters_by_owner_status_due_date_and_overdue(qtbot, window, atlas):
    dock = shown_rollup(qtbot, window, atlas)
    total = len(dock.shown_rows())
    owner = dock.shown_rows()[0].action.owner
    dock.owner.setCurrentIndex(dock.owner.findData(owner))
    assert dock.shown_rows() and all(r.action.owner == owner for r in dock.shown_rows())
    dock.owner.setCurrentIndex(0)
    dock.status.setCurrentIndex(dock.status.findData(ActionStatus.DONE.value))
    assert dock.shown_rows() and all(r.action.status is ActionStatus.DONE for r in dock.shown_rows())
    dock.status.setCurrentIndex(dock.status.findData(OPEN))
    assert all(r.action.status.is_open for r in dock.shown_rows())
    dock.status.setCurrentIndex(0)
    dock.due_date.setDate(QDate(2026, 12, 1))
    qtbot.mouseClick(dock.due_check, Qt.MouseButton.LeftButton, pos=dock.due_check.rect().center())
    assert dock.due_check.isChecked()
    assert dock.shown_rows() and all(r.action.due and r.action.due < date(2026, 12, 1) for r in dock.shown_rows())
    qtbot.mouseClick(dock.due_check, Qt.MouseButton.LeftButton, pos=dock.due_check.rect().center())
    qtbot.mouseClick(dock.overdue_only, Qt.MouseButton.LeftButton, pos=dock.overdue_only.rect().center())
    assert dock.shown_rows() and all(r.overdue for r in dock.shown_rows())
    assert len(dock.shown_rows()) < total
    assert dock.count.text().startswith(f"{len(dock.shown_rows())} of {total} actions")


def test_double_click_opens_the_map_with_the_cards_selected_and_the_action_shown(qtbot, window, atlas):
    dock = shown_rollup(qtbot, window, atlas)
    row = next(i for i, r in enumerate(dock.shown_rows())
               if r.file.name == "support-call.journey" and r.action.cards)
    rolled = dock.shown_rows()[row]
    index = dock.proxy.index(row, atlas_rollup.ACTION)
    dock.table.scrollTo(index)
    rect = dock.table.visualRect(index)
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = window.current_tab()
    assert tab.document.path == atlas.parent / "support-call.journey"
    assert set(tab.view.selection().ids) == set(rolled.action.cards)
    panel = window.action_panel
    assert panel.isVisible() and panel.selected_ids() == [rolled.action.id]


def test_the_rollup_is_read_off_the_main_thread_and_again_after_a_change(qtbot, window, atlas, monkeypatch):
    threads: list[int] = []
    read = atlas_rollup.read_rollup

    def recorded(*args: Any) -> Any:
        threads.append(threading.get_ident())
        return read(*args)

    monkeypatch.setattr(atlas_rollup, "read_rollup", recorded)
    dock = shown_rollup(qtbot, window, atlas)
    assert threads and threads[0] != threading.get_ident()
    before = len(dock.shown_rows())
    tab = window.tab_for_path(atlas.parent / "lifecycle.journey")
    tab.document.journey  # the map is open: add an action to it and save
    from journeymapper.editor import edits

    edits.add_action(tab.document, "Call back within the hour", owner="Zed Example")
    assert window.file_commands.save(tab)
    with qtbot.waitSignal(dock.loaded, timeout=10000):
        qtbot.mouseClick(dock.refresh_button, Qt.MouseButton.LeftButton)
    assert len(dock.shown_rows()) == before + 1
    assert dock.owner.findData("Zed Example") >= 0


def test_the_filters_are_reached_by_their_labels_and_headers_align_as_the_action_plan(qtbot, window, atlas):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    dock = shown_rollup(qtbot, window, atlas)
    buddies = {label.text(): label.buddy() for label in dock.findChildren(QLabel) if label.buddy() is not None}
    assert buddies == {"Ow&ner:": dock.owner, "&Status:": dock.status}
    dock.table.setFocus()
    QTest.keyClick(dock.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dock.status.hasFocus()
    alignment = dock.table.horizontalHeader().defaultAlignment()
    assert alignment == window.action_panel.table.horizontalHeader().defaultAlignment()


def test_an_action_added_in_an_open_map_shows_unsaved_and_undo_removes_it(qtbot, window, atlas, monkeypatch):
    from PySide6.QtGui import QFont

    from journeymapper.editor import edits

    reads: list[int] = []
    read = atlas_rollup.read_rollup
    monkeypatch.setattr(atlas_rollup, "read_rollup", lambda *args: reads.append(1) or read(*args))
    dock = shown_rollup(qtbot, window, atlas)
    reads_before = len(reads)
    tab = window.tab_for_path(atlas.parent / "lifecycle.journey")
    assert tab is not None and not tab.document.modified

    def row_of(title: str) -> int:
        return next((i for i, r in enumerate(dock.shown_rows()) if r.action.title == title), -1)

    added = edits.add_action(tab.document, "Ring back the same day", owner="Una Saved")
    qtbot.waitUntil(lambda: row_of("Ring back the same day") >= 0, timeout=3000)
    number = row_of("Ring back the same day")
    assert dock.shown_rows()[number].action.id == added
    assert dock.owner.findData("Una Saved") >= 0
    index = dock.proxy.index(number, atlas_rollup.MAP)
    assert isinstance(index.data(Qt.ItemDataRole.FontRole), QFont) and index.data(Qt.ItemDataRole.FontRole).italic()
    assert "unsaved changes in the open map" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "(unsaved)" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    other = next(i for i, r in enumerate(dock.shown_rows()) if r.file.name == "support-call.journey")
    assert dock.proxy.index(other, atlas_rollup.MAP).data(Qt.ItemDataRole.FontRole) is None, "a saved map: upright"
    assert not any(a.title == "Ring back the same day" for a in load(tab.document.path).document.actions)
    assert len(reads) == reads_before, "taken from the tab, without reading the files again"

    tab.document.undo_stack.undo()
    qtbot.waitUntil(lambda: row_of("Ring back the same day") < 0, timeout=3000)
    assert sorted(r.action.id for r in dock.shown_rows()) == sorted(a.id for _, a in every_action(atlas))
    assert not any(dock.model.is_unsaved(r) for r in dock.shown_rows()), "undone to the saved state: upright again"


def test_saving_an_open_map_drops_the_unsaved_mark(qtbot, window, atlas):
    from journeymapper.editor import edits

    dock = shown_rollup(qtbot, window, atlas)
    tab = window.tab_for_path(atlas.parent / "lifecycle.journey")
    edits.add_action(tab.document, "Send the summary by post")
    qtbot.waitUntil(lambda: any(dock.model.is_unsaved(r) for r in dock.shown_rows()), timeout=3000)
    assert window.file_commands.save(tab)
    qtbot.waitUntil(lambda: not any(dock.model.is_unsaved(r) for r in dock.shown_rows()), timeout=3000)
    assert any(r.action.title == "Send the summary by post" for r in dock.shown_rows())


def test_closing_an_open_map_without_saving_shows_its_saved_actions_again(qtbot, window, atlas, no_real_dialogs):
    from journeymapper.editor import edits

    dock = shown_rollup(qtbot, window, atlas)
    tab = window.tab_for_path(atlas.parent / "lifecycle.journey")
    edits.add_action(tab.document, "Never saved")
    qtbot.waitUntil(lambda: any(r.action.title == "Never saved" for r in dock.shown_rows()), timeout=3000)
    with qtbot.waitSignal(dock.loaded, timeout=10000):
        assert window.close_tab(window.tabs.indexOf(tab.page))  # discards (no_real_dialogs)
    assert not any(r.action.title == "Never saved" for r in dock.shown_rows())
    assert sorted(r.action.id for r in dock.shown_rows()) == sorted(a.id for _, a in every_action(atlas))
