"""Loading hostile files: every case is a DocumentError naming the file (and the place), nothing else.

Also: unknown fields of newer minor versions survive a load and a save.
"""

from __future__ import annotations

import base64
import json
import re
import time
from pathlib import Path
from typing import Any, Callable

import pytest

import journeymapper.store.files as files_module
import journeymapper.store.formats as formats_module
from factories import make_atlas, make_map, png_bytes
from journeymapper.model import Card, JourneyMap
from journeymapper.store import (
    ATLAS_FORMAT,
    MAP_FORMAT,
    DocumentError,
    Loaded,
    Version,
    load,
    load_atlas,
    load_map,
    parse_document,
    save,
    serialize_document,
)

LINE_COLUMN = re.compile(r"^line \d+, column \d+$")


def map_bytes(journey: JourneyMap | None = None) -> bytes:
    return serialize_document(MAP_FORMAT, journey or make_map())


def map_data(journey: JourneyMap | None = None) -> dict[str, Any]:
    return json.loads(map_bytes(journey))


def dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def refused(path: Path, raw: bytes | None = None, loader: Callable[[Path], Any] = load) -> DocumentError:
    """Write ``raw`` to ``path`` (if given), load it, and return the DocumentError it must raise."""
    if raw is not None:
        path.write_bytes(raw)
    with pytest.raises(DocumentError) as caught:
        loader(path)
    error = caught.value
    assert error.problems, "an error must say what is wrong"
    for line in error.lines():
        assert line.startswith(f"{path}: "), line
    assert str(error).splitlines() == error.lines()
    return error


def only_problem(error: DocumentError):
    assert len(error.problems) == 1, error.lines()
    return error.problems[0]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "bad.journey"


# --- bytes that are not JSON ------------------------------------------------------------


def test_empty_file(target):
    problem = only_problem(refused(target, b""))
    assert "empty" in problem.reason


@pytest.mark.parametrize("raw", [b" ", b"\n\n\t \r\n", b"\xef\xbb\xbf  \n"])
def test_whitespace_only_file(target, raw):
    assert "empty" in only_problem(refused(target, raw)).reason


def test_truncated_at_every_byte_is_refused_with_a_place():
    valid = map_bytes(make_map(stages=2, lanes=2, cards_per_cell=1, personas=1, actions=1))
    complete = len(valid.rstrip())
    for end in range(complete):
        with pytest.raises(DocumentError) as caught:
            parse_document(valid[:end], "cut.journey")
        error = caught.value
        assert error.lines()[0].startswith("cut.journey: "), (end, error.lines())
        if end:
            assert LINE_COLUMN.match(only_problem(error).location), (end, error.lines())
    assert isinstance(parse_document(valid[:complete], "cut.journey"), Loaded)


