"""Workshop speed: key presses a facilitator needs to capture a board, beyond the cards' own text.

Not a timing: the cost of live capture is the facilitator's attention, so this
counts interactions. The board is 30 cards over 6 stages and 3 lanes (the
touchpoints, pain points and ideas a room produces), read off the wall stage by
stage, lane by lane. A driver uses the REAL main window with workshop mode
installed, offscreen, sending QTest key events only:

- Ctrl+L opens the capture bar (1 press);
- before each card, it aims at the card's cell the cheapest way the bar offers:
  Tab/Shift+Tab (next/previous cell down the stage, then the next stage),
  Up/Down (lane) and Page Up/Page Down (stage) at one press each, or an aiming
  prefix typed in front of the text (``pain @buy: ``), every character of which
  counts as a press;
- the card's text is typed (not counted: it is the content, not the tool);
- Enter adds the card (1 press).

A chord (Ctrl+L) counts as one press; mouse actions count too, and there are
none. The result is presses / cards against the target of 2 per card (the
issue's bar). The run fails if any QDialog opens or a card lands in the wrong
cell. The detail also reports the same board captured in "room order" (the lanes
of a stage interleaved, as people call them out), for information.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Any

from harness import Benchmark, Context, Result

TARGET = 2.0
STAGES = ("Aware", "Consider", "Buy", "Receive", "Use", "Get help")
LANES = ("Touchpoints", "Pain points", "Ideas")
BOARD: dict[str, dict[str, tuple[str, ...]]] = {
    "Aware": {"Touchpoints": ("Radio advert", "Friend's recommendation"),
              "Pain points": ("Advert promises a price nobody gets", "Can't tell plans apart"),
              "Ideas": ("One-line plan summaries",)},
    "Consider": {"Touchpoints": ("Comparison site", "Coverage checker"),
                 "Pain points": ("Coverage map is outdated", "Hidden installation fee"),
                 "Ideas": ("Show the total price for two years",)},
    "Buy": {"Touchpoints": ("Online checkout", "Phone sales"),
            "Pain points": ("Card declined without a reason", "Forms ask twice for the address"),
            "Ideas": ("Save the basket when payment fails",)},
    "Receive": {"Touchpoints": ("Delivery text message", "Router parcel"),
                "Pain points": ("Delivery window of a whole day", "Parcel left with a neighbour"),
                "Ideas": ("Live delivery tracking",)},
    "Use": {"Touchpoints": ("Setup app", "First bill"),
            "Pain points": ("Wi-Fi drops every evening", "First bill higher than quoted"),
            "Ideas": ("Explain the first bill line by line",)},
    "Get help": {"Touchpoints": ("Chat bot", "Support hotline"),
                 "Pain points": ("Chat bot loops", "Forty minutes on hold"),
                 "Ideas": ("Call-back instead of waiting",)},
}


@dataclass
class Tally:
    presses: int = 0
    prefix_presses: int = 0
    text_chars: int = 0
    mouse: int = 0
    dialogs: int = 0


def _app() -> Any:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def board_order() -> list[tuple[str, str, str]]:
    """(stage, lane, text) as read off the wall: stage by stage, lane by lane."""
    return [(stage, lane, text) for stage in STAGES for lane in LANES for text in BOARD[stage][lane]]


def room_order() -> list[tuple[str, str, str]]:
    """The same cards as a room calls them out: within a stage, lanes interleaved."""
    result = []
    for stage in STAGES:
        cells = {lane: list(BOARD[stage][lane]) for lane in LANES}
        for lane in ("Touchpoints", "Pain points", "Touchpoints", "Ideas", "Pain points"):
            result.append((stage, lane, cells[lane].pop(0)))
    return result


def empty_map() -> Any:
    from journeymapper.model import JourneyMap, Lane, LaneKind, Stage

    kinds = (LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)
    return JourneyMap(
        title="Broadband workshop",
        stages=[Stage(id=f"stage-{i}", name=name) for i, name in enumerate(STAGES)],
        lanes=[Lane(id=f"lane-{i}", kind=kind, title=title) for i, (kind, title) in enumerate(zip(kinds, LANES))],
    )


class _Watch:
    """Counts mouse presses and dialogs shown anywhere in the application."""

    def __init__(self, tally: Tally) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QDialog

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
                kind = event.type()
                if kind == QEvent.Type.MouseButtonPress:
                    tally.mouse += 1
                elif kind == QEvent.Type.Show and isinstance(watched, QDialog):
                    tally.dialogs += 1
                return False

        self.filter = Filter()


def _prefix_options(journey: Any, current: tuple[str, str], wanted: tuple[str, str]) -> list[str]:
    """Aiming prefixes that put a line in ``wanted`` from ``current`` (shortest tokens that parse)."""
    from journeymapper.editor.capture import CaptureResult, parse_capture_line

    lane = journey.lane(wanted[0])
    stage_index = [s.id for s in journey.stages].index(wanted[1])
    stage = journey.stages[stage_index]
    lane_tokens = [lane.title[:n].lower() for n in range(1, len(lane.title) + 1) if " " not in lane.title[:n]]
    stage_tokens = [str(stage_index + 1)] + [stage.name[:n].lower() for n in range(1, len(stage.name) + 1)]
    options = []
    if wanted[1] == current[1]:
        options += [f"{token}: " for token in lane_tokens]
    if wanted[0] == current[0]:
        options += [f"@{token}: " for token in stage_tokens]
    options += [f"{lt} @{st}: " for lt in lane_tokens for st in stage_tokens]
    good = []
    for prefix in options:
        result = parse_capture_line(prefix + "x", journey, current)
        if isinstance(result, CaptureResult) and (result.lane_id, result.stage_id) == wanted:
            good.append(prefix)
    return good


def capture(order: list[tuple[str, str, str]], context: Context) -> tuple[Tally, list[str]]:
    """Capture the board in ``order`` through the real window; returns the tally and the aims used."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from journeymapper.editor import MapDocument
    from journeymapper.ui import MainWindow

    app = _app()
    tally = Tally()
    watch = _Watch(tally)
    previous_autosave = os.environ.get("JOURNEYMAPPER_AUTOSAVE")
    os.environ["JOURNEYMAPPER_AUTOSAVE"] = "0"  # keep the user's recovery folder out of a benchmark
    settings = QSettings(str(context.tmp / "workshop-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    tools = window.workshop  # the window installs the workshop tools itself
    window.resize(1600, 900)
    window.show()
    QTest.qWaitForWindowExposed(window)
    document = MapDocument(empty_map())
    tab = window.add_document(document)
    app.installEventFilter(watch.filter)
    aims: list[str] = []
    try:
        tab.view.setFocus()

        def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
            QTest.keyClick(QApplication.focusWidget(), key, modifiers)
            tally.presses += 1

        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        bar = tools.capture_bar
        assert QApplication.focusWidget() is bar.edit, "Ctrl+L puts the cursor in the capture bar"
        journey = document.journey
        lane_ids = {lane.title: lane.id for lane in journey.lanes}
        stage_ids = {stage.name: stage.id for stage in journey.stages}
        lane_order = [lane.id for lane in journey.lanes]
        stage_order = [stage.id for stage in journey.stages]
        tab_order = [(lane, stage) for stage in stage_order for lane in lane_order]
        for stage, lane, text in order:
            wanted = (lane_ids[lane], stage_ids[stage])
            current = bar.cell()
            lanes_away = lane_order.index(wanted[0]) - lane_order.index(current[0])
            stages_away = stage_order.index(wanted[1]) - stage_order.index(current[1])
            arrow_cost = abs(lanes_away) + abs(stages_away)
            tabs = (tab_order.index(wanted) - tab_order.index(current)) % len(tab_order)
            tabs = tabs if tabs <= len(tab_order) - tabs else tabs - len(tab_order)
            key_cost = min(arrow_cost, abs(tabs))
            prefixes = _prefix_options(journey, current, wanted)
            prefix = min(prefixes, key=len) if prefixes else None
            if key_cost and (prefix is None or key_cost <= len(prefix)):
                if abs(tabs) < arrow_cost:
                    for _ in range(abs(tabs)):
                        press(Qt.Key.Key_Tab if tabs > 0 else Qt.Key.Key_Backtab)
                else:
                    for _ in range(abs(lanes_away)):
                        press(Qt.Key.Key_Down if lanes_away > 0 else Qt.Key.Key_Up)
                    for _ in range(abs(stages_away)):
                        press(Qt.Key.Key_PageDown if stages_away > 0 else Qt.Key.Key_PageUp)
                aims.append(f"{key_cost} key(s)")
            elif key_cost:
                QTest.keyClicks(QApplication.focusWidget(), prefix)
                tally.presses += len(prefix)
                tally.prefix_presses += len(prefix)
                aims.append(repr(prefix))
            QTest.keyClicks(QApplication.focusWidget(), text)
            tally.text_chars += len(text)
            press(Qt.Key.Key_Return)
            placed = document.cards_in_cell(*wanted)
            assert placed and placed[-1].text == text, f"{text!r} did not land in {lane} / {stage}"
            assert not bar.error_shown, bar.message.text()
        expected = {(lane_ids[lane], stage_ids[stage]): list(BOARD[stage][lane]) for stage in STAGES for lane in LANES}
        got = {cell: [c.text for c in document.cards_in_cell(*cell)] for cell in expected}
        if order == board_order():
            assert got == expected, "the captured board differs from the given one"
        assert len(journey.cards) == len(order)
    finally:
        app.removeEventFilter(watch.filter)
        document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        QTest.qWait(0)
        if previous_autosave is None:
            os.environ.pop("JOURNEYMAPPER_AUTOSAVE", None)
        else:
            os.environ["JOURNEYMAPPER_AUTOSAVE"] = previous_autosave
    assert tally.dialogs == 0, "a dialog opened during capture"
    return tally, aims


class CaptureBenchmark(Benchmark):
    name = "workshop.capture"
    target = TARGET
    description = "key presses + mouse actions beyond card text to capture 30 cards (6 stages x 3 lanes), per card"

    def run(self, context: Context) -> Result:
        cards = len(board_order())
        tally, aims = capture(board_order(), context)
        room, _room_aims = capture(room_order(), context)
        ours = tally.presses + tally.mouse
        per_card = ours / cards
        room_per_card = (room.presses + room.mouse) / cards
        print(f"workshop.capture  {ours} presses for {cards} cards = {per_card:.2f} per card  target <= {TARGET:g}"
              f"  (room order: {room.presses + room.mouse} = {room_per_card:.2f} per card)", flush=True)
        detail = (
            f"{ours} presses for {cards} cards (1 to open the bar, {cards} Enter, "
            f"{ours - 1 - cards - tally.prefix_presses} aiming keys, {tally.prefix_presses} prefix characters), "
            f"{tally.mouse} mouse actions, {tally.dialogs} dialogs, {tally.text_chars} text characters not counted; "
            f"room order (lanes interleaved): {room.presses + room.mouse} = {room_per_card:.2f} per card"
        )
        return Result(self.name, float(ours), float(cards), "", self.target, detail=detail)


def benchmarks(context: Context) -> list[Benchmark]:
    return [CaptureBenchmark()]
