"""Current and future state side by side: find a map's pair in the atlas, open both, pair two entries.

The atlas records which map is the future state of which (``Atlas.pairs``).
Open Current and Future Side by Side (View menu, for the current map; the
atlas list's right-click menu, for an entry) opens both maps, each in its own
pane of the split view and each with its own file, lock and banner, so both
stay editable. Pair with… records a new pair through ``AtlasEditor.pair``
(saved safely, off the UI thread) and reads the atlas again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from ..atlas import AtlasEditError, AtlasEditor, AtlasIndex, MapInfo
from ..model.invariants import same_path_key
from ..resources import example_atlas
from ..store import ConflictError, DocumentError
from . import atlas_prompts
from .actions import make_action
from .io_worker import IoQueue
from .map_sources import MapSources
from .opening import same_file

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


def tr(text: str) -> str:
    return QCoreApplication.translate("pairs", text)


@dataclass(frozen=True)
class Pair:
    """A current-state entry and its future state, as the atlas names them, with their files (if inside)."""

    current: str
    future: str
    current_file: Optional[Path]
    future_file: Optional[Path]


def pair_of_entry(index: AtlasIndex, entry: str) -> Optional[Pair]:
    """The pair naming the entry ``entry`` (a path as the atlas writes it), if any."""
    wanted = same_path_key(entry).casefold()
    for pair in index.atlas.pairs:
        if wanted in (same_path_key(pair.current).casefold(), same_path_key(pair.future).casefold()):
            return Pair(pair.current, pair.future, index.entry_link(pair.current).file,
                        index.entry_link(pair.future).file)
    return None


def pair_of_file(index: AtlasIndex, file: Path) -> Optional[Pair]:
    """The pair of the entry whose file is ``file``."""
    for info in index.entries:
        if info.link.file is not None and same_file(info.link.file, file):
            return pair_of_entry(index, info.path)
    return None


def ask_partner(parent: QWidget, name: str, choices: Sequence[str]) -> Optional[int]:
    """Which map to pair ``name`` with (an index into ``choices``), or None."""
    text, ok = QInputDialog.getItem(parent, tr("Pair with"), tr("The other state of “%1”:").replace("%1", name),
                                    list(choices), 0, False)
    return list(choices).index(text) if ok and text in choices else None


class PairCommands(QObject):
    """Open Current and Future Side by Side, and Pair with…, for the current map and for atlas entries."""

    def __init__(self, window: "MainWindow", sources: MapSources) -> None:
        super().__init__(window)
        self.window = window
        self.sources = sources
        self.io = IoQueue(self, window.file_commands.progress)
        self.open_current_pair = make_action(self, "open_pair", tr("Open Current and Future Side &by Side"),
                                             tip=tr("Show this map and its other state (paired in the atlas) side by side"))
        self.open_current_pair.triggered.connect(lambda: self.open_pair_of_current())
        self.unsplit = make_action(self, "unsplit", tr("Show One &Map at a Time"),
                                   tip=tr("Move the maps of the right pane back into the left one"))
        self.unsplit.triggered.connect(lambda: window.panes.unsplit())
        window.atlas_dock.menu_providers.append(self.fill_menu)

    def update_actions(self) -> None:
        tab = self.window.current_tab()
        self.open_current_pair.setEnabled(tab is not None and self._pair_of_tab(tab) is not None)
        self.unsplit.setEnabled(self.window.panes.split)

    def _pair_of_tab(self, tab: "Tab") -> Optional[Pair]:
        index = self.window.atlas_dock.index
        file = self.sources.file_of(tab)
        return pair_of_file(index, file) if index is not None and file is not None else None

    # --- opening ------------------------------------------------------------------------------

    def open_pair_of_current(self) -> Optional[tuple["Tab", "Tab"]]:
        tab = self.window.current_tab()
        pair = self._pair_of_tab(tab) if tab is not None else None
        if pair is None:
            self.window.statusBar().showMessage(
                tr("This map has no current/future pair in the open atlas (Pair with… in the atlas list adds one)."),
                8000)
            return None
        return self.open_pair(pair)

    def open_pair(self, pair: Pair) -> Optional[tuple["Tab", "Tab"]]:
        """Both maps of ``pair``, current on the left and future on the right."""
        missing = [entry for entry, file in ((pair.current, pair.current_file), (pair.future, pair.future_file))
                   if file is None]
        if missing:
            atlas_prompts.show_problems(self.window, tr("The pair cannot be opened side by side:"), [
                tr("%1 is not inside the atlas's folder, so it is not opened automatically (open it from the "
                   "atlas list).").replace("%1", entry) for entry in missing])
            return None
        assert pair.current_file is not None and pair.future_file is not None
        current = self.sources.open(pair.current_file)
        future = self.sources.open(pair.future_file) if current is not None else None
        if current is None or future is None:
            return None
        self.window.panes.show_side_by_side(current, future)
        self.window.show_tab(current)
        return current, future

    # --- the atlas list's menu ------------------------------------------------------------------

    def fill_menu(self, menu: QMenu, info: Optional[MapInfo]) -> None:
        index = self.window.atlas_dock.index
        if info is None or index is None:
            return
        pair = pair_of_entry(index, info.path)
        if pair is not None:
            menu.addAction(tr("Open Current and Future Side &by Side")).triggered.connect(
                lambda _checked=False, p=pair: self.open_pair(p))
        pairing = menu.addAction(tr("Pair &with…"))
        pairing.setEnabled(not same_file(index.path, example_atlas()) and len(index.entries) > 1)
        pairing.triggered.connect(lambda _checked=False, i=info: self.pair_with(i))

    def pair_with(self, info: MapInfo) -> bool:
        """Ask for the other state of ``info``'s map and record the pair in the atlas."""
        dock = self.window.atlas_dock
        index = dock.index
        if index is None:
            return False
        others = [other for other in index.entries if same_path_key(other.path) != same_path_key(info.path)]
        choice = ask_partner(self.window, info.title or info.path,
                             [f"{other.title or other.path} ({other.path})" for other in others])
        if choice is None:
            return False
        partner = others[choice]
        current, future = (partner, info) if info.state == "future" and partner.state != "future" else (info, partner)
        hooks = self.window.file_commands.hooks
        path = index.path
        try:
            self.io.run(lambda: AtlasEditor.open(path, hooks).pair(current.path, future.path),
                        tr("Pairing %1…").replace("%1", info.path))
        except AtlasEditError as error:
            atlas_prompts.show_problems(self.window, tr("Nothing was changed in %1:").replace("%1", path.name),
                                        error.lines)
            return False
        except ConflictError:
            atlas_prompts.show_problems(self.window, tr("%1 was changed by someone else since it was read.")
                                        .replace("%1", path.name), [tr("It is read again: try once more.")])
            dock.refresh()
            return False
        except (DocumentError, OSError) as error:
            lines = error.lines() if isinstance(error, DocumentError) else [f"{path}: {error.strerror or error}"]
            atlas_prompts.show_problems(self.window, tr("Nothing was changed:"), lines)
            return False
        self.window.statusBar().showMessage(tr("Paired: %1 (current) and %2 (future)")
                                            .replace("%1", current.path).replace("%2", future.path), 8000)
        dock.refresh()
        return True


__all__ = ["Pair", "PairCommands", "pair_of_entry", "pair_of_file"]
