"""SafeFile: one open document's file, from open to close, as the GUI will drive it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factories import make_map
from journeymapper.store import MAP_FORMAT, MIGRATIONS, ConflictError, FileHooks, FileState, SafeFile, Version, save
from journeymapper.store import serialize_document
from journeymapper.store.compare import compare_maps
from journeymapper.store.locks import Identity, LockInfo, LockStatus, read_lock
from journeymapper.store.sidefiles import backup_path, lock_path, migration_backup_path

COLLEAGUE = Identity("bob", "bobs-laptop", 4242)


def hooks(**changes) -> FileHooks:
    return FileHooks(sleep=lambda seconds: None, check_retries=1, check_delay=0, lock_settle=0, **changes)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "shared.journey"
    save(target, make_map())
    return target


def test_open_reads_once_remembers_and_locks(path):
    with SafeFile.open(path, hooks=hooks()) as opened:
        assert opened.loaded.document == make_map() and opened.version == Version(1, 0)
        assert opened.fingerprint.size == path.stat().st_size
        assert opened.lock_result.status is LockStatus.ACQUIRED and opened.owns_lock
        assert read_lock(path).token == opened.lock_result.lock.info.token
        assert opened.check() is FileState.UNCHANGED
    assert not lock_path(path).exists(), "closing releases the lock"


def test_a_save_keeps_a_backup_and_moves_the_fingerprint_and_heartbeat(path):
    before = path.read_bytes()
    opened = SafeFile.open(path, hooks=hooks())
    data = opened.save(make_map(stages=1))
    assert path.read_bytes() == data and backup_path(path).read_bytes() == before
    assert opened.check() is FileState.UNCHANGED and opened.fingerprint.size == len(data)
    assert read_lock(path).heartbeat == 1
    opened.save(make_map(stages=2))  # our own save is no conflict
    opened.close()


def test_a_change_made_elsewhere_refuses_the_save(path):
    opened = SafeFile.open(path, hooks=hooks())
    theirs = save(path, make_map(stages=1))  # a colleague saves
    with pytest.raises(ConflictError) as caught:
        opened.save(make_map(stages=2))
    assert caught.value.state is FileState.CHANGED and "changed on disk" in str(caught.value)
    assert path.read_bytes() == theirs, "nothing of theirs is lost"
    differences = compare_maps(make_map(stages=2), opened.on_disk().document)
    assert [d.id for d in differences.of("stage", "removed")] == ["stage-1"]  # theirs has one stage
    opened.save(make_map(stages=2), force=True)  # the user chose Overwrite
    assert backup_path(path).read_bytes() == theirs, "and even then theirs is the backup"


def test_reload_adopts_the_version_on_disk(path):
    opened = SafeFile.open(path, hooks=hooks())
    save(path, make_map(stages=1))
    assert opened.check() is FileState.CHANGED
    assert len(opened.reload().document.stages) == 1
    assert opened.check() is FileState.UNCHANGED
    opened.save(make_map(stages=2))


def test_a_touch_is_no_conflict(path):
    opened = SafeFile.open(path, hooks=hooks())
    os.utime(path, ns=(10**18, 10**18))
    assert opened.check() is FileState.TOUCHED
    assert opened.check() is FileState.UNCHANGED, "the new time is remembered"
    opened.save(make_map(stages=1))


def test_a_deleted_file_is_a_conflict_not_a_silent_recreation(path):
    opened = SafeFile.open(path, hooks=hooks())
    path.unlink()
    with pytest.raises(ConflictError) as caught:
        opened.save(make_map())
    assert caught.value.state is FileState.DELETED and "deleted, renamed or moved" in str(caught.value)
    assert not path.exists()


def test_save_as_moves_the_lock(path, tmp_path):
    opened = SafeFile.open(path, hooks=hooks())
    copy = tmp_path / "copy.journey"
    opened.save_as(copy, make_map(stages=1))
    assert opened.path == copy and opened.owns_lock
    assert not lock_path(path).exists() and read_lock(copy).pid == os.getpid()
    assert opened.check() is FileState.UNCHANGED
    opened.close()
    assert not lock_path(copy).exists()


def test_create_saves_and_locks_an_untitled_document(tmp_path):
    created = SafeFile.create(tmp_path / "new.journey", make_map(), hooks=hooks())
    assert created.owns_lock and created.check() is FileState.UNCHANGED
    created.close()


def test_a_document_held_by_a_colleague_opens_with_their_name(path):
    lock_path(path).write_bytes(LockInfo.new(COLLEAGUE).to_bytes())
    opened = SafeFile.open(path, hooks=hooks())
    assert opened.lock_result.status is LockStatus.HELD and opened.lock_result.holder.user == "bob"
    assert not opened.owns_lock and opened.heartbeat() is False
    opened.close()
    assert read_lock(path).user == "bob", "closing leaves their lock"
    assert opened.take_over().status is LockStatus.TAKEN_OVER


def test_losing_the_lock_is_noticed_at_the_heartbeat(path):
    opened = SafeFile.open(path, hooks=hooks())
    lock_path(path).write_bytes(LockInfo.new(COLLEAGUE).to_bytes())
    assert opened.heartbeat() is False
    assert opened.lock_result.status is LockStatus.HELD and opened.lock_result.holder.user == "bob"


def test_hooks_see_every_operation(path, tmp_path):
    seen = []
    opened = SafeFile.open(path, hooks=hooks(before_io=lambda op, p: seen.append(op)))
    opened.save(make_map(stages=1))
    opened.close()
    assert seen == ["open", "lock", "save", "check", "lock", "unlock"]


def test_locking_can_be_off(path):
    opened = SafeFile.open(path, hooks=hooks(locking=False))
    assert opened.lock_result is None and not lock_path(path).exists()


def test_saving_an_older_format_keeps_the_file_from_before_the_migration(path, monkeypatch):
    old_bytes = serialize_document(MAP_FORMAT, make_map()).replace(b'"version": "1.0"', b'"version": "0.9"', 1)
    path.write_bytes(old_bytes)
    monkeypatch.setitem(MIGRATIONS.steps, MAP_FORMAT.name, {Version(0, 9): (Version(1, 0), lambda data: data)})
    opened = SafeFile.open(path, hooks=hooks())
    assert opened.version == Version(0, 9) and opened.loaded.migrated
    opened.save(opened.loaded.document)
    assert b'"version": "1.0"' in path.read_bytes() and opened.version == Version(1, 0)
    assert backup_path(path).read_bytes() == old_bytes
    assert migration_backup_path(path, Version(0, 9)).read_bytes() == old_bytes
    opened.save(make_map(stages=1))
    assert migration_backup_path(path, Version(0, 9)).read_bytes() == old_bytes
    opened.close()


def test_a_read_only_file_or_folder_says_why(path, monkeypatch):
    opened = SafeFile.open(path, hooks=hooks())
    assert opened.read_only_reason() is None
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != path)
    assert opened.read_only_reason() == "shared.journey is read-only"
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != path.parent)
    assert "you may not create files in" in opened.read_only_reason()
    opened.close()
