"""Find and Replace: a bar, highlights on the canvas, next/previous cycling, one-step replace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from test_ui_support import check_every_edit, map_file, no_real_dialogs, window  # noqa: F401


def highlighted(view) -> set[str]:
    return {card_id for card_id, item in view.map_scene.cards.items() if item.highlighted}


def test_find_highlights_every_card_matching_text_or_notes(window, map_file):
    tab = window.file_commands.open_path(map_file)
    window.commands.find.trigger()
    bar = window.find_bar
    assert bar.isVisible() and bar.find_field.hasFocus()
    assert not bar.replace_field.isVisible()
    QTest.keyClicks(bar.find_field, "checkout")
    assert bar.matches == ["card-web", "card-wait"]  # text of one, notes of the other, in map order
    assert highlighted(tab.view) == {"card-web", "card-wait"}
    assert "2" in bar.count.text()


def test_next_and_previous_cycle_through_the_matches(window, map_file):
    tab = window.file_commands.open_path(map_file)
    window.commands.find.trigger()
    bar = window.find_bar
    QTest.keyClicks(bar.find_field, "slow")
    assert bar.matches == ["card-web", "card-slow"]
    seen = []
    for _ in range(3):
        window.commands.find_next.trigger()
        seen.append(tab.view.selection().ids)
    assert seen == [("card-web",), ("card-slow",), ("card-web",)]
    assert bar.count.text() == "1 of 2"
    window.commands.find_previous.trigger()
    assert tab.view.selection().ids == ("card-slow",)
    QTest.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert tab.view.selection().ids == ("card-web",)


def test_no_match_says_so(window, map_file):
    window.file_commands.open_path(map_file)
    window.commands.find.trigger()
    QTest.keyClicks(window.find_bar.find_field, "zebra")
    assert window.find_bar.matches == []
    assert window.find_bar.count.text() == "No matches"
    window.commands.find_next.trigger()  # nothing to go to, nothing breaks


def test_match_case(window, map_file):
    window.file_commands.open_path(map_file)
    window.commands.find.trigger()
    bar = window.find_bar
    QTest.keyClicks(bar.find_field, "Checkout")
    assert len(bar.matches) == 2
    bar.case.setChecked(True)
    assert bar.matches == ["card-wait"]


def test_replace_all_is_one_undo_step(window, map_file):
    tab = window.file_commands.open_path(map_file)
    window.commands.replace.trigger()
    bar = window.find_bar
    assert bar.replace_field.isVisible()
    QTest.keyClicks(bar.find_field, "checkout")
    QTest.keyClicks(bar.replace_field, "sign-up")
    before = tab.document.undo_stack.count()
    bar.replace_button.click()
    document = tab.document
    assert document.card("card-web").text == "Website sign-up"
    assert document.card("card-wait").notes == "sign-up queue"
    assert document.undo_stack.count() == before + 1
    assert bar.matches == []
    window.commands.undo.trigger()
    assert document.card("card-web").text == "Website checkout"
    assert document.card("card-wait").notes == "Checkout queue"
    assert bar.matches == ["card-web", "card-wait"], "matches follow the model"


def test_escape_closes_the_bar_and_clears_highlights(window, map_file):
    tab = window.file_commands.open_path(map_file)
    window.commands.find.trigger()
    QTest.keyClicks(window.find_bar.find_field, "slow")
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert highlighted(tab.view) == set()


def test_find_bar_inputs_have_accessible_names(window):
    bar = window.find_bar
    for widget in (bar.find_field, bar.replace_field, bar.case, bar.previous_button, bar.next_button, bar.replace_button, bar.close_button):
        assert widget.accessibleName()
