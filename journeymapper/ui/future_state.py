"""Current vs future state in the window: create the future-state version, compare with the pair or a file.

``install_future_state(window)`` adds to the File menu "Create Future-State
Version…" and a Compare submenu ("With Paired Map", "With File…"). The copy
itself is ``atlas.future`` (headless): same ids, its own map id, state future,
saved where the user chose (``NAME-future.journey`` beside the map by
default) and, when the open atlas holds the current map, added to the atlas
and paired with it. Comparisons open in a compare window; of two maps, the
current-state one is "before" and the future-state one "after".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ..atlas.edit import AtlasEditor
from ..atlas.future import FutureStateError, create_future_state, default_future_path, paired_map
from ..model import JourneyMap, MapState
from ..store import MAP_FORMAT, DocumentError, load_map
from . import file_dialogs
from .compare_window import CompareWindow, open_compare_window
from .actions import make_action
from .pairs import pair_of_file
from .snapshot_commands import enable_with_map, show_problem

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


def tr(text: str) -> str:
    return QCoreApplication.translate("future_state", text)


FUTURE_TIP = QT_TRANSLATE_NOOP("future_state", "Copy this map as its future state (same ids, so the two compare), "
                               "paired with it in the open atlas")
PAIRED_TIP = QT_TRANSLATE_NOOP("future_state", "Compare the current-state and future-state maps paired in the atlas")


# --- questions (tests replace these) ------------------------------------------------------------


def ask_future_path(parent: QWidget, suggested: Path) -> Optional[Path]:
    """Where to save the future-state map (the dialog confirms replacing a file); None if cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr("Create Future-State Version"), str(suggested),
        tr("Journey maps (*%1)").replace("%1", MAP_FORMAT.suffix),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(MAP_FORMAT.suffix)


