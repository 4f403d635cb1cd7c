"""Has the file on disk changed since we read it? A fingerprint and a patient check.

Size and modification time alone miss real changes (same size, same second) and
raise false alarms (a touch, a sync tool re-stamping the file); on a network
share they are also seconds late. So the check always re-reads the content and
compares its hash; the time only tells an untouched file from a touched one.
A read error on a share is often transient (EIO for seconds after another
client replaced the file): it is retried before anything is reported, and a
file is never called deleted on one failed read.
"""

from __future__ import annotations

import enum
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

CHECK_RETRIES = 5
CHECK_DELAY = 1.0
"""Seconds between attempts to read a file that failed to read (a share recovers in seconds)."""

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when we read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str

    def same_content(self, other: "Fingerprint") -> bool:
        return self.size == other.size and self.sha256 == other.sha256

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: Any) -> "Fingerprint":
        """Raises ValueError unless ``data`` is what ``to_json`` wrote."""
        try:
            size, mtime, digest = data["size"], data["mtime_ns"], data["sha256"]
        except (TypeError, KeyError) as error:
            raise ValueError(f"not a fingerprint: {data!r}") from error
        if not (isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str) and len(digest) == 64):
            raise ValueError(f"not a fingerprint: {data!r}")
        return cls(size, mtime, digest)


class FileState(enum.Enum):
    UNCHANGED = "unchanged"
    TOUCHED = "touched"
    """The time moved but the content is the same: not a conflict."""
    CHANGED = "changed"
    DELETED = "deleted"
    """Gone at every attempt: deleted, renamed or moved away."""
    UNREADABLE = "unreadable"
    """Every attempt failed (a drive that does not answer, permission taken away)."""

    @property
    def safe_to_save(self) -> bool:
        return self in (FileState.UNCHANGED, FileState.TOUCHED)


@dataclass(frozen=True)
class FileCheck:
    state: FileState
    current: Optional[Fingerprint] = None
    error: Optional[OSError] = None
    attempts: int = 1


def fingerprint_bytes(data: bytes, mtime_ns: int = 0) -> Fingerprint:
    """The fingerprint of content we hold (read or just written), with the file's time."""
    return Fingerprint(len(data), mtime_ns, hashlib.sha256(data).hexdigest())


def fingerprint_file(path: Path) -> Fingerprint:
    """Read the whole file (in chunks, whatever its claimed size) and fingerprint it."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as stream:
        mtime = os.fstat(stream.fileno()).st_mtime_ns
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return Fingerprint(size, mtime, digest.hexdigest())


def examine(
    path: Path,
    remembered: Fingerprint,
    *,
    retries: int = CHECK_RETRIES,
    delay: float = CHECK_DELAY,
    sleep: Callable[[float], None] = time.sleep,
) -> FileCheck:
    """Compare the file now with ``remembered``, retrying failed reads ``retries`` times.

    Deleted means not found at every attempt, and there are always at least two.
    """
    retries = max(retries, 1)
    error: Optional[OSError] = None
    always_missing = True
    for attempt in range(1, retries + 2):
        try:
            current = fingerprint_file(Path(path))
        except OSError as failed:
            error = failed
            always_missing = always_missing and isinstance(failed, FileNotFoundError)
            if attempt <= retries:
                sleep(delay)
            continue
        if not current.same_content(remembered):
            return FileCheck(FileState.CHANGED, current, None, attempt)
        state = FileState.UNCHANGED if current.mtime_ns == remembered.mtime_ns else FileState.TOUCHED
        return FileCheck(state, current, None, attempt)
    return FileCheck(FileState.DELETED if always_missing else FileState.UNREADABLE, None, error, retries + 1)


def check_unchanged(path: Path, remembered: Fingerprint, **options: Any) -> FileState:
    """The state of the file at ``path`` compared with ``remembered`` (see ``examine``)."""
    return examine(path, remembered, **options).state
