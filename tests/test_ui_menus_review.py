"""Cross-cutting checks of the main window's menus and keys, as a facilitator meets them: no key does two
things, each dock's toggle stands with the other docks', commands that cannot work are disabled."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QDockWidget

from journeymapper.ui.actions import menu_actions
from test_ui_atlas import atlas, open_atlas  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def window_wide_keys(window) -> dict[str, set[str]]:
    """Every key that works anywhere in the window -> what it triggers (actions in or out of menus,
    QShortcuts); one action shown in two menus counts once."""
    keys: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if action.shortcutContext() in WINDOW_WIDE:
            for key in action.shortcuts():
                if not key.isEmpty():
                    keys[key.toString()].add(f"action {action.objectName() or action.text()} ({id(action)})")
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE and shortcut.window() is window:
            for key in shortcut.keys():
                keys[key.toString()].add(f"shortcut {shortcut.objectName()} ({id(shortcut)})")
    return keys


def test_no_two_window_commands_share_a_key(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)  # every dock, menu and atlas command installed and enabled
    clashes = {key: names for key, names in window_wide_keys(window).items() if len(names) > 1}
    assert clashes == {}


def test_the_dock_toggles_stand_together_in_the_view_menu(window):
    view = window.menus[2]
    docks = {dock.toggleViewAction() for dock in window.findChildren(QDockWidget) if dock.parent() is window}
    entries = view.actions()
    places = sorted(entries.index(action) for action in docks if action in entries)
    assert len(places) >= 6, "palette, atlas, inspector, personas, action plan, actions across the atlas"
    assert places == list(range(places[0], places[0] + len(places))), "one block, no other command among them"


def test_every_dock_toggle_is_in_the_view_menu(window):
    shown = set(menu_actions(window.menus[2]))
    missing = [dock.objectName() for dock in window.findChildren(QDockWidget)
               if dock.parent() is window and dock.toggleViewAction() not in shown]
    assert missing == []


def test_dock_titles_are_in_sentence_case_like_each_other(window):
    # the bottom tabs read "Action plan | Actions across the atlas", not two styles side by side
    titles = [dock.windowTitle() for dock in window.findChildren(QDockWidget) if dock.parent() is window]
    assert "Actions across the atlas" in titles
    assert [t for t in titles if any(word[:1].isupper() for word in t.split()[1:])] == []


def mnemonic(text: str):
    """The letter after a single "&" (None without one)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def mnemonic_clashes(menu, where: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(menu path, letter, texts) for each letter two entries of one menu share, submenus included."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    found = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = mnemonic(action.text())
        if letter is not None:
            by_letter[letter].append(action.text().split("\t")[0])
        if action.menu() is not None:
            found |= mnemonic_clashes(action.menu(), f"{where} > {action.text().replace('&', '')}")
    return found | {(where, letter, tuple(texts)) for letter, texts in by_letter.items() if len(texts) > 1}


KNOWN_CLASHES = {
    # left to the lead (import_commands / actions / workshop): pressing the letter cycles between them
    ("File", "m", ("Save as Te&mplate…", "Co&mpare")),
    ("Edit", "v", ("Find Pre&vious", "Add &Vote")),
    ("Edit", "r", ("&Replace…", "&Remove Vote")),
}


def test_no_new_menu_letter_is_shared_in_one_menu(window):
    found = set()
    for action in window.menuBar().actions():
        found |= mnemonic_clashes(action.menu(), action.text().replace("&", ""))
    assert found - KNOWN_CLASHES == set()
    letters = [mnemonic(action.text()) for action in window.menuBar().actions()]
    assert None not in letters and len(set(letters)) == len(letters), "the menu titles themselves"


def test_the_atlas_menu_gathers_the_atlas_wide_commands(window):
    atlas_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Atlas")
    names = [a.objectName() for a in atlas_menu.actions() if not a.isSeparator()]
    assert names == ["persona_library", "show_rollup", "export_atlas_pdf"]
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Insert", "Atlas", "Workshop", "Help"]
