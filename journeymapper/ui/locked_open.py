"""Turning an opened file into a document, asking first when someone else holds its lock.

The lock was taken (or found taken) in the worker that read the file. A lock
left by our own crashed run was already taken over silently (``locks.acquire``
decides). Someone else's lock, or one nobody can read, leads to the question
of ``lock_dialog``: read-only (Save becomes Save As), an untitled copy (the
original is left alone and not locked), or take over (the lock becomes ours).
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..editor import MapDocument
from ..editor.file_session import FileSession
from ..store import FileHooks, SafeFile
from ..store.locks import LockStatus
from . import lock_dialog
from .io_worker import IoQueue
from .lock_dialog import LockChoice
from .opening import Opened


def tr(text: str) -> str:
    return QCoreApplication.translate("locked_open", text)


def document_for(
    parent: QWidget, opened: Opened, queue: IoQueue, hooks: FileHooks, say: Callable[[str], None]
) -> Optional[MapDocument]:
    """The document to show for ``opened`` (None if the user cancelled); ``say`` puts a line in the status bar."""
    safe = opened.file
    assert safe is not None
    result = safe.lock_result
    loaded = safe.loaded
    if result is not None and result.status is LockStatus.TAKEN_OVER:
        say(tr("“%1” was left locked by an earlier JourneyMapper run here; the lock is yours now.").replace(
            "%1", safe.path.name))
    if result is None or result.status not in (LockStatus.HELD, LockStatus.UNKNOWN_HOLDER):
        return MapDocument(loaded.document, safe.path, loaded.version, file=FileSession(safe, opened.read_only, hooks))
    choice = lock_dialog.ask_lock_choice(parent, safe.path, result)
    if choice is LockChoice.CANCEL:
        return None
    if choice is LockChoice.COPY:
        return MapDocument(loaded.document, None, loaded.version, file=FileSession(hooks=hooks))
    reason = opened.read_only
    if choice is LockChoice.TAKE_OVER:
        reason = queue.run(lambda: _take_over(safe), tr("Taking over %1").replace("%1", safe.path.name))
    return MapDocument(loaded.document, safe.path, loaded.version, file=FileSession(safe, reason, hooks))


def _take_over(safe: SafeFile) -> Optional[str]:
    """In the worker: make the lock ours; why the file is still read-only, if it is."""
    safe.take_over()
    return safe.read_only_reason()
