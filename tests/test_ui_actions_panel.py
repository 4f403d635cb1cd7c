"""The action-plan dock: add from the canvas, edit in place, sort, filter, delete, all undoable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from journeymapper.editor import edits
from journeymapper.editor.selection import Selection
from journeymapper.model import ActionStatus, Priority
from journeymapper.ui.action_delegate import DueDateEdit
from journeymapper.ui.action_model import Column, overdue_colours, shorten
from test_ui_support import check_every_edit, map_file, no_real_dialogs, select, window  # noqa: F401

TODAY = date(2026, 11, 22)


def open_map(window, map_file):
    tab = window.file_commands.open_path(map_file)
    panel = window.action_panel
    panel.model.today = lambda: TODAY
    panel.model.refresh()
    return tab, panel


def with_actions(document):
    """Three actions: overdue (card-wait), due later (stage-buy), no date and done (card-slow)."""
    a = edits.add_action(document, "Shorter queue", cards=["card-wait"], owner="Dana Kowalski", due=date(2026, 10, 1),
                         priority=Priority.HIGH)
    b = edits.add_action(document, "Clearer checkout", stages=["stage-buy"], owner="Tom Reilly", due=date(2027, 1, 5))
    c = edits.add_action(document, "Router swap", cards=["card-slow"], status=ActionStatus.DONE, priority=Priority.LOW)
    return a, b, c


def press_enter(editor):
    """Enter in an item editor: the delegate commits on the next turn of the event loop."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def focused(kind):
    """The editor of type ``kind`` that has the keyboard focus (or holds the widget that has it)."""
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, kind):
        widget = widget.parentWidget()
    assert widget is not None, f"no {kind.__name__} has the focus"
    return widget


def shown_titles(panel):
    proxy = panel.proxy
    return [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]


def open_actions_badge(view, card_id):
    return view.map_scene.cards[card_id]._actions


def test_add_action_from_a_selected_pain_point_links_it_and_edits_its_title(window, map_file):
    tab, panel = open_map(window, map_file)
    document, view = tab.document, tab.view
    select(view, Selection("cards", ("card-wait",)))
    assert open_actions_badge(view, "card-wait") == 0
    before = document.undo_stack.count()
    window.commands.add_action.trigger()
    assert len(document.journey.actions) == 1
    action = document.journey.actions[0]
    assert action.cards == ["card-wait"] and action.stages == []
    assert document.undo_stack.count() == before + 1
    assert panel.model.rowCount() == 1
    assert panel.proxy.index(0, Column.CARDS).data() == "Long wait"
    assert panel.proxy.index(0, Column.STAGES).data() == "Buy"
    # the card's badge counts the new open action (the canvas follows Change.actions)
    assert open_actions_badge(view, "card-wait") == 1
    assert "Open actions: 1" in view.map_scene.card_tooltip("card-wait")
    # the title is being edited: typing replaces "New action"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.accessibleName() == "Action title"
    assert editor.selectedText() == "New action"
    QTest.keyClicks(editor, "Staff the checkout queue")
    press_enter(editor)
    assert document.journey.actions[0].title == "Staff the checkout queue"
    assert document.undo_stack.count() == before + 2
    assert panel.table.selectionModel().currentIndex().row() == 0


def test_add_action_from_a_selected_stage_and_from_the_context_menu(window, map_file):
    tab, panel = open_map(window, map_file)
    select(tab.view, Selection("stage", ("stage-use",)))
    window.show_context_menu(QPoint(10, 10))
    assert window.commands.add_action in window.context_menu.actions()
    window.context_menu.close()
    window.commands.add_action.trigger()
    action = tab.document.journey.actions[0]
    assert action.stages == ["stage-use"] and action.cards == []
    assert panel.proxy.index(0, Column.STAGES).data() == "Use"


def test_add_action_has_its_shortcut_and_is_in_the_insert_menu(window):
    assert window.commands.add_action.shortcut().toString() == "Ctrl+Shift+A"
    assert window.commands.add_action in window.menus[3].actions()
    assert not window.commands.add_action.isEnabled(), "no map, no action"


def test_edit_owner_in_place_is_one_undo_step_with_completion(window, map_file):
    tab, panel = open_map(window, map_file)
    document = tab.document
    a, b, _c = with_actions(document)
    table = panel.table
    index = panel.proxy_index(b, Column.OWNER)
    table.setFocus()
    table.setCurrentIndex(index)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.accessibleName() == "Owner"
    assert editor.text() == "Tom Reilly"
    assert editor.completer().model().stringList() == ["Dana Kowalski", "Tom Reilly"]
    before = document.undo_stack.count()
    editor.selectAll()
    QTest.keyClicks(editor, "Priya  Shah ")
    press_enter(editor)
    assert document.journey.action(b).owner == "Priya Shah"
    assert document.undo_stack.count() == before + 1
    assert panel.proxy_index(b, Column.OWNER).data() == "Priya Shah"
    window.commands.undo.trigger()
    assert document.journey.action(b).owner == "Tom Reilly"
    assert panel.proxy_index(b, Column.OWNER).data() == "Tom Reilly"


