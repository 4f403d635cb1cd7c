"""What a crashed run left to recover, and how each copy can be restored (blocking: run in a worker).

Each copy is checked against its checksum (a damaged one is rejected, with the
reason) and its original against the fingerprint the copy was based on, to
decide between restoring into the file and restoring as a copy
(``store.recovery.restore_plan``). For a copy whose original changed since,
the original as it is now is read too, for Compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..model import JourneyMap
from ..store import MAP_FORMAT, DocumentError, FileState, Loaded, load
from ..store.recovery import (
    RecoveryEntry, RecoveryError, RestorePlan, list_recoveries, load_recovery, recovery_dir, restore_plan,
)
from ..store.session import crashed_sessions, forget_session


@dataclass(eq=False)
class Recoverable:
    entry: RecoveryEntry
    plan: Optional[RestorePlan] = None
    loaded: Optional[Loaded[Any]] = None
    """The recovered map; None when the copy was rejected (``problem`` says why)."""
    problem: str = ""
    on_disk: Optional[JourneyMap] = None
    """The original as it is now, when it changed since the copy was made (for Compare)."""


def scan(root: Optional[Path] = None) -> list[Recoverable]:
    """Recovery copies of runs no longer going, newest first, each checked and planned."""
    folder = Path(root) if root is not None else recovery_dir()
    crashed = crashed_sessions(folder)
    items = [_examine(entry) for entry in list_recoveries(folder)]
    for session in crashed:
        forget_session(folder, session)  # its copies stay listed until restored or discarded
    return items


def _examine(entry: RecoveryEntry) -> Recoverable:
    try:
        loaded = load_recovery(entry)
    except RecoveryError as error:
        return Recoverable(entry, problem="; ".join(p.reason for p in error.problems))
    if loaded.spec is not MAP_FORMAT:
        return Recoverable(entry, problem="not a map")
    plan = restore_plan(entry)
    on_disk = None
    if plan.original_state is FileState.CHANGED and entry.original is not None:
        try:
            on_disk = load(entry.original, MAP_FORMAT).document
        except DocumentError:
            pass  # Compare is then not offered; restoring as a copy still is
    return Recoverable(entry, plan, loaded, on_disk=on_disk)
