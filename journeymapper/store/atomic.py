"""Atomic replacement of a file: the old version or the new one, never a mix.

The bytes are complete before this is called (a failing serializer never
touches the disk). They go to a temporary file in the same folder, are flushed
and fsynced, read back, compared and (when the caller asks) checked as a
document; the previous version is kept as a backup; only then does the
temporary file replace the target with ``os.replace``. There is no fallback to
writing in place, so at every instant the target holds the whole old or the
whole new version.

Network drives fail in their own ways: Windows reports a file busy for a moment
(the replace is retried a few times), and an error from a share does not prove
the operation failed (after a failed replace, what is on disk decides).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import time
from pathlib import Path
from typing import Callable, Optional

from .errors import SaveError, kind_of_errno
from .sidefiles import temp_prefix

Check = Callable[[bytes], None]
"""Raises if the bytes read back from the temporary file are not a valid document."""

BUSY_RETRIES = 5
BUSY_DELAY = 0.1
"""Seconds before the first retry of a busy replace; each further retry waits longer."""

_WINDOWS_BUSY = {5, 32, 33}  # ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_PHRASES = {
    "disk-full": "the disk is full",
    "read-only": "the drive is read-only",
    "drive": "the drive did not respond (a network drive may have disconnected)",
    "busy": "the file is in use by another program",
}


def atomic_write(
    target: Path,
    data: bytes,
    *,
    check: Optional[Check] = None,
    backup: Optional[Path] = None,
    sleep: Callable[[float], None] = time.sleep,
    busy_retries: int = BUSY_RETRIES,
) -> None:
    """Replace ``target`` with ``data`` atomically; raises SaveError with the target untouched.

    ``check`` validates the bytes read back from the temporary file before they
    may replace the target; ``backup`` receives the previous version first.
    """
    target = Path(target)
    folder = target.parent
    temporary = folder / f"{temp_prefix(target)}{secrets.token_hex(4)}"
    mode = _mode_to_keep(target)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as error:
        raise failure(target, error, "creating the temporary file") from error
    try:
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            written = temporary.read_bytes()
            if written != data:
                raise SaveError(errno.EIO, f"cannot save {target.name}: the temporary file in {folder} "
                                "did not read back as written; the file on disk is unchanged", kind="drive")
            _check(target, written, check)
            _chmod_quietly(temporary, mode)
        except SaveError:
            raise
        except OSError as error:
            raise failure(target, error, "writing the temporary file") from error
        if backup is not None:
            keep_copy(target, backup, sleep, busy_retries)
        failed = _replace(temporary, target, lambda: _holds(target, data), sleep, busy_retries)
        if failed:
            error, landed = failed
            raise failure(target, error, "replacing the file", intact=None if landed is None else True) from error
    except BaseException:
        _remove_quietly(temporary)
        raise
    _sync_folder(folder)


def keep_copy(
    source: Path, copy: Path, sleep: Callable[[float], None] = time.sleep, busy_retries: int = BUSY_RETRIES
) -> None:
    """Make ``copy`` hold ``source``'s current bytes (nothing if there is no source).

    A hard link costs nothing; shares that refuse links (an SMB mount answers EIO)
    get a fsynced copy. Either way it goes through a temporary name and a replace,
    so ``copy`` is always whole. Raises SaveError (kind ``backup``).
    """
    if not os.path.lexists(source):
        return
    temporary = copy.parent / f"{temp_prefix(copy)}{secrets.token_hex(4)}"
    try:
        try:
            os.link(source, temporary)
        except OSError:
            _copy_bytes(source, temporary)
        arrived = lambda: not os.path.lexists(temporary) and os.path.lexists(copy)  # noqa: E731
        failed = _replace(temporary, copy, arrived, sleep, busy_retries)
        if failed:
            raise failed[0]
    except BaseException as error:
        _remove_quietly(temporary)
        if not isinstance(error, OSError):
            raise
        raise SaveError(
            error.errno or 0,
            f"cannot save {source.name}: cannot keep the previous version as {copy.name} "
            f"({error.strerror or error}); the file on disk is unchanged",
            kind="backup",
        ) from error


def failure(target: Path, error: OSError, doing: str, intact: Optional[bool] = True) -> SaveError:
    """A SaveError saying in plain words what went wrong and what state the file is in."""
    in_use = getattr(error, "winerror", None) in (32, 33) or error.errno in (errno.EBUSY, errno.ETXTBSY)
    kind = "busy" if in_use else kind_of_errno(error.errno)
    if error.errno == errno.EISDIR or (kind == "other" and target.is_dir()):
        phrase = f"{target.name} is a folder"
    elif kind == "permission":
        phrase = f"permission denied: you may not write in {target.parent}"
    elif kind == "vanished":
        phrase = f"the folder {target.parent} is gone (was the drive disconnected?)"
    else:
        phrase = _PHRASES.get(kind, "the system refused")
    state = {
        True: "the file on disk is unchanged",
        False: "the file on disk may have changed",
        None: "the file on disk could not be checked",
    }[intact]
    return SaveError(
        error.errno or 0, f"cannot save {target.name}: {phrase} ({doing}: {error.strerror or error}); {state}", kind=kind
    )


def _check(target: Path, written: bytes, check: Optional[Check]) -> None:
    if check is None:
        return
    try:
        check(written)
    except Exception as error:  # noqa: BLE001 - any failure of the check refuses the file
        raise SaveError(
            0, f"cannot save {target.name}: the file written did not read back as a valid document "
            f"({error}); the file on disk is unchanged", kind="invalid",
        ) from error


def _replace(
    temporary: Path, target: Path, landed: Callable[[], Optional[bool]], sleep: Callable[[float], None], retries: int
) -> Optional[tuple[OSError, Optional[bool]]]:
    """``os.replace`` with a bounded retry while the target is busy, trusting the disk over errors.

    ``landed`` says whether the target now holds what we meant (None: cannot
    tell). Returns None on success, else the last error and what ``landed`` said.
    """
    for attempt in range(retries + 1):
        try:
            os.replace(temporary, target)
            return None
        except OSError as error:
            outcome = landed()
            if outcome:  # a network drive said no, but the new version is there
                _remove_quietly(temporary)
                return None
            if attempt < retries and _is_busy(error):
                sleep(BUSY_DELAY * (attempt + 1))
                continue
            return error, outcome
    raise AssertionError("unreachable")


def _holds(path: Path, data: bytes) -> Optional[bool]:
    """Whether ``path`` now holds exactly ``data`` (None when it cannot be read)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(data) + 1) == data
    except FileNotFoundError:
        return False
    except OSError:
        return None


def _is_busy(error: OSError) -> bool:
    """Busy as Windows (or an SMB server) says it: in use, locked, or access denied for a moment."""
    if getattr(error, "winerror", None) in _WINDOWS_BUSY:
        return True
    return error.errno in (errno.EBUSY, errno.ETXTBSY)


def _copy_bytes(source: Path, copy: Path) -> None:
    with open(source, "rb") as stream:
        data = stream.read()
        mode = stat.S_IMODE(os.fstat(stream.fileno()).st_mode)
    descriptor = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _mode_to_keep(target: Path) -> int:
    """The target's permission bits, or the usual ones for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _chmod_quietly(path: Path, mode: int) -> None:
    """Give the new file the old one's permissions; shares that cannot store them are no reason to fail."""
    try:
        os.chmod(path, mode)
    except OSError:
        pass


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
