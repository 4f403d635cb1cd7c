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


MAX_DEPTH = 100
"""Deepest nesting of lists and objects a document may have.

Our own formats need fewer than ten levels. Data nested more deeply than this
(in unknown fields, which are kept as they are) could be read but not written
back: pydantic's serializer stops at about 250 levels and ``json`` at the
interpreter's recursion limit, so the user would lose every edit at the next save.
"""


class JsonProblem(ValueError):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed (numbers must be finite)")


def _finite_float(text: str) -> float:
    """Numbers such as ``1e400`` parse to infinity; they are refused like ``Infinity`` itself."""
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is not allowed (numbers must be finite)")
    return value


def _nested_deeper_than(data: Any, limit: int) -> bool:
    """True if lists and objects nest more than ``limit`` levels; level by level, not recursive."""
    level = [data]
    for _ in range(limit):
        below = []
        for container in level:
            for child in container.values() if type(container) is dict else container:
                if type(child) is dict or type(child) is list:
                    below.append(child)
        if not below:
            return False
        level = below
    return True


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
    if not text or text.isspace():
        raise JsonProblem(Problem("", "the file is empty"))
    try:
        data = json.loads(
            text, parse_constant=_no_constants, parse_float=_finite_float, object_pairs_hook=_no_duplicate_keys
        )
    except json.JSONDecodeError as error:
        # json's messages end in " at" or " starting at", expecting the position after them.
        reason = error.msg.removesuffix(" starting at").removesuffix(" at")
        if error.msg == "Extra data":
            reason = "unexpected text after the end of the document"
        elif error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            # An unterminated string is reported where it starts, but the file was cut inside it.
            reason = f"the file ends too early ({reason.lower()})"
        raise JsonProblem(Problem(_position(text, error.pos), reason)) from None
    except RecursionError:
        raise JsonProblem(Problem("", "the data is nested too deeply")) from None
    except ValueError as error:  # from our hooks: NaN, Infinity, duplicate keys
        raise JsonProblem(Problem("", str(error))) from None
    if isinstance(data, (dict, list)) and _nested_deeper_than(data, MAX_DEPTH):
        raise JsonProblem(Problem("", f"the data is nested too deeply (more than {MAX_DEPTH} levels)"))
    return data
