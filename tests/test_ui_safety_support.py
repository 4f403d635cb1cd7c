"""Shared pieces of the file-safety window tests: a colleague's lock, an edit made elsewhere, waiting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journeymapper.model import JourneyMap
from journeymapper.store import MAP_FORMAT, serialize_document
from journeymapper.store.locks import Identity, LockInfo
from journeymapper.store.sidefiles import lock_path

ME = Identity.current()
COLLEAGUE = Identity("bob", "bobs-laptop", 4242)


def write_lock(document: Path, identity: Identity = COLLEAGUE) -> LockInfo:
    """A lock beside ``document`` as another JourneyMapper would write it."""
    info = LockInfo.new(identity)
    lock_path(document).write_bytes(info.to_bytes())
    return info


def dead_pid() -> int:
    """The id of a process that has just exited."""
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(finished.stdout)


def change_behind_our_back(path: Path, journey: JourneyMap) -> bytes:
    """Save ``journey`` over ``path`` with the same size and modification time as before.

    What a colleague's save on a share can look like: size and time alone would
    not tell, only the content does.
    """
    before = path.stat()
    data = serialize_document(MAP_FORMAT, journey)
    assert len(data) <= before.st_size, "the change must not make the file longer"
    data = data[:-1] + b" " * (before.st_size - len(data)) + b"\n"
    path.write_bytes(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    return data
