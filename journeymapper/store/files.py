"""Reading and saving documents on disk: the file layer's public entry points."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..model import Atlas, JourneyMap, Problem
from .atomic import atomic_write
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
from .versions import Version


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing a file over the size limit before reading it whole."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise DocumentError(path, [Problem("", _too_large(size))])
            raw = stream.read(MAX_FILE_BYTES + 1)
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
    return raw


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


def save(path: Path | str, document: BaseModel, version: Version | None = None) -> bytes:
    """Save a document atomically; returns the bytes written. Raises SaveError on failure."""
    data = serialize_document(spec_for(document), document, version)
    atomic_write(Path(path), data)
    return data
