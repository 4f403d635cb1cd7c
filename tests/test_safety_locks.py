"""Every lock case: free, ours, our own crash, a colleague's (fresh or stale), unknown, races."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper.store import locks
from journeymapper.store.locks import (
    Identity,
    LockInfo,
    LockStatus,
    LockUnreadable,
    LockWatcher,
    acquire,
    heartbeat,
    process_alive,
    read_lock,
    release,
    take_over,
)
from journeymapper.store.sidefiles import is_side_file, lock_path

FAST = {"settle": 0.0, "sleep": lambda seconds: None}
ME = Identity.current()
COLLEAGUE = Identity("bob", "bobs-laptop", 4242)


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "shared.journey"
    path.write_bytes(b"{}")
    return path


def write_lock(document: Path, identity: Identity) -> LockInfo:
    info = LockInfo.new(identity)
    lock_path(document).write_bytes(info.to_bytes())
    return info


def dead_pid() -> int:
    """The id of a process that has just exited."""
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(finished.stdout)


def test_a_free_document_is_locked_with_who_where_and_a_token(document):
    result = acquire(document, **FAST)
    assert result.status is LockStatus.ACQUIRED and result.owned and result.verified
    data = json.loads(lock_path(document).read_text())
    assert {k: data[k] for k in ("user", "host", "pid")} == {"user": ME.user, "host": ME.host, "pid": os.getpid()}
    assert len(data["token"]) == 32 and data["heartbeat"] == 0 and data["app"] == "JourneyMapper"
    assert data["opened"].endswith("+00:00") and data["app_version"]
    assert lock_path(document).name == ".~lock.shared.journey#" and is_side_file(lock_path(document).name)
    assert read_lock(document) == result.lock.info


def test_our_own_lock_is_reused(document):
    first = acquire(document, **FAST)
    again = acquire(document, **FAST)
    assert again.status is LockStatus.REUSED and again.lock.info.token == first.lock.info.token


def test_a_fresh_lock_of_a_colleague_names_them(document):
    theirs = write_lock(document, COLLEAGUE)
    result = acquire(document, **FAST)
    assert result.status is LockStatus.HELD and not result.owned
    assert (result.holder.user, result.holder.host, result.holder.opened) == ("bob", "bobs-laptop", theirs.opened)
    assert read_lock(document).token == theirs.token, "their lock is left alone"


def test_a_lock_left_by_our_own_crashed_process_is_taken_over_silently(document):
    crashed = write_lock(document, Identity(ME.user, ME.host, dead_pid()))
    result = acquire(document, **FAST)
    assert result.status is LockStatus.TAKEN_OVER and result.owned
    assert read_lock(document).token == result.lock.info.token != crashed.token


def test_a_lock_of_our_user_in_another_running_process_is_held(document):
    parent = Identity(ME.user, ME.host, os.getppid())
    write_lock(document, parent)
    result = acquire(document, **FAST)
    assert result.status is LockStatus.HELD and result.holder.pid == os.getppid()


def test_another_users_lock_on_this_host_is_never_taken_silently(document):
    write_lock(document, Identity("carol", ME.host, dead_pid()))
    assert acquire(document, **FAST).status is LockStatus.HELD


@pytest.mark.parametrize("content", [b"", b"garbage", b"{}", b'{"user": "x"}', b"\xff\xfe", b"[1, 2]"])
def test_an_empty_or_corrupt_lock_is_held_by_an_unknown_user(document, content):
    lock_path(document).write_bytes(content)
    result = acquire(document, **FAST)
    assert result.status is LockStatus.UNKNOWN_HOLDER and result.holder is None and not result.owned
    assert lock_path(document).read_bytes() == content
    with pytest.raises(LockUnreadable):
        read_lock(document, **{"delay": 0, "sleep": lambda s: None})


def test_a_lock_overwritten_right_after_we_created_it_is_lost(document):
    """What an SMB share did: both clients' exclusive creates succeeded; the token read back decides."""

    def colleague_writes_meanwhile(seconds):
        if seconds:
            lock_path(document).write_bytes(LockInfo.new(COLLEAGUE).to_bytes())

    result = acquire(document, settle=0.2, sleep=colleague_writes_meanwhile)
    assert result.status is LockStatus.HELD and result.holder.user == "bob"


def test_a_lock_that_cannot_be_read_back_is_kept_but_unverified(document, monkeypatch):
    real_read = locks._read
    reads = []

    def failing_after_create(path, *args):
        reads.append(path)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(locks, "_read", failing_after_create)
    result = acquire(document, **FAST)
    monkeypatch.setattr(locks, "_read", real_read)
    assert result.status is LockStatus.ACQUIRED and result.owned and not result.verified


