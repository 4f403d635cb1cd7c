"""Workshop mode wired into a main window with one call: ``install_workshop(window)``.

It adds, without the window knowing about any of them: the quick-capture bar
under the map (following the current tab), presentation mode, dot-voting
commands (also in the canvas's context menu), the top-three highlight setting
and the exercise timer (status bar, and over the map while presenting). Every
edit goes through ``edits``, so it is undoable and reaches autosave like any
other.

Menus: a Workshop menu holds everything; Presentation Mode is also in View,
Quick Capture in Insert, the vote commands in Edit, where people look first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from ..editor import edits
from .actions import assign_free_shortcuts
from .capture_bar import CaptureBar
from .preferences_store import PODIUM
from .presentation import PresentationController
from .workshop_timer import CustomTimerPopup, TimerLabel, WorkshopTimer, timer_menu

CAPTURE_KEYS = ("Ctrl+L", "Ctrl+K", "Ctrl+Shift+L")
PRESENT_KEYS = ("F5", "Ctrl+F5")
PODIUM_SETTING = PODIUM.key


def tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


@dataclass(eq=False)
class WorkshopTools:
    """What ``install_workshop`` added to a window (tests and the window reach them here)."""

    window: QMainWindow
    capture_bar: CaptureBar
    presentation: PresentationController
    timer: WorkshopTimer
    timer_label: TimerLabel
    timer_overlay: TimerLabel
    menu: QMenu
    actions: dict[str, QAction] = field(default_factory=dict)
    custom_timer: Optional[CustomTimerPopup] = None

    def current_view(self) -> Optional[Any]:
        tab = self.window.current_tab() if hasattr(self.window, "current_tab") else None
        return tab.view if tab is not None else None

    def current_document(self) -> Optional[Any]:
        tab = self.window.current_tab() if hasattr(self.window, "current_tab") else None
        return tab.document if tab is not None else None

    # --- commands ---

    def open_capture(self) -> None:
        self._retarget()
        if self.current_document() is not None:
            self.capture_bar.open_bar()

    def toggle_presentation(self) -> None:
        self.presentation.toggle(self.current_view())

    def vote(self, step: int) -> None:
        view = self.current_view()
        if view is not None:
            view.vote_selected(step)

    def clear_votes(self) -> None:
        document = self.current_document()
        if document is not None:
            edits.clear_votes(document)

    def set_podium(self, on: bool) -> None:
        settings = getattr(self.window, "settings", None)
        if isinstance(settings, QSettings):
            settings.setValue(PODIUM_SETTING, on)
        self._apply_podium()

    def show_custom_timer(self) -> None:
        if self.custom_timer is None:
            self.custom_timer = CustomTimerPopup(self.timer, self.window)
        self.custom_timer.popup_at(self.window)

    # --- following the window ---

    def _apply_podium(self) -> None:
        on = self.actions["highlight_votes"].isChecked()
        for tab in self.window.tab_list() if hasattr(self.window, "tab_list") else []:
            tab.view.map_scene.set_show_podium(on)

    def _retarget(self) -> None:
        view, document = self.current_view(), self.current_document()
        if view is not None and self.presentation.active and view is not self.presentation.view:
            self.presentation.leave()
        self.capture_bar.set_target(document, view)
        if view is not None:
            view.map_scene.set_show_podium(self.actions["highlight_votes"].isChecked())
        for name in ("capture", "present", "clear_votes"):
            self.actions[name].setEnabled(document is not None)
        self.update_votes()
        if document is None and self.capture_bar.isVisible():
            self.capture_bar.hide()

    def update_votes(self) -> None:
        """Add Vote with cards selected; Remove Vote when one of them has a dot to take away."""
        view, document = self.current_view(), self.current_document()
        selection = view.selection() if view is not None else None
        cards = [document.card(i) for i in selection.ids] if selection and selection.kind == "cards" else []
        self.actions["add_vote"].setEnabled(bool(cards))
        self.actions["remove_vote"].setEnabled(any(card is not None and card.votes for card in cards))

    def _presentation_entered(self, view: Any) -> None:
        self.timer_overlay.setParent(view)
        self.timer_overlay.set_wanted(True)
        self.presentation._place_overlays()

    def _presentation_left(self) -> None:
        self.timer_overlay.set_wanted(False)
        self.timer_overlay.setParent(self.window)
        self.timer_overlay.hide()

    def _context_menu_shown(self) -> None:
        """Add the vote commands to the canvas's right-click menu when cards are selected."""
        view = self.current_view()
        if view is None or view.selection().kind != "cards":
            return
        menu = getattr(self.window, "context_menu", None)
        if isinstance(menu, QMenu):
            menu.addSeparator()
            menu.addActions([self.actions["add_vote"], self.actions["remove_vote"]])


