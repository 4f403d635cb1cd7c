"""Presentation mode and the workshop timer, driven with real key events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel

from journeymapper.ui.workshop_timer import TimerState, WorkshopTimer, format_remaining
from workshop_support import Workshop, check_every_edit, no_save_prompt, workshop  # noqa: F401


def centre_x(w: Workshop) -> float:
    return w.view.mapToScene(w.view.viewport().rect().center()).x()


def column(w: Workshop, index: int) -> tuple[float, float]:
    c = w.view.map_scene.frame.columns[index]
    return c.x, c.right


def present(w: Workshop) -> None:
    w.view.setFocus()
    w.key(Qt.Key.Key_F5)
    QTest.qWait(20)
    assert w.tools.presentation.active


# --- presentation mode -----------------------------------------------------------------------


def test_f5_enters_full_screen_with_menus_and_panels_hidden(workshop: Workshop) -> None:
    w = workshop
    docks = [d for d in w.window.findChildren(QDockWidget) if d.isVisible()]
    assert docks and w.window.menuBar().isVisible()
    present(w)
    assert w.window.isFullScreen()
    assert not w.window.menuBar().isVisible()
    assert not any(d.isVisible() for d in docks)
    assert not w.window.statusBar().isVisible()
    assert not w.window.tabs.tabBar().isVisible()
    assert w.view.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert w.view.palette().color(QPalette.ColorRole.Text).name() == "#000000"
    whole = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert whole.contains(w.view.map_scene.map_rect().adjusted(2, 2, -2, -2)), "the map is fitted first"


def test_arrows_and_page_keys_step_through_the_stages(workshop: Workshop) -> None:
    w = workshop
    present(w)
    w.key(Qt.Key.Key_Right)
    left, right = column(w, 0)
    assert left <= centre_x(w) <= right
    zoom = w.view.zoom_factor()
    assert zoom > 1.0, "zoomed in on the stage: large type"
    w.key(Qt.Key.Key_PageDown)
    left, right = column(w, 1)
    assert left <= centre_x(w) <= right
    assert w.tools.presentation.caption.text() == "2 / 3"
    w.key(Qt.Key.Key_Right)
    w.key(Qt.Key.Key_Right)  # stays on the last stage
    left, right = column(w, 2)
    assert left <= centre_x(w) <= right and w.tools.presentation.index == 2
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert visible.left() <= left and right <= visible.right() + 1, "the whole stage is on screen"
    w.key(Qt.Key.Key_PageUp)
    assert column(w, 1)[0] <= centre_x(w) <= column(w, 1)[1]
    w.key(Qt.Key.Key_Left)
    w.key(Qt.Key.Key_Left)  # before the first stage: the whole map again
    assert w.tools.presentation.index == -1


def test_the_focused_cell_follows_the_stage_shown(workshop: Workshop) -> None:
    w = workshop
    w.view.focus_cell("l-pain", "s-aware")
    present(w)
    w.key(Qt.Key.Key_Right)
    w.key(Qt.Key.Key_Right)
    assert w.view.current_cell() == ("l-pain", "s-buy")
    w.key(Qt.Key.Key_4)  # emotion in one key, while presenting
    assert next(e.value for e in w.document.journey.emotions if e.stage == "s-buy" and e.persona == "p-1") == 1
    w.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    w.type("Surprise fee")
    w.key(Qt.Key.Key_Return)
    assert w.document.cards_in_cell("l-pain", "s-buy")[-1].text == "Surprise fee"
    w.key(Qt.Key.Key_Escape)  # closes the capture bar, back to the canvas: still presenting
    assert w.tools.presentation.active and w.focused() is w.view


def test_escape_restores_the_window_exactly(workshop: Workshop) -> None:
    w = workshop
    window = w.window
    window.inspector.hide()  # a layout of the user's own
    QTest.qWait(20)
    geometry = window.geometry()
    visible_docks = {d.objectName() or str(id(d)) for d in window.findChildren(QDockWidget) if d.isVisible()}
    w.view.set_zoom(0.8)
    w.view.horizontalScrollBar().setValue(40)
    scroll = (w.view.horizontalScrollBar().value(), w.view.verticalScrollBar().value())
    present(w)
    w.key(Qt.Key.Key_Right)
    w.key(Qt.Key.Key_Right)
    w.key(Qt.Key.Key_Escape)
    QTest.qWait(20)
    assert not w.tools.presentation.active
    assert not window.isFullScreen()
    assert window.geometry() == geometry
    assert window.menuBar().isVisible() and window.statusBar().isVisible() and window.tabs.tabBar().isVisible()
    assert {d.objectName() or str(id(d)) for d in window.findChildren(QDockWidget) if d.isVisible()} == visible_docks
    assert not window.inspector.isVisible()
    assert abs(w.view.zoom_factor() - 0.8) < 1e-9
    assert (w.view.horizontalScrollBar().value(), w.view.verticalScrollBar().value()) == scroll
    assert not w.view.testAttribute(Qt.WidgetAttribute.WA_SetPalette), "the view follows the app palette again"
    assert not any(isinstance(i, type(w.tools.presentation._dim)) and i.zValue() == 10.0
                   for i in w.view.map_scene.items()), "the dimming is gone"
    assert w.focused() is w.view


def test_presentation_is_in_the_view_menu_and_f5_leaves_too(workshop: Workshop) -> None:
    w = workshop
    action = w.tools.actions["present"]
    assert action in w.window.menus[2].actions()
    assert action.shortcut().toString() == "F5"
    action.trigger()
    assert w.tools.presentation.active
    w.key(Qt.Key.Key_F5)
    assert not w.tools.presentation.active


def test_up_down_and_vote_keys_still_reach_the_canvas(workshop: Workshop) -> None:
    w = workshop
    present(w)
    w.key(Qt.Key.Key_PageDown)
    w.key(Qt.Key.Key_PageDown)
    w.view.focus_cell("l-touch", "s-buy")
    w.key(Qt.Key.Key_Down)  # the first card of the cell
    assert w.view.selection().ids == ("c3",)
    w.key(Qt.Key.Key_Plus)
    assert w.document.card("c3").votes == 4
    assert w.tools.presentation.index == 1


def test_presentation_grab_is_readable(workshop: Workshop) -> None:
    w = workshop
    w.tools.timer.start(300)
    present(w)
    w.key(Qt.Key.Key_Right)
    image = w.window.grab().toImage()
    assert image.width() > 0
    overlay = w.tools.timer_overlay
    assert overlay.isVisible() and overlay.parent() is w.view
    assert overlay.height() >= 50, "large enough to read across a room"
    options = w.view.map_scene.options
    text_px = w.view.zoom_factor() * options.card_font_size
    fills_width = w.view.zoom_factor() * (options.lane_header_width + column(w, 0)[1] - column(w, 0)[0]) \
        >= w.view.viewport().width() - 20
    assert text_px >= w.view.viewport().height() / 45 - 0.01 or fills_width


# --- the timer ---------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_timer_counts_down_pauses_and_resets(qtbot) -> None:  # noqa: ANN001
    clock = Clock()
    timer = WorkshopTimer(clock=clock)
    timer.start(120)
    assert timer.text() == "2:00" and timer.state is TimerState.RUNNING
    clock.now += 30.5
    timer.poll()
    assert timer.text() == "1:30"
    timer.pause()
    clock.now += 50
    assert timer.text() == "1:30" and timer.state is TimerState.PAUSED
    timer.resume()
    clock.now += 89
    timer.poll()
    assert timer.text() == "0:01"
    with qtbot.waitSignal(timer.finished, timeout=100):
        clock.now += 1
        timer.poll()
    assert timer.state is TimerState.FINISHED and timer.text() == "Time's up"
    timer.reset()
    assert timer.state is TimerState.IDLE


def test_timer_runs_on_its_own_clock(qtbot) -> None:  # noqa: ANN001
    timer = WorkshopTimer(interval_ms=10)
    with qtbot.waitSignal(timer.finished, timeout=2000):
        timer.start(0.05)


def test_format_remaining_rounds_up() -> None:
    assert [format_remaining(s) for s in (0, 0.2, 59.01, 60, 601)] == ["0:00", "0:01", "1:00", "1:00", "10:01"]


def test_timer_in_the_status_bar_then_red_when_time_is_up(workshop: Workshop) -> None:
    w = workshop
    clock = Clock()
    timer = w.tools.timer
    timer._clock = clock
    label = w.tools.timer_label
    assert not label.isVisible()
    w.window.findChild(type(w.tools.actions["present"]), "timer_5").trigger()
    assert label.isVisible() and label.text().endswith("5:00")
    clock.now += 300
    timer.poll()
    assert label.time_up and "Time's up" in label.text() and "#C62828" in label.styleSheet()
    assert not [x for x in w.window.findChildren(QLabel) if x.isWindow() and x.isVisible()]
    w.window.findChild(type(w.tools.actions["present"]), "timer_reset").trigger()
    assert not label.isVisible()


def test_timer_overlay_only_in_presentation_mode(workshop: Workshop) -> None:
    w = workshop
    clock = Clock()
    w.tools.timer._clock = clock
    w.tools.timer.start(120)
    assert not w.tools.timer_overlay.isVisible()
    present(w)
    overlay = w.tools.timer_overlay
    assert overlay.isVisible() and overlay.text() == "2:00"
    assert overlay.geometry().right() <= w.view.width() and overlay.geometry().top() >= 0
    clock.now += 121
    w.tools.timer.poll()
    assert overlay.text() == "Time's up" and "#C62828" in overlay.styleSheet()
    w.key(Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    assert w.tools.timer_label.isVisible()


def test_custom_timer_popup_is_not_a_dialog(workshop: Workshop) -> None:
    w = workshop
    w.window.findChild(type(w.tools.actions["present"]), "timer_custom").trigger()
    popup = w.tools.custom_timer
    assert popup is not None and popup.isVisible()
    assert not popup.isModal()
    popup.minutes.setValue(3)
    QTest.keyClick(popup.minutes, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert w.tools.timer.state is TimerState.RUNNING and w.tools.timer.duration == 180


def test_timer_pause_action_toggles(workshop: Workshop) -> None:
    w = workshop
    w.tools.timer.start(60)
    pause = w.window.findChild(type(w.tools.actions["present"]), "timer_pause")
    pause.trigger()
    assert w.tools.timer.state is TimerState.PAUSED and pause.text() == "&Resume"
    assert "paused" in w.tools.timer_label.text()
    pause.trigger()
    assert w.tools.timer.state is TimerState.RUNNING


def test_workshop_menu_holds_everything(workshop: Workshop) -> None:
    w = workshop
    menu = w.tools.menu
    titles = [a.menu().title() for a in w.window.menuBar().actions() if a.menu() is not None]
    assert titles.index("&Workshop") == len(titles) - 2, "before Help"
    names = {a.objectName() for a in menu.actions()}
    assert {"quick_capture", "presentation", "add_vote", "remove_vote", "clear_votes", "highlight_votes"} <= names
    assert w.tools.actions["capture"] in w.window.menus[3].actions()


def test_menu_shortcuts_still_work_while_presenting(workshop: Workshop) -> None:
    w = workshop
    before = w.window.actions()
    present(w)
    w.key(Qt.Key.Key_Right)
    w.view.select_cards(["c1"])
    w.key(Qt.Key.Key_Plus)
    assert w.document.card("c1").votes == 1
    w.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo, its menu hidden
    assert w.document.card("c1").votes == 0
    w.key(Qt.Key.Key_Escape)
    assert w.window.actions() == before, "nothing left behind"


def test_keyboard_shortcuts_window_lists_the_workshop_menu(workshop: Workshop) -> None:
    assert workshop.tools.menu in workshop.window.menus
    workshop.window.commands.shortcuts_help.trigger()
