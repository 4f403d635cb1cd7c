"""At start: offer the work a crashed run left behind, without holding up the window.

The scan runs in a worker thread (an original on a share may take seconds to
check); if it finds anything, the non-modal ``RecoveryDialog`` lists it.
Restore never writes over a file: into the file's tab as unsaved changes
only when the file is still what the work was based on, otherwise as an
untitled copy. The restored document's own autosave then replaces the old
copy, so the work is never without one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..editor import MapDocument
from ..editor.file_session import FileSession
from ..store.recovery import RestoreAction, discard
from .compare_dialog import CompareDialog
from .io_worker import IoQueue
from .recovery_dialog import RecoveryDialog
from .recovery_scan import Recoverable, scan

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


def tr(text: str) -> str:
    return QCoreApplication.translate("recovery_check", text)


def check_for_recoveries(window: "MainWindow", root: Optional[Path] = None) -> "RecoveryCheck":
    """Start looking for recoverable work (app start); the dialog shows up if there is any."""
    check = RecoveryCheck(window, root)
    check.start()
    return check


class RecoveryCheck(QObject):
    """The scan, the dialog, and what its buttons do; ``ready`` gives the items found."""

    ready = Signal(list)

    def __init__(self, window: "MainWindow", root: Optional[Path] = None) -> None:
        super().__init__(window)
        self.window = window
        self.root = root
        self.items: list[Recoverable] = []
        self.dialog: Optional[RecoveryDialog] = None
        self._queue = IoQueue(self)

    def start(self) -> None:
        self._queue.submit(lambda: scan(self.root), self._found, lambda error: self.ready.emit([]))

    def _found(self, items: list[Recoverable]) -> None:
        self.items = items
        if items:
            self.dialog = RecoveryDialog(items, self.window)
            self.dialog.restore_requested.connect(self.restore)
            self.dialog.compare_requested.connect(self.compare)
            self.dialog.discard_requested.connect(self.discard)
            self.dialog.show()
        self.ready.emit(items)

    def restore(self, item: Recoverable) -> Optional["Tab"]:
        """Open the recovered work (see the module's docstring); None for a rejected copy."""
        if item.loaded is None:
            return None
        recovered = item.loaded.document
        tab = None
        if item.plan is not None and item.plan.action is RestoreAction.REOPEN and item.entry.original is not None:
            tab = self.window.file_commands.open_path(item.entry.original)
            if tab is not None and not _based_on(tab, item):
                tab = None
        if tab is None:
            document = MapDocument(recovered, None, item.loaded.version,
                                   file=FileSession(hooks=self.window.file_commands.hooks))
            tab = self.window.add_document(document)
            note = tr("Restored as an untitled copy")
        else:
            note = tr("Restored into the file, not saved yet")
        tab.document.restore_model(recovered)
        self.window.autosave.adopt(tab.document, item.entry)
        if self.dialog is not None:
            self.dialog.settled(item, note)
        return tab

    def compare(self, item: Recoverable) -> Optional[CompareDialog]:
        if item.on_disk is None or item.loaded is None:
            return None
        name = item.entry.original.name if item.entry.original else ""
        dialog = CompareDialog(item.on_disk, item.loaded.document, tr("Compare “%1”").replace("%1", name),
                               tr("From the file as it is now to your recovered work:"), self.dialog or self.window)
        dialog.show()
        return dialog

    def discard(self, item: Recoverable) -> None:
        discard(item.entry)  # the user's own data folder, never a share: quick
        if self.dialog is not None:
            self.dialog.settled(item, tr("Discarded"))


def _based_on(tab: "Tab", item: Recoverable) -> bool:
    """Whether the open tab is the very file the work was based on, unedited and writable."""
    session = tab.document.file
    base = item.entry.base
    return (
        not tab.document.modified and session.safe is not None and session.read_only_reason is None
        and base is not None and session.safe.fingerprint.same_content(base)
    )
