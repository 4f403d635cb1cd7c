"""Saving under faults: disk full, permission denied, busy file, vanished folder, lying drives.

Each fault is injected by replacing an ``os`` function the atomic save calls;
after each failure the original is byte-identical and no temporary file is left.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

import pytest

import journeymapper.store.atomic as atomic_module
import journeymapper.store.files as files_module
from factories import make_map
from journeymapper.model import Problem
from journeymapper.store import MAP_FORMAT, DocumentError, SaveError, Version, atomic_write, load_map, save
from journeymapper.store import serialize_document
from journeymapper.store.sidefiles import backup_path, is_side_file, migration_backup_path, temp_prefix

real_replace = os.replace


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "onboarding.journey"
    save(path, make_map())
    return path


def temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".tmp-" in p.name]


def failing(code: int, *, winerror: int | None = None, times: int = 10**9, then=None):
    """A replacement for an os function that raises ``code`` ``times`` times, then calls ``then``."""
    calls = []

    def function(*args, **kwargs):
        calls.append(args)
        if len(calls) <= times:
            error = OSError(code, os.strerror(code))
            if winerror is not None:
                error.winerror = winerror
            raise error
        return then(*args, **kwargs)

    function.calls = calls
    return function


def on_target(fake):
    """``os.replace`` failing as ``fake`` for the document, working for its backup."""

    def replace(source, target):
        return real_replace(source, target) if str(target).endswith(".bak") else fake(source, target)

    replace.calls = getattr(fake, "calls", [])
    return replace


def assert_intact(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert temporaries(path.parent) == []


# --- the backup -----------------------------------------------------------------------------


def test_the_first_save_makes_no_backup_and_later_saves_keep_the_previous_version(tmp_path):
    path = tmp_path / "m.journey"
    first = save(path, make_map())
    assert not backup_path(path).exists()
    second = save(path, make_map(stages=1))
    assert backup_path(path).read_bytes() == first
    save(path, make_map(stages=2))
    assert backup_path(path).read_bytes() == second
    assert is_side_file(backup_path(path).name)


def test_the_backup_is_a_copy_where_links_are_refused(saved, monkeypatch):
    """An SMB mount answered os.link with EIO: the backup falls back to a copy."""
    before = saved.read_bytes()
    os.chmod(saved, 0o640)
    monkeypatch.setattr(atomic_module.os, "link", failing(errno.EIO))
    save(saved, make_map(stages=1))
    assert backup_path(saved).read_bytes() == before
    assert stat.S_IMODE(backup_path(saved).stat().st_mode) == 0o640
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert temporaries(saved.parent) == []


def test_a_backup_that_cannot_be_written_stops_the_save(saved, monkeypatch):
    before = saved.read_bytes()
    monkeypatch.setattr(atomic_module.os, "link", failing(errno.EIO))
    monkeypatch.setattr(atomic_module, "_copy_bytes", failing(errno.ENOSPC))
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1))
    assert caught.value.kind == "backup" and "onboarding.journey.bak" in str(caught.value)
    assert_intact(saved, before)


def test_atomic_write_alone_keeps_no_backup(tmp_path):
    path = tmp_path / "plain.bin"
    atomic_write(path, b"one")
    atomic_write(path, b"two")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.bin"]


def test_an_upgrade_save_keeps_the_file_as_it_was_before_migrating(tmp_path):
    path = tmp_path / "old.journey"
    original = b'{"format": "journeymapper.map", "version": "0.9", "written": "by an old version"}\n'
    path.write_bytes(original)
    save(path, make_map(), Version(0, 9))
    assert backup_path(path).read_bytes() == original
    assert migration_backup_path(path, Version(0, 9)).read_bytes() == original
    save(path, make_map(stages=1), Version(1, 0))
    assert migration_backup_path(path, Version(0, 9)).read_bytes() == original, "later saves never overwrite it"
    assert is_side_file(migration_backup_path(path, Version(0, 9)).name)


# --- reading back and checking -----------------------------------------------------------------


def test_the_temporary_file_is_parsed_before_it_replaces_the_target(saved, monkeypatch):
    before = saved.read_bytes()
    checked = []

    def refuse(raw, source, spec=None, registry=None):
        checked.append(raw)
        raise DocumentError(source, [Problem("cards[0]", "broken on the way to the disk")])

    monkeypatch.setattr(files_module, "parse_document", refuse)
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1))
    assert caught.value.kind == "invalid" and "broken on the way" in str(caught.value)
    assert checked == [serialize_document(MAP_FORMAT, make_map(stages=1))]
    assert_intact(saved, before)


# --- faults -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "code", "kind", "words"),
    [
        ("fsync", errno.ENOSPC, "disk-full", "the disk is full"),
        ("open", errno.ENOSPC, "disk-full", "the disk is full"),
        ("open", errno.EACCES, "permission", "permission denied: you may not write in"),
        ("open", errno.EROFS, "read-only", "the drive is read-only"),
        ("fsync", errno.EIO, "drive", "the drive did not respond"),
    ],
)
def test_faults_while_writing_give_a_clear_error_and_keep_the_original(saved, monkeypatch, function, code, kind, words):
    before = saved.read_bytes()
    monkeypatch.setattr(atomic_module.os, function, failing(code))
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1))
    monkeypatch.undo()
    error = caught.value
    assert error.kind == kind and error.errno == code
    assert str(error).startswith("cannot save onboarding.journey: ") and words in str(error)
    assert str(error).endswith("the file on disk is unchanged")
    assert_intact(saved, before)
    assert backup_path(saved).exists() is False


def test_a_busy_file_is_retried_and_then_saved(saved, monkeypatch):
    waits = []
    monkeypatch.setattr(atomic_module.os, "replace", on_target(failing(errno.EBUSY, times=2, then=real_replace)))
    data = save(saved, make_map(stages=1), sleep=waits.append)
    assert saved.read_bytes() == data
    assert len(waits) == 2 and waits[0] < waits[1], "waits grow"
    assert temporaries(saved.parent) == []


def test_windows_sharing_violation_counts_as_busy(saved, monkeypatch):
    waits = []
    monkeypatch.setattr(
        atomic_module.os, "replace", on_target(failing(errno.EACCES, winerror=32, times=1, then=real_replace))
    )
    save(saved, make_map(stages=1), sleep=waits.append)
    assert len(waits) == 1 and len(load_map(saved).stages) == 1


def test_a_file_busy_for_too_long_gives_up_with_the_original_intact(saved, monkeypatch):
    before = saved.read_bytes()
    waits = []
    calls = failing(errno.EBUSY)
    monkeypatch.setattr(atomic_module.os, "replace", on_target(calls))
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1), sleep=waits.append)
    assert caught.value.kind == "busy" and "in use by another program" in str(caught.value)
    assert len(calls.calls) == atomic_module.BUSY_RETRIES + 1 and len(waits) == atomic_module.BUSY_RETRIES
    assert_intact(saved, before)


def test_a_permission_error_on_replace_is_not_retried_outside_windows(saved, monkeypatch):
    waits = []
    monkeypatch.setattr(atomic_module.os, "replace", on_target(failing(errno.EACCES)))
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1), sleep=waits.append)
    assert caught.value.kind == "permission" and waits == []


def test_a_busy_backup_is_retried_too(saved, monkeypatch):
    before = saved.read_bytes()
    waits = []
    calls = []

    def busy_backup(source, target):
        if str(target).endswith(".bak") and len(calls) < 2:
            calls.append(target)
            raise OSError(errno.EBUSY, "Device or resource busy")
        return real_replace(source, target)

    monkeypatch.setattr(atomic_module.os, "replace", busy_backup)
    save(saved, make_map(stages=1), sleep=waits.append)
    assert len(waits) == 2 and backup_path(saved).read_bytes() == before


def test_the_permissions_not_stored_by_a_share_do_not_stop_a_save(saved, monkeypatch):
    monkeypatch.setattr(atomic_module.os, "chmod", failing(errno.EPERM))
    data = save(saved, make_map(stages=1))
    assert saved.read_bytes() == data


def test_a_folder_that_vanishes_mid_save(saved, monkeypatch):
    """The share drops after the temporary file was written: nothing is left half-done."""
    real_fsync = os.fsync

    def drop_the_folder(descriptor):
        real_fsync(descriptor)
        shutil.rmtree(saved.parent)

    monkeypatch.setattr(atomic_module.os, "fsync", drop_the_folder)
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1))
    assert caught.value.kind == "vanished" and f"the folder {saved.parent} is gone" in str(caught.value)


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(SaveError) as caught:
        save(tmp_path / "gone" / "m.journey", make_map())
    assert caught.value.kind == "vanished" and "temporary file" in str(caught.value)


def test_an_error_from_replace_after_which_the_file_was_replaced_is_a_success(saved, monkeypatch):
    """A network drive reported an error, but the new version had arrived: trust the disk."""

    def replace_then_complain(source, target):
        real_replace(source, target)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic_module.os, "replace", on_target(replace_then_complain))
    data = save(saved, make_map(stages=1))
    assert saved.read_bytes() == data
    assert temporaries(saved.parent) == []


def test_an_error_from_replace_when_the_target_cannot_be_read_says_so(saved, monkeypatch):
    before = saved.read_bytes()
    monkeypatch.setattr(atomic_module.os, "replace", on_target(failing(errno.EIO)))
    monkeypatch.setattr(atomic_module, "_holds", lambda path, data: None)
    with pytest.raises(SaveError) as caught:
        save(saved, make_map(stages=1))
    assert caught.value.kind == "drive" and str(caught.value).endswith("could not be checked")
    assert_intact(saved, before)


def test_permissions_survive_the_save_and_the_backup(saved):
    os.chmod(saved, 0o600)
    save(saved, make_map(stages=1))
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_path(saved).stat().st_mode) == 0o600


def test_save_error_is_an_os_error_whose_text_is_the_message(saved, monkeypatch):
    monkeypatch.setattr(atomic_module.os, "fsync", failing(errno.ENOSPC))
    with pytest.raises(OSError) as caught:
        save(saved, make_map(stages=1))
    assert not str(caught.value).startswith("[Errno")
    assert SaveError(28, "plain").kind == "disk-full"
    assert temp_prefix(saved) not in str(caught.value)


def test_errors_keep_what_they_say_across_processes(tmp_path):
    """The GUI may save in a worker process: the error it gets back is the same."""
    import pickle

    from journeymapper.store import ConflictError, FileState

    error = pickle.loads(pickle.dumps(SaveError(0, "cannot save m.journey: broken", kind="invalid")))
    assert (error.kind, str(error), error.errno) == ("invalid", "cannot save m.journey: broken", 0)
    conflict = pickle.loads(pickle.dumps(ConflictError(tmp_path / "m", FileState.CHANGED, "m changed")))
    assert (conflict.path, conflict.state, str(conflict)) == (tmp_path / "m", FileState.CHANGED, "m changed")
