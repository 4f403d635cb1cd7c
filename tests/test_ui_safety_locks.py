"""Locks in the window: ours while a map is open, a colleague's asked about, a lost one shown."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QPushButton

from journeymapper.editor import edits
from journeymapper.store import load_map
from journeymapper.store.locks import Identity, LockResult, LockStatus, read_lock
from journeymapper.store.sidefiles import lock_path
from journeymapper.ui import file_dialogs, lock_dialog
from journeymapper.ui.lock_dialog import LockChoice, LockDialog
from test_ui_safety_support import COLLEAGUE, ME, dead_pid, write_lock
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401


def test_an_open_map_is_locked_in_our_name_and_closing_releases_it(window, map_file):
    tab = window.file_commands.open_path(map_file)
    data = json.loads(lock_path(map_file).read_text())
    assert (data["user"], data["host"], data["pid"]) == (ME.user, ME.host, os.getpid())
    assert tab.document.file.safe.owns_lock
    assert tab.banner.isHidden()
    assert window.close_tab(0)
    assert not lock_path(map_file).exists()


def test_closing_the_window_releases_every_lock(window, map_file, tmp_path):
    other = tmp_path / "other.journey"
    other.write_bytes(map_file.read_bytes())
    window.file_commands.open_path(map_file)
    window.file_commands.open_path(other)
    assert lock_path(map_file).exists() and lock_path(other).exists()
    window.close()
    assert not lock_path(map_file).exists() and not lock_path(other).exists()


@pytest.fixture
def asked(monkeypatch):
    """Answers the lock question with ``asked.answer`` and records what it was shown."""

    class Asked(list):
        answer = LockChoice.CANCEL

    questions = Asked()

    def ask(parent, path, result):
        questions.append((path, result))
        return questions.answer

    monkeypatch.setattr(lock_dialog, "ask_lock_choice", ask)
    return questions


def test_a_colleagues_lock_asks_and_cancel_opens_nothing(window, map_file, asked):
    theirs = write_lock(map_file)
    assert window.file_commands.open_path(map_file) is None
    ((path, result),) = asked
    assert path == map_file and result.status is LockStatus.HELD
    assert (result.holder.user, result.holder.host, result.holder.opened) == ("bob", "bobs-laptop", theirs.opened)
    assert window.tabs.count() == 0
    assert read_lock(map_file).token == theirs.token


def test_read_only_shows_why_and_save_becomes_save_as(window, map_file, asked, monkeypatch, tmp_path):
    asked.answer = LockChoice.READ_ONLY
    theirs = write_lock(map_file)
    before = map_file.read_bytes()
    tab = window.file_commands.open_path(map_file)
    assert tab.document.path == map_file
    assert "bob on bobs-laptop" in tab.document.file.read_only_reason
    assert not tab.banner.isHidden() and tab.banner.visible_buttons() == ["save_as"]
    assert "bob on bobs-laptop" in tab.banner.message.text()
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    offered = []
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: offered.append(suggested))
    window.commands.save.trigger()
    assert offered, "Save asked for another name"
    assert map_file.read_bytes() == before and tab.document.modified
    target = tmp_path / "mine.journey"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: target)
    window.commands.save.trigger()
    assert load_map(target).card("card-ad").text == "Radio advert" and not tab.document.modified
    assert read_lock(target).pid == os.getpid(), "the new file is ours"
    assert read_lock(map_file).token == theirs.token, "their lock is left alone"
    assert tab.banner.isHidden()


def test_save_as_onto_the_read_only_file_itself_is_refused(window, map_file, asked, monkeypatch):
    asked.answer = LockChoice.READ_ONLY
    write_lock(map_file)
    before = map_file.read_bytes()
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: map_file)
    assert not window.file_commands.save_as(tab)
    assert map_file.read_bytes() == before


def test_open_a_copy_gives_an_untitled_map_and_leaves_the_file_alone(window, map_file, asked):
    asked.answer = LockChoice.COPY
    theirs = write_lock(map_file)
    tab = window.file_commands.open_path(map_file)
    assert tab.document.path is None and tab.document.journey == small_map()
    assert tab.document.file.safe is None and tab.banner.isHidden()
    assert read_lock(map_file).token == theirs.token
    window.close_tab(0)
    assert read_lock(map_file).token == theirs.token


def test_take_over_makes_the_lock_ours(window, map_file, asked):
    asked.answer = LockChoice.TAKE_OVER
    write_lock(map_file)
    tab = window.file_commands.open_path(map_file)
    mine = read_lock(map_file)
    assert (mine.user, mine.host, mine.pid) == (ME.user, ME.host, os.getpid())
    assert tab.document.file.read_only_reason is None and tab.banner.isHidden()
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    assert window.file_commands.save(tab)
    assert load_map(map_file).card("card-ad").text == "Radio advert"


def test_an_unreadable_lock_counts_as_held_by_an_unknown_user(window, map_file, asked):
    lock_path(map_file).write_bytes(b"")
    window.file_commands.open_path(map_file)
    ((_path, result),) = asked
    assert result.status is LockStatus.UNKNOWN_HOLDER and result.holder is None


def test_a_lock_left_by_our_own_crashed_run_is_taken_over_without_asking(window, map_file):
    write_lock(map_file, Identity(ME.user, ME.host, dead_pid()))
    tab = window.file_commands.open_path(map_file)
    assert tab is not None and tab.document.file.safe.owns_lock
    assert read_lock(map_file).pid == os.getpid()
    assert "earlier JourneyMapper run" in window.statusBar().currentMessage()


def test_a_read_only_file_opens_read_only_and_says_why(window, map_file, monkeypatch):
    real_access = os.access

    def access(path, mode, *args, **kwargs):  # root may write anything: pretend the file is read-only
        if str(path) == str(map_file) and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    tab = window.file_commands.open_path(map_file)
    assert "signup.journey is read-only" in tab.document.file.read_only_reason
    assert "read-only" in tab.banner.message.text() and tab.banner.visible_buttons() == ["save_as"]


def test_the_heartbeat_moves_and_a_lost_lock_is_shown(window, map_file, qtbot, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    tab.watch.beat()
    qtbot.waitUntil(lambda: read_lock(map_file).heartbeat == 1)
    write_lock(map_file, COLLEAGUE)  # bob took it over
    tab.watch.beat()
    qtbot.waitUntil(lambda: tab.document.file.lock_lost)
    assert not tab.banner.isHidden()
    assert "bob on bobs-laptop took over" in tab.banner.message.text()
    offered = []
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: offered.append(suggested))
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    window.commands.save.trigger()
    assert offered, "Save became Save As"
    window.close_tab(0)
    assert read_lock(map_file).user == "bob", "closing leaves their lock alone"


def test_the_lock_dialog_says_who_where_since_when_and_watches_the_heartbeat(qtbot, map_file):
    theirs = write_lock(map_file)
    dialog = LockDialog(map_file, LockResult(LockStatus.HELD, holder=theirs))
    qtbot.addWidget(dialog)
    text = dialog.headline.text() + dialog.details.text()
    assert "bob" in text and "bobs-laptop" in text and "Open since" in text and "Last heartbeat" in text
    dialog.observe(theirs)
    assert "has not moved" in dialog.heartbeat.text()
    dialog.observe(theirs.beat())
    assert "moved 0 s ago" in dialog.heartbeat.text()
    dialog.findChild(QPushButton, "lock_take_over").click()
    assert dialog.choice is LockChoice.TAKE_OVER


def test_an_unknown_holder_is_explained(qtbot, map_file):
    dialog = LockDialog(map_file, LockResult(LockStatus.UNKNOWN_HOLDER, error=".~lock.signup.journey# is empty"))
    qtbot.addWidget(dialog)
    assert "unknown user" in dialog.headline.text() and "is empty" in dialog.details.text()
    dialog.reject()
    assert dialog.choice is LockChoice.CANCEL
