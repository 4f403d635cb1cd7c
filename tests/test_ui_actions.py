"""Menus and shortcuts, Edit/Insert/View commands, the palette and Help."""

from __future__ import annotations

import html
from collections import Counter

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymapper.editor import edits
from journeymapper.editor.selection import Selection
from journeymapper.model import LaneKind
from journeymapper.resources import resource_path
from journeymapper.ui.actions import REPLACE_FALLBACK, assign_free_shortcuts, make_action, menu_actions
from journeymapper.ui.help import AboutDialog, ShortcutsDialog, about_html, list_key_rows, shortcut_rows
from journeymapper.ui.palette import MIME_TYPE, parse_payload
from test_ui_support import check_every_edit, map_file, no_real_dialogs, select, window  # noqa: F401

Key = QKeySequence.StandardKey

STANDARD = {
    "new": Key.New, "open": Key.Open, "save": Key.Save, "save_as": Key.SaveAs, "close": Key.Close,
    "quit": Key.Quit, "undo": Key.Undo, "redo": Key.Redo, "cut": Key.Cut, "copy": Key.Copy,
    "paste": Key.Paste, "delete": Key.Delete, "select_all": Key.SelectAll, "find": Key.Find,
    "find_next": Key.FindNext, "find_previous": Key.FindPrevious, "replace": Key.Replace,
    "zoom_in": Key.ZoomIn, "zoom_out": Key.ZoomOut, "shortcuts_help": Key.HelpContents,
}


@pytest.mark.parametrize("name", sorted(STANDARD))
def test_standard_shortcuts_are_the_platform_s(window, name):
    action = getattr(window.commands, name)
    bindings = QKeySequence.keyBindings(STANDARD[name])
    if not bindings and name == "replace":
        assert action.shortcut() == QKeySequence(REPLACE_FALLBACK[0]), "a platform without a Replace key gets ours"
        return
    assert action.shortcuts() == bindings
    assert action.shortcut() == QKeySequence(STANDARD[name])


def test_our_own_shortcuts_step_aside_for_a_platform_binding(qapp):
    parent = QObject()
    delete = make_action(parent, "delete", "Delete")
    delete.setShortcuts([QKeySequence("Del"), QKeySequence("Ctrl+D")])  # as X11's standard Delete key
    duplicate = make_action(parent, "duplicate", "Duplicate")
    fit = make_action(parent, "fit", "Fit")
    assign_free_shortcuts([(duplicate, ("Ctrl+D", "Ctrl+Shift+D")), (fit, ("Ctrl+Shift+D",))], [delete, duplicate, fit])
    assert duplicate.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert fit.shortcuts() == []


def test_our_own_shortcuts(window):
    c = window.commands
    assert c.zoom_fit.shortcut() == QKeySequence("Ctrl+1")
    assert c.zoom_reset.shortcut() == QKeySequence("Ctrl+0")
    assert c.insert_card.shortcut() == QKeySequence("Ctrl+Return")
    assert c.duplicate.shortcut() in (QKeySequence("Ctrl+D"), QKeySequence("Ctrl+Shift+D"))


def test_the_menus_are_file_edit_view_insert_workshop_help(window):
    titles = [menu.title().replace("&", "") for menu in window.menus]
    assert titles == ["File", "Edit", "View", "Insert", "Workshop", "Help"]
    file_texts = [a.text().replace("&", "") for a in window.menus[0].actions() if not a.isSeparator()]
    assert file_texts == [
        "New", "New from Template…", "Open…", "Open Recent", "Save", "Save As…", "Save as Template…", "Import",
        "Create Future-State Version…", "Compare", "Snapshots", "Export", "Print…", "Close", "Quit",
    ]


def test_every_menu_action_has_text(window, map_file):
    window.file_commands.open_path(map_file)
    actions = [a for menu in window.menus for a in menu_actions(menu)]
    assert len(actions) > 40
    assert [a for a in actions if not a.text().strip()] == []


def test_no_shortcut_is_bound_twice(window):
    # one action may stand in two menus (Workshop and View); two actions may not share a key
    actions = {a for menu in window.menus for a in menu_actions(menu)}
    keys = Counter(key.toString() for a in actions for key in a.shortcuts() if not key.isEmpty())
    assert [key for key, count in keys.items() if count > 1] == []


def test_document_commands_are_disabled_without_a_map(window, map_file):
    assert not window.commands.save.isEnabled() and not window.commands.insert_card.isEnabled()
    assert window.commands.new.isEnabled() and window.commands.open.isEnabled()
    window.file_commands.open_path(map_file)
    assert window.commands.save.isEnabled() and window.commands.insert_card.isEnabled()


def type_card(view, text):
    assert view.is_editing()
    QTest.keyClicks(view, text)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.is_editing()


