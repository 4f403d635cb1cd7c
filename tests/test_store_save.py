"""Saving: the bytes written (order, layout, stability, encoding) and the safety of the write."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

import journeymapper.store.atomic as atomic_module
import journeymapper.store.files as files_module
from factories import make_atlas, make_map
from journeymapper.model import JourneyMap
from journeymapper.store import (
    ATLAS_FORMAT,
    MAP_FORMAT,
    SaveError,
    Version,
    atomic_write,
    load,
    load_atlas,
    load_map,
    save,
    serialize_document,
    spec_for,
)
from journeymapper.store.sidefiles import temp_prefix


def leftovers(folder: Path, target: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(temp_prefix(target))]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A map saved once: the file a failing save must leave exactly as it is."""
    path = tmp_path / "onboarding.journey"
    save(path, make_map())
    return path


# --- the bytes ----------------------------------------------------------------------


def test_format_and_version_come_first_in_that_order():
    data = serialize_document(MAP_FORMAT, make_map())
    assert data.startswith(b'{\n  "format": "journeymapper.map",\n  "version": "1.0",\n')
    atlas = serialize_document(ATLAS_FORMAT, make_atlas())
    assert atlas.startswith(b'{\n  "format": "journeymapper.atlas",\n  "version": "1.0",\n')


def test_fields_follow_in_model_order():
    keys = list(json.loads(serialize_document(MAP_FORMAT, make_map())))
    assert keys == ["format", "version", *JourneyMap.model_fields]


def test_output_is_pretty_printed_with_one_field_per_line():
    data = serialize_document(MAP_FORMAT, make_map())
    lines = data.decode().splitlines()
    assert data.endswith(b"}\n")
    assert '  "title": "title 0",' in lines
    assert all(line == line.rstrip() for line in lines), "no trailing spaces"
    assert len(lines) > 200


def test_saving_is_stable(tmp_path):
    journey = make_map()
    first = save(tmp_path / "a.journey", journey)
    second = save(tmp_path / "a.journey", journey)
    assert first == second == (tmp_path / "a.journey").read_bytes()
    save(tmp_path / "b.journey", load_map(tmp_path / "a.journey"))
    assert (tmp_path / "b.journey").read_bytes() == first


def test_non_ascii_text_is_written_as_utf8_not_escaped(tmp_path):
    journey = make_map()
    text = "Café · Ελλάδα · Москва · 東京 · مرحبا · 🙂"
    journey.cards[0].text = text
    data = save(tmp_path / "u.journey", journey)
    assert text.encode("utf-8") in data
    assert b"\\u" not in data
    assert load_map(tmp_path / "u.journey").cards[0].text == text


@pytest.mark.parametrize("document", [make_map(), make_map(stages=0, lanes=0, personas=0, actions=0), make_atlas()])
def test_load_of_save_gives_the_same_document(tmp_path, document):
    path = tmp_path / "doc"
    data = save(path, document)
    assert load(path).document == document
    assert path.read_bytes() == data


def test_a_saved_map_keeps_every_kind_of_object(tmp_path):
    journey = make_map()
    save(tmp_path / "m.journey", journey)
    again = load_map(tmp_path / "m.journey")
    assert again.personas[0].photo.to_bytes() == journey.personas[0].photo.to_bytes()
    assert again.modified.utcoffset() == journey.modified.utcoffset()
    assert [e.value for e in again.emotions] == [e.value for e in journey.emotions]
    assert again.actions[2].status is journey.actions[2].status


def test_an_older_version_is_never_written():
    data = serialize_document(MAP_FORMAT, make_map(), Version(0, 9))
    assert json.loads(data)["version"] == "1.0"


def test_spec_for_documents_and_non_documents():
    assert spec_for(make_map()) is MAP_FORMAT and spec_for(make_atlas()) is ATLAS_FORMAT
    with pytest.raises(TypeError):
        spec_for(make_map().cards[0])


# --- the write --------------------------------------------------------------------------


def test_saving_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "m.journey"
    save(path, make_map())
    save(path, make_map(stages=1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.journey", "m.journey.bak"]
    assert len(load_map(path).stages) == 1


def test_atomic_write_creates_and_replaces(tmp_path):
    path = tmp_path / "plain.bin"
    atomic_write(path, b"one")
    atomic_write(path, b"two, longer")
    assert path.read_bytes() == b"two, longer"
    assert [p.name for p in tmp_path.iterdir()] == ["plain.bin"]


def _boom(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failing", ["replace", "fsync", "open"])
def test_a_failed_write_keeps_the_original_and_raises_save_error(saved, monkeypatch, failing):
    before = saved.read_bytes()
    mtime = saved.stat().st_mtime_ns
    monkeypatch.setattr(atomic_module.os, failing, _boom)
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1))
    monkeypatch.undo()
    assert isinstance(caught.value, OSError)
    assert "No space left" in str(caught.value)
    assert saved.read_bytes() == before and saved.stat().st_mtime_ns == mtime
    assert leftovers(saved.parent, saved) == []


def test_a_temporary_file_that_reads_back_wrong_is_not_used(saved, monkeypatch):
    before = saved.read_bytes()
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: real_read_bytes(self)[:-10])
    with pytest.raises(SaveError, match="read back"):
        save(saved, make_map(stages=1))
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert leftovers(saved.parent, saved) == []


def test_an_interrupted_save_removes_its_temporary_file(saved, monkeypatch):
    before = saved.read_bytes()

    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_module.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save(saved, make_map(stages=1))
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert leftovers(saved.parent, saved) == []


def test_a_failing_serializer_never_touches_the_file(saved, monkeypatch):
    before = saved.read_bytes()
    mtime = saved.stat().st_mtime_ns

    def broken(*args, **kwargs):
        raise ValueError("serializer broke")

    monkeypatch.setattr(files_module, "serialize_document", broken)
    with pytest.raises(ValueError, match="serializer broke"):
        save(saved, make_map(stages=1))
    assert saved.read_bytes() == before and saved.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_saving_into_a_missing_folder_is_a_save_error(tmp_path):
    with pytest.raises(SaveError, match="temporary file"):
        save(tmp_path / "no-such-folder" / "m.journey", make_map())


def test_saving_over_a_folder_is_a_save_error_and_keeps_the_folder(tmp_path):
    folder = tmp_path / "m.journey"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep")
    with pytest.raises(SaveError):
        save(folder, make_map())
    assert (folder / "inside.txt").read_text() == "keep"
    assert leftovers(tmp_path, folder) == []


def test_permissions_of_an_existing_file_are_kept(saved):
    os.chmod(saved, 0o640)
    save(saved, make_map(stages=1))
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    os.chmod(saved, 0o604)
    save(saved, make_map(stages=2))
    assert stat.S_IMODE(saved.stat().st_mode) == 0o604


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o027)
    try:
        save(tmp_path / "new.journey", make_map())
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.journey").stat().st_mode) == 0o640


def test_saving_an_atlas(tmp_path):
    path = tmp_path / "index.atlas"
    save(path, make_atlas())
    assert load_atlas(path) == make_atlas()
