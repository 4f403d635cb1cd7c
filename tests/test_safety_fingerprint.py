"""Fingerprints: real changes are found even when size and time lie; touches and hiccups are not alarms."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import journeymapper.store.fingerprint as fingerprint_module
from journeymapper.store.fingerprint import (
    FileState,
    Fingerprint,
    check_unchanged,
    examine,
    fingerprint_bytes,
    fingerprint_file,
)

NO_WAIT = {"sleep": lambda seconds: None}


@pytest.fixture
def file(tmp_path: Path) -> tuple[Path, Fingerprint]:
    path = tmp_path / "m.journey"
    path.write_bytes(b'{"format": "journeymapper.map", "title": "Alpha"}\n')
    return path, fingerprint_file(path)


def test_a_fingerprint_is_size_time_and_hash(file):
    path, remembered = file
    data = path.read_bytes()
    assert remembered == fingerprint_bytes(data, path.stat().st_mtime_ns)
    assert remembered.size == len(data) and len(remembered.sha256) == 64
    assert Fingerprint.from_json(remembered.to_json()) == remembered
    with pytest.raises(ValueError):
        Fingerprint.from_json({"size": 1, "mtime_ns": 2})


def test_an_untouched_file_is_unchanged(file):
    assert check_unchanged(*file, **NO_WAIT) is FileState.UNCHANGED


def test_a_change_of_the_same_size_in_the_same_nanosecond_is_found(file):
    path, remembered = file
    stamp = path.stat()
    path.write_bytes(b'{"format": "journeymapper.map", "title": "Omega"}\n')
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert path.stat().st_size == remembered.size and path.stat().st_mtime_ns == remembered.mtime_ns
    result = examine(path, remembered, **NO_WAIT)
    assert result.state is FileState.CHANGED and result.current.sha256 != remembered.sha256


def test_a_touch_is_not_a_change(file):
    path, remembered = file
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    result = examine(path, remembered, **NO_WAIT)
    assert result.state is FileState.TOUCHED and not result.state.value == "changed"
    assert result.state.safe_to_save


def test_a_file_rewritten_with_the_same_content_is_only_touched(file):
    path, remembered = file
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)
    os.utime(path, ns=(5, 5))
    assert check_unchanged(path, remembered, **NO_WAIT) is FileState.TOUCHED


def test_a_deleted_file_is_reported_only_after_every_attempt_failed(file, monkeypatch):
    path, remembered = file
    path.unlink()
    waits = []
    result = examine(path, remembered, retries=3, delay=0.5, sleep=waits.append)
    assert result.state is FileState.DELETED and result.attempts == 4 and waits == [0.5] * 3


def test_one_failed_read_never_says_deleted(file):
    path, remembered = file
    path.unlink()
    result = examine(path, remembered, retries=0, **NO_WAIT)
    assert result.state is FileState.DELETED and result.attempts == 2, "at least two looks"


def test_a_file_missing_for_a_moment_is_not_deleted(file, monkeypatch):
    """During another client's replace, the name can be missing for an instant."""
    path, remembered = file
    real = fingerprint_module.fingerprint_file
    answers = iter([FileNotFoundError(errno.ENOENT, "gone"), None])

    def flaky(target):
        error = next(answers)
        if error:
            raise error
        return real(target)

    monkeypatch.setattr(fingerprint_module, "fingerprint_file", flaky)
    assert check_unchanged(path, remembered, **NO_WAIT) is FileState.UNCHANGED


def test_transient_read_errors_are_retried(file, monkeypatch):
    """An SMB client answered EIO for seconds after another client replaced the file."""
    path, remembered = file
    path.write_bytes(b"someone else's version")
    real = fingerprint_module.fingerprint_file
    failures = [OSError(errno.EIO, "Input/output error")] * 4

    def flaky(target):
        if failures:
            raise failures.pop()
        return real(target)

    monkeypatch.setattr(fingerprint_module, "fingerprint_file", flaky)
    result = examine(path, remembered, retries=5, **NO_WAIT)
    assert result.state is FileState.CHANGED and result.attempts == 5


def test_a_file_that_never_reads_is_unreadable_not_deleted(file, monkeypatch):
    path, remembered = file
    answers = [OSError(errno.EIO, "Input/output error"), FileNotFoundError(errno.ENOENT, "gone")] * 5

    def failing(target):
        raise answers.pop(0)

    monkeypatch.setattr(fingerprint_module, "fingerprint_file", failing)
    result = examine(path, remembered, retries=3, **NO_WAIT)
    assert result.state is FileState.UNREADABLE and isinstance(result.error, OSError)
    assert not result.state.safe_to_save


def test_the_check_reads_past_a_stale_size(tmp_path):
    """The hash covers everything the file gives, not just the size a stale stat claimed."""
    path = tmp_path / "m"
    path.write_bytes(b"x" * (3 << 20))
    remembered = fingerprint_file(path)
    with open(path, "ab") as stream:
        stream.write(b"y")
    assert check_unchanged(path, remembered, **NO_WAIT) is FileState.CHANGED
