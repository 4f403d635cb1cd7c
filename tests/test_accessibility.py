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
