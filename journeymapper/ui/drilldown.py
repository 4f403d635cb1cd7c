"""Drill-down links on the canvas: follow a stage's or card's link to its detail map, set or remove it.

A stage or card with a link shows a badge (drawn by the canvas items). Clicking
the badge, the context menu's Open Drill-down, or Alt+Down on the selected
card or stage opens the detail map in a tab (reusing the tab it is already in),
with a breadcrumb trail back up. Link to Detail Map… stores the chosen file
relative to the map's file, as one undoable step.

Safety (docs/file-format.md): only a link that stays inside the atlas's folder
(or, for a map outside any open atlas, the map's own folder) is resolved and
opened directly. An absolute path, a ``..`` path out of the folder, a UNC path
or a ``file:`` URL is shown as written and opened only after the user says
yes; until then nothing touches it (touching a UNC path can send the user's
network credentials to that host). A link back to a map above in the trail
goes back up to it instead of descending again, so a cycle is never followed
for ever.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolTip, QWidget

from ..atlas import Link, LinkKind, resolve_explicitly, resolve_link
from ..atlas.links import REASONS, key_of
from ..editor.operations import SetFields
from ..store import MAP_FORMAT
from .actions import assign_free_shortcuts, make_action
from .breadcrumbs import Breadcrumbs
from .map_sources import MapSources
from .opening import same_file

if TYPE_CHECKING:
    from ..editor import MapDocument
    from .main_window import MainWindow, Tab


def tr(text: str) -> str:
    return QCoreApplication.translate("drilldown", text)


# --- what a link is on, and where it leads ----------------------------------------------------


@dataclass(frozen=True)
class DrillTarget:
    """A stage or card that can hold a drill-down link."""

    kind: str
    """``stage`` or ``card``."""
    item_id: str
    link: Optional[str]
    label: str
    """How messages name it: stage “Get help”, card “Call the helpline”."""


def target_of(document: "MapDocument", kind: str, item_id: str) -> Optional[DrillTarget]:
    if kind == "stage":
        stage = document.journey.stage(item_id)
        if stage is None:
            return None
        return DrillTarget("stage", stage.id, stage.drilldown, tr("stage “%1”").replace("%1", stage.name))
    card = document.card(item_id)
    if card is None:
        return None
    text = " ".join(card.text.split())
    text = text if len(text) <= 60 else text[:59] + "…"
    return DrillTarget("card", card.id, card.drilldown, tr("card “%1”").replace("%1", text))


def selected_target(tab: Optional["Tab"]) -> Optional[DrillTarget]:
    """The one selected card or the selected stage."""
    if tab is None:
        return None
    selection = tab.view.selection()
    if selection.kind in ("cards", "stage") and selection.single:
        return target_of(tab.document, "card" if selection.kind == "cards" else "stage", selection.single)
    return None


def link_root(base: Path, atlas_root: Optional[Path]) -> Path:
    """The folder links resolve inside: the open atlas's when the map is in it, else the map's own folder."""
    if atlas_root is not None and key_of(base, atlas_root) is not None:
        return Path(os.path.abspath(atlas_root))
    return Path(os.path.abspath(base)).parent


def resolve_drilldown(text: str, base: Path, atlas_root: Optional[Path]) -> Link:
    """Classify and (only when it stays inside) resolve a link written in the map ``base``. Touches nothing."""
    root = link_root(base, atlas_root)
    return resolve_link(text, key_of(base, root) or Path(base).name, root)


def relative_link(target: Path, base: Path) -> str:
    """The link from the map ``base`` to ``target``, relative and with ``/`` (ValueError across drives)."""
    relative = os.path.relpath(os.path.abspath(target), os.path.dirname(os.path.abspath(base)))
    return relative.replace(os.sep, "/")


# --- questions to the user (tests replace these) --------------------------------------------


def ask_follow_outside(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.question(parent, tr("Open a link from outside the atlas?"), message,
                                  QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Open


def ask_detail_map(parent: QWidget, folder: Path) -> Optional[Path]:
    name, _filter = QFileDialog.getOpenFileName(parent, tr("Link to Detail Map"), str(folder),
                                                tr("Journey maps (*%1)").replace("%1", MAP_FORMAT.suffix))
    return Path(name) if name else None


def show_problem(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


# --- the commands -------------------------------------------------------------------------------


class DrilldownCommands(QObject):
    """Open, set and remove drill-down links of the current map; the badge's click, cursor and tooltip."""

    def __init__(self, window: "MainWindow", sources: MapSources, crumbs: Breadcrumbs) -> None:
        super().__init__(window)
        self.window = window
        self.sources = sources
        self.crumbs = crumbs
        a = make_action
        self.open = a(self, "open_drilldown", tr("Open &Drill-down"),
                      tip=tr("Open the detail map the selected stage or card links to"))
        self.up = a(self, "drill_up", tr("&Up One Level"), tip=tr("Back to the map this one was opened from"))
        self.link = a(self, "link_drilldown", tr("Link to Detail &Map…"),
                      tip=tr("Link the selected stage or card to a detail map"))
        self.unlink = a(self, "unlink_drilldown", tr("Remove Drill-down Lin&k"))
        assign_free_shortcuts([(self.open, ("Alt+Down", "Ctrl+Alt+Down")), (self.up, ("Alt+Up", "Ctrl+Alt+Up"))],
                              window.findChildren(QAction))
        self.open.triggered.connect(lambda: self.follow_selected())
        self.link.triggered.connect(lambda: self.link_selected())
        self.unlink.triggered.connect(lambda: self.unlink_selected())
        self._keys = {key.toString() for action in (self.open, self.up) for key in action.shortcuts()}
        crumbs.trail_changed = self.update_actions

    # --- wiring -------------------------------------------------------------------------------

    def watch(self, tab: "Tab") -> None:
        """Let a new tab's canvas follow badge clicks and leave Alt+Up/Down to the window's actions (once a tab)."""
        view = tab.view
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.selection_changed.connect(lambda _selection: self.update_actions())

    def update_actions(self) -> None:
        tab = self.window.current_tab()
        target = selected_target(tab)
        self.up.setEnabled(tab is not None and bool(self.crumbs.trail(tab)))  # a map opened from a drill-down
        self.open.setEnabled(target is not None and bool(target.link))
        self.link.setEnabled(target is not None)
        self.unlink.setEnabled(target is not None and bool(target.link))

    def extend_menu(self, menu: QMenu) -> None:
        """The canvas's context menu: the drill-down commands that fit the selection."""
        self.update_actions()
        if self.link.isEnabled():
            menu.addSeparator()
            if self.open.isEnabled():
                menu.addAction(self.open)
            menu.addAction(self.link)
            if self.unlink.isEnabled():
                menu.addAction(self.unlink)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            if QKeySequence(event.keyCombination()).toString() in self._keys:
                return True  # not accepted: the shortcut reaches the window's action, not the arrow keys
            return False
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.ToolTip):
            return False
        tab = next((t for t in self.window.tab_list() if t.view.viewport() is watched), None)
        if tab is None:
            return False
        position = event.position().toPoint() if kind != QEvent.Type.ToolTip else event.pos()
        found = tab.view.map_scene.drilldown_at(tab.view.mapToScene(position))
        if kind == QEvent.Type.MouseMove:
            if found is not None and event.buttons() == Qt.MouseButton.NoButton:
                tab.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
                return True
            return False
        if found is None:
            return False
        target = target_of(tab.document, *found)
        if target is None:
            return False
        if kind == QEvent.Type.ToolTip:
            QToolTip.showText(event.globalPos(), self.describe(tab, target), tab.view.viewport())
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        tab.view.commit_edit()
        if target.kind == "card":
            tab.view.select_cards([target.item_id])
        else:
            tab.view.map_scene.select_stage(target.item_id)
        self.follow(tab, target)
        return True

    # --- following ----------------------------------------------------------------------------

    def follow_selected(self) -> Optional["Tab"]:
        tab = self.window.current_tab()
        target = selected_target(tab)
        if tab is None or target is None:
            self.window.statusBar().showMessage(tr("Select a stage or a card with a drill-down link first."), 5000)
            return None
        if not target.link:
            self.window.statusBar().showMessage(
                tr("The %1 has no drill-down link (Link to Detail Map… adds one).").replace("%1", target.label), 5000)
            return None
        return self.follow(tab, target)

    def _saved_file(self, tab: "Tab", title: str) -> Optional[Path]:
        """The map's file; None (and the user told to save first) for a map never saved."""
        base = self.sources.file_of(tab)
        if base is None:
            show_problem(self.window, title, tr(
                "Save “%1” first: drill-down links are stored relative to the map's file."
            ).replace("%1", tab.document.display_name))
        return base

    def _atlas_root(self) -> Optional[Path]:
        index = self.window.atlas_dock.index
        return index.root if index is not None else None

    def follow(self, tab: "Tab", target: DrillTarget) -> Optional["Tab"]:
        """Open the detail map ``target`` links to, as the safety rules allow; returns its tab."""
        if not target.link:
            return None
        base = self._saved_file(tab, tr("Drill-down"))
        if base is None:
            return None
        link = resolve_drilldown(target.link, base, self._atlas_root())
        where = tr("%1 of “%2” (%3)").replace("%1", target.label).replace("%2", tab.document.display_name) \
            .replace("%3", str(base))
        if link.resolved:
            path = link.file
            assert path is not None
            if not os.path.isfile(path):
                show_problem(self.window, tr("Broken drill-down link"), tr(
                    "The drill-down link “%1” on the %2 names “%3”, which does not exist (or is not a file).\n\n"
                    "Restore the file, or choose the detail map again with Link to Detail Map…"
                ).replace("%1", target.link).replace("%2", where).replace("%3", str(path)))
                return None
        else:
            path = self._ask_about(target.link, link, base, where)
            if path is None:
                return None
        return self._descend(tab, path)

    def _ask_about(self, text: str, link: Link, base: Path, where: str) -> Optional[Path]:
        """A link that is not opened automatically: say what it is and open it only if the user says so."""
        try:  # invalid links and web URLs are refused with the reason
            path = resolve_explicitly(text, base)  # string work only: nothing is touched yet
        except ValueError as error:
            show_problem(self.window, tr("Drill-down link not followed"), tr(
                "The drill-down link “%1” on the %2 cannot be opened: %3."
            ).replace("%1", text).replace("%2", where).replace("%3", str(error)))
            return None
        reason = link.reason
        if str(path)[:2] in ("//", "\\\\"):  # a file: URL naming a host is a network path too
            reason = REASONS[LinkKind.UNC]
        question = tr(
            "The drill-down link “%1” on the %2 is %3.\n\nOpen “%4” anyway?"
        ).replace("%1", text).replace("%2", where).replace("%3", reason).replace("%4", str(path))
        return path if ask_follow_outside(self.window, question) else None

    def _descend(self, parent: "Tab", path: Path) -> Optional["Tab"]:
        here = self.sources.file_of(parent)
        if here is not None and same_file(here, path):
            self.window.statusBar().showMessage(tr("This drill-down leads to this map itself."), 5000)
            return parent
        trail = self.crumbs.trail(parent)
        above = next((i for i, crumb in enumerate(trail) if same_file(crumb.path, path)), None)
        if above is not None:  # a cycle: go back up to that map rather than deeper for ever
            self.window.statusBar().showMessage(tr(
                "This drill-down leads back to “%1”, which is above this map: went back up to it."
            ).replace("%1", trail[above].title), 8000)
            return self.crumbs.go_to(parent, above)
        pane = self._pane_of(parent)
        child = self.sources.open(path)
        if child is None:
            return None
        self.crumbs.descend(parent, child)
        panes = getattr(self.window, "panes", None)
        if panes is not None and pane is not None:
            panes.move_to(child, pane)
        self.window.show_tab(child)
        return child

    def _pane_of(self, tab: "Tab") -> Optional[int]:
        panes = getattr(self.window, "panes", None)
        return panes.pane_of(tab) if panes is not None else None

    # --- describing ---------------------------------------------------------------------------

    def describe(self, tab: "Tab", target: DrillTarget) -> str:
        """The badge's tooltip: where the link leads (the target's title when known), never touching unsafe paths."""
        text = target.link or ""
        base = self.sources.file_of(tab)
        if base is None:
            return tr("Drill-down: %1 (save the map to follow it)").replace("%1", text)
        link = resolve_drilldown(text, base, self._atlas_root())
        if not link.resolved:
            return tr("Drill-down: %1\n%2\nClick to be asked before it opens.").replace("%1", text) \
                .replace("%2", link.reason)
        assert link.file is not None
        title = self._title_of(link.file)
        shortcut = self.open.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        first = tr("Drill down to “%1”").replace("%1", title) if title else tr("Drill down to %1").replace("%1", text)
        return f"{first}\n{link.file}\n" + tr("Click, or press %1, to open it.").replace("%1", shortcut)

    def _title_of(self, path: Path) -> str:
        tab = self.sources.tab_for(path)
        if tab is not None:
            return tab.document.display_name
        index = self.window.atlas_dock.index
        if index is not None:
            for info in index.entries:
                if info.link.file is not None and same_file(info.link.file, path) and info.title:
                    return info.title
        return ""

    # --- setting and removing -----------------------------------------------------------------

    def link_selected(self) -> bool:
        """Ask for a detail map and link the selected stage or card to it (one undoable step)."""
        tab = self.window.current_tab()
        target = selected_target(tab)
        if tab is None or target is None:
            self.window.statusBar().showMessage(tr("Select a stage or a card to link first."), 5000)
            return False
        base = self._saved_file(tab, tr("Link to Detail Map"))
        if base is None:
            return False
        chosen = ask_detail_map(self.window, base.parent)
        if chosen is None:
            return False
        return self.set_link(tab, target, chosen)

    def set_link(self, tab: "Tab", target: DrillTarget, chosen: Path) -> bool:
        base = self.sources.file_of(tab)
        assert base is not None
        if same_file(chosen, base):
            show_problem(self.window, tr("Link to Detail Map"), tr("A map cannot drill down into itself."))
            return False
        try:
            text = relative_link(chosen, base)
        except ValueError:
            show_problem(self.window, tr("Link to Detail Map"), tr(
                "“%1” is on another drive than “%2”: a link relative to the map cannot reach it. "
                "Move the detail map next to the map first."
            ).replace("%1", str(chosen)).replace("%2", str(base)))
            return False
        if len(text) > 1000:
            show_problem(self.window, tr("Link to Detail Map"), tr("The path to “%1” is too long for a link.")
                         .replace("%1", str(chosen)))
            return False
        self._push(tab, target, text, tr("Link %1 to a detail map").replace("%1", target.label))
        if not resolve_drilldown(text, base, self._atlas_root()).resolved:
            self.window.statusBar().showMessage(tr(
                "Linked. “%1” is outside the atlas's folder, so following the link will ask first."
            ).replace("%1", str(chosen)), 8000)
        return True

    def unlink_selected(self) -> bool:
        tab = self.window.current_tab()
        target = selected_target(tab)
        if tab is None or target is None or not target.link:
            return False
        self._push(tab, target, None, tr("Remove the drill-down link of %1").replace("%1", target.label))
        return True

    def _push(self, tab: "Tab", target: DrillTarget, text: Optional[str], name: str) -> None:
        document = tab.document
        if target.kind == "card":
            item = document.card(target.item_id)
            collection = "cards"
        else:
            item = document.journey.stage(target.item_id)
            collection = "stages"
        document.push(name, [SetFields(collection, target.item_id, {"drilldown": text}, item)])
        self.update_actions()