def ask_compare_path(parent: QWidget, folder: Optional[Path]) -> Optional[Path]:
    """The map file to compare the current map with; None if cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr("Compare with File"), str(folder or ""), tr("Journey maps (*%1)").replace("%1", MAP_FORMAT.suffix)
    )
    return Path(name) if name else None


def _explain(action: QAction, tip: str) -> None:
    action.setToolTip(tip)
    action.setStatusTip(tip)


# --- the commands -------------------------------------------------------------------------------


@dataclass(eq=False)
class FutureStateCommands:
    """What ``install_future_state`` added to a window."""

    window: "MainWindow"
    compare_menu: QMenu
    actions: dict[str, QAction] = field(default_factory=dict)

    def update_actions(self) -> None:
        """Create Future-State Version only on a map that is not one already; With Paired Map only when the
        open atlas pairs the map with another; the tip of a disabled command says why."""
        tab = self.window.current_tab()
        future, paired = self.actions["future"], self.actions["paired"]
        is_future = tab is not None and tab.document.journey.state is MapState.FUTURE
        future.setEnabled(tab is not None and not is_future)
        _explain(future, tr("This map is already a future state: create future versions from its current-state map")
                 if is_future else tr(FUTURE_TIP))
        index = self.window.atlas_dock.index
        path = tab.document.path if tab is not None else None
        has_pair = index is not None and path is not None and pair_of_file(index, path) is not None
        paired.setEnabled(has_pair)
        if tab is not None and index is None:
            _explain(paired, tr("No atlas is open: open the atlas that pairs this map, or compare With File…"))
        elif tab is not None and not has_pair:
            _explain(paired, tr("The open atlas pairs this map with no other (Pair with… in the atlas list adds a pair)"))
        else:
            _explain(paired, tr(PAIRED_TIP))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _atlas_path(self) -> Optional[Path]:
        return getattr(self.window.atlas_dock, "path", None)

    def create_future_version(self, tab: Optional["Tab"] = None) -> Optional[Path]:
        """Save a future-state copy of the map (ids kept), pair it in the open atlas, and open it."""
        tab = tab or self.window.current_tab()
        if tab is None:
            return None
        tab.view.commit_edit()
        document = tab.document
        source = document.path
        if source is not None:
            suggested = default_future_path(source)
        else:
            stem = "".join(c if c.isalnum() or c in " -_." else " " for c in document.display_name).strip() or "map"
            suggested = default_future_path(Path.home() / f"{stem}{MAP_FORMAT.suffix}")
        target = ask_future_path(self.window, suggested)
        if target is None:
            return None
        notes: list[str] = []
        atlas = None
        atlas_path = self._atlas_path()
        if atlas_path is not None and source is not None:
            try:
                atlas = AtlasEditor.open(atlas_path)
            except DocumentError as error:
                notes.append(tr("The atlas could not be read, so the maps were not paired: %1")
                             .replace("%1", error.lines()[0]))
        journey = document.journey.model_copy(deep=True)
        try:
            result = tab.watch.queue.run(
                lambda: create_future_state(source, journey, target, atlas=atlas, replace=target.exists()),
                tr("Creating the future-state map…"),
            )
        except FutureStateError as error:
            show_problem(self.window, tr("No future-state map created"), str(error))
            return None
        notes += result.notes
        if result.paired_in is not None:
            self.window.atlas_dock.refresh()
            self._say(tr("Created %1, paired with %2 in %3").replace("%1", result.path.name)
                      .replace("%2", source.name if source else "").replace("%3", result.paired_in.name))
        else:
            self._say(tr("Created %1").replace("%1", result.path.name))
        if notes:
            show_problem(self.window, tr("Future-state map created"),
                         tr("%1 was saved, but:").replace("%1", str(result.path)) + "\n" + "\n".join(notes))
        self.window.file_commands.open_path(result.path)
        return result.path

    def compare_with_paired(self, tab: Optional["Tab"] = None) -> Optional[CompareWindow]:
        """Compare the map with its current/future partner from the open atlas (else a file chosen)."""
        tab = tab or self.window.current_tab()
        if tab is None:
            return None
        atlas_path = self._atlas_path()
        found = paired_map(atlas_path, tab.document.path) if atlas_path and tab.document.path else None
        if found is None:
            self._say(tr("The open atlas pairs this map with no other: choose the map to compare with"))
            return self.compare_with_file(tab)
        partner_path, partner_state = found
        partner = self._read(partner_path)
        if partner is None:
            return None
        return self._open(tab, partner, partner_path, partner_is_future=partner_state is MapState.FUTURE)

    def compare_with_file(self, tab: Optional["Tab"] = None, path: Optional[Path] = None) -> Optional[CompareWindow]:
        """Compare the map with a map file (if that file is open, with its tab's unsaved edits)."""
        tab = tab or self.window.current_tab()
        if tab is None:
            return None
        if path is None:
            folder = tab.document.path.parent if tab.document.path is not None else None
            path = ask_compare_path(self.window, folder)
            if path is None:
                return None
        other = self._read(path)
        if other is None:
            return None
        partner_is_future = other.state is MapState.FUTURE and tab.document.journey.state is MapState.CURRENT
        return self._open(tab, other, path, partner_is_future)

    def _read(self, path: Path) -> Optional[JourneyMap]:
        open_tab = self.window.tab_for_path(path)
        if open_tab is not None:
            open_tab.view.commit_edit()
            return open_tab.document.journey
        try:
            return self.window.file_commands.io.run(lambda: load_map(path), tr("Reading %1…").replace("%1", path.name))
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return None

    def _open(self, tab: "Tab", other: JourneyMap, other_path: Path, partner_is_future: bool) -> CompareWindow:
        tab.view.commit_edit()
        mine = tab.document.journey
        mine_label = tr("%1 (this map)").replace("%1", tab.document.display_name)
        other_label = other.title or other_path.stem
        if other_label == tab.document.display_name:
            other_label = f"{other_label} ({other_path.name})"
        if partner_is_future:
            return open_compare_window(self.window, mine, other, mine_label, other_label, folder=other_path.parent)
        return open_compare_window(self.window, other, mine, other_label, mine_label, folder=other_path.parent)



def install_future_state(window: "MainWindow") -> FutureStateCommands:
    """Add "Create Future-State Version…" and File > Compare to a main window."""
    compare_menu = QMenu(tr("Co&mpare"), window)
    compare_menu.setObjectName("compare_menu")
    commands = FutureStateCommands(window, compare_menu)
    a = commands.actions
    a["future"] = make_action(window, "create_future_state", tr("Create &Future-State Version…"), tip=tr(FUTURE_TIP))
    a["paired"] = make_action(window, "compare_paired", tr("With &Paired Map"), tip=tr(PAIRED_TIP))
    compare_menu.setToolTipsVisible(True)  # a disabled command's tip says why
    a["file"] = make_action(window, "compare_file", tr("With &File…"),
                            tip=tr("Compare this map with another map file"))
    a["future"].triggered.connect(lambda: commands.create_future_version())
    a["paired"].triggered.connect(lambda: commands.compare_with_paired())
    a["file"].triggered.connect(lambda: commands.compare_with_file())
    compare_menu.addActions([a["paired"], a["file"]])
    file_menu = window.menus[0] if getattr(window, "menus", None) else None
    if file_menu is not None:
        anchor = window.findChild(QMenu, "snapshots_menu") or window.findChild(QMenu, "export_menu")
        if anchor is not None and anchor.menuAction() in file_menu.actions():
            file_menu.insertAction(anchor.menuAction(), a["future"])
            file_menu.insertMenu(anchor.menuAction(), compare_menu)
            file_menu.insertSeparator(a["future"])
        else:
            file_menu.addAction(a["future"])
            file_menu.addMenu(compare_menu)
    enable_with_map(window, [a["file"]])
    update = commands.update_actions
    window.panes.current_changed.connect(update)
    window.atlas_dock.scanned.connect(update)  # an atlas opened, read again, or a pair added
    if file_menu is not None:
        file_menu.aboutToShow.connect(update)  # the map's state may have been edited since
    update()
    return commands


__all__ = ["FutureStateCommands", "install_future_state"]
