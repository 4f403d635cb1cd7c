"""On a real SMB share with two clients: a colleague's save is never overwritten.

``../shared/tools/smb-share.sh`` serves a folder over Samba on loopback and
mounts it twice (``DIR.alice`` and ``DIR.bob``), each a separate SMB client with
its own short cache, as two computers would be. Where the share cannot be made
(no /dev/fuse, not root, no packages) the tests are skipped with the script's
reason. What the share did (delays, EIO) is printed: run with ``-s`` to see it.
"""

from __future__ import annotations

import errno
import os
import subprocess
import time
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import pytest

from factories import make_map
from journeymapper.store import MAP_FORMAT, ConflictError, FileHooks, FileState, SafeFile, load_map, save
from journeymapper.store import serialize_document
from journeymapper.store.fingerprint import examine
from journeymapper.store.locks import Identity, LockStatus, acquire, heartbeat, read_lock

pytestmark = pytest.mark.smb

SCRIPT = Path(__file__).resolve().parents[2] / "shared" / "tools" / "smb-share.sh"
PATIENCE = 90.0
"""Seconds a client may take to see another client's change (cache delay, EIO)."""

T = TypeVar("T")


class Share:
    def __init__(self, root: Path, alice: Path, bob: Path) -> None:
        self.root, self.alice, self.bob = root, alice, bob
        self.log: list[str] = []

    def note(self, text: str) -> None:
        self.log.append(text)
        print(f"[smb] {text}")


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Share]:
    if not SCRIPT.is_file():
        pytest.skip(f"no SMB share: {SCRIPT} is missing")
    root = tmp_path_factory.mktemp("smb") / "team"
    # The script leaves daemons (smbd, rclone) running that inherit its output:
    # through a pipe, reading to the end would wait for them. Files do not.
    out, err = root.with_name("up.out"), root.with_name("up.err")
    with out.open("w") as stdout, err.open("w") as stderr:
        try:
            up = subprocess.run(["bash", str(SCRIPT), "up", str(root)], stdin=subprocess.DEVNULL,
                                stdout=stdout, stderr=stderr, timeout=300)
        except subprocess.TimeoutExpired:
            _down(root)
            pytest.skip("no SMB share: smb-share.sh up did not finish in 5 minutes")
    if up.returncode != 0:
        _down(root)
        reason = (err.read_text().strip().splitlines() or [f"exit status {up.returncode}"])[-1]
        pytest.skip(f"no SMB share (smb-share.sh exit {up.returncode}): {reason}")
    started = time.monotonic()
    try:
        alice, bob = (Path(line) for line in out.read_text().split())
        yield Share(root, alice, bob)
    finally:
        _down(root)
        print(f"[smb] the share was up for {time.monotonic() - started:.1f} s")


def _down(root: Path) -> None:
    subprocess.run(["bash", str(SCRIPT), "down", str(root)], stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)


ALICE = Identity("alice", "alice-laptop", os.getpid())
BOB = Identity("bob", "bob-desktop", os.getpid())
"""Two people on two machines (this one process plays both, each through their own client)."""


def hooks(identity: Identity) -> FileHooks:
    """Patient with the share: a failed read is retried for up to PATIENCE seconds."""
    return FileHooks(check_retries=int(PATIENCE), check_delay=1.0, lock_settle=0.5, identity=identity)


def eventually(what: str, attempt: Callable[[], T], done: Callable[[T], bool], share: Share) -> tuple[T, float]:
    """Call ``attempt`` until ``done`` says yes (OSErrors count as not yet); note how long it took."""
    started = time.monotonic()
    errors: dict[str, int] = {}
    while True:
        try:
            result = attempt()
            if done(result):
                break
        except OSError as error:
            name = errno.errorcode.get(error.errno or 0, type(error).__name__)
            errors[name] = errors.get(name, 0) + 1
        if time.monotonic() - started > PATIENCE:
            pytest.fail(f"{what}: not within {PATIENCE:.0f} s (errors: {errors})")
        time.sleep(0.2)
    elapsed = time.monotonic() - started
    share.note(f"{what}: {elapsed:.1f} s" + (f" (errors on the way: {errors})" if errors else ""))
    return result, elapsed


