"""Kill the saving process at random moments, hundreds of times in a row.

A helper process imports the app once, then for each round forks a child that
saves two big maps in turn, over and over, through the real ``store.save``
(serialize, temporary file, fsync, read back, parse, backup, replace). The test
kills the child with SIGKILL after a random delay spread over about two saves,
then checks that the document (and its backup) is byte for byte one of the two
complete versions. Forking from a single-threaded helper keeps a round to a few
milliseconds of overhead, so hundreds of rounds fit in seconds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factories import make_map
from journeymapper.store import MAP_FORMAT, parse_document, serialize_document
from journeymapper.store.sidefiles import backup_path

ROUNDS = 250
TESTS = Path(__file__).parent

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork and SIGKILL (POSIX)")

HELPER = r"""
import os, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from test_safety_kill import big_maps
from journeymapper.store import save

target = Path(sys.argv[1])
maps = big_maps()
save(target, maps[0])
started = time.perf_counter()
for i in range(4):
    save(target, maps[(i + 1) % 2])
print(f"{(time.perf_counter() - started) / 4:.6f}", flush=True)
for _ in sys.stdin:
    child = os.fork()
    if child == 0:
        try:
            i = 1
            while True:
                save(target, maps[i % 2])
                i += 1
        finally:
            os._exit(0)
    print(child, flush=True)
    os.waitpid(child, 0)
    print("reaped", flush=True)
"""


def big_maps():
    """Two different maps of about 1 MB each (a save takes some tens of milliseconds)."""

    def text(kind: str, index: int) -> str:
        return f"{kind} {index} " + ("lorem ipsum dolor sit amet " * 12 if kind in ("card", "notes") else "")

    first = make_map(stages=20, lanes=10, cards_per_cell=5, text=text)
    second = make_map(stages=19, lanes=10, cards_per_cell=5, text=lambda k, i: text(k, i).upper())
    return [first, second]


def test_the_file_is_always_the_whole_old_or_the_whole_new_version(tmp_path):
    target = tmp_path / "big.journey"
    versions = {serialize_document(MAP_FORMAT, m) for m in big_maps()}
    for version in versions:
        parse_document(version, target)  # both versions are valid documents
    helper = subprocess.Popen(
        [sys.executable, "-c", HELPER, str(target), str(TESTS)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    rng = random.Random(20261122)
    seen = {"first": 0, "second": 0, "backup": 0}
    first = min(versions, key=len)
    started = time.monotonic()
    try:
        one_save = float(helper.stdout.readline())
        for round_number in range(ROUNDS):
            helper.stdin.write("go\n")
            helper.stdin.flush()
            child = int(helper.stdout.readline())
            time.sleep(rng.uniform(0, 2.5 * one_save))
            os.kill(child, signal.SIGKILL)
            assert helper.stdout.readline().strip() == "reaped"
            content = target.read_bytes()
            assert content in versions, f"round {round_number}: the file is neither version ({len(content)} bytes)"
            seen["first" if content == first else "second"] += 1
            if backup_path(target).exists():
                assert backup_path(target).read_bytes() in versions, f"round {round_number}: a broken backup"
                seen["backup"] += 1
            for leftover in tmp_path.glob(".*.tmp-*"):  # a killed save may leave its temporary file
                leftover.unlink()
    finally:
        helper.stdin.close()
        helper.kill()
        helper.wait()
    elapsed = time.monotonic() - started
    print(f"{ROUNDS} kills in {elapsed:.1f} s, one save {one_save * 1000:.0f} ms, outcomes {seen}")
    # Not vacuous: kills landed both before and after replacements (the split depends on the
    # machine's load, so only require that each outcome happened several times).
    assert seen["first"] >= 5 and seen["second"] >= 5, f"kills did not land across the saves: {seen}"
