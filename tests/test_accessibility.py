"""Accessibility: every command reachable by keyboard, every control named, canvas cards described."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from journeymapper.editor import edits
from journeymapper.ui.actions import menu_actions
from test_ui_support import check_every_edit, map_file, no_real_dialogs, window  # noqa: F401


def mnemonic(text: str) -> str:
    """The letter after a single & (Alt+letter), or ''."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else ""


def test_every_menu_command_is_reachable_from_the_keyboard(window, map_file):
    """Every menu opens from the keyboard (Alt+its letter; a submenu by its letter), so every command in
    it is reached with the arrow keys and Enter; the commonest ones also have a letter or a shortcut."""
    window.file_commands.open_path(map_file)
    bar_letters = [mnemonic(action.text()) for action in window.menuBar().actions() if action.menu()]
    assert all(bar_letters), f"a menu without an Alt letter: {[a.text() for a in window.menuBar().actions()]}"
    assert len(set(bar_letters)) == len(bar_letters), f"two menus share an Alt letter: {bar_letters}"
    problems = []
    commands = 0
    for top in window.menuBar().actions():
        for action in menu_actions(top.menu()):
            if action.menu() is not None and not mnemonic(action.text()):
                problems.append(f"{top.text()} > {action.text()}: a submenu without a letter")
            elif action.menu() is None:
                commands += 1
    assert not problems, "\n".join(problems)
    assert commands > 60


def focusable_widgets(root: QWidget) -> list[QWidget]:
    from PySide6.QtCore import Qt

    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(root) and not w.inherits("QMenu")]


def has_name(widget: QWidget, buddies: set) -> bool:
    if widget.accessibleName() or widget in buddies:
        return True
    if isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()):
        return True
    interface = QAccessible.queryAccessibleInterface(widget)
    return bool(interface and interface.text(QAccessible.Text.Name).strip())


def test_every_focusable_control_of_the_window_and_its_docks_has_a_name(window, map_file):
    window.file_commands.open_path(map_file)
    window.preferences.show_dialog()
    window.welcome.show()
    roots = [window, window.preferences.dialog, window.welcome.dialog]
    unnamed = []
    for root in roots:
        buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
        for widget in focusable_widgets(root):
            if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
                continue  # the line edit inside a spin box: the spin box carries the name
            if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea") \
                    and widget is widget.parent().viewport():
                continue  # a viewport: its view is what has the focus and the name
            if widget.inherits("QLineEdit") and widget.parent() is not None and widget.parent().inherits("QComboBox"):
                continue
            if not has_name(widget, buddies):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    assert not unnamed, "\n".join(unnamed)


def test_the_map_view_describes_the_selected_card_with_lane_stage_and_votes(window, map_file, qtbot):
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-wait", votes=3)
    tab.view.select_cards(["card-wait"])
    interface = QAccessible.queryAccessibleInterface(tab.view)
    assert interface.text(QAccessible.Text.Name) == "Journey map"
    described = interface.text(QAccessible.Text.Description)
    assert described.startswith("Card “Long wait” in lane Pain points, stage Buy, 3 votes"), described
    edits.set_card_fields(tab.document, "card-wait", votes=1)
    assert "1 vote" in QAccessible.queryAccessibleInterface(tab.view).text(QAccessible.Text.Description)
    tab.view.select_cards(["card-ad", "card-web"])
    assert "2 cards selected" in QAccessible.queryAccessibleInterface(tab.view).text(QAccessible.Text.Description)


def test_every_card_item_carries_its_accessible_text(window, map_file):
    tab = window.file_commands.open_path(map_file)
    scene = tab.view.map_scene
    texts = {card_id: item.accessible_text() for card_id, item in scene.cards.items()}
    assert len(texts) == 5 and all(texts.values())
    assert texts["card-web"].startswith("Card “Website checkout” in lane Touchpoints, stage Buy")
    edits.rename_stage(tab.document, "stage-buy", "Purchase") if hasattr(edits, "rename_stage") else None
    if hasattr(edits, "rename_stage"):
        assert "stage Purchase" in scene.cards["card-web"].accessible_text(), "follows renames"


# --- the canvas items as the map view's accessible children (journeymapper/canvas/accessibility.py) ---


def view_interface(view):  # noqa: ANN001, ANN201
    return QAccessible.queryAccessibleInterface(view)


def children_by_name(interface) -> dict:  # noqa: ANN001
    return {interface.child(i).text(QAccessible.Text.Name): interface.child(i) for i in range(interface.childCount())}