def test_status_priority_and_due_date_editors(window, map_file):
    tab, panel = open_map(window, map_file)
    document = tab.document
    a, _b, _c = with_actions(document)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.proxy_index(a, Column.STATUS))
    QTest.keyClick(table, Qt.Key.Key_F2)
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox) and box.accessibleName() == "Status"
    before = document.undo_stack.count()
    for _step in range(3):  # Open, In progress, Blocked, Done: stepping is not yet choosing
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert document.journey.action(a).status is ActionStatus.OPEN
    press_enter(box)
    assert document.journey.action(a).status is ActionStatus.DONE
    assert document.undo_stack.count() == before + 1
    table.setCurrentIndex(panel.proxy_index(a, Column.PRIORITY))
    QTest.keyClick(table, Qt.Key.Key_F2)
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox) and box.accessibleName() == "Priority"
    box.activated.emit(box.findData(Priority.CRITICAL.value))  # as a pick in the popup: commits at once
    QApplication.processEvents()
    assert document.journey.action(a).priority is Priority.HIGH, "activated alone does not change the box"
    table.setCurrentIndex(panel.proxy_index(a, Column.DUE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = focused(DueDateEdit)
    assert editor.accessibleName() == "Due date"
    assert editor.date() == QDate(2026, 10, 1)
    editor.setDate(QDate(2026, 12, 24))
    press_enter(editor)
    assert document.journey.action(a).due == date(2026, 12, 24)
    table.setCurrentIndex(panel.proxy_index(a, Column.DUE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = focused(DueDateEdit)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    press_enter(editor)
    assert document.journey.action(a).due is None


def test_an_empty_due_date_stays_empty_unless_changed(window, map_file):
    tab, panel = open_map(window, map_file)
    _a, _b, c = with_actions(tab.document)
    before = tab.document.undo_stack.count()
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy_index(c, Column.DUE))
    QTest.keyClick(panel.table, Qt.Key.Key_F2)
    editor = focused(DueDateEdit)
    press_enter(editor)
    assert tab.document.journey.action(c).due is None
    assert tab.document.undo_stack.count() == before


def test_a_refused_edit_changes_nothing_and_says_why(window, map_file):
    tab, panel = open_map(window, map_file)
    a, _b, _c = with_actions(tab.document)
    before = tab.document.undo_stack.count()
    assert not panel.model.setData(panel.model.index(panel.model.row_of(a), Column.OWNER), "x" * 300)
    assert tab.document.journey.action(a).owner == "Dana Kowalski"
    assert tab.document.undo_stack.count() == before
    assert window.statusBar().currentMessage().startswith("Not changed")


def test_sort_by_due_date_by_clicking_the_header(window, map_file):
    tab, panel = open_map(window, map_file)
    with_actions(tab.document)
    assert shown_titles(panel) == ["Shorter queue", "Clearer checkout", "Router swap"]  # the map's order
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.DUE) + 5
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    order = shown_titles(panel)
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        order.reverse()
    assert order == ["Shorter queue", "Clearer checkout", "Router swap"]  # 2026-10-01, 2027-01-05, no date
    panel.table.sortByColumn(Column.PRIORITY, Qt.SortOrder.DescendingOrder)
    assert shown_titles(panel) == ["Shorter queue", "Clearer checkout", "Router swap"]  # high, medium, low
    panel.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(panel) == ["Clearer checkout", "Router swap", "Shorter queue"]


def test_filters_overdue_status_and_text(window, map_file):
    tab, panel = open_map(window, map_file)
    with_actions(tab.document)
    panel.overdue_only.click()
    assert shown_titles(panel) == ["Shorter queue"]
    assert panel.count.text() == "1 of 3 actions"
    panel.overdue_only.click()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("open"))
    assert shown_titles(panel) == ["Shorter queue", "Clearer checkout"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(ActionStatus.DONE.value))
    assert shown_titles(panel) == ["Router swap"]
    panel.status_filter.setCurrentIndex(0)
    panel.filter_text.setFocus()
    QTest.keyClicks(panel.filter_text, "router")  # the title, or the text of a card it addresses
    assert shown_titles(panel) == ["Router swap"]
    panel.filter_text.clear()
    QTest.keyClicks(panel.filter_text, "long WAIT")
    assert shown_titles(panel) == ["Shorter queue"]
    panel.filter_text.clear()
    assert panel.count.text() == "3 actions"


def test_overdue_rows_stand_out_in_light_and_dark_palettes(window, map_file):
    tab, panel = open_map(window, map_file)
    a, b, c = with_actions(tab.document)
    model = panel.model
    overdue, later = model.index(model.row_of(a), Column.DUE), model.index(model.row_of(b), Column.DUE)
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(later, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole).red() > 150
    assert model.data(overdue, Qt.ItemDataRole.AccessibleTextRole) == "2026-10-01, overdue"
    done = model.index(model.row_of(c), Column.TITLE)
    assert model.data(done, Qt.ItemDataRole.BackgroundRole) is None
    for base, text in (("#FFFFFF", "#1F2328"), ("#1E1E1E", "#E6E6E6")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        ink, fill = overdue_colours(palette)
        assert contrast(ink, fill) >= 4.5, (base, ink.name(), fill.name())
        assert abs(fill.lightnessF() - QColor(base).lightnessF()) < 0.25, "a tint, not a block of red"
    model.today = lambda: date(2026, 9, 1)
    model.refresh()
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) is None


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        channels = [((v / 12.92) if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in c.getRgbF()[:3]]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_delete_key_in_the_table_deletes_the_action_not_the_cards_and_undo_restores(window, map_file):
    tab, panel = open_map(window, map_file)
    document, view = tab.document, tab.view
    a, b, _c = with_actions(document)
    select(view, Selection("cards", ("card-wait",)))
    assert open_actions_badge(view, "card-wait") == 1
    panel.select_action(a)
    panel.table.setFocus()
    before = document.undo_stack.count()
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert document.journey.action(a) is None
    assert document.card("card-wait") is not None, "the window's Delete must not reach the canvas"
    assert document.undo_stack.count() == before + 1
    assert shown_titles(panel) == ["Clearer checkout", "Router swap"]
    assert open_actions_badge(view, "card-wait") == 0
    window.commands.undo.trigger()
    assert [x.id for x in document.journey.actions][0] == a
    assert shown_titles(panel)[0] == "Shorter queue"
    assert open_actions_badge(view, "card-wait") == 1
    panel.select_action(b)
    panel.delete_button.click()
    assert document.journey.action(b) is None


def test_the_panel_follows_the_current_tab_and_card_edits(window, map_file):
    tab, panel = open_map(window, map_file)
    with_actions(tab.document)
    text = "Very long wait at the checkout on a busy Saturday morning"
    edits.set_card_fields(tab.document, "card-wait", text=text)
    assert panel.model.index(0, Column.CARDS).data() == shorten(text)
    assert panel.model.index(0, Column.CARDS).data().endswith("…")
    window.file_commands.new_map()
    assert panel.model.rowCount() == 0
    window.show_tab(tab)
    assert panel.model.rowCount() == 3
    while window.tabs.count():
        window.close_tab(0)
    assert not panel.isEnabled() and panel.model.rowCount() == 0


def test_double_click_on_what_an_action_addresses_selects_the_cards(window, map_file):
    tab, panel = open_map(window, map_file)
    a, _b, _c = with_actions(tab.document)
    index = panel.proxy_index(a, Column.CARDS)
    rect = panel.table.visualRect(index)
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's press
    QTest.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.view.selection() == Selection("cards", ("card-wait",), tab.view.selection().cell)


@pytest.mark.parametrize("text, expected", [("short", "short"), ("a  b\nc", "a b c"),
                                            ("word " * 20, "word word word word word word word…")])
def test_shorten(text, expected):
    assert shorten(text) == expected


def test_action_edits_validate_first_merge_typing_and_undo_in_place(window, map_file):
    tab, _panel = open_map(window, map_file)
    document = tab.document
    a, b, c = with_actions(document)
    before = document.undo_stack.count()
    edits.set_action_fields(document, a, merge=True, title="S")
    edits.set_action_fields(document, a, merge=True, title="St")
    assert document.undo_stack.count() == before + 1, "typing in one field is one step"
    with pytest.raises(ValueError):
        edits.set_action_fields(document, a, owner="x" * 300)
    with pytest.raises(KeyError):
        edits.set_action_fields(document, "action-nope", title="x")
    edits.set_action_fields(document, a, title="St")  # no change, no step
    assert document.undo_stack.count() == before + 1
    edits.delete_actions(document, [a, c])
    assert [x.id for x in document.journey.actions] == [b]
    assert document.undo_stack.undoText() == "Delete 2 actions"
    document.undo_stack.undo()
    assert [x.id for x in document.journey.actions] == [a, b, c]
    edits.delete_action(document, b)
    assert [x.id for x in document.journey.actions] == [a, c]
