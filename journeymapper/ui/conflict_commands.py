"""What the file banner's buttons do: Reload, Save as copy, Overwrite, Compare, Save As.

Reload discards the user's unsaved edits, so it asks first; Overwrite replaces
a colleague's version (kept as ``NAME.bak`` by the save), so it is only offered,
never chosen for the user; Compare reads the version on disk without adopting
it. Every read runs in the file's worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QObject

from ..store import DocumentError, FileState
from . import file_dialogs
from .compare_dialog import CompareDialog

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


def tr(text: str) -> str:
    return QCoreApplication.translate("conflict_commands", text)


class ConflictCommands(QObject):
    """Connects each tab's banner to its file, and carries out what the user picks there."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def attach(self, tab: "Tab") -> None:
        """Show the tab's file state in its banner, and act on the banner's buttons."""
        banner, session = tab.banner, tab.document.file
        session.state_changed.connect(lambda: banner.show_state(session, tab.document.display_name))
        banner.reload_requested.connect(lambda: self.reload(tab))
        banner.save_copy_requested.connect(lambda: self.window.file_commands.save_as(tab))
        banner.save_as_requested.connect(lambda: self.window.file_commands.save_as(tab))
        banner.overwrite_requested.connect(lambda: self.window.file_commands.save(tab, force=True))
        banner.compare_requested.connect(lambda: self.compare(tab))
        banner.show_state(session, tab.document.display_name)

    def reload(self, tab: "Tab") -> bool:
        """Replace the map with the version on disk (asking first if that loses unsaved edits)."""
        tab.view.commit_edit()
        document = tab.document
        safe = document.file.safe
        if safe is None:
            return False
        if document.modified and not file_dialogs.ask_reload_discarding(self.window, document.display_name):
            return False
        try:
            loaded = tab.watch.queue.run(safe.reload, tr("Reading %1…").replace("%1", safe.path.name))
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return False
        document.replace_model(loaded.document)
        document.file_version = loaded.version
        document.file.found(FileState.UNCHANGED)
        self.window.statusBar().showMessage(tr("Reloaded %1").replace("%1", str(safe.path)), 5000)
        return True

    def compare(self, tab: "Tab") -> Optional[CompareDialog]:
        """A window listing what differs between the user's version and the one on disk."""
        safe = tab.document.file.safe
        if safe is None:
            return None
        try:
            theirs = tab.watch.queue.run(safe.on_disk, tr("Reading %1…").replace("%1", safe.path.name))
        except DocumentError as error:
            file_dialogs.show_open_error(self.window, error)
            return None
        tab.view.commit_edit()
        dialog = CompareDialog(
            tab.document.journey, theirs.document,
            tr("Compare “%1”").replace("%1", tab.document.display_name),
            tr("From your version (in this window) to the version now on disk:"),
            self.window,
        )
        dialog.show()
        return dialog
