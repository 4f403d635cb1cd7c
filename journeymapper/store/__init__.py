"""The file layer: formats, strict loading, migrations, safe saving, locks, conflicts and recovery. No Qt."""

from .atomic import atomic_write
from .errors import ConflictError, DocumentError, SaveError
from .files import load, load_atlas, load_map, read_limited, save, spec_for
from .formats import (
    ATLAS_FORMAT,
    FORMATS,
    MAP_FORMAT,
    MAX_FILE_BYTES,
    FormatSpec,
    Loaded,
    encode_document,
    parse_document,
    serialize_document,
)
from .fingerprint import FileState, Fingerprint
from .safe_file import FileHooks, SafeFile
from .versions import MIGRATIONS, MigrationRegistry, Version

__all__ = [
    "ATLAS_FORMAT", "ConflictError", "DocumentError", "FORMATS", "FileHooks", "FileState", "Fingerprint",
    "FormatSpec", "Loaded", "MAP_FORMAT", "MAX_FILE_BYTES", "MIGRATIONS", "MigrationRegistry", "SafeFile",
    "SaveError", "Version", "atomic_write", "encode_document", "load", "load_atlas", "load_map", "parse_document",
    "read_limited", "save", "serialize_document", "spec_for",
]
