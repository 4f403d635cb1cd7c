"""The two document formats, ``.journey`` maps and ``.atlas`` indexes: bytes <-> models.

A file is UTF-8 JSON whose first two keys are ``"format"`` and ``"version"``,
followed by the model's fields in declaration order (unknown fields last), so
saves are stable and diff well in version control.
"""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Generic, Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from ..model import Atlas, JourneyMap, Problem, check_atlas, check_map
from .errors import DocumentError
from .jsonparse import JsonProblem, parse_json
from .versions import MIGRATIONS, MigrationRegistry, Version

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Documents larger than this are refused before being read whole (64 MiB)."""

ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class FormatSpec(Generic[ModelT]):
    """What distinguishes one document format: its name, model, checks and file suffix."""

    name: str
    label: str
    suffix: str
    model: type[ModelT]
    check: Callable[[ModelT], list[Problem]]
    current: Version


MAP_FORMAT: FormatSpec[JourneyMap] = FormatSpec(
    "journeymapper.map", "map", ".journey", JourneyMap, check_map, Version(1, 0)
)
ATLAS_FORMAT: FormatSpec[Atlas] = FormatSpec(
    "journeymapper.atlas", "atlas", ".atlas", Atlas, check_atlas, Version(1, 0)
)
FORMATS = {spec.name: spec for spec in (MAP_FORMAT, ATLAS_FORMAT)}


@dataclass
class Loaded(Generic[ModelT]):
    """A document read from bytes, with the version it was written in."""

    spec: FormatSpec[ModelT]
    document: ModelT
    version: Version

    @property
    def migrated(self) -> bool:
        return self.version < self.spec.current


def _location(parts: tuple[Any, ...]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def validation_problems(error: ValidationError) -> list[Problem]:
    """Pydantic's errors as problems located in the file's own terms."""
    problems = []
    for item in error.errors(include_url=False):
        location = tuple(p for p in item["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        reason = item["msg"]
        if reason.startswith("Value error, "):
            reason = reason[len("Value error, ") :]
        problems.append(Problem(_location(location), reason))
    return problems


def parse_document(
    raw: bytes,
    source: Path | str,
    expected: FormatSpec[Any] | None = None,
    registry: MigrationRegistry | None = None,
) -> Loaded[Any]:
    """Turn file bytes into a checked document, or raise DocumentError naming every problem.

    ``registry`` defaults to the application's migrations (looked up at call time).
    """
    if len(raw) > MAX_FILE_BYTES:
        raise DocumentError(source, [Problem("", _too_large(len(raw)))])
    try:
        data = parse_json(raw)
    except JsonProblem as error:
        raise DocumentError(source, [error.problem]) from None
    if not isinstance(data, dict):
        raise DocumentError(source, [Problem("", "the file holds JSON, but not a JourneyMapper document (no object at the top)")])

    spec = _spec_of(data, source, expected)
    version = _version_of(data, source, spec)
    body = {k: v for k, v in data.items() if k not in ("format", "version")}
    if version < spec.current:
        try:
            body = (registry or MIGRATIONS).migrate(spec.name, body, version, spec.current)
        except ValueError as error:
            raise DocumentError(source, [Problem("version", str(error))]) from None
    try:
        with _collection_paused():
            document = spec.model.model_validate(body, context={"from_file": True})
            problems = spec.check(document)
    except ValidationError as error:
        raise DocumentError(source, validation_problems(error)) from None
    except RecursionError:
        raise DocumentError(source, [Problem("", "the data is nested too deeply")]) from None
    if problems:
        raise DocumentError(source, problems)
    return Loaded(spec, document, version)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cycle collector while building a document.

    Loading creates hundreds of thousands of objects and frees none; the
    collector would run over and over for nothing (measured: half the load time
    of a 10,000-card map). No cycles are made here, so nothing is lost.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _too_large(size: int) -> str:
    return f"the file is {size / 1048576:.1f} MiB; documents may be at most {MAX_FILE_BYTES // 1048576} MiB"


def _spec_of(data: dict[str, Any], source: Path | str, expected: FormatSpec[Any] | None) -> FormatSpec[Any]:
    name = data.get("format")
    if not isinstance(name, str) or name not in FORMATS:  # a list or an object is not hashable
        known = " or ".join(f'"{n}"' for n in FORMATS)
        found = "no \"format\" key" if name is None else f"format {name!r}"
        raise DocumentError(source, [Problem("format", f"{found}: this is not a JourneyMapper document (expected {known})")])
    spec = FORMATS[name]
    if expected is not None and spec is not expected:
        article = "an" if expected.label[:1] in "aeiou" else "a"
        raise DocumentError(
            source, [Problem("format", f"this is a JourneyMapper {spec.label} file, not {article} {expected.label} file")]
        )
    return spec


def _version_of(data: dict[str, Any], source: Path | str, spec: FormatSpec[Any]) -> Version:
    if "version" not in data:
        raise DocumentError(source, [Problem("version", "the file has no format version")])
    try:
        version = Version.parse(data["version"])
    except ValueError as error:
        raise DocumentError(source, [Problem("version", str(error))]) from None
    if version.major > spec.current.major:
        raise DocumentError(
            source,
            [
                Problem(
                    "version",
                    f"written in {spec.label} format {version} by a newer JourneyMapper; "
                    f"this version reads {spec.label} format {spec.current.major}.x up to {spec.current} "
                    "(please update JourneyMapper)",
                )
            ],
        )
    return version


def serialize_document(spec: FormatSpec[Any], document: BaseModel, version: Version | None = None) -> bytes:
    """The complete file bytes of a document, built in memory before anything is written.

    A document read from a newer minor version keeps that version number: its
    unknown fields are saved as they were, so the newer reader still finds them.
    The cycle collector is paused meanwhile, as when reading: the dump makes
    hundreds of thousands of short-lived objects, and a full collection set off
    by them took 100 ms over the heap of an editor holding large maps (and holds
    the interpreter lock, so a save in a worker thread would stall the window).
    """
    with _collection_paused():
        return encode_document(spec, document.model_dump(mode="json"), version)


def encode_document(spec: FormatSpec[Any], body: dict[str, Any], version: Version | None = None) -> bytes:
    """The file bytes of a document already dumped to plain data (``model_dump(mode="json")``).

    Split from ``serialize_document`` so the GUI can take the dump on the UI
    thread (fast, and the model cannot change meanwhile) and leave the slower
    encoding to a worker thread (autosave).
    """
    written = max(version or spec.current, spec.current)
    data = {"format": spec.name, "version": str(written), **body}
    # Unknown fields are kept as read, and JSON may spell half a surrogate pair ("\\ud83d"),
    # which UTF-8 cannot encode: write it back as the same JSON escape.
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
