"""The editing layer: every edit is one undoable step, and undo/redo restore the model exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.editor import MapDocument, document as document_module
from journeymapper.editor import edits
from journeymapper.model import Action, JourneyMap, Lane, LaneKind, Persona, Stage
from journeymapper.store import load_map


@pytest.fixture(autouse=True)
def check_every_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "CHECK_EVERY_EDIT", True)


def make_document() -> MapDocument:
    journey = JourneyMap(
        title="Checkout",
        personas=[Persona(id="persona-ana", name="Ana")],
        stages=[Stage(id="stage-browse", name="Browse"), Stage(id="stage-pay", name="Pay"), Stage(id="stage-track", name="Track")],
        lanes=[
            Lane(id="lane-touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
            Lane(id="lane-pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
            Lane(id="lane-back", kind=LaneKind.BACKSTAGE, title="Backstage"),
        ],
        visibility_line_after="lane-pain",
    )
    return MapDocument(journey)


def texts(document: MapDocument, lane: str, stage: str) -> list[str]:
    return [card.text for card in document.cards_in_cell(lane, stage)]


def undo_all(document: MapDocument) -> None:
    while document.undo_stack.canUndo():
        document.undo_stack.undo()


def test_adding_cards_is_one_step_each_and_undo_restores_the_empty_map() -> None:
    document = make_document()
    original = document.journey.model_copy(deep=True)
    edits.add_card(document, "lane-touch", "stage-browse", "Search results")
    edits.add_cards(document, "lane-touch", "stage-browse", ["Product page", "Reviews"])
    assert texts(document, "lane-touch", "stage-browse") == ["Search results", "Product page", "Reviews"]
    assert document.undo_stack.count() == 2
    assert document.modified
    undo_all(document)
    assert document.journey == original
    assert not document.modified
    assert document.cards_in_cell("lane-touch", "stage-browse") == []


def test_insert_position_renumbers_the_cell() -> None:
    document = make_document()
    edits.add_cards(document, "lane-touch", "stage-pay", ["a", "c"])
    edits.add_card(document, "lane-touch", "stage-pay", "b", index=1)
    assert texts(document, "lane-touch", "stage-pay") == ["a", "b", "c"]
    assert [c.order for c in document.cards_in_cell("lane-touch", "stage-pay")] == [0, 1, 2]


def test_moving_several_cards_is_one_step_and_undo_puts_them_back_in_order() -> None:
    document = make_document()
    a, b, c = edits.add_cards(document, "lane-touch", "stage-browse", ["a", "b", "c"])
    edits.add_cards(document, "lane-pain", "stage-pay", ["x", "y"])
    before = document.journey.model_copy(deep=True)
    steps = document.undo_stack.count()

    edits.move_cards(document, [a, c], "lane-pain", "stage-pay", 1)

    assert document.undo_stack.count() == steps + 1
    assert texts(document, "lane-pain", "stage-pay") == ["x", "a", "c", "y"]
    assert texts(document, "lane-touch", "stage-browse") == ["b"]
    document.undo_stack.undo()
    assert document.journey == before
    assert texts(document, "lane-touch", "stage-browse") == ["a", "b", "c"]
    document.undo_stack.redo()
    assert texts(document, "lane-pain", "stage-pay") == ["x", "a", "c", "y"]


def test_moving_within_a_cell_reorders() -> None:
    document = make_document()
    a, b, c = edits.add_cards(document, "lane-touch", "stage-browse", ["a", "b", "c"])
    edits.move_cards(document, [c], "lane-touch", "stage-browse", 0)
    assert texts(document, "lane-touch", "stage-browse") == ["c", "a", "b"]


def test_typing_in_one_field_merges_into_one_step() -> None:
    document = make_document()
    card = edits.add_card(document, "lane-touch", "stage-pay", "")
    steps = document.undo_stack.count()
    for text in ("C", "Ca", "Car", "Card"):
        edits.set_card_fields(document, card, merge=True, text=text)
    edits.set_card_fields(document, card, merge=True, notes="n")
    assert document.undo_stack.count() == steps + 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.card(card).text == ""


def test_deleting_a_stage_and_undo_restores_cards_scores_and_actions_in_place() -> None:
    document = make_document()
    edits.add_cards(document, "lane-touch", "stage-browse", ["keep"])
    pay = edits.add_cards(document, "lane-touch", "stage-pay", ["one", "two", "three"])
    edits.add_cards(document, "lane-back", "stage-track", ["after"])
    edits.set_emotion(document, "stage-pay", -1, "persona-ana", label="Card declined")
    edits.add_action(document, "Explain declines", cards=[pay[1]], stages=["stage-pay"])
    before = document.journey.model_copy(deep=True)

    edits.delete_stage(document, "stage-pay")

    assert [s.name for s in document.journey.stages] == ["Browse", "Track"]
    assert all(c.stage != "stage-pay" for c in document.journey.cards)
    assert document.journey.actions[0].cards == [] and document.journey.actions[0].stages == []
    assert document.journey.emotions == []
    document.undo_stack.undo()
    assert document.journey == before
    assert texts(document, "lane-touch", "stage-pay") == ["one", "two", "three"]


def test_deleting_a_lane_clears_the_visibility_line_and_undo_restores_it() -> None:
    document = make_document()
    edits.add_cards(document, "lane-pain", "stage-pay", ["slow"])
    before = document.journey.model_copy(deep=True)
    edits.delete_lane(document, "lane-pain")
    assert document.journey.visibility_line_after is None
    assert document.journey.cards == []
    document.undo_stack.undo()
    assert document.journey == before


def test_reordering_stages_and_lanes_undoes() -> None:
    document = make_document()
    edits.move_stage(document, 0, 2)
    assert [s.id for s in document.journey.stages] == ["stage-pay", "stage-track", "stage-browse"]
    edits.move_lane(document, 2, 0)
    assert document.journey.lanes[0].id == "lane-back"
    undo_all(document)
    assert [s.id for s in document.journey.stages] == ["stage-browse", "stage-pay", "stage-track"]
    assert document.journey.lanes[0].id == "lane-touch"


def test_emotion_scores_snap_to_the_scale_and_clear() -> None:
    document = make_document()
    edits.set_emotion(document, "stage-browse", 1.4, "persona-ana")
    assert document.journey.emotion_curve("persona-ana") == [1, None, None]
    edits.set_emotion(document, "stage-browse", 9, "persona-ana")
    assert document.journey.emotion_curve("persona-ana") == [2, None, None]
    edits.set_emotion(document, "stage-browse", None, "persona-ana")
    assert document.journey.emotion_curve("persona-ana") == [None, None, None]
    document.undo_stack.undo()
    assert document.journey.emotion_curve("persona-ana") == [2, None, None]


def test_find_and_replace_is_one_step() -> None:
    document = make_document()
    edits.add_cards(document, "lane-touch", "stage-pay", ["Pay by card", "Card declined", "Receipt"])
    assert len(edits.find_cards(document, "card")) == 2
    assert edits.replace_in_cards(document, "card", "payment card") == 2
    assert texts(document, "lane-touch", "stage-pay") == ["Pay by payment card", "payment card declined", "Receipt"]
    document.undo_stack.undo()
    assert texts(document, "lane-touch", "stage-pay") == ["Pay by card", "Card declined", "Receipt"]


def test_changes_name_only_the_cells_they_touch() -> None:
    document = make_document()
    a = edits.add_card(document, "lane-touch", "stage-browse", "a")
    seen = []
    document.changed.connect(seen.append)
    edits.move_cards(document, [a], "lane-pain", "stage-track")
    (change,) = seen
    assert change.cells == {("lane-touch", "stage-browse"), ("lane-pain", "stage-track")}
    assert not change.frame


def test_save_sets_modified_time_marks_clean_and_round_trips(tmp_path: Path) -> None:
    document = make_document()
    edits.add_card(document, "lane-touch", "stage-pay", "Zahlung bestätigt ✓")
    path = tmp_path / "checkout.journey"
    document.save(path)
    assert not document.modified
    assert document.journey.modified is not None
    assert load_map(path) == document.journey


def test_failed_save_keeps_the_document_modified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymapper.store import SaveError

    document = make_document()
    edits.add_card(document, "lane-touch", "stage-pay", "x")

    def refuse(*_args: object, **_options: object) -> None:
        raise SaveError(28, "No space left on device")

    monkeypatch.setattr("journeymapper.store.files.save", refuse)
    with pytest.raises(SaveError):
        document.save(tmp_path / "full.journey")
    assert document.modified
    assert document.journey.modified is None
    assert not (tmp_path / "full.journey").exists()


def test_actions_reference_cards_and_are_dropped_with_them() -> None:
    document = make_document()
    card = edits.add_card(document, "lane-pain", "stage-pay", "Declined")
    document.journey.actions.append(Action(id="action-x", title="t", cards=[card]))
    edits.delete_cards(document, [card])
    assert document.journey.actions[0].cards == []


def test_marking_an_action_done_dates_its_completion_and_undo_clears_it() -> None:
    from datetime import date

    from journeymapper.model import ActionStatus

    document = make_document()
    action_id = edits.add_action(document, "Explain declines")
    edits.set_action_fields(document, action_id, status=ActionStatus.DONE)
    assert document.journey.action(action_id).completed == date.today()
    edits.set_action_fields(document, action_id, status=ActionStatus.OPEN)
    assert document.journey.action(action_id).completed is None
    document.undo_stack.undo()
    document.undo_stack.undo()
    action = document.journey.action(action_id)
    assert action.status is ActionStatus.OPEN and action.completed is None
