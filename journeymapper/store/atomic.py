"""Atomic replacement of a file: the old version or the new one, never a mix.

The bytes are complete before this is called (a failing serializer never
touches the disk). They go to a temporary file in the same folder, are flushed
and fsynced, read back and compared, and only then replace the target with
``os.replace``. There is no fallback to writing in place.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from .errors import SaveError
from .sidefiles import temp_prefix


def atomic_write(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically; raises SaveError with the target untouched."""
    target = Path(target)
    folder = target.parent
    temporary = folder / f"{temp_prefix(target)}{secrets.token_hex(4)}"
    mode = _mode_to_keep(target)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as error:
        raise SaveError(error.errno, f"cannot create a temporary file in {folder}: {error.strerror}") from error
    try:
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if temporary.read_bytes() != data:
                raise SaveError(0, f"the temporary file in {folder} did not read back as written")
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except SaveError:
            raise
        except OSError as error:
            raise SaveError(error.errno, f"cannot save {target.name}: {error.strerror or error}") from error
    except BaseException:
        _remove_quietly(temporary)
        raise
    _sync_folder(folder)


def _mode_to_keep(target: Path) -> int:
    """The target's permission bits, or the usual ones for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


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
