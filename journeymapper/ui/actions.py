"""The window's commands as QActions, with each platform's standard shortcuts, and the menus.

Shortcuts come from ``QKeySequence.StandardKey`` wherever Qt defines one, so a
Mac user gets Cmd+Shift+Z and a Windows user Ctrl+Y for Redo without us
choosing. Our own shortcuts (Duplicate, zoom to fit...) and the fallback for a
standard key a platform leaves empty (Replace on X11) are candidates: each
action takes the first one no other action uses there (X11 binds Ctrl+D to
Delete, so Duplicate moves to Ctrl+Shift+D), because a key bound twice does
nothing at all. The main window connects the actions; this module only builds them.
"""

from __future__ import annotations

import sys
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QWidget

from ..model import LaneKind
from .names import lane_kind_name

Key = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


REPLACE_FALLBACK = ("Ctrl+Alt+F",) if sys.platform == "darwin" else ("Ctrl+H", "Ctrl+R")
"""Replace where the platform has no standard key (Cmd+H hides an app on a Mac)."""


def make_action(
    parent: QObject,
    name: str,
    text: str,
    standard: Optional[Key] = None,
    tip: str = "",
) -> QAction:
    """An action named ``name`` (for tests and the shortcut list) with its standard shortcut."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if standard is not None:
        action.setShortcuts(standard)
    if tip:
        action.setStatusTip(tip)
    return action


def assign_free_shortcuts(wanted: Sequence[tuple[QAction, Sequence[str]]], others: Sequence[QAction]) -> None:
    """Give each action the first of its candidate shortcuts that no other action has."""
    taken = {key.toString() for action in others for key in action.shortcuts()}
    for action, candidates in wanted:
        if action.shortcuts():
            continue  # the platform's standard key won
        for candidate in candidates:
            key = QKeySequence(candidate)
            if key.toString() not in taken:
                action.setShortcut(key)
                taken.add(key.toString())
                break


class Actions(QObject):
    """Every command of the main window, each a child of this object (kept alive by Qt)."""

    def __init__(self, parent: QWidget, undo_group: QUndoGroup) -> None:
        super().__init__(parent)
        a = make_action
        # File
        self.new = a(self, "new", tr("&New"), Key.New, tip=tr("Start a map with the usual stages and lanes"))
        self.open = a(self, "open", tr("&Open…"), Key.Open)
        self.save = a(self, "save", tr("&Save"), Key.Save)
        self.save_as = a(self, "save_as", tr("Save &As…"), Key.SaveAs)
        self.close = a(self, "close", tr("&Close"), Key.Close)
        self.export_pdf = a(self, "export_pdf", tr("&PDF…"), tip=tr("The map and its action plan, for print"))
        self.export_csv = a(self, "export_csv", tr("Action Plan as &CSV…"))
        self.export_png = a(self, "export_png", tr("P&NG Image…"))
        self.export_svg = a(self, "export_svg", tr("&SVG Drawing…"))
        self.print_map = a(self, "print_map", tr("&Print…"), Key.Print)
        self.quit = a(self, "quit", tr("&Quit"), Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = undo_group.createUndoAction(self, tr("Undo"))
        self.undo.setObjectName("undo")
        self.undo.setShortcuts(Key.Undo)
        self.redo = undo_group.createRedoAction(self, tr("Redo"))
        self.redo.setObjectName("redo")
        self.redo.setShortcuts(Key.Redo)
        self.cut = a(self, "cut", tr("Cu&t"), Key.Cut)
        self.copy = a(self, "copy", tr("&Copy"), Key.Copy)
        self.paste = a(self, "paste", tr("&Paste"), Key.Paste)
        self.duplicate = a(self, "duplicate", tr("D&uplicate"))
        self.delete = a(self, "delete", tr("&Delete"), Key.Delete)
        self.select_all = a(self, "select_all", tr("Select &All"), Key.SelectAll)
        self.find = a(self, "find", tr("&Find…"), Key.Find)
        self.find_next = a(self, "find_next", tr("Find &Next"), Key.FindNext)
        self.find_previous = a(self, "find_previous", tr("Find Prev&ious"), Key.FindPrevious)
        self.replace = a(self, "replace", tr("&Replace…"), Key.Replace)
        # View
        self.zoom_in = a(self, "zoom_in", tr("Zoom &In"), Key.ZoomIn)
        self.zoom_out = a(self, "zoom_out", tr("Zoom &Out"), Key.ZoomOut)
        self.zoom_fit = a(self, "zoom_fit", tr("Zoom to &Fit"))
        self.zoom_reset = a(self, "zoom_reset", tr("Actual &Size (100%)"))
        # Insert
        self.insert_stage = a(self, "insert_stage", tr("&Stage"), tip=tr("Add a stage after the selected one"))
        self.insert_card = a(self, "insert_card", tr("&Card"), tip=tr("Add a card in the current cell and type its text"))
        self.add_action = a(self, "add_action", tr("&Action"), tip=tr("Add an action for the selected cards or stage"))
        self.insert_lanes: dict[LaneKind, QAction] = {
            kind: a(self, f"insert_lane_{kind.value}", lane_kind_name(kind)) for kind in LaneKind
        }
        # Help
        self.shortcuts_help = a(self, "shortcuts_help", tr("&Keyboard Shortcuts"), Key.HelpContents)
        self.about = a(self, "about", tr("&About JourneyMapper"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.custom_shortcuts: list[tuple[QAction, Sequence[str]]] = [
            (self.replace, REPLACE_FALLBACK),
            (self.duplicate, ("Ctrl+D", "Ctrl+Shift+D")),
            (self.zoom_fit, ("Ctrl+1",)),
            (self.zoom_reset, ("Ctrl+0",)),
            (self.insert_card, ("Ctrl+Return",)),
            (self.add_action, ("Ctrl+Shift+A",)),
        ]
        assign_free_shortcuts(self.custom_shortcuts, self.findChildren(QAction))

    def document_actions(self) -> list[QAction]:
        """Actions that need an open map (disabled when no tab is open)."""
        return [
            self.save, self.save_as, self.close, self.cut, self.copy, self.paste, self.duplicate,
            self.delete, self.select_all, self.find, self.find_next, self.find_previous, self.replace,
            self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_reset, self.insert_stage,
            self.insert_card, *self.insert_lanes.values(), self.add_action, self.export_pdf, self.export_csv,
            self.export_png, self.export_svg, self.print_map,
        ]


def build_menus(menu_bar: QMenuBar, actions: Actions, recent_menu: QMenu) -> list[QMenu]:
    """Fill the menu bar: File, Edit, View, Insert, Help."""
    file_menu = menu_bar.addMenu(tr("&File"))
    file_menu.addActions([actions.new, actions.open])
    recent_menu.setTitle(tr("Open &Recent"))
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions.save, actions.save_as])
    file_menu.addSeparator()
    export_menu = file_menu.addMenu(tr("&Export"))
    export_menu.setObjectName("export_menu")
    export_menu.addActions([actions.export_pdf, actions.export_csv, actions.export_png, actions.export_svg])
    file_menu.addAction(actions.print_map)
    file_menu.addSeparator()
    file_menu.addActions([actions.close, actions.quit])

    edit_menu = menu_bar.addMenu(tr("&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.cut, actions.copy, actions.paste, actions.duplicate, actions.delete])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.select_all)
    edit_menu.addSeparator()
    edit_menu.addActions([actions.find, actions.find_next, actions.find_previous, actions.replace])

    view_menu = menu_bar.addMenu(tr("&View"))
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_fit, actions.zoom_reset])

    insert_menu = menu_bar.addMenu(tr("&Insert"))
    insert_menu.addActions([actions.insert_card, actions.insert_stage, actions.add_action])
    lane_menu = insert_menu.addMenu(tr("&Lane"))
    lane_menu.setObjectName("lane_menu")
    lane_menu.addActions(list(actions.insert_lanes.values()))

    help_menu = menu_bar.addMenu(tr("&Help"))
    help_menu.addActions([actions.shortcuts_help, actions.about])
    return [file_menu, edit_menu, view_menu, insert_menu, help_menu]


def insert_after(menu: QMenu, anchor: QAction, action: QAction) -> None:
    """Put ``action`` right after ``anchor`` in ``menu`` (at the end when ``anchor`` is not there), so a
    command installed later still stands with its kind (a dock's toggle with the other docks')."""
    actions = menu.actions()
    following = actions[actions.index(anchor) + 1] if anchor in actions and actions[-1] is not anchor else None
    if following is None:
        menu.addAction(action)
    else:
        menu.insertAction(following, action)


def keep_toggle_mnemonic(dock: QDockWidget, letter: str) -> None:
    """Give a dock's View-menu toggle the mnemonic ``letter`` (its first occurrence in the title) without
    an "&" in the dock's title bar; Qt resets the toggle's text to the title whenever that changes, so the
    letter is put back each time (a translated title without the letter goes without one)."""
    toggle = dock.toggleViewAction()

    def apply(title: str) -> None:
        at = title.lower().find(letter.lower())
        toggle.setText(title[:at] + "&" + title[at:] if at >= 0 else title)

    dock.windowTitleChanged.connect(apply)
    apply(dock.windowTitle())


def menu_actions(menu: QMenu) -> list[QAction]:
    """Every action of a menu and its submenus, separators left out."""
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found += menu_actions(action.menu())
    return found
