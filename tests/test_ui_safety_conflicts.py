"""Changes made elsewhere: found by the poll, on focus and before saving; shown in the banner, never overwritten."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymapper.editor import edits
from journeymapper.store import FileState, SaveError, load_map
from journeymapper.ui import file_dialogs
from journeymapper.ui.compare_dialog import CompareDialog
from test_ui_safety_support import change_behind_our_back
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401


def theirs_map():
    journey = small_map()
    journey.cards[0].text = "Radio advert"  # shorter than "Billboard advert": the file keeps its size
    return journey


@pytest.fixture
def opened(window, map_file):
    return window.file_commands.open_path(map_file)


def check(tab, qtbot):
    assert tab.watch.check_now()
    qtbot.waitUntil(lambda: tab.watch.queue.pending == 0)


def test_a_change_with_the_same_size_and_time_is_found_and_shown(window, opened, map_file, qtbot):
    change_behind_our_back(map_file, theirs_map())
    check(opened, qtbot)
    assert opened.document.file.conflict is FileState.CHANGED
    assert not opened.banner.isHidden()
    assert opened.banner.visible_buttons() == ["reload", "save_copy", "overwrite", "compare"]
    assert "changed on disk" in opened.banner.message.text()


def test_the_poll_finds_it_without_being_asked(window, opened, map_file, qtbot):
    change_behind_our_back(map_file, theirs_map())
    qtbot.waitUntil(lambda: not opened.banner.isHidden(), timeout=8000)


def test_the_app_becoming_active_checks(window, opened, map_file, qtbot):
    change_behind_our_back(map_file, theirs_map())
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: not opened.banner.isHidden(), timeout=2000)


def test_a_touch_raises_nothing(window, opened, map_file, qtbot):
    status = map_file.stat()
    os.utime(map_file, ns=(status.st_atime_ns, status.st_mtime_ns + 5_000_000_000))
    check(opened, qtbot)
    assert opened.document.file.conflict is None and opened.banner.isHidden()
    edits.set_card_fields(opened.document, "card-web", text="Web shop")
    assert window.file_commands.save(opened), "a touch is no reason to refuse a save"


def test_save_checks_first_and_does_not_overwrite(window, opened, map_file):
    theirs = change_behind_our_back(map_file, theirs_map())
    edits.set_card_fields(opened.document, "card-web", text="Web shop")
    assert not window.file_commands.save(opened)
    assert map_file.read_bytes() == theirs
    assert opened.document.modified
    assert not opened.banner.isHidden() and "overwrite" in opened.banner.visible_buttons()
    assert "changed elsewhere" in window.statusBar().currentMessage()


def test_overwrite_saves_ours_over_theirs(window, opened, map_file):
    change_behind_our_back(map_file, theirs_map())
    edits.set_card_fields(opened.document, "card-web", text="Web shop")
    window.file_commands.save(opened)
    opened.banner.buttons["overwrite"].click()
    on_disk = load_map(map_file)
    assert on_disk.card("card-web").text == "Web shop" and on_disk.card("card-ad").text == "Billboard advert"
    assert not opened.document.modified and opened.banner.isHidden()


def test_reload_asks_about_unsaved_edits_then_loads_theirs(window, opened, map_file, qtbot, monkeypatch):
    change_behind_our_back(map_file, theirs_map())
    check(opened, qtbot)
    edits.set_card_fields(opened.document, "card-web", text="Web shop")
    asked = []
    monkeypatch.setattr(file_dialogs, "ask_reload_discarding", lambda parent, name: asked.append(name) or False)
    opened.banner.buttons["reload"].click()
    assert asked == ["Broadband sign-up"] and opened.document.card("card-web").text == "Web shop"
    monkeypatch.setattr(file_dialogs, "ask_reload_discarding", lambda parent, name: True)
    opened.banner.buttons["reload"].click()
    assert opened.document.card("card-ad").text == "Radio advert"
    assert opened.document.card("card-web").text == "Website checkout"
    assert not opened.document.modified and opened.banner.isHidden()
    check(opened, qtbot)
    assert opened.banner.isHidden(), "what was reloaded is the new reference"


def test_compare_lists_the_changed_card(window, opened, map_file, qtbot):
    change_behind_our_back(map_file, theirs_map())
    check(opened, qtbot)
    opened.banner.buttons["compare"].click()
    (dialog,) = [d for d in window.findChildren(CompareDialog) if d.isVisible()]
    text = dialog.text.toPlainText()
    assert "Card “Radio advert” changed" in text
    assert "text: “Billboard advert” → “Radio advert”" in text


def test_save_as_copy_keeps_both(window, opened, map_file, qtbot, tmp_path, monkeypatch):
    theirs = change_behind_our_back(map_file, theirs_map())
    check(opened, qtbot)
    edits.set_card_fields(opened.document, "card-web", text="Web shop")
    target = tmp_path / "mine.journey"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: target)
    opened.banner.buttons["save_copy"].click()
    assert map_file.read_bytes() == theirs
    assert load_map(target).card("card-web").text == "Web shop"
    assert opened.document.path == target and opened.banner.isHidden()


def test_a_deleted_file_is_shown_and_can_be_saved_again(window, opened, map_file, qtbot):
    map_file.unlink()
    check(opened, qtbot)
    assert opened.document.file.conflict is FileState.DELETED
    assert opened.banner.visible_buttons() == ["save_copy", "overwrite"]
    opened.banner.buttons["overwrite"].click()
    assert load_map(map_file) == opened.document.journey


def test_an_unreadable_file_is_reported_after_retries_and_nothing_is_done(window, opened, map_file, qtbot, monkeypatch):
    before = map_file.read_bytes()
    attempts = []

    def failing(path):
        attempts.append(path)
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as patched:
        patched.setattr("journeymapper.store.fingerprint.fingerprint_file", failing)
        check(opened, qtbot)
    assert len(attempts) >= 2, "retried before reporting"
    assert opened.document.file.conflict is FileState.UNREADABLE
    assert "cannot be read" in opened.banner.message.text() and "Input/output error" in opened.banner.message.text()
    assert opened.banner.visible_buttons() == ["save_copy"]
    assert map_file.read_bytes() == before and window.tabs.count() == 1
    check(opened, qtbot)
    assert opened.banner.isHidden(), "the share answered again"


def test_a_failed_save_says_why_stays_modified_and_offers_save_as(window, opened, map_file, monkeypatch, tmp_path):
    before = map_file.read_bytes()
    edits.set_card_fields(opened.document, "card-web", text="Web shop")

    def disk_full(path, document, version=None, **options):
        raise SaveError(errno.ENOSPC, f"cannot save {path.name}: the disk is full; the file on disk is unchanged")

    monkeypatch.setattr("journeymapper.store.files.save", disk_full)
    offered = []
    monkeypatch.setattr(
        file_dialogs, "ask_save_as_after_failure", lambda parent, name, reason: offered.append(reason) or len(offered) == 1
    )
    target = tmp_path / "elsewhere.journey"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: target)
    assert not window.file_commands.save(opened)
    assert "the disk is full" in offered[0] and "Free some space" in offered[0]
    assert opened.document.modified and map_file.read_bytes() == before
    assert len(offered) == 2, "Save As was offered, and failed the same way on the same full disk"