def test_a_read_only_folder_gives_no_lock_and_says_why(document, monkeypatch):
    def refused(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(locks.os, "open", refused)
    result = acquire(document, **FAST)
    assert result.status is LockStatus.UNAVAILABLE and "Read-only" in result.error


def test_a_lock_that_cannot_be_written_is_not_left_empty(document, monkeypatch):
    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(locks.os, "write", disk_full)
    result = acquire(str(document), **FAST)
    assert result.status is LockStatus.UNAVAILABLE and "No space left" in result.error
    assert not lock_path(document).exists()


def test_heartbeat_moves_and_stops_when_someone_took_over(document):
    mine = acquire(document, **FAST).lock
    assert heartbeat(mine) and heartbeat(mine)
    assert read_lock(document).heartbeat == 2 and read_lock(document).token == mine.info.token
    theirs = take_over(document, identity=COLLEAGUE, **FAST)
    assert theirs.status is LockStatus.TAKEN_OVER and theirs.lock.info.user == "bob"
    assert heartbeat(mine) is False
    assert read_lock(document).token == theirs.lock.info.token, "their lock is not overwritten"


def test_a_heartbeat_recreates_a_lock_someone_deleted(document):
    mine = acquire(document, **FAST).lock
    lock_path(document).unlink()
    assert heartbeat(mine) and read_lock(document).token == mine.info.token


def test_release_removes_only_our_own_lock(document):
    mine = acquire(document, **FAST).lock
    take_over(document, identity=COLLEAGUE, **FAST)
    assert release(mine, sleep=lambda s: None) is False
    assert read_lock(document).user == "bob"
    bobs = read_lock(document)
    lock_path(document).unlink()
    again = acquire(document, **FAST).lock
    assert release(again) is True and not lock_path(document).exists()
    assert bobs.user == "bob"


def test_release_leaves_a_lock_it_cannot_read(document, monkeypatch):
    mine = acquire(document, **FAST).lock
    monkeypatch.setattr(locks, "_read", lambda *args: (_ for _ in ()).throw(OSError(5, "EIO")))
    assert release(mine) is False
    monkeypatch.undo()
    assert lock_path(document).exists()


def test_staleness_is_judged_by_the_heartbeat_on_our_own_clock():
    now = [1000.0]
    watcher = LockWatcher(clock=lambda: now[0])
    info = LockInfo.new(COLLEAGUE)
    assert not watcher.is_stale()
    watcher.observe(info)
    now[0] += 299
    watcher.observe(info)
    assert not watcher.is_stale() and watcher.quiet_for() == 299
    beat = info.beat()
    now[0] += 100
    watcher.observe(beat)  # it moved: fresh again
    assert watcher.quiet_for() == 0 and not watcher.is_stale()
    now[0] += 300
    watcher.observe(beat)
    assert watcher.is_stale()


def test_staleness_ignores_the_holders_clock():
    """A holder whose clock is an hour behind, but whose heartbeat moves, is not stale."""
    now = [0.0]
    watcher = LockWatcher(clock=lambda: now[0])
    info = LockInfo.new(COLLEAGUE)
    for minute in range(20):
        info = LockInfo(**{**info.__dict__, "heartbeat": minute, "heartbeat_at": "2020-01-01T00:00:00+00:00"})
        watcher.observe(info)
        now[0] += 60
    assert not watcher.is_stale()


def test_an_unreadable_lock_that_never_changes_becomes_stale():
    now = [0.0]
    watcher = LockWatcher(stale_after=300, clock=lambda: now[0])
    watcher.observe(None)
    now[0] = 301
    watcher.observe(None)
    assert watcher.is_stale()


def test_process_alive():
    assert process_alive(os.getpid()) and not process_alive(dead_pid())
    assert not process_alive(0) and not process_alive(-1)


RACER = r"""
import sys, time
from pathlib import Path
from journeymapper.store.locks import acquire
document, go = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.0005)
print(acquire(document, settle=0.05).status.value, flush=True)
sys.stdin.read()  # stay alive (a live holder) until the test has seen every result
"""


def test_ten_processes_racing_for_one_lock_exactly_one_wins(document, tmp_path):
    go = tmp_path / "go"
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER, str(document), str(go)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(10)
    ]
    try:
        assert all(r.stdout.readline().strip() == "ready" for r in racers)
        go.touch()
        results = [r.stdout.readline().strip() for r in racers]
    finally:
        for racer in racers:
            racer.stdin.close()
            racer.wait(timeout=30)
    assert results.count("acquired") == 1, results
    assert set(results) <= {"acquired", "held", "unknown"}
    winner = read_lock(document)
    assert winner.pid in [r.pid for r in racers]


def test_the_documented_lock_matches_the_code():
    doc = Path(__file__).parents[1] / "docs" / "file-format.md"
    if not doc.is_file():
        pytest.skip("not a source checkout: docs/file-format.md is absent")
    section = doc.read_text(encoding="utf-8").split("### The lock file", 1)[1].split("## Minimal examples", 1)[0]
    example = section.split("```json\n", 1)[1].split("```", 1)[0]
    info = LockInfo.from_bytes(example.encode())
    assert list(json.loads(example)) == list(info.__dataclass_fields__)
    assert json.loads(info.to_bytes()) == json.loads(example)