def _find_menu(window: QMainWindow, index: int, title: str) -> Optional[QMenu]:
    """One of the window's menus: by position in ``window.menus`` (File, Edit, View, Insert,
    Help), else by title without its mnemonic."""
    menus = getattr(window, "menus", None)
    if isinstance(menus, list) and len(menus) > index and isinstance(menus[index], QMenu):
        return menus[index]
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _action(parent: QObject, name: str, text: str, tip: str = "", key_hint: str = "") -> QAction:
    """An action; ``key_hint`` is shown in menus for a key the canvas itself handles
    (``+`` on a selected card), without binding it window-wide where it would eat typing."""
    action = QAction(text + (f"\t{key_hint}" if key_hint else ""), parent)
    action.setObjectName(name)
    if tip:
        action.setStatusTip(tip)
    return action


def install_workshop(window: QMainWindow) -> WorkshopTools:
    """Add workshop mode to a main window (call once, after the window is built)."""
    bar = CaptureBar(window)
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if layout is not None:
        layout.insertWidget(1, bar)  # under the tabs' canvas, above the find bar
    timer = WorkshopTimer(window)
    timer_label = TimerLabel(timer)
    window.statusBar().addPermanentWidget(timer_label)
    overlay = TimerLabel(timer, large=True, parent=window)
    overlay.hide()
    presentation = PresentationController(window)

    menu = QMenu(tr("&Workshop"), window)
    menu.setObjectName("workshop_menu")
    tools = WorkshopTools(window, bar, presentation, timer, timer_label, overlay, menu)
    a = tools.actions
    a["capture"] = _action(window, "quick_capture", tr("&Quick Capture"),
                           tr("Type cards into the focused cell, one line each"))
    a["present"] = _action(window, "presentation", tr("&Presentation Mode"),
                           tr("Full screen, stage by stage (arrows or a clicker); Esc leaves"))
    a["add_vote"] = _action(window, "add_vote", tr("Add &Vote"), tr("One more dot on the selected cards"), "+")
    a["remove_vote"] = _action(window, "remove_vote", tr("Rem&ove Vote"), tr("One dot less on the selected cards"), "-")
    a["clear_votes"] = _action(window, "clear_votes", tr("C&lear All Votes"), tr("Start a new round of dot voting"))
    a["highlight_votes"] = _action(window, "highlight_votes", tr("&Highlight Top Three Votes"))
    a["highlight_votes"].setCheckable(True)
    settings = getattr(window, "settings", None)
    a["highlight_votes"].setChecked(PODIUM.read(settings) if isinstance(settings, QSettings) else True)
    others = [x for x in window.findChildren(QAction) if x not in a.values()]
    assign_free_shortcuts([(a["capture"], CAPTURE_KEYS), (a["present"], PRESENT_KEYS)], others)
    window.addActions([a["capture"], a["present"]])  # shortcuts work with the menu bar hidden

    a["capture"].triggered.connect(tools.open_capture)
    a["present"].triggered.connect(tools.toggle_presentation)
    a["add_vote"].triggered.connect(lambda: tools.vote(1))
    a["remove_vote"].triggered.connect(lambda: tools.vote(-1))
    a["clear_votes"].triggered.connect(tools.clear_votes)
    a["highlight_votes"].toggled.connect(tools.set_podium)

    menu.addActions([a["capture"], a["present"]])
    menu.addSeparator()
    menu.addActions([a["add_vote"], a["remove_vote"], a["clear_votes"], a["highlight_votes"]])
    menu.addSeparator()
    menu.addMenu(timer_menu(timer, tools.show_custom_timer, window))
    _insert_menu(window.menuBar(), menu)
    for index, title, entries in ((1, "Edit", ["add_vote", "remove_vote", "clear_votes"]),
                                  (2, "View", ["present", "highlight_votes"]), (3, "Insert", ["capture"])):
        target = _find_menu(window, index, title)
        if target is not None:
            target.addSeparator()
            target.addActions([a[name] for name in entries])

    menus = getattr(window, "menus", None)
    if isinstance(menus, list):
        menus.insert(max(0, len(menus) - 1), menu)  # the Keyboard Shortcuts window lists it, before Help
    presentation.entered.connect(tools._presentation_entered)
    presentation.left.connect(tools._presentation_left)
    context_menu = getattr(window, "context_menu", None)
    if isinstance(context_menu, QMenu):
        context_menu.aboutToShow.connect(tools._context_menu_shown)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        tabs.currentChanged.connect(lambda _index: tools._retarget())
    panes = getattr(window, "panes", None)
    if panes is not None and hasattr(panes, "current_changed"):
        panes.current_changed.connect(tools.update_votes)  # either side of a split view
    if hasattr(window, "tab_added"):
        window.tab_added.connect(lambda tab: tab.view.selection_changed.connect(lambda _s: tools.update_votes()))
        window.tab_added.connect(lambda tab: tab.document.changed.connect(lambda _c: tools.update_votes()))
    tools._retarget()
    window.setProperty("workshop_installed", True)
    return tools


def _insert_menu(menu_bar: QMenuBar, menu: QMenu) -> None:
    """Put the Workshop menu before Help (the last menu), or at the end."""
    actions = [x for x in menu_bar.actions() if x.menu() is not None]
    if actions:
        menu_bar.insertMenu(actions[-1], menu)
    else:
        menu_bar.addMenu(menu)


__all__ = ["WorkshopTools", "install_workshop"]

