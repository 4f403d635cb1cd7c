"""Recovery copies: the autosaved state of modified documents, for after a crash.

They live in the user's own data folder, never on the share: a colleague must
not see half-finished work, and a share that drops is exactly when they matter.
Each copy has a metadata file saying which document it belongs to, the
fingerprint of the file it was based on (to tell whether the original has moved
on since), the format and app versions, the time and the copy's own hash (to
reject a damaged copy instead of opening garbage).

Writing order keeps every instant consistent: the new copy is written under a
new name, then the metadata is replaced to point at it, then the old copy goes.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional

import platformdirs

from .. import __version__
from ..model import Problem
from .atomic import atomic_write
from .errors import DocumentError
from .fingerprint import FileState, Fingerprint, examine
from .formats import FORMATS, MAP_FORMAT, Loaded, parse_document
from .locks import process_alive
from .session import session_state

RECOVERY_FORMAT = "journeymapper.recovery"
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def recovery_dir() -> Path:
    """``<user data folder>/recovery`` (tests point the data folder elsewhere)."""
    return Path(platformdirs.user_data_dir("JourneyMapper", appauthor=False)) / "recovery"


class RecoveryError(DocumentError):
    """A recovery copy that cannot be used (damaged, truncated, missing)."""


@dataclass(frozen=True)
class RecoveryEntry:
    folder: Path
    key: str
    copy_name: str
    original: Optional[Path]
    base: Optional[Fingerprint]
    document_format: str
    format_version: str
    app_version: str
    saved_at: str
    sha256: str
    size: int
    session: str = ""
    title: str = ""

    @property
    def copy_path(self) -> Path:
        return self.folder / self.copy_name

    @property
    def meta_path(self) -> Path:
        return self.folder / f"{self.key}.json"

    def to_json(self) -> dict[str, Any]:
        return {
            "format": RECOVERY_FORMAT, "version": 1, "key": self.key, "copy": self.copy_name,
            "original": None if self.original is None else str(self.original),
            "base": None if self.base is None else self.base.to_json(),
            "document_format": self.document_format, "format_version": self.format_version,
            "app_version": self.app_version, "saved_at": self.saved_at, "sha256": self.sha256,
            "size": self.size, "session": self.session, "title": self.title,
        }

    @classmethod
    def from_json(cls, folder: Path, data: Any) -> "RecoveryEntry":
        """Raises ValueError (or KeyError, TypeError) for metadata that is not ours."""
        if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
            raise ValueError("not recovery metadata")
        if not _KEY.match(data["key"]) or Path(data["copy"]).name != data["copy"]:
            raise ValueError("a bad key or copy name")
        return cls(
            folder, data["key"], data["copy"],
            None if data["original"] is None else Path(data["original"]),
            None if data["base"] is None else Fingerprint.from_json(data["base"]),
            str(data["document_format"]), str(data["format_version"]), str(data["app_version"]),
            str(data["saved_at"]), str(data["sha256"]), int(data["size"]),
            str(data.get("session", "")), str(data.get("title", "")),
        )


def key_for(original: Optional[Path]) -> str:
    """The same key for every autosave of one file; a fresh one for an untitled document."""
    if original is None:
        return f"untitled-{secrets.token_hex(8)}"
    return hashlib.sha256(str(Path(original).absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def write_recovery(
    original: Optional[Path],
    data: bytes,
    base: Optional[Fingerprint],
    *,
    document_format: str = MAP_FORMAT.name,
    format_version: str = str(MAP_FORMAT.current),
    key: Optional[str] = None,
    title: str = "",
    session: str = "",
    root: Optional[Path] = None,
) -> RecoveryEntry:
    """Store ``data`` (the serialized document) as the recovery copy of ``original``.

    Pass the returned entry's ``key`` on the next autosave of an untitled document
    so its copy is replaced rather than added. Raises SaveError on failure.
    """
    folder = Path(root) if root is not None else recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = key or key_for(original)
    if not _KEY.match(key):
        raise ValueError(f"not a recovery key: {key!r}")
    digest = hashlib.sha256(data).hexdigest()
    suffix = FORMATS[document_format].suffix if document_format in FORMATS else ".data"
    entry = RecoveryEntry(
        folder, key, f"{key}-{digest[:16]}{suffix}", None if original is None else Path(original).absolute(),
        base, document_format, format_version, __version__,
        datetime.now(timezone.utc).isoformat(timespec="seconds"), digest, len(data), session, title,
    )
    atomic_write(entry.copy_path, data)
    atomic_write(entry.meta_path, (json.dumps(entry.to_json(), indent=2) + "\n").encode("utf-8"))
    for old in folder.glob(f"{key}-*"):
        if old.name != entry.copy_name:
            _unlink(old)
    return entry


def list_recoveries(
    root: Optional[Path] = None, *, include_live: bool = False, alive: Callable[[int], bool] = process_alive
) -> list[RecoveryEntry]:
    """Recovery copies to offer, newest first: those of runs no longer going (unless ``include_live``)."""
    folder = Path(root) if root is not None else recovery_dir()
    entries = []
    for meta in folder.glob("*.json") if folder.is_dir() else ():
        try:
            entry = RecoveryEntry.from_json(folder, json.loads(meta.read_bytes()))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not ours, or metadata cut short: its copy cannot be trusted either
        if include_live or not entry.session or session_state(folder, entry.session, alive) != "live":
            entries.append(entry)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def load_recovery(entry: RecoveryEntry) -> Loaded[Any]:
    """The recovered document; RecoveryError if the copy is missing, cut short or altered."""
    try:
        raw = entry.copy_path.read_bytes()
    except OSError as error:
        raise RecoveryError(entry.copy_path, [Problem("", f"the recovery copy cannot be read: {error.strerror or error}")]) from None
    if len(raw) != entry.size:
        raise RecoveryError(entry.copy_path, [Problem("", f"the recovery copy is damaged: {len(raw)} of {entry.size} bytes (truncated)")])
    if hashlib.sha256(raw).hexdigest() != entry.sha256:
        raise RecoveryError(entry.copy_path, [Problem("", "the recovery copy is damaged: its content does not match its checksum")])
    try:
        return parse_document(raw, entry.copy_path)
    except DocumentError as error:
        raise RecoveryError(entry.copy_path, error.problems) from None


def discard(entry: RecoveryEntry) -> None:
    """Remove a recovery copy and its metadata (the document was saved, or the user said so)."""
    _unlink(entry.meta_path)
    for copy in entry.folder.glob(f"{entry.key}-*"):
        _unlink(copy)


class RestoreAction(enum.Enum):
    REOPEN = "reopen"
    """The original has not changed since the copy's base: restore into it (as unsaved edits)."""
    AS_COPY = "as-copy"
    """The original changed, vanished or cannot be read: restore as an untitled copy, offer Compare."""
    UNTITLED = "untitled"
    """The document never had a file: restore as untitled."""


@dataclass(frozen=True)
class RestorePlan:
    action: RestoreAction
    original_state: Optional[FileState]
    reason: str


def restore_plan(entry: RecoveryEntry, **check_options: Any) -> RestorePlan:
    """How to restore ``entry`` without ever writing over a newer original."""
    if entry.original is None:
        return RestorePlan(RestoreAction.UNTITLED, None, "the document had not been saved yet")
    if entry.base is None:
        return RestorePlan(RestoreAction.AS_COPY, None, f"{entry.original.name} did not exist when the copy was made")
    state = examine(entry.original, entry.base, **check_options).state
    if state.safe_to_save:
        return RestorePlan(RestoreAction.REOPEN, state, f"{entry.original.name} has not changed since")
    reason = {
        FileState.CHANGED: f"{entry.original.name} has been changed since (by someone else?)",
        FileState.DELETED: f"{entry.original.name} is gone (deleted, renamed or moved)",
        FileState.UNREADABLE: f"{entry.original.name} cannot be read now",
    }[state]
    return RestorePlan(RestoreAction.AS_COPY, state, reason)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
