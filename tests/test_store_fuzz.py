"""Property tests of the file layer: valid maps round-trip; damaged bytes give Loaded or DocumentError.

Derandomized with fixed example counts, so every run tries the same inputs and
the file stays fast.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_map
from journeymapper.model import EmotionScale, check_map
from journeymapper.store import MAP_FORMAT, DocumentError, Loaded, parse_document, serialize_document

FUZZ = settings(max_examples=200, derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOURCE = "fuzz.journey"

json_scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@st.composite
def valid_maps(draw):
    texts = draw(st.lists(st.text(max_size=30), min_size=1, max_size=8))
    journey = make_map(
        stages=draw(st.integers(0, 4)),
        lanes=draw(st.integers(0, 3)),
        cards_per_cell=draw(st.integers(0, 2)),
        personas=draw(st.integers(0, 2)),
        actions=draw(st.integers(0, 3)),
        images=draw(st.booleans()),
        text=lambda kind, index: texts[(len(kind) + index) % len(texts)],
    )
    low = draw(st.integers(-50, 0))
    journey.emotion_scale = EmotionScale(minimum=low, maximum=low + draw(st.integers(1, 100)))
    scale = journey.emotion_scale
    for score in journey.emotions:
        score.value = draw(st.floats(scale.minimum, scale.maximum, allow_nan=False))
    if draw(st.booleans()):
        journey.__pydantic_extra__.update(draw(st.dictionaries(st.text(min_size=1, max_size=8).map(lambda k: "x_" + k), json_values, max_size=3)))
    if journey.cards and draw(st.booleans()):
        journey.cards[0].__pydantic_extra__["x_future"] = draw(json_values)
    return journey


@FUZZ
@given(valid_maps())
def test_valid_maps_round_trip_exactly(journey):
    assert check_map(journey) == []
    data = serialize_document(MAP_FORMAT, journey)
    loaded = parse_document(data, SOURCE, MAP_FORMAT)
    assert loaded.document == journey
    assert serialize_document(MAP_FORMAT, loaded.document) == data


# --- damaged files ------------------------------------------------------------------------

BASE = serialize_document(MAP_FORMAT, make_map(stages=2, lanes=2, cards_per_cell=1, personas=1, actions=2))
BASE_DATA = json.loads(BASE)

TOKENS = [
    b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e999", b'"\\ud83d"', b'"\\udc00x"', b"\xff", b"\xc3",
    b"\xef\xbb\xbf", b"[", b"{", b"]", b"}", b",", b":", b'"', b"\\", b"null", b"true", b"0", b"-0.0",
    b"9" * 5000, b"[" * 5000, b'{"a":' * 3000, b"\x00", b"\n",
]


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path in a JSON value, containers and leaves alike."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


PATHS = _paths(BASE_DATA)


def _apply(data: Any, path: tuple, change) -> Any:
    if not path:
        return change(data)
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _apply(data[path[0]], path[1:], change)
    return copy


def _delete(data: Any, path: tuple) -> Any:
    parent_path, last = path[:-1], path[-1]

    def drop(parent):
        parent = dict(parent) if isinstance(parent, dict) else list(parent)
        del parent[last]
        return parent

    return _apply(data, parent_path, drop)


TOP_PATHS = [(key,) for key in BASE_DATA]

RAW_VALUES = [
    b"NaN", b"-Infinity", b"1e400", b"-1e999", b"1e-400", b"9" * 5000, b"-0", b'"\\ud83d"', b'"a\\udc00"',
    b"[" * 300 + b"]" * 300, b'{"a":' * 150 + b"1" + b"}" * 150, b"[" * 20000 + b"]" * 20000,
    b'"2026-02-30"', b'"2026-01-01T00:00:00"', b'"#zzzzzz"', b'"feelings"', b'""', b'"x"', b"{}", b"[]",
    b'{"id": "card-0-0-0"}', b'"stage-0"', b'"lane-0"', b"99", b"-1", b"1.5", b"true", b"null",
]
"""Raw JSON texts put where a value was: what json.dumps would never write, and near misses."""

PLACEHOLDER = "\u0000@@placeholder@@\u0000"


def _any_path(draw, with_root: bool = True) -> tuple:
    paths = PATHS if with_root else PATHS[1:]
    return draw(st.sampled_from(TOP_PATHS) | st.sampled_from(paths))


@st.composite
def damaged_bytes(draw):
    """The serialized file with bytes cut, flipped, inserted or deleted."""
    kind = draw(st.sampled_from(["truncate", "flip", "insert", "token", "delete"]))
    size = len(BASE)
    if kind == "truncate":
        return BASE[: draw(st.integers(0, size))]
    if kind == "flip":
        raw = bytearray(BASE)
        for _ in range(draw(st.integers(1, 4))):
            raw[draw(st.integers(0, size - 1))] ^= draw(st.integers(1, 255))
        return bytes(raw)
    if kind == "insert":
        at = draw(st.integers(0, size))
        return BASE[:at] + draw(st.binary(min_size=1, max_size=8)) + BASE[at:]
    if kind == "token":
        at = draw(st.integers(0, size))
        cut = draw(st.integers(0, 12))
        return BASE[:at] + draw(st.sampled_from(TOKENS)) + BASE[at + cut :]
    at = draw(st.integers(0, size - 1))
    return BASE[:at] + BASE[at + draw(st.integers(1, 40)) :]


@st.composite
def changed_documents(draw):
    """Valid JSON: a value replaced by a random one, or a key deleted."""
    if draw(st.booleans()):
        path = _any_path(draw)
        value = draw(json_values)
        return json.dumps(_apply(BASE_DATA, path, lambda old: value), ensure_ascii=draw(st.booleans())).encode()
    return json.dumps(_delete(BASE_DATA, _any_path(draw, with_root=False))).encode()


@st.composite
def raw_values(draw):
    """A value replaced by a raw JSON text, or such a text added as an unknown field."""
    token = draw(st.sampled_from(RAW_VALUES))
    if draw(st.booleans()):
        data = _apply(BASE_DATA, _any_path(draw), lambda old: PLACEHOLDER)
    else:
        path = draw(st.sampled_from([p for p in PATHS if isinstance(_get(BASE_DATA, p), dict)]))
        data = _apply(BASE_DATA, path, lambda old: {**old, "x_new": PLACEHOLDER})
    return json.dumps(data, ensure_ascii=False).encode().replace(json.dumps(PLACEHOLDER).encode(), token)


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


def _loads_or_refuses(raw: bytes) -> None:
    try:
        loaded = parse_document(raw, SOURCE)
    except DocumentError as error:
        assert error.problems and all(line.startswith(f"{SOURCE}: ") for line in error.lines())
        return
    assert isinstance(loaded, Loaded)
    # What loads must also save and load back the same: otherwise the user's next edit is lost.
    again = parse_document(serialize_document(loaded.spec, loaded.document, loaded.version), SOURCE)
    assert again.document == loaded.document and again.version == loaded.version


@FUZZ
@given(damaged_bytes())
def test_damaged_bytes_give_a_document_or_a_document_error(raw):
    _loads_or_refuses(raw)


@FUZZ
@given(changed_documents())
def test_changed_values_give_a_document_or_a_document_error(raw):
    _loads_or_refuses(raw)


@FUZZ
@given(raw_values())
def test_raw_values_give_a_document_or_a_document_error(raw):
    _loads_or_refuses(raw)
