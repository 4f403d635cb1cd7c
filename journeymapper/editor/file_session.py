"""The file behind one open document: its SafeFile, why it may not be saved in place, what checks found.

MapDocument keeps the model and the undo stack; this keeps what the file layer
knows (the lock, the fingerprint, a change made elsewhere) and decides whether
Save may write in place or must become Save As. ``write`` and ``close`` block
on the disk (a share can take seconds): the window calls them in a worker
thread, one call at a time per file, and applies what they return on the UI
thread, where ``state_changed`` tells the banner to show the new state.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, Signal
from pydantic import BaseModel

from ..store import FileHooks, FileState, SafeFile
from ..store.fingerprint import FileCheck
from ..store.locks import LockInfo, LockStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("file_session", text)


def describe_holder(holder: Optional[LockInfo]) -> str:
    """“bob on bobs-laptop”, or an unknown user for an empty or unreadable lock."""
    if holder is None:
        return tr("an unknown user")
    return tr("%1 on %2").replace("%1", holder.user).replace("%2", holder.host)


class FileSession(QObject):
    """One document's file; ``safe`` is None until an untitled document is first saved."""

    state_changed = Signal()

    def __init__(
        self,
        safe: Optional[SafeFile] = None,
        file_reason: Optional[str] = None,
        hooks: Optional[FileHooks] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self.safe = safe
        self.hooks = hooks or (safe.hooks if safe is not None else FileHooks())
        self.file_reason = file_reason
        """Why the file itself cannot be saved in place (read-only file or folder, lock not writable)."""
        self.lock_lost = False
        self.conflict: Optional[FileState] = None
        """changed, deleted or unreadable: what the last check found, until resolved."""
        self.conflict_detail = ""

    # --- state, read on the UI thread --------------------------------------------------

    @property
    def read_only_reason(self) -> Optional[str]:
        """Why Save must become Save As (None when the document may be saved in place)."""
        return self.file_reason or self._lock_reason()

    def _lock_reason(self) -> Optional[str]:
        result = self.safe.lock_result if self.safe is not None else None
        if result is None or result.status not in (LockStatus.HELD, LockStatus.UNKNOWN_HOLDER):
            return None
        who = describe_holder(result.holder)
        if self.lock_lost:
            return tr("%1 took over editing this map; your changes can only be saved under another name").replace(
                "%1", who
            )
        return tr("%1 has this map open for editing").replace("%1", who)

    def found(self, state: FileState, detail: str = "") -> None:
        """What a check (or the check before a save) found; a touch or no change clears a conflict."""
        conflict = None if state.safe_to_save else state
        if (conflict, detail if conflict else "") != (self.conflict, self.conflict_detail):
            self.conflict, self.conflict_detail = conflict, detail if conflict else ""
            self.state_changed.emit()

    def checked(self, check: FileCheck) -> None:
        """What a check found, with the error of a file that could not be read."""
        error = check.error
        self.found(check.state, (error.strerror or str(error)) if error is not None else "")

    def lost_lock(self) -> None:
        """The heartbeat found someone else's token in our lock."""
        if not self.lock_lost:
            self.lock_lost = True
            self.state_changed.emit()

    def written(self, file_reason: Optional[str]) -> None:
        """A save went through: the file on disk is ours again (see ``write``)."""
        self.file_reason = file_reason
        self.lock_lost = False
        self.conflict, self.conflict_detail = None, ""
        self.state_changed.emit()

    # --- blocking calls, made in the file's worker thread ----------------------------------

    def write(self, document: BaseModel, target: Path, force: bool = False) -> Optional[str]:
        """Save ``document`` to ``target``; returns why the file is read-only now (for ``written``).

        The same file is saved with its check for changes made elsewhere (unless
        ``force``: the user chose Overwrite); another file becomes this session's file
        and its lock replaces the old one. Raises ConflictError or SaveError.
        """
        target = Path(target)
        if self.safe is None:
            self.safe = SafeFile.create(target, document, hooks=self.hooks)
        elif target.absolute() == self.safe.path.absolute():
            self.safe.save(document, force=force)
        else:
            self.safe.save_as(target, document)
        return self.safe.read_only_reason()

    def close(self) -> None:
        """Release our lock (the document's tab is closing)."""
        if self.safe is not None:
            self.safe.close()
