"""One open document's file, kept safe: read once, locked, checked before every save.

This ties the layers of quality.md together for the GUI. Opening reads the
bytes once (the fingerprint is of exactly what was parsed) and takes the lock
(the result says who else has the file if we did not get it). Saving first
re-reads the file and refuses with ConflictError if someone changed it since
(the real guard: locks are advisory and not exclusive on every share), then
saves atomically with a backup, and remembers the new fingerprint.

No Qt, and every call may block on a slow share: the GUI calls these from a
worker thread, one call at a time per file.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from pydantic import BaseModel

from . import files, locks
from .errors import ConflictError
from .fingerprint import CHECK_DELAY, CHECK_RETRIES, FileCheck, FileState, Fingerprint, examine, fingerprint_bytes
from .formats import FormatSpec, Loaded, parse_document
from .locks import Identity, LockResult, LockStatus
from .versions import Version


@dataclass
class FileHooks:
    """What tests and the GUI may swap: time, patience with a share, identity, and I/O itself."""

    sleep: Callable[[float], None] = time.sleep
    check_retries: int = CHECK_RETRIES
    check_delay: float = CHECK_DELAY
    lock_settle: float = locks.SETTLE
    identity: Optional[Identity] = None
    locking: bool = True
    before_io: Callable[[str, Path], None] = field(default=lambda operation, path: None)
    """Called before each operation (``open``, ``check``, ``save``, ``lock``...): a test can
    make the file layer slow here, or make it fail."""


_CONFLICT = {
    FileState.CHANGED: "{name} was changed on disk since you opened it (by a colleague?); "
    "saving now would overwrite their changes",
    FileState.DELETED: "{name} was deleted, renamed or moved since you opened it",
    FileState.UNREADABLE: "{name} cannot be read to check that nobody changed it ({error}); "
    "saving now could overwrite someone's changes",
}


class SafeFile:
    """The file behind one open document. Use ``SafeFile.open`` or ``SafeFile.create``."""

    def __init__(
        self, path: Path, loaded: Loaded[Any], fingerprint: Fingerprint, hooks: Optional[FileHooks] = None
    ) -> None:
        self.path = Path(path)
        self.loaded = loaded
        self.version: Version = loaded.version
        self.fingerprint = fingerprint
        self.hooks = hooks or FileHooks()
        self.lock_result: Optional[LockResult] = None
        self.last_check: Optional[FileCheck] = None

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, expected: Optional[FormatSpec[Any]] = None, *, hooks: Optional[FileHooks] = None
    ) -> "SafeFile":
        """Read, check and lock a document; raises DocumentError if it cannot be read as one."""
        hooks = hooks or FileHooks()
        path = Path(path)
        hooks.before_io("open", path)
        data, status = files.read_with_stat(path)
        loaded = parse_document(data, path, expected)
        opened = cls(path, loaded, fingerprint_bytes(data, status.st_mtime_ns), hooks)
        opened.lock()
        return opened

    @classmethod
    def create(cls, path: Path | str, document: BaseModel, *, hooks: Optional[FileHooks] = None) -> "SafeFile":
        """Save a document that had no file yet (Save As of an untitled map), and lock it."""
        hooks = hooks or FileHooks()
        path = Path(path)
        hooks.before_io("save", path)
        data = files.save(path, document, sleep=hooks.sleep)
        spec = files.spec_for(document)
        created = cls(path, Loaded(spec, document, spec.current), fingerprint_bytes(data, _mtime(path)), hooks)
        created.lock()
        return created

    def lock(self) -> Optional[LockResult]:
        """Take the lock (done by ``open``); the result says who holds it if we did not get it."""
        if not self.hooks.locking:
            return None
        self.hooks.before_io("lock", self.path)
        self.lock_result = locks.acquire(
            self.path, identity=self.hooks.identity, settle=self.hooks.lock_settle, sleep=self.hooks.sleep
        )
        return self.lock_result

    def take_over(self) -> LockResult:
        """The user chose to take over a lock held by someone else."""
        self.hooks.before_io("lock", self.path)
        self.lock_result = locks.take_over(
            self.path, identity=self.hooks.identity, settle=self.hooks.lock_settle, sleep=self.hooks.sleep
        )
        return self.lock_result

    @property
    def owns_lock(self) -> bool:
        return self.lock_result is not None and self.lock_result.owned

    def heartbeat(self) -> bool:
        """Move our lock's heartbeat on (every 30 s); False if someone has taken the lock from us.

        A share that does not answer raises OSError: try again at the next beat.
        """
        lock = self.lock_result.lock if self.lock_result else None
        if lock is None:
            return False
        self.hooks.before_io("lock", self.path)
        if locks.heartbeat(lock, sleep=self.hooks.sleep):
            return True
        holder = self._holder()
        self.lock_result = LockResult(LockStatus.HELD if holder else LockStatus.UNKNOWN_HOLDER, holder=holder)
        return False

    def close(self) -> None:
        """Release our lock (only if it is still ours). Safe to call twice."""
        lock = self.lock_result.lock if self.lock_result else None
        if lock is not None:
            self.hooks.before_io("unlock", self.path)
            locks.release(lock, sleep=self.hooks.sleep)
        self.lock_result = None

    def read_only_reason(self) -> Optional[str]:
        """Why the document should open read-only (None if it need not): shown to the user.

        A save replaces the file by renaming, which a read-only file does not stop
        on every system, so the GUI asks here and offers Save As instead.
        """
        if not os.access(self.path.parent, os.W_OK):
            return f"you may not create files in {self.path.parent}, so {self.path.name} cannot be saved there"
        if os.path.exists(self.path) and not os.access(self.path, os.W_OK):
            return f"{self.path.name} is read-only"
        if self.lock_result is not None and self.lock_result.status is LockStatus.UNAVAILABLE:
            return self.lock_result.error
        return None

    def __enter__(self) -> "SafeFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- changes made elsewhere ----------------------------------------------------------

    def examine(self) -> FileCheck:
        """Re-read the file and compare it with what we read or wrote last (see ``check``)."""
        self.hooks.before_io("check", self.path)
        result = examine(
            self.path, self.fingerprint, retries=self.hooks.check_retries, delay=self.hooks.check_delay,
            sleep=self.hooks.sleep,
        )
        if result.state is FileState.TOUCHED and result.current is not None:
            self.fingerprint = result.current  # a touch is no conflict; remember the new time
        self.last_check = result
        return result

    def check(self) -> FileState:
        """unchanged, touched (same content), changed, deleted or unreadable (after retries)."""
        return self.examine().state

    def on_disk(self) -> Loaded[Any]:
        """The version now on disk, without adopting it (for Compare); raises DocumentError."""
        self.hooks.before_io("open", self.path)
        return parse_document(files.read_limited(self.path), self.path, self.loaded.spec)

    def reload(self) -> Loaded[Any]:
        """Adopt the version now on disk (the user chose Reload); raises DocumentError."""
        self.hooks.before_io("open", self.path)
        data, status = files.read_with_stat(self.path)
        self.loaded = parse_document(data, self.path, self.loaded.spec)
        self.version = self.loaded.version
        self.fingerprint = fingerprint_bytes(data, status.st_mtime_ns)
        return self.loaded

    # --- saving ----------------------------------------------------------------------------

    def save(self, document: BaseModel, force: bool = False) -> bytes:
        """Save over our file; ConflictError if it changed since we read it (unless ``force``).

        Raises SaveError when the write fails; the file on disk is then unchanged.
        """
        self.hooks.before_io("save", self.path)
        if not force:
            found = self.examine()
            if not found.state.safe_to_save:
                message = _CONFLICT[found.state].format(name=self.path.name, error=found.error)
                raise ConflictError(self.path, found.state, message)
        data = files.save(self.path, document, self.version, sleep=self.hooks.sleep)
        self._written(document, data)
        self._beat_quietly()
        return data

    def save_as(self, path: Path | str, document: BaseModel) -> bytes:
        """Save to another file (which the user chose), then hold that file's lock instead."""
        path = Path(path)
        if path.absolute() == self.path.absolute():
            return self.save(document, force=True)
        self.hooks.before_io("save", path)
        data = files.save(path, document, self.version, sleep=self.hooks.sleep)
        self.close()
        self.path = path
        self._written(document, data)
        self.lock()
        return data

    def _written(self, document: BaseModel, data: bytes) -> None:
        spec = files.spec_for(document)
        self.version = max(self.version, spec.current)
        self.loaded = Loaded(spec, document, self.version)
        self.fingerprint = fingerprint_bytes(data, _mtime(self.path))

    def _beat_quietly(self) -> None:
        try:
            self.heartbeat()
        except OSError:
            pass  # the next beat tries again

    def _holder(self) -> Optional[locks.LockInfo]:
        try:
            return locks.read_lock(self.path, sleep=self.hooks.sleep)
        except (locks.LockUnreadable, OSError):
            return None


def _mtime(path: Path) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0
