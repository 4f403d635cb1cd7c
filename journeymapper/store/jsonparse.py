"""Strict JSON parsing of untrusted bytes into plain Python data.

Python's ``json`` accepts things a document must not contain (NaN, Infinity,
duplicate keys silently collapsed) and fails on others with exceptions that are
not its own (``RecursionError`` on deep nesting). This module turns every such
case into a ``Problem`` with a line and column.
"""

from __future__ import annotations

import json
from typing import Any

from ..model.base import Problem


class JsonProblem(ValueError):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed (numbers must be finite)")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"key {key!r} appears twice in one object")
            seen.add(key)
    return result


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


def decode_text(raw: bytes) -> str:
    """UTF-8 text of a document; a byte-order mark is accepted (and not written back)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        prefix = raw[: error.start]
        line = prefix.count(b"\n") + 1
        column = error.start - (prefix.rfind(b"\n") + 1) + 1
        raise JsonProblem(
            Problem(f"line {line}, column {column}", f"not valid UTF-8 (byte 0x{raw[error.start]:02x})")
        ) from None


def parse_json(raw: bytes) -> Any:
    """Parse document bytes strictly; raises JsonProblem naming the place."""
    text = decode_text(raw)
    if not text.strip():
        raise JsonProblem(Problem("", "the file is empty"))
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        reason = error.msg
        if error.msg == "Extra data":
            reason = "unexpected text after the end of the document"
        elif error.pos >= len(text.rstrip()):
            reason = f"the file ends too early ({error.msg.lower()})"
        raise JsonProblem(Problem(_position(text, error.pos), reason)) from None
    except RecursionError:
        raise JsonProblem(Problem("", "the data is nested too deeply")) from None
    except ValueError as error:  # from our hooks: NaN, Infinity, duplicate keys
        raise JsonProblem(Problem("", str(error))) from None
