"""Autosave copies and crash recovery: round trip, damage, a changed original, sessions, timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factories import make_map
from journeymapper.store import MAP_FORMAT, save, serialize_document
from journeymapper.store.autosave import Autosaver
from journeymapper.store.fingerprint import FileState, fingerprint_file
from journeymapper.store.recovery import (
    RecoveryError,
    RestoreAction,
    discard,
    list_recoveries,
    load_recovery,
    recovery_dir,
    restore_plan,
    write_recovery,
)
from journeymapper.store.session import Session, crashed_sessions, forget_session, session_state

NO_WAIT = {"retries": 1, "sleep": lambda seconds: None}


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "share" / "onboarding.journey"
    path.parent.mkdir()
    save(path, make_map())
    return path


def edited() -> bytes:
    journey = make_map()
    journey.title = "edited but not saved"
    return serialize_document(MAP_FORMAT, journey)


def test_the_recovery_folder_is_in_the_users_data_folder_never_beside_the_document(original, isolated_user_folders):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    assert recovery_dir() == isolated_user_folders / "data" / "JourneyMapper" / "recovery"
    assert entry.copy_path.parent == recovery_dir() and entry.meta_path.parent == recovery_dir()
    assert sorted(p.name for p in original.parent.iterdir()) == ["onboarding.journey"]


def test_round_trip_with_metadata(original):
    base = fingerprint_file(original)
    entry = write_recovery(original, edited(), base, title="Onboarding")
    meta = json.loads(entry.meta_path.read_text())
    assert meta["original"] == str(original.absolute()) and meta["base"] == base.to_json()
    assert meta["format_version"] == "1.0" and meta["app_version"] and meta["saved_at"].endswith("+00:00")
    assert meta["sha256"] == entry.sha256 and meta["size"] == len(edited())
    [listed] = list_recoveries()
    assert listed == entry
    assert load_recovery(listed).document.title == "edited but not saved"


def test_autosaving_again_replaces_the_copy(original):
    base = fingerprint_file(original)
    first = write_recovery(original, edited(), base)
    second = write_recovery(original, serialize_document(MAP_FORMAT, make_map(stages=1)), base)
    assert first.key == second.key and not first.copy_path.exists()
    assert [e.key for e in list_recoveries()] == [first.key]
    assert len(load_recovery(second).document.stages) == 1


def test_untitled_documents_keep_their_key(tmp_path):
    entry = write_recovery(None, edited(), None)
    again = write_recovery(None, edited(), None, key=entry.key)
    assert again.key == entry.key and entry.key.startswith("untitled-")
    assert len(list_recoveries()) == 1
    assert restore_plan(again).action is RestoreAction.UNTITLED


def test_a_truncated_copy_is_rejected(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    entry.copy_path.write_bytes(entry.copy_path.read_bytes()[:1000])
    with pytest.raises(RecoveryError, match=r"damaged: 1000 of \d+ bytes \(truncated\)"):
        load_recovery(entry)


def test_an_altered_copy_is_rejected(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    data = bytearray(entry.copy_path.read_bytes())
    data[500] ^= 1
    entry.copy_path.write_bytes(bytes(data))
    with pytest.raises(RecoveryError, match="does not match its checksum"):
        load_recovery(entry)


def test_a_missing_copy_is_rejected(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    entry.copy_path.unlink()
    with pytest.raises(RecoveryError, match="cannot be read"):
        load_recovery(entry)


def test_damaged_metadata_is_skipped(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    entry.meta_path.write_text('{"format": "journeymapper.recovery", "key": ')
    assert list_recoveries() == []


def test_an_unchanged_original_is_restored_into_itself(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    os.utime(original, ns=(1, 1))  # touched only
    plan = restore_plan(entry, **NO_WAIT)
    assert plan.action is RestoreAction.REOPEN and plan.original_state is FileState.TOUCHED


def test_a_changed_original_is_restored_as_a_copy(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    save(original, make_map(stages=1))  # a colleague saved meanwhile
    plan = restore_plan(entry, **NO_WAIT)
    assert plan.action is RestoreAction.AS_COPY and plan.original_state is FileState.CHANGED
    assert "changed" in plan.reason and len(make_map(stages=1).stages) == 1


def test_a_vanished_original_is_restored_as_a_copy(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    original.unlink()
    plan = restore_plan(entry, **NO_WAIT)
    assert plan.action is RestoreAction.AS_COPY and plan.original_state is FileState.DELETED


def test_discard_removes_copy_and_metadata(original):
    entry = write_recovery(original, edited(), fingerprint_file(original))
    discard(entry)
    assert list_recoveries() == [] and list(recovery_dir().iterdir()) == []


# --- sessions: the clean-exit marker ------------------------------------------------------------


def test_a_clean_exit_leaves_nothing_to_recover(tmp_path):
    session = Session.start(tmp_path)
    assert session_state(tmp_path, session.id) == "live"
    session.end()
    assert session_state(tmp_path, session.id) == "ended" and crashed_sessions(tmp_path) == []


def test_copies_of_a_running_session_are_not_offered(original):
    session = Session.start(recovery_dir())
    write_recovery(original, edited(), fingerprint_file(original), session=session.id)
    assert list_recoveries() == []
    assert len(list_recoveries(include_live=True)) == 1


KILLED_APP = r"""
import os, signal, sys
from pathlib import Path
from journeymapper.store.recovery import recovery_dir, write_recovery
from journeymapper.store.session import Session
session = Session.start(recovery_dir())
write_recovery(Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(), None, session=session.id, title="unsaved work")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(os, "kill") or sys.platform == "win32", reason="needs SIGKILL")
def test_the_app_killed_with_unsaved_changes_is_offered_at_the_next_start(original, tmp_path):
    unsaved = tmp_path / "unsaved.bin"
    unsaved.write_bytes(edited())
    killed = subprocess.run([sys.executable, "-c", KILLED_APP, str(original), str(unsaved)])
    assert killed.returncode == -9
    crashed = crashed_sessions(recovery_dir())
    assert len(crashed) == 1
    [entry] = list_recoveries()
    assert entry.session == crashed[0] and entry.title == "unsaved work"
    assert load_recovery(entry).document.title == "edited but not saved"
    forget_session(recovery_dir(), crashed[0])
    assert crashed_sessions(recovery_dir()) == [] and len(list_recoveries()) == 1


# --- the autosave policy ----------------------------------------------------------------------


def test_autosave_after_three_idle_seconds():
    policy = Autosaver()
    assert policy.seconds_until_due(0) is None and not policy.due(0)
    policy.edited(10)
    assert policy.seconds_until_due(10) == 3 and not policy.due(12.9)
    policy.edited(12)
    assert not policy.due(14.9) and policy.due(15)
    policy.autosaved(15)
    assert not policy.pending and policy.seconds_until_due(100) is None


def test_autosave_at_least_every_minute_while_edits_keep_coming():
    policy = Autosaver()
    now = 0.0
    saves = []
    while now < 180:
        policy.edited(now)
        now += 1.0  # an edit every second: never three idle seconds
        if policy.due(now):
            saves.append(now)
            policy.autosaved(now)
    assert saves == [60.0, 120.0, 180.0]


def test_edits_made_while_the_copy_was_written_stay_pending():
    policy = Autosaver()
    policy.edited(0)
    policy.edited(5)  # the copy of the state at 3 s was being written
    policy.autosaved(3)
    assert policy.pending and policy.due(8)
