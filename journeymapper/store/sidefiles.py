"""Fixed names of the files that live beside a document.

Every feature that writes beside a document uses these names, and the atlas scan
ignores them. NAME is the document's file name, e.g. ``onboarding.journey``.
"""

from __future__ import annotations

import re
from pathlib import Path

MAP_SUFFIX = ".journey"
ATLAS_SUFFIX = ".atlas"
DOCUMENT_SUFFIXES = (MAP_SUFFIX, ATLAS_SUFFIX)

_TEMP_INFIX = ".tmp-"
_SIDE_FILE = re.compile(r"^(\.~lock\..*#|.*\.bak|\..*\.tmp-.*|.*\.history)$")


def lock_path(document: Path) -> Path:
    """``.~lock.NAME#``: says who has the document open (the file-safety issue)."""
    return document.with_name(f".~lock.{document.name}#")


def backup_path(document: Path) -> Path:
    """``NAME.bak``: the previous version, kept by each save."""
    return document.with_name(f"{document.name}.bak")


def migration_backup_path(document: Path, version: object) -> Path:
    """``NAME.vX.Y.bak``: the file as it was before its first save in a newer format version."""
    return document.with_name(f"{document.name}.v{version}.bak")


def temp_prefix(document: Path) -> str:
    """Prefix of ``.NAME.tmp-*``, the temporary file a save writes before replacing."""
    return f".{document.name}{_TEMP_INFIX}"


def history_dir(document: Path) -> Path:
    """``NAME.history/``: named snapshots that travel with the map."""
    return document.with_name(f"{document.name}.history")


def is_side_file(name: str) -> bool:
    """True for locks, backups, temporary files and history folders."""
    return bool(_SIDE_FILE.match(name))


def is_document_name(name: str) -> bool:
    return name.endswith(DOCUMENT_SUFFIXES) and not is_side_file(name)