def test_truncation_is_reported_as_the_file_ending_early(target):
    valid = map_bytes()
    problem = only_problem(refused(target, valid[: len(valid) // 2].rstrip()))
    assert "ends too early" in problem.reason


def test_invalid_utf8_names_line_and_column(target):
    raw = b'{\n  "format": "journeymapper.map",\n  "title": "caf\xe9"\n}'
    problem = only_problem(refused(target, raw))
    assert problem.location == "line 3, column 16"
    assert "UTF-8" in problem.reason and "0xe9" in problem.reason


def test_a_byte_order_mark_is_accepted_and_not_written_back(tmp_path):
    journey = make_map()
    path = tmp_path / "bom.journey"
    path.write_bytes(b"\xef\xbb\xbf" + map_bytes(journey))
    assert load_map(path) == journey
    save(path, load_map(path))
    assert path.read_bytes() == map_bytes(journey)


@pytest.mark.parametrize(
    "raw, location, reason",
    [
        (b'{"title": "a\tb"}', "line 1, column 13", "Invalid control character"),
        (b'{"title": "a\\qb"}', "line 1, column 13", "Invalid \\escape"),
        (b'{"title" "x"}', "line 1, column 10", "Expecting ':' delimiter"),
        (b"{'title': 1}", "line 1, column 2", "Expecting property name"),
    ],
)
def test_json_syntax_errors_read_as_whole_sentences(target, raw, location, reason):
    problem = only_problem(refused(target, raw))
    assert problem.location == location
    assert problem.reason.startswith(reason) and not problem.reason.endswith(" at"), problem.reason


@pytest.mark.parametrize("garbage", [b"garbage", b"{}", b"\n}\n", b"\x00"])
def test_trailing_garbage(target, garbage):
    problem = only_problem(refused(target, map_bytes() + garbage))
    assert LINE_COLUMN.match(problem.location)
    assert "after the end" in problem.reason


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
@pytest.mark.parametrize("where", ["emotion", "unknown field"])
def test_non_finite_numbers_are_refused(target, token, where):
    data = map_data()
    if where == "emotion":
        data["emotions"][0]["value"] = "@@"
    else:
        data["x_future"] = {"weight": "@@"}
    raw = dump(data).replace(b'"@@"', token.encode())
    problem = only_problem(refused(target, raw))
    assert "finite" in problem.reason


def test_duplicate_keys_are_refused_naming_the_key(target):
    raw = map_bytes().replace(b'"title": ', b'"title": "first", "title": ', 1)
    problem = only_problem(refused(target, raw))
    assert "'title'" in problem.reason and "twice" in problem.reason


@pytest.mark.parametrize("opening, closing", [(b"[", b"]"), (b'{"a":', b"}")])
def test_nesting_100000_deep_is_refused_quickly(target, opening, closing):
    raw = opening * 100_000 + b"1" + closing * 100_000
    started = time.perf_counter()
    problem = only_problem(refused(target, raw))
    assert "nested too deeply" in problem.reason
    assert time.perf_counter() - started < 5


def test_moderate_nesting_in_an_unknown_field_is_kept(tmp_path):
    data = map_data()
    data["cards"][0]["x_nested"] = json.loads("[" * 50 + "]" * 50)
    path = tmp_path / "nested.journey"
    path.write_bytes(dump(data))
    journey = load_map(path)
    save(path, journey)
    assert json.loads(path.read_bytes())["cards"][0]["x_nested"] == data["cards"][0]["x_nested"]


def test_the_nesting_limit_is_exact_and_what_it_allows_saves(tmp_path):
    """The whole document may nest 100 levels: root object, cards list, card object, then 97 lists."""
    path = tmp_path / "limit.journey"
    for lists, allowed in ((97, True), (98, False)):
        data = map_data()
        data["cards"][0]["x_nested"] = json.loads("[" * lists + "]" * lists)
        path.write_bytes(dump(data))
        if allowed:
            save(path, load_map(path))
            assert json.loads(path.read_bytes())["cards"][0]["x_nested"] == data["cards"][0]["x_nested"]
        else:
            assert "more than 100 levels" in only_problem(refused(path)).reason


@pytest.mark.parametrize("depth", [120, 300, 900])
def test_a_deeply_nested_unknown_field_either_is_refused_or_can_be_saved(tmp_path, depth):
    """What loads must save: a file that opens but cannot be saved loses the user's edits."""
    data = map_data()
    data["cards"][0]["x_nested"] = json.loads("[" * depth + "]" * depth)
    path = tmp_path / "deep.journey"
    path.write_bytes(dump(data))
    try:
        journey = load_map(path)
    except DocumentError as error:
        assert all(line.startswith(f"{path}: ") for line in error.lines())
        assert "nested too deeply" in str(error)
        return
    save(path, journey)
    assert load_map(path) == journey


def test_half_a_surrogate_pair_in_an_unknown_field_is_kept(tmp_path):
    """JSON may spell a lone surrogate; UTF-8 cannot encode it, so saving must escape it again."""
    data = map_data()
    data["x_note"] = "@@"
    path = tmp_path / "surrogate.journey"
    path.write_bytes(dump(data).replace(b'"@@"', b'"half \\ud83d of a pair"'))
    journey = load_map(path)
    assert journey.model_extra["x_note"] == "half \ud83d of a pair"
    save(path, journey)
    assert b'"x_note": "half \\ud83d of a pair"' in path.read_bytes()
    assert load_map(path) == journey


# --- JSON that is not a document ----------------------------------------------------------


@pytest.mark.parametrize("raw", [b"[]", b'"journeymapper.map"', b"42", b"null", b"true", b"[{}]"])
def test_valid_json_that_is_not_an_object(target, raw):
    assert "not a JourneyMapper document" in only_problem(refused(target, raw)).reason


def test_missing_format(target):
    data = map_data()
    del data["format"]
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "format" and 'no "format" key' in problem.reason


@pytest.mark.parametrize("name", ["journeymapper.mindmap", "", "JOURNEYMAPPER.MAP", 7, None, ["journeymapper.map"], {"name": "x"}])
def test_unknown_or_malformed_format(target, name):
    data = map_data()
    data["format"] = name
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "format" and "journeymapper.map" in problem.reason


def test_a_map_file_opened_as_an_atlas_says_what_it_is(tmp_path):
    path = tmp_path / "onboarding.atlas"
    save(path, make_map())
    problem = only_problem(refused(path, loader=load_atlas))
    assert problem.location == "format"
    assert problem.reason == "this is a JourneyMapper map file, not an atlas file"


def test_an_atlas_opened_as_a_map_says_what_it_is(tmp_path):
    path = tmp_path / "index.journey"
    save(path, make_atlas())
    problem = only_problem(refused(path, loader=load_map))
    assert problem.reason == "this is a JourneyMapper atlas file, not a map file"


def test_load_without_expectation_recognises_both_kinds(tmp_path):
    save(tmp_path / "a.journey", make_map())
    save(tmp_path / "b.atlas", make_atlas())
    assert load(tmp_path / "a.journey").spec is MAP_FORMAT
    assert load(tmp_path / "b.atlas").spec is ATLAS_FORMAT


def test_missing_version(target):
    data = map_data()
    del data["version"]
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "version" and "no format version" in problem.reason


@pytest.mark.parametrize("version", ["1", "1.0.0", 1.0, 1, "v1.0", "01.0", "1.01", " 1.0", "", None, ["1", "0"], "1.0\n"])
def test_malformed_version(target, version):
    data = map_data()
    data["version"] = version
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "version" and "MAJOR.MINOR" in problem.reason


@pytest.mark.parametrize("version", ["2.0", "17.3"])
def test_newer_major_version_names_both_versions(target, version):
    data = map_data()
    data["version"] = version
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "version"
    assert version in problem.reason and "1.0" in problem.reason and "update" in problem.reason


# --- JSON that is not a valid map ----------------------------------------------------------


@pytest.mark.parametrize(
    "path, value, location",
    [
        (("stages", 0, "name"), 5, "stages[0].name"),
        (("cards", 1, "order"), "first", "cards[1].order"),
        (("cards", 1, "votes"), -3, "cards[1].votes"),
        (("cards", 2, "tags"), "tag", "cards[2].tags"),
        (("lanes", 0), "a lane", "lanes[0]"),
        (("stages",), {"id": "stage-0"}, "stages"),
        (("title",), None, "title"),
        (("emotion_scale", "maximum"), "high", "emotion_scale.maximum"),
        (("stages", 1, "colour"), "blue", "stages[1].colour"),
        (("personas", 0, "photo", "data"), 12, "personas[0].photo.data"),
    ],
)
def test_wrong_types_are_located(target, path, value, location):
    data = map_data()
    holder = data
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = value
    error = refused(target, dump(data))
    assert location in [p.location for p in error.problems], error.lines()
    assert f"{target}: {location}: " in str(error)


def test_missing_required_field_is_located(target):
    data = map_data()
    del data["cards"][4]["stage"]
    assert only_problem(refused(target, dump(data))).location == "cards[4].stage"


def test_every_problem_of_a_file_is_listed(target):
    data = map_data()
    data["stages"][0]["name"] = 1
    data["lanes"][1]["kind"] = "feelings"
    data["actions"][0]["due"] = "soon"
    error = refused(target, dump(data))
    assert {p.location for p in error.problems} == {"stages[0].name", "lanes[1].kind", "actions[0].due"}
    assert len(error.lines()) == 3


def test_unknown_enum_value(target):
    data = map_data()
    data["lanes"][1]["kind"] = "feelings"
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "lanes[1].kind" and "touchpoints" in problem.reason


def test_card_pointing_at_a_missing_stage(target):
    data = map_data()
    data["cards"][3]["stage"] = "stage-deleted"
    problem = only_problem(refused(target, dump(data)))
    assert problem.location == "cards[3].stage" and "stage-deleted" in problem.reason


def test_duplicate_ids(target):
    data = map_data()
    data["cards"][5]["id"] = data["cards"][0]["id"]
    problem = refused(target, dump(data)).problems[0]
    assert problem.location == "cards[5].id" and "cards[0]" in problem.reason


def test_out_of_range_emotion_score(target):
    data = map_data()
    data["emotions"][0]["value"] = 9
    assert only_problem(refused(target, dump(data))).location == "emotions[0].value"


@pytest.mark.parametrize(
    "path, value, location",
    [
        (("actions", 0, "due"), "2026-02-30", "actions[0].due"),
        (("actions", 1, "created"), "2026-13-01", "actions[1].created"),
        (("review_by",), "2025-02-29", "review_by"),
        (("stages", 0, "metrics", 0, "date"), "2026-04-31", "stages[0].metrics[0].date"),
        (("created",), "2026-02-30T10:00:00+00:00", "created"),
        (("created",), "2026-01-30T10:00:00", "created"),
    ],
)
def test_dates_that_do_not_exist(target, path, value, location):
    data = map_data()
    holder = data
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = value
    assert only_problem(refused(target, dump(data))).location == location


def test_a_50000_character_card_text_loads_and_round_trips(tmp_path):
    journey = make_map()
    journey.cards[0].text = ("Lorem ipsum dolor sit amet, é 東京 " * 2000)[:50_000]
    path = tmp_path / "long.journey"
    save(path, journey)
    assert len(load_map(path).cards[0].text) == 50_000
    assert load_map(path) == journey


def test_a_text_over_its_limit_is_located(target):
    data = map_data()
    data["cards"][0]["text"] = "x" * 100_001
    assert only_problem(refused(target, dump(data))).location == "cards[0].text"


def test_markup_in_text_is_kept_literally(tmp_path):
    journey = make_map()
    journey.cards[0].text = "<b>bold</b> & <font color=red>x</font> &amp;"
    path = tmp_path / "markup.journey"
    save(path, journey)
    assert load_map(path).cards[0].text == "<b>bold</b> & <font color=red>x</font> &amp;"


# --- embedded images in files ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data, reason",
    [
        (base64.b64encode(png_bytes(1, 1, claimed=(50_000, 50_000))).decode(), "50000 x 50000"),
        (base64.b64encode(b"MZ\x90\x00 this is an executable").decode(), "not a PNG or JPEG"),
        ("%%% not base64 %%%", "base64"),
    ],
)
def test_bad_embedded_images_are_located(target, data, reason):
    raw = map_data()
    raw["personas"][0]["photo"]["data"] = data
    problem = only_problem(refused(target, dump(raw)))
    assert problem.location == "personas[0].photo" and reason in problem.reason


# --- the file itself -------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    monkeypatch.setattr(formats_module, "MAX_FILE_BYTES", 4096)
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 4096)
    path = tmp_path / "huge.journey"
    path.write_bytes(map_bytes() + b" " * 200_000)
    reads: list[int] = []
    real_open = open

    class Spy:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def fileno(self):
            return self.stream.fileno()

        def read(self, size=-1):
            reads.append(size)
            return self.stream.read(size)

    monkeypatch.setattr(files_module, "open", lambda *a, **k: Spy(real_open(*a, **k)), raising=False)
    problem = only_problem(refused(path))
    assert "at most" in problem.reason and "MiB" in problem.reason
    assert reads == [], "the size must be checked before reading"


def test_bytes_over_the_size_limit_are_refused_by_the_parser(monkeypatch):
    monkeypatch.setattr(formats_module, "MAX_FILE_BYTES", 100)
    with pytest.raises(DocumentError, match="at most"):
        parse_document(b" " * 101, "big.journey")


def test_a_file_just_under_the_size_limit_loads(tmp_path, monkeypatch):
    raw = map_bytes()
    monkeypatch.setattr(formats_module, "MAX_FILE_BYTES", len(raw))
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", len(raw))
    path = tmp_path / "ok.journey"
    path.write_bytes(raw)
    assert load_map(path) == make_map()


def test_a_folder_instead_of_a_file(tmp_path):
    folder = tmp_path / "folder.journey"
    folder.mkdir()
    assert "folder" in only_problem(refused(folder)).reason


def test_a_missing_file(tmp_path):
    assert "no such file" in only_problem(refused(tmp_path / "gone.journey")).reason


def test_loading_never_changes_the_file(tmp_path):
    path = tmp_path / "bad.journey"
    raw = map_bytes().replace(b'"lane-0"', b'"lane-x"', 1)
    path.write_bytes(raw)
    before = path.stat()
    refused(path)
    assert path.read_bytes() == raw and path.stat().st_mtime_ns == before.st_mtime_ns


# --- unknown fields and newer minor versions ---------------------------------------------------


def _with_unknown_fields(version: str = "1.0") -> dict[str, Any]:
    data = map_data()
    data["version"] = version
    data["x_workshop"] = {"room": "Blue", "seats": [1, 2, 3], "nested": {"deep": [None, True, 1.5]}}
    data["cards"][0]["x_sentiment"] = {"score": 0.25, "model": "v2"}
    data["stages"][1]["x_sla_hours"] = 48
    data["emotion_scale"]["x_labels"] = ["awful", "bad", "ok", "good", "great"]
    data["actions"][0]["x_ticket"] = "JIRA-12"
    data["personas"][0]["photo"]["x_credit"] = "Photo: Ana"
    return data


def _assert_unknown_fields_kept(data: dict[str, Any], original: dict[str, Any]) -> None:
    assert data["x_workshop"] == original["x_workshop"]
    assert data["cards"][0]["x_sentiment"] == original["cards"][0]["x_sentiment"]
    assert data["stages"][1]["x_sla_hours"] == 48
    assert data["emotion_scale"]["x_labels"] == original["emotion_scale"]["x_labels"]
    assert data["actions"][0]["x_ticket"] == "JIRA-12"
    assert data["personas"][0]["photo"]["x_credit"] == "Photo: Ana"


def test_unknown_fields_survive_load_and_save(tmp_path):
    original = _with_unknown_fields()
    path = tmp_path / "extra.journey"
    path.write_bytes(dump(original))
    journey = load_map(path)
    assert journey.model_extra == {"x_workshop": original["x_workshop"]}
    assert journey.cards[0].model_extra == {"x_sentiment": {"score": 0.25, "model": "v2"}}
    save(path, journey)
    saved = json.loads(path.read_bytes())
    _assert_unknown_fields_kept(saved, original)
    assert list(saved)[-1] == "x_workshop", "unknown fields come after the known ones"
    assert load_map(path) == journey


def test_edits_keep_unknown_fields_of_the_edited_object(tmp_path):
    path = tmp_path / "extra.journey"
    path.write_bytes(dump(_with_unknown_fields()))
    journey = load_map(path)
    journey.cards[0].text = "edited"
    journey.cards.append(Card(lane="lane-0", stage="stage-0", text="new"))
    save(path, journey)
    saved = json.loads(path.read_bytes())
    assert saved["cards"][0]["text"] == "edited"
    assert saved["cards"][0]["x_sentiment"] == {"score": 0.25, "model": "v2"}


def test_a_newer_minor_version_loads_and_saves_as_that_version(tmp_path):
    original = _with_unknown_fields(version="1.7")
    path = tmp_path / "newer.journey"
    path.write_bytes(dump(original))
    loaded = load(path, MAP_FORMAT)
    assert loaded.version == Version(1, 7) and not loaded.migrated
    save(path, loaded.document, loaded.version)
    saved_bytes = path.read_bytes()
    saved = json.loads(saved_bytes)
    assert saved["version"] == "1.7"
    _assert_unknown_fields_kept(saved, original)
    reloaded = load(path, MAP_FORMAT)
    assert reloaded.version == Version(1, 7) and reloaded.document == loaded.document


def test_an_atlas_keeps_unknown_fields_too(tmp_path):
    data = json.loads(serialize_document(ATLAS_FORMAT, make_atlas()))
    data["version"] = "1.3"
    data["entries"][0]["x_thumbnail"] = "thumb.png"
    data["x_owner_team"] = "CX"
    path = tmp_path / "index.atlas"
    path.write_bytes(dump(data))
    loaded = load(path)
    save(path, loaded.document, loaded.version)
    saved = json.loads(path.read_bytes())
    assert saved["version"] == "1.3" and saved["x_owner_team"] == "CX"
    assert saved["entries"][0]["x_thumbnail"] == "thumb.png"


# --- values the schema refuses are refused by the reader too ---------------------------


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("cards", 0, "votes"), True),
        (("cards", 0, "order"), "2"),
        (("lanes", 0, "collapsed"), "yes"),
        (("emotions", 0, "value"), "1"),
    ],
)
def test_numbers_and_flags_are_not_converted_from_other_types(target, path, value):
    data = map_data()
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    error = refused(target, dump(data))
    assert any(p.location.startswith(".".join(map(str, path)).replace(".0", "[0]")) for p in error.problems), error.lines()


