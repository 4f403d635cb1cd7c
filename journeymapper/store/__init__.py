"""The file layer: formats, strict loading, migrations and safe saving. No Qt."""

from .atomic import atomic_write
from .errors import DocumentError, SaveError
from .files import load, load_atlas, load_map, read_limited, save, spec_for
from .formats import (
    ATLAS_FORMAT,
    FORMATS,
    MAP_FORMAT,
    MAX_FILE_BYTES,
    FormatSpec,
    Loaded,
    parse_document,
    serialize_document,
)
from .versions import MIGRATIONS, MigrationRegistry, Version

__all__ = [
    "ATLAS_FORMAT", "DocumentError", "FORMATS", "FormatSpec", "Loaded", "MAP_FORMAT", "MAX_FILE_BYTES",
    "MIGRATIONS", "MigrationRegistry", "SaveError", "Version", "atomic_write", "load", "load_atlas",
    "load_map", "parse_document", "read_limited", "save", "serialize_document", "spec_for",
]
