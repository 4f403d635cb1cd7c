"""The inspector: follows the selection and the model, and every edit in it is undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from journeymapper.editor import edits
from journeymapper.editor.selection import Selection
from journeymapper.model import Channel, LaneKind
from test_ui_support import check_every_edit, map_file, no_real_dialogs, select, window  # noqa: F401


def open_map(window, map_file):
    tab = window.file_commands.open_path(map_file)
    return tab, window.inspector


def type_at_end(qtbot, field, text):
    field.setFocus()
    if isinstance(field, QPlainTextEdit):
        field.moveCursor(QTextCursor.MoveOperation.End)
    else:
        field.end(False)
    QTest.keyClicks(field, text)


def test_typing_in_a_card_field_is_one_undo_step(window, map_file, qtbot):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("cards", ("card-ad",)))
    assert inspector.current_page() is inspector.card_page
    text = inspector.card_page.fields["text"]
    assert text.toPlainText() == "Billboard advert"
    before = tab.document.undo_stack.count()
    type_at_end(qtbot, text, "abc")
    assert tab.document.card("card-ad").text == "Billboard advertabc"
    assert tab.document.undo_stack.count() == before + 1
    assert text.toPlainText() == "Billboard advertabc"
    assert text.textCursor().position() == len("Billboard advertabc"), "the refresh must not move the cursor"
    window.commands.undo.trigger()
    assert tab.document.card("card-ad").text == "Billboard advert"
    assert text.toPlainText() == "Billboard advert"
    assert not tab.document.modified


def test_typing_in_two_fields_makes_two_steps(window, map_file, qtbot):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("cards", ("card-ad",)))
    before = tab.document.undo_stack.count()
    type_at_end(qtbot, inspector.card_page.fields["notes"], "seen twice")
    type_at_end(qtbot, inspector.card_page.fields["tags"], "outdoor, paid")
    card = tab.document.card("card-ad")
    assert card.notes == "seen twice" and card.tags == ["outdoor", "paid"]
    assert tab.document.undo_stack.count() == before + 2


def test_card_channel_link_and_colour(window, map_file, qtbot):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("cards", ("card-web",)))
    page = inspector.card_page
    channel = page.fields["channel"]
    channel.setFocus()
    index = [channel.itemText(i) for i in range(channel.count())].index("Web")
    channel.setCurrentIndex(index)
    channel.activated.emit(index)
    type_at_end(qtbot, page.fields["url"], "https://example.com")
    page.fields["colour"]._set_by_user("#336699")
    card = tab.document.card("card-web")
    assert (card.channel, card.url, card.colour) == (Channel.WEB, "https://example.com", "#336699")
    page.fields["colour"].reset.click()
    assert tab.document.card("card-web").colour is None


def test_the_inspector_follows_edits_made_elsewhere(window, map_file):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("cards", ("card-ad",)))
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert", notes="Morning show")
    assert inspector.card_page.fields["text"].toPlainText() == "Radio advert"
    assert inspector.card_page.fields["notes"].toPlainText() == "Morning show"
    edits.delete_cards(tab.document, ["card-ad"])
    assert inspector.current_page() is inspector.empty


def test_several_cards_selected_says_how_many(window, map_file):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("cards", ("card-ad", "card-web")))
    assert inspector.current_page() is inspector.many
    assert "2" in inspector.many.heading.text()


def test_stage_name_is_edited_by_typing(window, map_file, qtbot):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("stage", ("stage-buy",)))
    assert inspector.current_page() is inspector.stage_page
    name = inspector.stage_page.fields["name"]
    assert name.text() == "Buy"
    before = tab.document.undo_stack.count()
    type_at_end(qtbot, name, " online")
    assert tab.document.journey.stage("stage-buy").name == "Buy online"
    assert tab.document.undo_stack.count() == before + 1
    type_at_end(qtbot, inspector.stage_page.fields["goal"], "Get connected")
    assert tab.document.journey.stage("stage-buy").goal == "Get connected"


def test_emotion_score_and_label_of_the_selected_point(window, map_file, qtbot):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("emotion", ("stage-buy",), persona="persona-ana"))
    assert inspector.current_page() is inspector.emotion_page
    box = inspector.emotion_page.emotion
    assert box.score.score() is None and not box.label.isEnabled()
    box.score.setFocus()
    box.score.selectAll()
    QTest.keyClicks(box.score, "-2")
    score = edits.score_for(tab.document, "stage-buy", "persona-ana")
    assert score is not None and score.value == -2
    assert box.label.isEnabled()
    type_at_end(qtbot, box.label, "annoyed")
    QTest.keyClick(box.label, Qt.Key.Key_Return)
    assert edits.score_for(tab.document, "stage-buy", "persona-ana").label == "annoyed"
    window.commands.undo.trigger()
    assert edits.score_for(tab.document, "stage-buy", "persona-ana").label == ""
    assert box.label.text() == ""


def test_a_stage_shows_the_curve_persona_score(window, map_file):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("stage", ("stage-aware",)))
    box = inspector.stage_page.emotion
    assert box.score.score() == 1 and box.label.text() == "curious"
    box.score.stepDown()
    assert edits.score_for(tab.document, "stage-aware", "persona-ana").value == 0
    assert edits.score_for(tab.document, "stage-aware", "persona-ana").label == "curious"


def test_lane_title_and_kind(window, map_file, qtbot):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("lane", ("lane-pain",)))
    page = inspector.lane_page
    assert inspector.current_page() is page
    type_at_end(qtbot, page.fields["title"], "!")
    kind = page.fields["kind"]
    index = kind._values.index(LaneKind.OPPORTUNITIES)
    kind.setCurrentIndex(index)
    kind.activated.emit(index)
    lane = tab.document.journey.lane("lane-pain")
    assert (lane.title, lane.kind) == ("Pain points!", LaneKind.OPPORTUNITIES)


def test_switching_tabs_switches_the_inspector(window, map_file):
    tab, inspector = open_map(window, map_file)
    select(tab.view, Selection("cards", ("card-ad",)))
    window.commands.new.trigger()
    assert inspector.current_page() is inspector.empty
    window.show_tab(tab)
    assert inspector.current_page() is inspector.card_page


def test_every_inspector_input_has_an_accessible_name(window, map_file):
    open_map(window, map_file)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
    widgets = window.inspector.widget().findChildren(QWidget)
    inputs = [w for w in widgets if isinstance(w, kinds) and not isinstance(w.parent(), kinds)]
    assert len(inputs) > 15
    assert [w for w in inputs if not w.accessibleName()] == []