def test_insert_card_writes_in_the_current_cell(window, map_file):
    tab = window.file_commands.open_path(map_file)
    tab.view.focus_cell("lane-pain", "stage-aware")
    before = tab.document.undo_stack.count()
    window.commands.insert_card.trigger()
    type_card(tab.view, "No coverage map")
    assert [c.text for c in tab.document.cards_in_cell("lane-pain", "stage-aware")] == ["No coverage map"]
    assert tab.document.undo_stack.count() == before + 1


def test_insert_card_without_a_current_cell_uses_the_first(window, map_file):
    tab = window.file_commands.open_path(map_file)
    assert tab.view.current_cell() is None
    window.commands.insert_card.trigger()
    type_card(tab.view, "Leaflet")
    assert [c.text for c in tab.document.cards_in_cell("lane-touch", "stage-aware")] == ["Billboard advert", "Leaflet"]


def test_insert_card_in_a_map_without_cells_says_why(window, map_file):
    tab = window.file_commands.open_path(map_file)
    for lane in list(tab.document.journey.lanes):
        edits.delete_lane(tab.document, lane.id)
    window.commands.insert_card.trigger()
    assert not tab.view.is_editing()
    assert "lane" in window.statusBar().currentMessage()


def test_insert_stage_after_the_selected_one_and_lanes_of_each_kind(window, map_file):
    tab = window.file_commands.open_path(map_file)
    select(tab.view, Selection("stage", ("stage-aware",)))
    window.commands.insert_stage.trigger()
    assert [s.id for s in tab.document.journey.stages][0] == "stage-aware"
    assert tab.document.journey.stages[1].name == "New stage"
    window.commands.insert_lanes[LaneKind.METRICS].trigger()
    assert tab.document.journey.lanes[-1].kind is LaneKind.METRICS
    assert tab.document.journey.lanes[-1].title == "Metrics"
    assert len(window.commands.insert_lanes) == len(LaneKind)


def test_duplicate_copies_the_selected_cards_after_them_as_one_step(window, map_file):
    tab = window.file_commands.open_path(map_file)
    document = tab.document
    select(tab.view, Selection("cards", ("card-web", "card-wait")))
    before = document.undo_stack.count()
    window.commands.duplicate.trigger()
    assert document.undo_stack.count() == before + 1
    assert [c.text for c in document.cards_in_cell("lane-touch", "stage-buy")] == ["Website checkout"] * 2
    assert [c.text for c in document.cards_in_cell("lane-pain", "stage-buy")] == ["Long wait"] * 2
    copies = tab.view.selection().ids
    assert len(copies) == 2 and not {"card-web", "card-wait"} & set(copies)
    window.commands.undo.trigger()
    assert len(document.journey.cards) == 5


def test_zoom_commands(window, map_file):
    tab = window.file_commands.open_path(map_file)
    view = tab.view
    window.commands.zoom_in.trigger()
    assert view.zoom_factor() > 1.0
    assert window.zoom_label.text() == f"{round(view.zoom_factor() * 100)} %"
    window.commands.zoom_out.trigger()
    window.commands.zoom_out.trigger()
    assert view.zoom_factor() < 1.0
    window.commands.zoom_reset.trigger()
    assert view.zoom_factor() == pytest.approx(1.0)
    assert window.zoom_label.text() == "100 %"
    window.commands.zoom_fit.trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.map_rect())


def test_clipboard_commands_act_on_the_canvas(window, map_file):
    tab = window.file_commands.open_path(map_file)
    document, view = tab.document, tab.view
    view.setFocus()
    select(view, Selection("cards", ("card-ad",)))
    window.commands.copy.trigger()
    view.focus_cell("lane-pain", "stage-use")
    view.clear_selection()
    window.commands.paste.trigger()
    assert [c.text for c in document.cards_in_cell("lane-pain", "stage-use")] == ["Slow router", "Billboard advert"]
    select(view, Selection("cards", ("card-slow",)))
    window.commands.cut.trigger()
    assert document.card("card-slow") is None
    window.commands.select_all.trigger()
    assert view.selection().ids and set(view.selection().ids) == {c.id for c in document.journey.cards}
    window.commands.delete.trigger()
    assert document.journey.cards == []


def test_delete_removes_a_selected_stage_lane_or_score_undoably(window, map_file):
    tab = window.file_commands.open_path(map_file)
    document, view = tab.document, tab.view
    select(view, Selection("stage", ("stage-buy",)))
    window.commands.delete.trigger()
    assert document.journey.stage("stage-buy") is None and document.card("card-web") is None
    window.commands.undo.trigger()
    assert document.journey.stage("stage-buy") is not None and document.card("card-web") is not None
    select(view, Selection("lane", ("lane-pain",)))
    window.commands.delete.trigger()
    assert document.journey.lane("lane-pain") is None
    select(view, Selection("emotion", ("stage-aware",)))
    window.commands.delete.trigger()
    assert edits.score_for(document, "stage-aware", "persona-ana") is None