@pytest.mark.parametrize("same_size", [False, True], ids=["bigger", "same-size"])
def test_a_colleagues_save_is_found_and_never_overwritten(share: Share, same_size: bool):
    """Alice has the map open with edits; bob saves through his client; alice's save is refused."""
    name = f"onboarding-{same_size}.journey"
    alice_path, bob_path, on_server = share.alice / name, share.bob / name, share.root / name
    first = save(alice_path, make_map())  # the team's map, saved through alice's client
    assert on_server.read_bytes() == first
    eventually("bob can read alice's new map", lambda: bob_path.read_bytes(), lambda d: d == first, share)

    alice = SafeFile.open(alice_path, hooks=hooks(ALICE))
    assert alice.lock_result.status is LockStatus.ACQUIRED
    share.note(f"alice's lock read back as hers: verified={alice.lock_result.verified}")
    holder, _ = eventually(
        "bob sees alice's lock", lambda: read_lock(bob_path), lambda h: h is not None, share
    )
    assert holder.token == alice.lock_result.lock.info.token and (holder.user, holder.host) == ("alice", "alice-laptop")
    held = acquire(bob_path, identity=BOB, settle=0.5)
    assert held.status is LockStatus.HELD and held.holder.user == "alice", "bob is told alice has the map open"

    bob = SafeFile.open(bob_path, hooks=hooks(BOB))
    assert bob.lock_result.status is LockStatus.HELD
    bobs_map = make_map() if same_size else make_map(stages=2)
    bobs_map.title = "title B" if same_size else "bob's version"
    bobs_bytes = bob.save(bobs_map)  # bob saves anyway (he chose to), through his client
    assert (len(bobs_bytes) == len(first)) is same_size
    assert on_server.read_bytes() == bobs_bytes

    alices_map = make_map()
    alices_map.title = "alice's edits"
    seen: list[str] = []

    def check() -> FileState:
        result = examine(alice_path, alice.fingerprint, retries=0, sleep=lambda s: None)
        if not seen or seen[-1] != result.state.value:
            seen.append(result.state.value + (f" ({result.error.strerror})" if result.error else ""))
        return result.state

    eventually("alice's check finds bob's save", check, lambda state: state is FileState.CHANGED, share)
    share.note(f"states alice saw on the way: {' -> '.join(seen)}")
    with pytest.raises(ConflictError) as conflict:
        alice.save(alices_map)
    assert conflict.value.state is FileState.CHANGED
    assert on_server.read_bytes() == bobs_bytes, "nothing of bob's is lost"
    theirs, _ = eventually(
        "alice can read bob's version (for Compare)", lambda: alice.on_disk().document,
        lambda document: document.title == bobs_map.title, share,
    )

    copy = share.alice / f"onboarding-{same_size} (alice).journey"
    alice.save_as(copy, alices_map)  # alice keeps her work as a copy
    assert load_map(share.root / copy.name).title == "alice's edits"
    assert on_server.read_bytes() == bobs_bytes
    bob.close()
    alice.close()
    # the client removes the lock at once; the server may see the removal a little later
    eventually(
        "alice's lock on her copy is gone from the server", (share.root / f".~lock.{copy.name}#").exists,
        lambda exists: not exists, share,
    )


def test_a_save_through_the_share_is_atomic_and_keeps_a_backup(share: Share):
    """os.link fails with EIO on this share: the backup is a copy; chmod is ignored, not fatal."""
    path = share.alice / "backup.journey"
    first = save(path, make_map())
    started = time.monotonic()
    second = save(path, make_map(stages=1))
    share.note(f"a save with backup through the share: {time.monotonic() - started:.2f} s")
    assert (share.root / "backup.journey").read_bytes() == second
    assert (share.root / "backup.journey.bak").read_bytes() == first
    assert sorted(p.name for p in share.root.iterdir() if p.name.startswith(".backup.journey.tmp-")) == []
    assert serialize_document(MAP_FORMAT, make_map(stages=1)) == second


def test_both_clients_creating_the_lock_at_once(share: Share):
    """Exclusive creation is not exclusive across these clients: the heartbeat finds out who lost.

    Bob's client has looked for the lock a moment before, so its cache says there
    is none: its exclusive create succeeds over alice's lock. Alice must learn at
    a heartbeat that the lock is no longer hers, and must never write over bob's.
    """
    name = "race.journey"
    save(share.alice / name, make_map())
    eventually(f"bob sees {name}", lambda: (share.bob / name).exists(), bool, share)
    (share.bob / f".~lock.{name}#").exists()  # bob's client has looked: its cache says "no lock"
    alice = acquire(share.alice / name, identity=ALICE, settle=0.5)
    bob = acquire(share.bob / name, identity=BOB, settle=0.5)
    on_server = read_lock(share.root / name)
    share.note(f"lock race: alice {alice.status.value} (verified={alice.verified}), "
               f"bob {bob.status.value} (verified={bob.verified}); the server holds {on_server.user}'s lock")
    if not (alice.owned and bob.owned):
        return  # the clients did keep creation exclusive this time
    loser, winner = (alice, bob) if on_server.user == "bob" else (bob, alice)
    eventually("the loser's heartbeat finds the lock is not theirs",
               lambda: heartbeat(loser.lock, sleep=lambda s: time.sleep(0.1)), lambda ours: ours is False, share)
    assert read_lock(share.root / name).token == winner.lock.info.token, "the loser never wrote over it"