def test_a_file_must_spell_out_ids(target):
    data = map_data()
    del data["stages"][1]["id"]
    problem = refused(target, dump(data)).problems[0]
    assert problem.location == "stages[1]" and "id is missing" in problem.reason


def test_a_card_score_must_sit_in_its_cards_stage(target):
    data = map_data()
    card = data["cards"][0]
    other_stage = next(s["id"] for s in data["stages"] if s["id"] != card["stage"])
    data["emotions"].append({"stage": other_stage, "card": card["id"], "persona": None, "value": 1, "label": ""})
    problem = refused(target, dump(data)).problems[-1]
    assert problem.reason == f"card {card['id']!r} is not in stage {other_stage!r}"


def _size_reported_as(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """A file system whose reported size is out of date (a share's cache, a file still being written)."""
    real_fstat = files_module.os.fstat

    def stale_fstat(fd: int) -> Any:
        status = real_fstat(fd)
        return type(status)((status[0], status[1], status[2], status[3], status[4], status[5], size, *status[7:10]))

    monkeypatch.setattr(files_module.os, "fstat", stale_fstat)


def test_a_file_longer_than_its_reported_size_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grew.journey"
    save(path, make_map())
    raw = path.read_bytes()
    _size_reported_as(monkeypatch, 10)
    assert files_module.read_limited(path) == raw


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grew.journey"
    path.write_bytes(b"{" + b" " * 5000 + b"}")
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 4096)
    _size_reported_as(monkeypatch, 10)
    with pytest.raises(DocumentError, match="grew.journey"):
        files_module.read_limited(path)