def test_the_map_views_children_are_its_headers_and_cards_read_through_qaccessible(window, map_file):
    tab = window.file_commands.open_path(map_file)
    interface = view_interface(tab.view)
    assert interface.role() == QAccessible.Role.Canvas
    assert interface.text(QAccessible.Text.Name) == "Journey map", "the view keeps its name and description"
    children = [interface.child(i) for i in range(interface.childCount())]
    roles = [child.role() for child in children]
    cards = [child for child in children if child.role() == QAccessible.Role.ListItem]
    assert len(cards) == len(tab.view.map_scene.cards) == 5
    assert roles.count(QAccessible.Role.ColumnHeader) == 3 and roles.count(QAccessible.Role.RowHeader) == 2
    names = [child.text(QAccessible.Text.Name) for child in children]
    assert names[:5] == ["Aware", "Buy", "Use", "Touchpoints", "Pain points"]
    assert {card.text(QAccessible.Text.Name) for card in cards} == {
        "Billboard advert", "Website checkout", "Long wait", "Mobile app", "Slow router"}
    wait = children_by_name(interface)["Long wait"]
    assert wait.text(QAccessible.Text.Description).startswith("Card “Long wait” in lane Pain points, stage Buy")
    assert children_by_name(interface)["Buy"].text(QAccessible.Text.Description) == "Stage 2 of 3, 2 cards"
    assert children_by_name(interface)["Pain points"].text(QAccessible.Text.Description).startswith("Lane 2 of 2")
    for index, child in enumerate(children):
        assert child.isValid() and child.parent() is interface
        assert interface.indexOfChild(child) == index
        assert interface.child(index) is child, "one interface per item, asked again and again"
        assert QAccessible.accessibleInterface(QAccessible.uniqueId(child)) is child, "registered, with a stable id"


def test_a_card_childs_rect_is_where_it_is_on_screen_and_child_at_finds_it(window, map_file):
    tab = window.file_commands.open_path(map_file)
    window.resize(1600, 1000)
    tab.view.ensure_visible("card-web")
    interface = view_interface(tab.view)
    web = children_by_name(interface)["Website checkout"]
    viewport = tab.view.viewport()
    expected = tab.view.mapFromScene(tab.view.map_scene.card_scene_rect("card-web")).boundingRect()
    assert web.rect().topLeft() == viewport.mapToGlobal(expected.topLeft())
    assert web.rect().size() == expected.size() and not web.rect().isEmpty()
    centre = web.rect().center()
    assert interface.childAt(centre.x(), centre.y()) is web
    stage = children_by_name(interface)["Use"]
    assert interface.childAt(stage.rect().center().x(), stage.rect().center().y()) is stage
    assert not web.state().offscreen


def test_selected_and_focused_states_follow_the_selection(window, map_file, qtbot):
    tab = window.file_commands.open_path(map_file)
    interface = view_interface(tab.view)
    wait, web = children_by_name(interface)["Long wait"], children_by_name(interface)["Website checkout"]
    assert not wait.state().selected and wait.state().selectable and wait.state().focusable
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    tab.view.select_cards(["card-wait"])
    assert wait.state().selected and wait.state().focused and not web.state().selected
    assert interface.focusChild() is wait
    tab.view.select_cards(["card-web", "card-wait"])
    assert wait.state().selected and web.state().selected
    tab.view.map_scene.select_stage("stage-buy")
    assert not wait.state().selected and children_by_name(interface)["Buy"].state().selected
    assert interface.focusChild() is children_by_name(interface)["Buy"]
    tab.view.clear_selection()
    assert interface.focusChild() is None


def test_keyboard_moves_between_cards_send_focus_and_selection_events(window, map_file, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from journeymapper.canvas import accessibility

    heard: list[tuple[QAccessible.Event, str]] = []
    monkeypatch.setattr(accessibility, "listening", lambda: True)
    monkeypatch.setattr(accessibility, "notify",
                        lambda event: heard.append((event.type(), event.accessibleInterface().text(QAccessible.Text.Name))))
    tab = window.file_commands.open_path(map_file)
    view_interface(tab.view)  # a screen reader has asked for the view: from now on it is told
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    tab.view.focus_cell("lane-touch", "stage-buy")
    heard.clear()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert (QAccessible.Event.Focus, "Website checkout") in heard
    assert (QAccessible.Event.SelectionAdd, "Website checkout") in heard
    heard.clear()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # into the cell below
    assert (QAccessible.Event.SelectionRemove, "Website checkout") in heard
    heard.clear()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # onto its card
    assert (QAccessible.Event.Focus, "Long wait") in heard
    heard.clear()
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)  # back to the cell: the view itself has the focus again
    assert (QAccessible.Event.Focus, "Journey map") in heard
    assert tab.view.accessibleDescription().startswith("Cell: Pain points, Buy")


