"""File menu commands: New, Open, Open Recent, Save, Save As, and opening the example.

A file that fails to open shows one message naming the file and the places
it is wrong, and opens nothing. A save that fails leaves the file on disk
unchanged and the map marked modified, and offers Save As. A save that finds
the file changed elsewhere writes nothing and shows the file's banner instead.
Reading and writing run in worker threads (``io_worker``): the window stays live.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ..editor import MapDocument
from ..editor.file_session import FileSession
from ..resources import example_atlas
from ..store import MAP_FORMAT, ConflictError, DocumentError, FileHooks, SaveError, load
from . import file_dialogs, opening
from .file_progress import FileProgress
from .io_worker import IoQueue
from .locked_open import document_for
from .recent import RecentFiles

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab

_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

_FIXES = {
    "busy": QT_TRANSLATE_NOOP(
        "file_commands", "Another program is using the file: close it there and save again, or save somewhere else."),
    "drive": QT_TRANSLATE_NOOP(
        "file_commands", "The drive did not answer (a network drive may have disconnected): save again once it is "
        "back, or save somewhere else."),
    "disk-full": QT_TRANSLATE_NOOP("file_commands", "Free some space on the drive and save again, or save somewhere else."),
    "backup": QT_TRANSLATE_NOOP(
        "file_commands", "The previous version could not be kept as a backup, so nothing was replaced."),
}
"""What the user can do about a failed save, by ``SaveError.kind``; other kinds need another place."""


def tr(text: str) -> str:
    return QCoreApplication.translate("file_commands", text)


class FileCommands(QObject):
    """Opens and saves maps for a main window; keeps the recent files list."""

    def __init__(self, window: "MainWindow", recent: RecentFiles) -> None:
        super().__init__(window)
        self.window = window
        self.recent = recent
        self.hooks = FileHooks()
        """The file layer's hooks for every file this window opens (tests make it slow or fast)."""
        self.progress = FileProgress(window)
        window.statusBar().addPermanentWidget(self.progress)
        self.io = IoQueue(self, self.progress)
        self.busy = 0
        """Opens and saves under way (the window does not close meanwhile)."""

    def say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # --- opening --------------------------------------------------------------------

    def new_map(self) -> "Tab":
        """An untitled map with the usual stages and lanes; unmodified until the first edit."""
        return self.window.add_document(MapDocument(opening.new_journey(), file=FileSession(hooks=self.hooks)))

    def open_dialog(self) -> None:
        recent = self.recent.paths()
        for path in file_dialogs.ask_open_paths(self.window, recent[0].parent if recent else None):
            self.open_path(path)

    def open_paths(self, paths: list[Path]) -> None:
        """Open the files named on the command line, or the example when there are none."""
        if not paths:
            self.open_example()
        for path in paths:
            self.open_path(path)

    def open_path(self, path: Path) -> Optional["Tab"]:
        """Open a map (an atlas opens its first map); an open file only brings its tab forward."""
        path = Path(path)
        self.busy += 1
        try:
            tab = self.window.tab_for_path(path) or self._open(path)
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return None
        finally:
            self.busy -= 1
        if tab is None:
            return None
        self.window.show_tab(tab)
        self.recent.add(path)
        return tab

    def _open(self, path: Path) -> Optional["Tab"]:
        label = tr("Opening %1…").replace("%1", path.name)
        opened = self.io.run(lambda: opening.open_file(path, self.hooks), label)
        if opened.file is None:  # an atlas: shown in the Atlas dock (read in its worker)
            self.window.atlas_dock.open_atlas(path)
        tab = self.window.tab_for_path(opened.map_path)
        if tab is not None:
            return tab
        if opened.file is None:  # an atlas: its first map
            opened = self.io.run(lambda: opening.open_map(opened.map_path, self.hooks), label)
        document = document_for(self.window, opened, self.io, self.hooks, self.say)
        if document is None:
            if opened.file is not None:
                self.io.run(opened.file.close)
            return None
        if document.file.safe is not opened.file and opened.file is not None:
            self.io.run(opened.file.close)  # a copy: the original stays as it was, unlocked
        return self.window.add_document(document)

    def open_from_atlas(self, path: Path, card_id: str = "") -> Optional["Tab"]:
        """Open a map chosen in the Atlas dock (the atlas stays); select and show ``card_id`` if given.

        A map of the bundled example atlas opens as an untitled copy, like the
        example itself, so a save can never overwrite the installed file.
        """
        tab = self._example_copy(path) if opening.same_file(Path(path).parent, example_atlas().parent) else None
        tab = tab or self.open_path(path)
        if tab is not None and card_id:
            tab.view.select_cards([card_id])
            tab.view.ensure_visible(card_id)
            tab.view.setFocus()
        return tab

    def _example_copy(self, path: Path) -> Optional["Tab"]:
        try:
            loaded = self.io.run(lambda: load(Path(path), MAP_FORMAT))
        except (DocumentError, OSError):
            return None
        return self.window.add_document(
            MapDocument(loaded.document, None, loaded.version, file=FileSession(hooks=self.hooks))
        )

    def open_example(self) -> Optional["Tab"]:
        self.window.atlas_dock.open_atlas(example_atlas())
        try:
            loaded = self.io.run(opening.read_example)
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return None
        except FileNotFoundError as error:
            self.window.statusBar().showMessage(str(error))
            return None
        return self.window.add_document(
            MapDocument(loaded.document, None, loaded.version, file=FileSession(hooks=self.hooks))
        )

    # --- saving ---------------------------------------------------------------------

    def save(self, tab: Optional["Tab"] = None, force: bool = False) -> bool:
        """Save to the map's file (Save As for a new or read-only map); True when saved.

        ``force`` skips the check for changes made elsewhere: the banner's Overwrite.
        """
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        if tab.document.path is None or tab.document.file.read_only_reason:
            return self.save_as(tab)
        return self._write(tab, tab.document.path, force)

    def save_as(self, tab: Optional["Tab"] = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        path = file_dialogs.ask_save_path(self.window, self._suggested_path(tab.document))
        if path is None:
            return False
        other = self.window.tab_for_path(path)
        if other is not None and other is not tab:
            self.say(tr("“%1” is open in another tab; close it first or choose another name.").replace("%1", str(path)))
            return False
        session = tab.document.file
        if opening.same_file(path, tab.document.path) and (session.read_only_reason or session.conflict):
            self.say(tr("“%1” cannot be saved over now (see the bar above the map); choose another name.").replace(
                "%1", path.name))
            return False
        return self._write(tab, path)

    def _write(self, tab: "Tab", path: Path, force: bool = False) -> bool:
        tab.view.commit_edit()  # a card being typed on the canvas is part of what the user saves
        document = tab.document
        label = tr("Saving %1…").replace("%1", path.name)
        self.busy += 1
        try:
            document.save(path, force, run=lambda work: tab.watch.queue.run(work, label))
        except ConflictError as conflict:
            check = document.file.safe.last_check if document.file.safe is not None else None
            if check is not None and check.state is conflict.state:
                document.file.checked(check)
            else:
                document.file.found(conflict.state)  # type: ignore[arg-type]
            self.window.show_tab(tab)
            self.say(tr("Not saved: “%1” was changed elsewhere. Choose what to do in the bar above the map.").replace(
                "%1", path.name))
            return False
        except OSError as error:  # SaveError, or anything the disk said
            reason = str(error) if isinstance(error, SaveError) else (error.strerror or str(error))
            fix = _FIXES.get(getattr(error, "kind", ""))
            if fix:
                reason += "\n\n" + tr(fix)
            if file_dialogs.ask_save_as_after_failure(self.window, document.display_name, reason):
                return self.save_as(tab)
            return False
        finally:
            self.busy -= 1
        self.recent.add(path)
        self.window.update_tab(tab)
        self.window.statusBar().showMessage(tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _suggested_path(self, document: MapDocument) -> Path:
        if document.path is not None:
            return document.path
        recent = self.recent.paths()
        folder = recent[0].parent if recent else Path.home()
        name = _UNSAFE_IN_NAMES.sub(" ", document.display_name).strip(" .")[:100] or "map"
        return folder / f"{name}{MAP_FORMAT.suffix}"
