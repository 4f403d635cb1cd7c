"""Cross-cutting checks of the main window's menus and keys, as a facilitator meets them: no key does two
things, each dock's toggle stands with the other docks', commands that cannot work are disabled."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit

from journeymapper.canvas.clipboard import CARDS_MIME
from journeymapper.editor.selection import Selection
from journeymapper.ui import atlas_entries, personas_panel
from journeymapper.ui import pairs as pairs_module
from journeymapper.ui.actions import menu_actions
from journeymapper.ui.help import ShortcutsDialog, list_key_rows
from test_ui_atlas import atlas, open_atlas  # noqa: F401
from test_ui_support import map_file, no_real_dialogs, select, window  # noqa: F401

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


KNOWN_CLASHES: set[tuple[str, str, tuple[str, ...]]] = set()


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


# --- commands that cannot work are disabled ---------------------------------------------------------


def edit_states(window) -> dict[str, bool]:
    c, votes = window.commands, window.workshop.actions
    return {"cut": c.cut.isEnabled(), "copy": c.copy.isEnabled(), "paste": c.paste.isEnabled(),
            "duplicate": c.duplicate.isEnabled(), "delete": c.delete.isEnabled(),
            "add_vote": votes["add_vote"].isEnabled(), "remove_vote": votes["remove_vote"].isEnabled()}


def test_edit_commands_need_a_selection_and_paste_needs_something_to_paste(qtbot, window, map_file):
    tab = window.file_commands.open_path(map_file)
    clipboard = QApplication.clipboard()
    clipboard.clear()
    select(tab.view, Selection())
    assert not any(edit_states(window).values()), "nothing selected, nothing on the clipboard"

    select(tab.view, Selection("cards", ("card-web",)))
    assert edit_states(window) == {"cut": True, "copy": True, "paste": False, "duplicate": True, "delete": True,
                                   "add_vote": True, "remove_vote": False}  # no dot yet to take away
    window.workshop.actions["add_vote"].trigger()
    assert window.workshop.actions["remove_vote"].isEnabled()

    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the key still works
    assert clipboard.mimeData().hasFormat(CARDS_MIME) and window.commands.paste.isEnabled()
    clipboard.clear()
    assert not window.commands.paste.isEnabled()
    clipboard.setText("An idea from the chat")
    assert window.commands.paste.isEnabled(), "plain text pastes as cards"

    select(tab.view, Selection("stage", ("stage-buy",)))
    states = edit_states(window)
    assert states["delete"] and not (states["cut"] or states["copy"] or states["duplicate"] or states["add_vote"])


def test_in_a_text_field_the_clipboard_commands_are_the_fields(qtbot, window, map_file):
    tab = window.file_commands.open_path(map_file)
    select(tab.view, Selection())
    QApplication.clipboard().clear()
    window.activateWindow()
    window.commands.find.trigger()
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    states = edit_states(window)
    assert states["cut"] and states["copy"] and states["delete"] and not states["paste"]
    QApplication.clipboard().setText("slow")
    assert window.commands.paste.isEnabled()
    window.commands.paste.trigger()
    assert field.text() == "slow"


def test_the_dock_toggles_have_letters_of_their_own_and_keep_them(window):
    toggles = [dock.toggleViewAction() for dock in window.findChildren(QDockWidget) if dock.parent() is window]
    assert [a.text() for a in toggles if a in window.menus[2].actions() and mnemonic(a.text()) is None] == []
    assert [dock.windowTitle() for dock in window.findChildren(QDockWidget) if "&" in dock.windowTitle()] == []
    window.palette_dock.setWindowTitle("Palette of cards")  # Qt sets the toggle's text to the new title
    assert window.palette_dock.toggleViewAction().text() == "Pa&lette of cards"


def test_compare_with_paired_map_needs_a_pair_and_follows_tab_and_atlas(qtbot, window, atlas, monkeypatch):
    paired, future = window.future_state.actions["paired"], window.future_state.actions["future"]
    current = open_atlas(qtbot, window, atlas)  # lifecycle.journey, paired with its future state
    assert paired.isEnabled() and future.isEnabled()
    support = window.file_commands.open_path(atlas.parent / "support-call.journey")
    assert not paired.isEnabled() and "pairs this map with no other" in paired.toolTip()
    window.show_tab(current)
    assert paired.isEnabled()
    window.file_commands.open_path(atlas.parent / "lifecycle-future.journey")
    assert not future.isEnabled() and "already a future state" in future.statusTip()
    assert paired.isEnabled()

    window.show_tab(support)
    dock = window.atlas_dock
    info = next(i for i in dock.index.entries if i.path == "support-call.journey")
    monkeypatch.setattr(pairs_module, "ask_partner", lambda parent, name, offered: next(
        i for i, text in enumerate(offered) if "lifecycle.journey" in text and "future" not in text))
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        next(a for a in dock.build_context_menu(info).actions() if a.text() == "Pair &with…").trigger()
    assert paired.isEnabled(), "the atlas read again pairs it now"


def test_without_an_atlas_compare_with_paired_map_says_why(window, map_file):
    window.file_commands.open_path(map_file)
    paired = window.future_state.actions["paired"]
    assert not paired.isEnabled() and "No atlas is open" in paired.toolTip()


def test_the_atlas_lists_menu_has_a_letter_for_each_entry(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    dock = window.atlas_dock
    info = next(i for i in dock.index.entries if i.path == "lifecycle.journey")
    menu = dock.build_context_menu(info)
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Open Current and Future Side &by Side" in entries and "Pair &with…" in entries
    assert [text for text in entries if mnemonic(text) is None] == []
    assert mnemonic_clashes(menu, "atlas list") == set()


# --- the keys of the docks' lists in the Keyboard Shortcuts window ----------------------------------


def test_the_shortcuts_window_lists_the_keys_the_lists_take(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    rows = list_key_rows()
    native = {key: QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
              for key in ("Ins", "F2", "Del", "Return", "Ctrl+Up", "Ctrl+Down")}
    assert {keys for place, _what, keys in rows if place == "Atlas list"} == {native[k] for k in ("Ins", "F2", "Del")}
    assert [keys for place, _what, keys in rows if place == "Personas list"] == [
        native[k] for k in ("Ins", "Return", "Del", "Ctrl+Up", "Ctrl+Down")]
    # what is listed is what the lists handle: the same declaration sets their keys
    for command, key, _what in atlas_entries.LIST_KEYS:
        action = window.findChild(QAction, command)
        assert action is not None and action.shortcut() == QKeySequence(key)
    panel_keys = {name: action.shortcut() for name, action in window.personas_panel.actions.items()}
    assert panel_keys == {command: QKeySequence(key) for command, key, _what in personas_panel.LIST_KEYS}

    window.commands.shortcuts_help.trigger()
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    table = dialog.table
    texts = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(3)] for r in range(table.rowCount())]
    section = next(r for r, row in enumerate(texts) if row[0].startswith("In lists"))
    assert texts[section + 1:] == [list(row) for row in rows]


# --- first run ---------------------------------------------------------------------------------------


def test_the_first_run_left_dock_fits_a_future_state_title(qtbot, window):
    window._default_geometry(QRect(0, 0, 1600, 1000))  # the available geometry of a 1600x1000 screen
    window._default_dock_sizes()
    qtbot.waitUntil(lambda: window.width() >= 1400)
    qtbot.waitUntil(lambda: window.palette_dock.width() >= 280, timeout=3000)
    assert window.palette_dock.width() <= 340, "the map keeps the room"
