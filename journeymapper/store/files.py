"""Reading and saving documents on disk: the file layer's public entry points."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel

from ..model import Atlas, JourneyMap, Problem
from .atomic import atomic_write, keep_copy
from .errors import DocumentError
from .formats import (
    ATLAS_FORMAT,
    FORMATS,
    MAP_FORMAT,
    MAX_FILE_BYTES,
    FormatSpec,
    Loaded,
    _too_large,
    parse_document,
    serialize_document,
)
from .sidefiles import backup_path, migration_backup_path
from .versions import Version


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing a file over the size limit before reading it whole."""
    return read_with_stat(path)[0]


def read_with_stat(path: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its status, both from one open file (for a fingerprint that matches)."""
    try:
        with open(path, "rb") as stream:
            status = os.fstat(stream.fileno())
            size = status.st_size
            if size > MAX_FILE_BYTES:
                raise DocumentError(path, [Problem("", _too_large(size))])
            # Ask for what the file says it holds (asking for the whole limit allocates 64 MiB per
            # read); one byte more shows whether it grew meanwhile, and then the rest comes, to the limit.
            raw = stream.read(size + 1)
            if len(raw) > size:
                raw += stream.read(MAX_FILE_BYTES + 1 - len(raw))
    except FileNotFoundError:
        raise DocumentError(path, [Problem("", "no such file")]) from None
    except IsADirectoryError:
        raise DocumentError(path, [Problem("", "this is a folder, not a file")]) from None
    except PermissionError:
        raise DocumentError(path, [Problem("", "permission denied: you may not read this file")]) from None
    except OSError as error:
        raise DocumentError(path, [Problem("", f"cannot read the file: {error.strerror or error}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise DocumentError(path, [Problem("", _too_large(len(raw)))])
    return raw, status


def load(path: Path | str, expected: FormatSpec[Any] | None = None) -> Loaded[Any]:
    """Read and check a map or atlas file (or only the ``expected`` kind)."""
    path = Path(path)
    return parse_document(read_limited(path), path, expected)


def load_map(path: Path | str) -> JourneyMap:
    return load(path, MAP_FORMAT).document


def load_atlas(path: Path | str) -> Atlas:
    return load(path, ATLAS_FORMAT).document


def spec_for(document: BaseModel) -> FormatSpec[Any]:
    for spec in FORMATS.values():
        if isinstance(document, spec.model):
            return spec
    raise TypeError(f"not a document: {type(document).__name__}")


def save(
    path: Path | str,
    document: BaseModel,
    version: Version | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> bytes:
    """Save a document atomically; returns the bytes written. Raises SaveError on failure.

    The file written is read back and parsed before it replaces the old one, and
    the old one is kept as ``NAME.bak``. ``version`` is the version the document
    was read in: when it is older than the current format (an upgrade that an
    older JourneyMapper on a colleague's machine could not read), the file as it
    was is also kept as ``NAME.vX.Y.bak``, which later saves never overwrite.
    """
    path = Path(path)
    spec = spec_for(document)
    data = serialize_document(spec, document, version)
    if version is not None and version < spec.current:
        kept = migration_backup_path(path, version)
        if not os.path.lexists(kept):
            keep_copy(path, kept)
    atomic_write(
        path, data, check=lambda raw: parse_document(raw, path, spec), backup=backup_path(path), sleep=sleep
    )
    return data
