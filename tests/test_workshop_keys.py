"""One-key workshop edits on the canvas: number keys score a stage, +/- vote, the podium, Clear votes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from journeymapper.canvas.items import PODIUM_COLOURS
from journeymapper.canvas.scene import top_voted
from journeymapper.canvas.view_keyboard import score_for_key
from journeymapper.editor import MapDocument, edits
from journeymapper.model import EmotionScale
from journeymapper.store import load_map, save
from workshop_support import Workshop, check_every_edit, no_save_prompt, workshop  # noqa: F401

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


def score(document: MapDocument, stage: str) -> float | None:
    return next((e.value for e in document.journey.emotions
                 if e.stage == stage and e.card is None and e.persona == "p-1"), None)


# --- emotion in one key ----------------------------------------------------------------------


def test_number_keys_set_the_focused_stage_score_min_to_max(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell("l-touch", "s-buy")
    w.view.setFocus()
    for number, expected in zip(range(1, 6), (-2, -1, 0, 1, 2)):
        w.key(DIGITS[number - 1])
        assert score(w.document, "s-buy") == expected
    w.key(Qt.Key.Key_6)  # beyond a five-step scale: nothing
    assert score(w.document, "s-buy") == 2
    w.document.undo_stack.undo()
    assert score(w.document, "s-buy") == 1, "each key press is one undo step"


def test_number_keys_follow_the_focus_to_another_stage(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell("l-pain", "s-aware")
    w.key(Qt.Key.Key_1)
    w.key(Qt.Key.Key_Right)  # the canvas's own arrow: next stage
    w.key(Qt.Key.Key_5)
    assert (score(w.document, "s-aware"), score(w.document, "s-buy")) == (-2, 2)


def test_number_keys_need_a_focused_stage_and_leave_ctrl_digits_alone(workshop: Workshop) -> None:
    w = workshop
    before = list(w.document.journey.emotions)
    w.key(Qt.Key.Key_3)  # nothing focused
    assert w.document.journey.emotions == before
    w.view.focus_cell("l-touch", "s-aware")
    w.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # zoom to fit, not a score
    assert score(w.document, "s-aware") == 1


def test_number_keys_type_text_while_editing_a_card(workshop: Workshop) -> None:
    w = workshop
    w.view.select_cards(["c4"])
    w.key(Qt.Key.Key_F2)
    assert w.view.is_editing()
    w.key(Qt.Key.Key_End)
    w.type(" 2")
    w.key(Qt.Key.Key_Return)
    assert w.document.card("c4").text == "Asks a friend 2"
    assert score(w.document, "s-aware") == 1


def test_scores_for_other_scales() -> None:
    assert [score_for_key(n, 1, 7) for n in range(1, 10)] == [1, 2, 3, 4, 5, 6, 7, None, None]
    assert score_for_key(1, 0, 10) == 0 and score_for_key(9, 0, 10) == 10 and score_for_key(5, 0, 10) == 5
    assert score_for_key(0, -2, 2) is None


def test_a_selected_stage_header_is_the_focused_stage(workshop: Workshop) -> None:
    w = workshop
    w.document.journey.emotion_scale = EmotionScale(minimum=1, maximum=7)
    w.document.journey.emotions.clear()
    w.view.map_scene.select_stage("s-use")
    w.key(Qt.Key.Key_7)
    assert score(w.document, "s-use") == 7


# --- dot voting -----------------------------------------------------------------------------------


def votes(w: Workshop, card_id: str) -> int:
    return w.document.card(card_id).votes


def test_plus_equal_and_minus_vote_on_the_selected_card(workshop: Workshop) -> None:
    w = workshop
    w.view.select_cards(["c1"])
    w.key(Qt.Key.Key_Plus)
    w.key(Qt.Key.Key_Equal)
    assert votes(w, "c1") == 2
    assert w.view.map_scene.cards["c1"]._votes == 2, "the badge shows the count"
    w.key(Qt.Key.Key_Minus)
    assert votes(w, "c1") == 1
    w.key(Qt.Key.Key_Minus)
    w.key(Qt.Key.Key_Minus)  # never below zero, and no empty undo step
    assert votes(w, "c1") == 0
    steps = w.document.undo_stack.count()
    assert steps == 4
    for expected in (1, 2, 1, 0):
        w.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert votes(w, "c1") == expected


def test_votes_apply_to_every_selected_card_in_one_step(workshop: Workshop) -> None:
    w = workshop
    w.view.select_cards(["c1", "c3"])
    w.key(Qt.Key.Key_Plus)
    assert (votes(w, "c1"), votes(w, "c3")) == (1, 4)
    assert w.document.undo_stack.count() == 1


def test_vote_keys_without_a_selection_do_nothing(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell("l-touch", "s-aware")
    w.key(Qt.Key.Key_Plus)
    w.key(Qt.Key.Key_Minus)
    assert w.document.undo_stack.count() == 0


def test_vote_actions_and_the_context_menu(workshop: Workshop) -> None:
    w = workshop
    a = w.tools.actions
    w.view.select_cards(["c2"])
    a["add_vote"].trigger()
    a["add_vote"].trigger()
    a["remove_vote"].trigger()
    assert votes(w, "c2") == 1
    w.window.show_context_menu(w.view.mapToGlobal(w.view.rect().center()))
    menu: QMenu = w.window.context_menu
    assert a["add_vote"] in menu.actions() and a["remove_vote"] in menu.actions()
    menu.close()
    assert "\t+" in a["add_vote"].text(), "the menu shows the key"


def test_clear_all_votes_is_one_undoable_step(workshop: Workshop) -> None:
    w = workshop
    edits.add_vote(w.document, ["c1", "c2", "c6"])
    w.document.undo_stack.clear()
    w.tools.actions["clear_votes"].trigger()
    assert all(card.votes == 0 for card in w.document.journey.cards)
    assert w.document.undo_stack.count() == 1
    assert w.document.undo_stack.undoText() == "Clear votes"
    w.document.undo_stack.undo()
    assert [votes(w, c) for c in ("c1", "c2", "c3", "c6")] == [1, 1, 3, 1]


def test_clear_votes_is_in_the_edit_menu(workshop: Workshop) -> None:
    edit_menu = workshop.window.menus[1]
    assert workshop.tools.actions["clear_votes"] in edit_menu.actions()


def test_votes_are_saved_in_the_file(workshop: Workshop, tmp_path) -> None:  # noqa: ANN001
    w = workshop
    w.view.select_cards(["c5"])
    w.key(Qt.Key.Key_Plus)
    w.key(Qt.Key.Key_Plus)
    save(tmp_path / "voted.journey", w.document.journey)
    assert load_map(tmp_path / "voted.journey").card("c5").votes == 2


# --- the podium --------------------------------------------------------------------------------


def places(w: Workshop) -> dict[str, int]:
    return {card_id: item.place for card_id, item in w.view.map_scene.cards.items() if item.place}


def test_top_voted_ranks_with_ties() -> None:
    ranked = top_voted({"a": 5, "b": 3, "c": 3, "d": 1, "e": 0})
    assert ranked == {"a": 1, "b": 2, "c": 2}, "d has three cards above it"
    assert top_voted({"a": 2, "b": 2, "c": 2, "d": 2}) == {"a": 1, "b": 1, "c": 1, "d": 1}
    assert top_voted({}) == {} and top_voted({"a": 0}) == {}


def test_the_top_three_cards_are_ringed_and_follow_the_votes(workshop: Workshop) -> None:
    w = workshop
    assert places(w) == {"c3": 1}, "the map opens with one voted card"
    edits.add_vote(w.document, ["c1", "c1", "c6"])  # a card named twice gets one vote
    edits.add_vote(w.document, ["c1"])
    edits.add_vote(w.document, ["c4"])
    assert w.document.card("c1").votes == 2
    assert places(w) == {"c3": 1, "c1": 2, "c6": 3, "c4": 3}
    item = w.view.map_scene.cards["c3"]
    assert item.rect().top() < 0 and item.rect().left() < 0, "the ring fits in the item's bounds"
    w.view.select_cards(["c4"])
    w.key(Qt.Key.Key_Minus)
    assert places(w) == {"c3": 1, "c1": 2, "c6": 3}
    w.document.undo_stack.undo()
    assert places(w)["c4"] == 3
    edits.delete_cards(w.document, ["c3"])
    assert places(w) == {"c1": 1, "c4": 2, "c6": 2}
    w.document.undo_stack.undo()
    assert places(w) == {"c3": 1, "c1": 2, "c6": 3, "c4": 3}, "a card made again gets its ring back"


def test_the_podium_survives_collapsing_a_lane_and_a_reload(workshop: Workshop) -> None:
    w = workshop
    edits.set_lane_fields(w.document, "l-touch", collapsed=True)
    assert places(w) == {}
    edits.set_lane_fields(w.document, "l-touch", collapsed=False)
    assert places(w) == {"c3": 1}
    w.document.replace_model(w.document.journey.model_copy(deep=True))
    assert places(w) == {"c3": 1}


def test_the_highlight_is_a_setting(workshop: Workshop) -> None:
    w = workshop
    action = w.tools.actions["highlight_votes"]
    assert action.isChecked() and action in w.window.menus[2].actions()
    action.trigger()
    assert places(w) == {} and w.window.settings.value("workshop/highlight_top_votes") in (False, "false")
    edits.add_vote(w.document, ["c1"])
    assert places(w) == {}
    action.trigger()
    assert places(w) == {"c3": 1, "c1": 2}


def test_podium_colours_are_distinct() -> None:
    assert len({c.name() for c in PODIUM_COLOURS}) == 3

