"""Quick capture: the line parser, and the capture bar driven with real key events."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from journeymapper.editor.capture import CaptureError, CaptureResult, parse_capture_line, parse_capture_text
from journeymapper.model import JourneyMap, Lane, LaneKind, Stage
from test_canvas_support import small_map
from workshop_support import Workshop, check_every_edit, no_save_prompt, workshop  # noqa: F401

FOCUS = ("l-do", "s-use")


def board() -> JourneyMap:
    return JourneyMap(
        stages=[Stage(id="s1", name="Aware"), Stage(id="s2", name="Checkout"), Stage(id="s3", name="Check in"),
                Stage(id="s4", name="Get help")],
        lanes=[Lane(id="t", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
               Lane(id="p", kind=LaneKind.PAIN_POINTS, title="Pain points"),
               Lane(id="o", kind=LaneKind.OPPORTUNITIES, title="Ideas"),
               Lane(id="b", kind=LaneKind.BACKSTAGE, title="Behind the scenes")],
    )


# --- the parser ------------------------------------------------------------------------------


def test_lane_and_stage_by_prefix() -> None:
    result = parse_capture_line("pain @Checkout: Card declined without a reason", board(), ("t", "s1"))
    assert result == CaptureResult("p", "s2", "Card declined without a reason", aimed=True)


def test_lane_by_kind_words_and_title() -> None:
    journey = board()
    assert parse_capture_line("touch: x", journey, ("p", "s3")).lane_id == "t"
    assert parse_capture_line("opp: x", journey, ("p", "s3")).lane_id == "o"  # kind: opportunities
    assert parse_capture_line("IDEAS: x", journey, ("p", "s3")).lane_id == "o"  # title, any case
    assert parse_capture_line("behind: x", journey, ("p", "s3")).lane_id == "b"
    assert parse_capture_line("back: x", journey, ("p", "s3")).lane_id == "b"  # kind: backstage


def test_either_part_is_optional() -> None:
    journey = board()
    assert parse_capture_line("@get: Chat bot loops", journey, ("p", "s1")) == CaptureResult("p", "s4", "Chat bot loops", True)
    assert parse_capture_line("pain: Slow", journey, ("t", "s3")) == CaptureResult("p", "s3", "Slow", True)
    assert parse_capture_line("@2: Pay", journey, ("t", "s1")).stage_id == "s2"  # a stage's number


def test_no_prefix_goes_to_the_focused_cell_and_colons_in_text_are_text() -> None:
    journey = board()
    assert parse_capture_line("Calls the hotline", journey, ("o", "s3")) == CaptureResult("o", "s3", "Calls the hotline")
    for text in ("See https://example.com", "Opens at 10:30", "Step two: call back"):
        assert parse_capture_line(text, journey, ("o", "s3")) == CaptureResult("o", "s3", text)


def test_without_a_focused_cell_the_first_touchpoints_lane_and_stage() -> None:
    journey = board()
    journey.lanes.insert(0, journey.lanes.pop(1))  # pain points first
    assert parse_capture_line("Sees an advert", journey, None) == CaptureResult("t", "s1", "Sees an advert")


def test_ambiguous_prefix_lists_the_candidates() -> None:
    result = parse_capture_line("@check: x", board(), ("t", "s1"))
    assert isinstance(result, CaptureError) and result.kind == "ambiguous_stage"
    assert result.candidates == ("Checkout", "Check in")
    assert parse_capture_line("@checko: x", board(), ("t", "s1")).stage_id == "s2"
    journey = board()
    journey.lanes.append(Lane(id="t2", kind=LaneKind.TOUCHPOINTS, title="Staff touchpoints"))
    lane = parse_capture_line("touch: x", journey, ("p", "s1"))
    assert isinstance(lane, CaptureError) and lane.kind == "ambiguous_lane"
    assert lane.candidates == ("Touchpoints", "Staff touchpoints")
    assert "Touchpoints, Staff touchpoints" in lane.message


def test_a_whole_name_beats_a_prefix() -> None:
    journey = board()
    journey.stages.append(Stage(id="s5", name="Use"))
    journey.stages.append(Stage(id="s6", name="User onboarding"))
    assert parse_capture_line("@use: x", journey, ("t", "s1")).stage_id == "s5"
    assert parse_capture_line("@user: x", journey, ("t", "s1")).stage_id == "s6"
    journey.lanes.append(Lane(id="x", kind=LaneKind.TEXT, title="Painful moments"))
    assert parse_capture_line("pain: x", journey, ("t", "s1")).kind == "ambiguous_lane"
    assert parse_capture_line("pain points @use: x", journey, ("t", "s1")).lane_id == "p"


def test_errors_for_unknown_lane_or_stage() -> None:
    journey = board()
    lane = parse_capture_line("feelings: x", journey, ("t", "s1"))
    assert isinstance(lane, CaptureError) and lane.kind == "no_lane" and lane.token == "feelings"
    stage = parse_capture_line("pain @Leave: x", journey, ("t", "s1"))
    assert isinstance(stage, CaptureError) and stage.kind == "no_stage" and stage.token == "Leave"
    assert parse_capture_line("pain: ", journey, ("t", "s1")).kind == "empty"


def test_backslash_takes_the_line_literally() -> None:
    result = parse_capture_line("\\pain: the word pain", board(), ("o", "s2"))
    assert result == CaptureResult("o", "s2", "pain: the word pain")


def test_several_lines_follow_the_last_aim() -> None:
    text = "First\n\npain @check in: Queue\nNo seat\nnope: x\n@1: Poster"
    results = parse_capture_text(text, board(), ("t", "s1"))
    assert [(r.lane_id, r.stage_id, r.text) for r in results if isinstance(r, CaptureResult)] == [
        ("t", "s1", "First"), ("p", "s3", "Queue"), ("p", "s3", "No seat"), ("p", "s1", "Poster")]
    assert [r.line for r in results if isinstance(r, CaptureError)] == ["nope: x"]


# --- the capture bar -----------------------------------------------------------------------------


def open_bar(w: Workshop) -> None:
    w.view.setFocus()
    w.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.tools.capture_bar.isVisible()
    assert w.focused() is w.tools.capture_bar.edit


def texts(w: Workshop, lane: str, stage: str) -> list[str]:
    return [c.text for c in w.document.cards_in_cell(lane, stage)]


def test_enter_adds_a_card_to_the_focused_cell_and_stays_ready(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell(*FOCUS)
    open_bar(w)
    assert w.tools.capture_bar.target.text() == "→ Does · Use"
    before = w.document.undo_stack.count()
    w.type("Reads the manual")
    w.key(Qt.Key.Key_Return)
    assert texts(w, *FOCUS) == ["Sets it up", "Reads the manual"]
    new_id = w.document.cards_in_cell(*FOCUS)[-1].id
    assert new_id in w.view.map_scene.cards, "the card is on the canvas at once"
    assert w.tools.capture_bar.edit.toPlainText() == ""
    assert w.focused() is w.tools.capture_bar.edit
    w.type("Calls support")
    w.key(Qt.Key.Key_Enter)
    assert texts(w, *FOCUS)[-1] == "Calls support"
    assert w.document.undo_stack.count() == before + 2
    w.document.undo_stack.undo()
    assert texts(w, *FOCUS) == ["Sets it up", "Reads the manual"]


def test_without_a_focused_cell_cards_go_to_the_first_touchpoints_lane(workshop: Workshop) -> None:
    w = workshop
    assert w.view.current_cell() is None
    open_bar(w)
    w.type("Sees a poster")
    w.key(Qt.Key.Key_Return)
    assert texts(w, "l-touch", "s-aware")[-1] == "Sees a poster"


def test_a_prefix_aims_and_the_focus_follows(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell(*FOCUS)
    open_bar(w)
    w.type("pain @buy: Card declined without a reason")
    assert w.tools.capture_bar.target.text() == "→ Pain points · Buy", "the bar shows where the line goes"
    w.key(Qt.Key.Key_Return)
    assert texts(w, "l-pain", "s-buy") == ["Delivery takes a week", "Card declined without a reason"]
    assert w.view.current_cell() == ("l-pain", "s-buy")
    w.type("No receipt")
    w.key(Qt.Key.Key_Return)
    assert texts(w, "l-pain", "s-buy")[-1] == "No receipt"


def test_arrows_and_page_keys_move_the_target(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell("l-touch", "s-aware")
    open_bar(w)
    w.key(Qt.Key.Key_Down)
    w.key(Qt.Key.Key_PageDown)
    assert w.view.current_cell() == ("l-do", "s-buy")
    w.key(Qt.Key.Key_Up)
    w.key(Qt.Key.Key_Up)  # stops at the first lane
    w.key(Qt.Key.Key_PageDown)
    w.key(Qt.Key.Key_PageDown)
    assert w.view.current_cell() == ("l-touch", "s-use")
    w.type("Unboxing")
    w.key(Qt.Key.Key_Return)
    assert texts(w, "l-touch", "s-use") == ["Unboxing"]


def test_an_error_shows_inline_and_keeps_the_text(workshop: Workshop) -> None:
    w = workshop
    open_bar(w)
    count = len(w.document.journey.cards)
    w.type("feelings @buy: Anxious")
    w.key(Qt.Key.Key_Return)
    bar = w.tools.capture_bar
    assert len(w.document.journey.cards) == count
    assert bar.edit.toPlainText() == "feelings @buy: Anxious"
    assert bar.error_shown and "feelings" in bar.message.text() and "#C62828" in bar.message.styleSheet()
    assert bar.message.isVisible()
    w.type("x")  # still typing in the bar: nothing lost, no dialog
    assert w.focused() is bar.edit
    bar.edit.setPlainText("@buy: Anxious")
    w.key(Qt.Key.Key_Return)
    assert not bar.error_shown and bar.edit.toPlainText() == ""
    assert texts(w, "l-touch", "s-buy")[-1] == "Anxious"


def test_ambiguous_stage_error_names_the_candidates(workshop: Workshop) -> None:
    w = workshop
    w.document.journey.stages[2].name = "Buy again"
    open_bar(w)
    w.type("@bu: x")
    w.key(Qt.Key.Key_Return)
    assert "Buy, Buy again" in w.tools.capture_bar.message.text()


def test_backslash_line_is_taken_literally(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell(*FOCUS)
    open_bar(w)
    w.type("\\pain: the word itself")
    w.key(Qt.Key.Key_Return)
    assert texts(w, *FOCUS)[-1] == "pain: the word itself"


def test_pasting_several_lines_adds_them_in_one_step(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell(*FOCUS)
    open_bar(w)
    QApplication.clipboard().setText("Charges the battery\npain: Battery dies\n\nCalls support\nnowhere: lost?\n")
    before = w.document.undo_stack.count()
    w.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert texts(w, *FOCUS)[-1] == "Charges the battery"
    assert texts(w, "l-pain", "s-use") == ["Battery dies", "Calls support"]
    assert w.document.undo_stack.count() == before + 1, "one paste, one undo step"
    assert w.tools.capture_bar.edit.toPlainText() == "nowhere: lost?", "the line that could not be placed stays"
    assert w.tools.capture_bar.error_shown
    w.document.undo_stack.undo()
    assert texts(w, *FOCUS) == ["Sets it up"] and texts(w, "l-pain", "s-use") == []


def test_pasting_one_line_just_inserts_it(workshop: Workshop) -> None:
    w = workshop
    open_bar(w)
    data = QMimeData()
    data.setText("One line\n")
    w.tools.capture_bar.edit.insertFromMimeData(data)
    assert w.tools.capture_bar.edit.toPlainText() == "One line"


def test_escape_closes_and_returns_to_the_canvas(workshop: Workshop) -> None:
    w = workshop
    open_bar(w)
    w.type("half a thought")
    w.key(Qt.Key.Key_Escape)
    assert not w.tools.capture_bar.isVisible()
    assert w.focused() is w.view


def test_undo_from_an_empty_bar_takes_the_last_card_back(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell(*FOCUS)
    open_bar(w)
    w.type("Oops")
    w.key(Qt.Key.Key_Return)
    w.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(w, *FOCUS) == ["Sets it up"]


def test_capture_bar_has_accessible_names_and_a_hint(workshop: Workshop) -> None:
    bar = workshop.tools.capture_bar
    assert bar.accessibleName() and bar.edit.accessibleName() and bar.close_button.accessibleName()
    assert "@" in bar.message.text() and "\\" in bar.message.text()


def test_small_map_fixture_is_the_canvas_one() -> None:
    assert [s.name for s in small_map().stages] == ["Aware", "Buy", "Use"]


def test_tab_goes_down_the_stage_then_to_the_next_stage(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell("l-feel", "s-aware")
    open_bar(w)
    w.key(Qt.Key.Key_Tab)
    assert w.view.current_cell() == ("l-pain", "s-aware")
    w.key(Qt.Key.Key_Tab)
    assert w.view.current_cell() == ("l-touch", "s-buy")
    w.key(Qt.Key.Key_Backtab)
    assert w.view.current_cell() == ("l-pain", "s-aware")
    assert w.focused() is w.tools.capture_bar.edit, "Tab aims; it does not leave the bar"
    assert "\t" not in w.tools.capture_bar.edit.toPlainText()