def test_the_canvas_context_menu_offers_the_fitting_commands(window, map_file):
    tab = window.file_commands.open_path(map_file)
    select(tab.view, Selection("cards", ("card-ad",)))
    tab.view.context_menu_requested.emit(tab.view.mapToGlobal(QPoint(10, 10)))
    menu = window.context_menu
    assert menu.isVisible()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert {"cut", "copy", "paste", "duplicate", "delete", "insert_card", "insert_stage"} <= set(names)
    assert all(a.text() for a in menu.actions() if not a.isSeparator())
    menu.close()
    select(tab.view, Selection("stage", ("stage-aware",)))
    tab.view.context_menu_requested.emit(tab.view.mapToGlobal(QPoint(10, 10)))
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert "delete" in names and "copy" not in names
    menu.close()


def test_clipboard_commands_go_to_the_field_being_typed_in(window, map_file):
    tab = window.file_commands.open_path(map_file)
    window.commands.find.trigger()
    field = window.find_bar.find_field
    field.setText("router")
    field.setFocus()
    assert QApplication.focusWidget() is field
    window.commands.select_all.trigger()
    window.commands.copy.trigger()
    assert QApplication.clipboard().text() == "router"
    window.commands.delete.trigger()
    assert field.text() == ""
    assert len(tab.document.journey.cards) == 5, "the canvas kept its cards"


def test_palette_drags_carry_the_palette_payload(window):
    palette = window.palette_dock.list
    payloads = [bytes(palette.mimeData([palette.item(i)]).data(MIME_TYPE)) for i in range(palette.count())]
    assert payloads[0] == b"card"
    assert payloads[1:] == [f"lane:{kind.value}".encode() for kind in LaneKind]
    assert parse_payload(b"lane:emotions") is LaneKind.EMOTIONS
    assert parse_payload(b"lane:nonsense") is None
    assert palette.accessibleName()


def test_activating_a_palette_entry_inserts_it(window, map_file):
    tab = window.file_commands.open_path(map_file)
    palette = window.palette_dock.list
    palette.itemActivated.emit(palette.item(1 + list(LaneKind).index(LaneKind.THOUGHTS)))
    assert tab.document.journey.lanes[-1].kind is LaneKind.THOUGHTS
    palette.itemActivated.emit(palette.item(0))
    assert tab.view.hasFocus()
    type_card(tab.view, "Idea")
    assert len(tab.document.journey.cards) == 6


def test_shortcut_reference_lists_the_real_shortcuts(window):
    rows = shortcut_rows(window.menus)
    save_text = QKeySequence(Key.Save).toString(QKeySequence.SequenceFormat.NativeText)
    assert ("File", "Save", save_text) in rows, "media keys such as the Save key are left out"
    undo = next(keys for menu, command, keys in rows if command.startswith("Undo"))
    assert QKeySequence(Key.Undo).toString(QKeySequence.SequenceFormat.NativeText) in undo.split(", ")
    assert any(command == "Card" and menu == "Insert" for menu, command, _keys in rows)
    window.commands.shortcuts_help.trigger()
    dialogs = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    assert len(dialogs) == 1 and not dialogs[0].isModal()
    assert dialogs[0].table.rowCount() == len(rows) + 1 + len(list_key_rows()), "the menus, then the lists' keys"


def test_about_names_the_version_and_every_licence(window):
    from journeymapper import __version__

    text = about_html()
    for needle in (__version__, "MIT", "LGPL", "pydantic", "reportlab", "BSD", "platformdirs", "DejaVu", "Bitstream"):
        assert needle in text
    for licence in resource_path("fonts").glob("LICENSE-*.txt"):
        first_line = licence.read_text(encoding="utf-8").strip().splitlines()[0]
        assert html.escape(first_line) in text, f"{licence.name} is shown"
    window.commands.about.trigger()
    assert [d for d in window.findChildren(AboutDialog) if d.isVisible()]


def drop_on_canvas(view, mime, scene_point):
    position = QPointF(view.mapFromScene(scene_point))
    actions, buttons, modifiers = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(position.toPoint(), actions, mime, buttons, modifiers),
        QDragMoveEvent(position.toPoint(), actions, mime, buttons, modifiers),
        QDropEvent(position, actions, mime, buttons, modifiers),
    ):
        QApplication.sendEvent(view.viewport(), event)


def test_a_lane_dragged_from_the_palette_lands_on_the_canvas(window, map_file):
    tab = window.file_commands.open_path(map_file)
    palette = window.palette_dock.list
    item = palette.item(1 + list(LaneKind).index(LaneKind.METRICS))
    map_rect = tab.view.map_scene.map_rect()
    drop_on_canvas(tab.view, palette.mimeData([item]), QPointF(map_rect.center().x(), map_rect.bottom() - 2))
    assert [lane.kind for lane in tab.document.journey.lanes][-1] is LaneKind.METRICS