def test_children_are_made_lazily_and_removed_cards_leave_the_tree(window, map_file):
    from journeymapper.canvas.accessibility import children_of

    tab = window.file_commands.open_path(map_file)
    interface = view_interface(tab.view)
    children = children_of(tab.view)
    assert interface.childCount() == 10 and children.made() == [], "counting makes no interfaces"
    assert children_of(tab.view) is children
    interface.child(3)
    assert children.made() == [("lane", "lane-touch")], "only the child asked for is made"
    wait = children_by_name(interface)["Long wait"]
    count = interface.childCount()
    edits.delete_cards(tab.document, ["card-wait"])
    assert interface.childCount() == count - 1
    assert ("card", "card-wait") not in children.made(), "its interface was deleted from Qt's cache"
    assert "Long wait" not in children_by_name(interface)
    tab.document.undo_stack.undo()
    assert "Long wait" in children_by_name(interface)
    assert children_by_name(interface)["Long wait"] is not wait


def test_emotion_points_are_children_with_their_score(window, map_file):
    from journeymapper.model import LaneKind

    tab = window.file_commands.open_path(map_file)
    edits.add_lane(tab.document, LaneKind.EMOTIONS)
    edits.set_emotion(tab.document, "stage-buy", 2, edits.curve_persona(tab.document))
    interface = view_interface(tab.view)
    point = children_by_name(interface).get("Emotion at stage Buy")
    assert point is not None and point.role() == QAccessible.Role.Graphic
    assert point.text(QAccessible.Text.Value) == "2"
    assert "Score 2" in point.text(QAccessible.Text.Description)
    assert not point.rect().isEmpty()


def test_an_edited_card_says_its_new_description_and_a_closed_map_leaves_qts_cache(window, map_file, qtbot,
                                                                                  monkeypatch, no_real_dialogs):
    import shiboken6

    from journeymapper.canvas import accessibility

    heard: list[tuple[QAccessible.Event, str]] = []
    monkeypatch.setattr(accessibility, "notify",
                        lambda event: heard.append((event.type(), event.accessibleInterface().text(QAccessible.Text.Name))))
    tab = window.file_commands.open_path(map_file)
    wait = children_by_name(view_interface(tab.view))["Long wait"]
    edits.set_card_fields(tab.document, "card-wait", votes=2)
    assert (QAccessible.Event.DescriptionChanged, "Long wait") in heard
    assert wait.text(QAccessible.Text.Description).endswith("2 votes")
    unique_id = QAccessible.uniqueId(wait)
    view = tab.view
    assert window.close_current_tab()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    assert QAccessible.accessibleInterface(unique_id) is None, "deleted while Python runs, not at exit"


EXIT_SCRIPT = r'''
import sys
from pathlib import Path
import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
sys.path.insert(0, {tests!r})
from test_ui_support import small_map
from journeymapper.editor import edits
from journeymapper.store import save
from journeymapper.ui.main_window import MainWindow

app = QApplication([])
QAccessible.setActive(True)  # as with a screen reader: every focus and selection change is sent
path = Path({tmp!r}) / "exit.journey"
save(path, small_map())
window = MainWindow(settings=QSettings({tmp!r} + "/settings.ini", QSettings.Format.IniFormat))
window.show()
tab = window.file_commands.open_path(path)
interface = QAccessible.queryAccessibleInterface(tab.view)
names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
assert "Long wait" in names, names
tab.view.setFocus()
tab.view.focus_cell("lane-touch", "stage-buy")
for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right):
    QTest.keyClick(tab.view, key)
tab.view.select_cards(["card-wait"])
assert interface.focusChild().state().selected
edits.delete_cards(tab.document, ["card-ad"])
names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
assert "Billboard advert" not in names
if {close!r}:
    from journeymapper.ui import file_dialogs
    file_dialogs.ask_save_changes = lambda parent, name: file_dialogs.Button.Discard
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window, its tabs and views are deleted now
    assert not shiboken6.isValid(window)
print("walked", len(names))
'''


def run_exit_script(tmp_path, close: bool):  # noqa: ANN001, ANN201
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "exit_check.py"
    script.write_text(EXIT_SCRIPT.format(tests=str(Path(__file__).parent), tmp=str(tmp_path), close=close))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)


def test_the_app_exits_cleanly_after_a_screen_reader_walked_the_map(tmp_path):
    """Qt's accessibility cache deletes the interfaces it holds; Python-made ones must not crash it at exit."""
    for close in (True, False):
        result = run_exit_script(tmp_path, close)
        assert result.returncode == 0, f"close={close}: exit code {result.returncode}\n{result.stdout}\n{result.stderr}"
        assert "walked 9" in result.stdout


def test_a_closed_map_is_freed_after_a_screen_reader_walked_it(window, map_file, qtbot, tmp_path, no_real_dialogs):
    """PySide's factory keeps the view's interface until the application quits: it must not keep the map."""
    import weakref

    tab = window.file_commands.open_path(map_file)
    interface = view_interface(tab.view)
    [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    tab.view.select_cards(["card-wait"])
    gone = weakref.ref(tab.document.journey)
    tab = interface = None  # noqa: F841 - the test holds no reference to the closing map
    assert window.close_current_tab()
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
