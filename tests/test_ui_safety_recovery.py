"""Autosave into recovery copies, and what the next start offers after a crash."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton

from journeymapper.editor import edits
from journeymapper.resources import example_atlas
from journeymapper.store import MAP_FORMAT, load_map, serialize_document
from journeymapper.store.fingerprint import fingerprint_file
from journeymapper.store.recovery import (
    RecoveryError,
    RestoreAction,
    list_recoveries,
    load_recovery,
    recovery_dir,
    write_recovery,
)
from journeymapper.ui import MainWindow
from journeymapper.ui.autosave_driver import AutosaveDriver
from journeymapper.ui.recovery_check import check_for_recoveries
from test_ui_safety_support import change_behind_our_back, dead_pid
from test_ui_support import check_every_edit, fast_hooks, map_file, no_real_dialogs, small_map  # noqa: F401


@pytest.fixture
def make_window(qtbot, tmp_path):
    def make(**autosave) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, autosave=AutosaveDriver(**autosave) if autosave else None)
        window.file_commands.hooks = fast_hooks()
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def copies() -> list[Path]:
    folder = recovery_dir()
    return sorted(folder.glob("*.journey")) if folder.is_dir() else []


def test_autosave_writes_a_recovery_copy_after_idle_and_a_save_discards_it(make_window, map_file, qtbot):
    window = make_window(idle=0.05, interval=1.0, enabled=True, session="test")
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    qtbot.waitUntil(lambda: len(list_recoveries(include_live=True)) == 1, timeout=3000)
    (entry,) = list_recoveries(include_live=True)
    assert entry.original == map_file.absolute() and entry.session == "test"
    assert entry.base == tab.document.file.safe.fingerprint
    assert load_recovery(entry).document.card("card-ad").text == "Radio advert"
    assert window.file_commands.save(tab)
    qtbot.waitUntil(lambda: not copies(), timeout=3000)
    assert not list_recoveries(include_live=True)


def recovered_texts() -> list[str]:
    """Card texts of the one recovery copy; empty while the autosave worker is still replacing it."""
    try:
        entries = list_recoveries()
        return [c.text for c in load_recovery(entries[0]).document.cards] if entries else []
    except (RecoveryError, OSError):
        return []


def test_an_untitled_map_keeps_one_copy_that_follows_its_edits(make_window, qtbot):
    window = make_window(idle=0.05, interval=1.0, enabled=True)
    tab = window.file_commands.new_map()
    stage, lane = tab.document.journey.stages[0].id, tab.document.journey.lanes[0].id
    edits.add_card(tab.document, lane, stage, "First")
    qtbot.waitUntil(lambda: len(copies()) == 1, timeout=3000)
    edits.add_card(tab.document, lane, stage, "Second")
    qtbot.waitUntil(lambda: "Second" in recovered_texts(), timeout=5000)
    assert len(copies()) == 1 and list_recoveries()[0].original is None


def test_closing_cleanly_discards_the_copy(make_window, map_file, qtbot):
    window = make_window(idle=0.05, interval=1.0, enabled=True)
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    qtbot.waitUntil(lambda: len(copies()) == 1, timeout=3000)
    assert window.close_tab(0)  # the test's answer to "save changes?" is Discard
    window.autosave.shutdown()
    assert not copies()


def test_autosave_is_off_when_the_environment_says_so(make_window, map_file, qtbot):
    assert os.environ["JOURNEYMAPPER_AUTOSAVE"] == "0"
    window = make_window(idle=0.01, interval=0.05)
    assert not window.autosave.enabled
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    qtbot.wait(200)
    assert not copies()


def crashed_copy(original: Path, journey, *, base_on: Path | None = None) -> None:
    """A recovery copy and the marker of the run that wrote it, a run that no longer exists."""
    session = f"{dead_pid()}-deadbeef"
    folder = recovery_dir()
    (folder / "sessions").mkdir(parents=True, exist_ok=True)
    marker = {"pid": int(session.split("-")[0]), "host": socket.gethostname(), "started": "2025-01-01T00:00:00+00:00"}
    (folder / "sessions" / f"{session}.json").write_text(json.dumps(marker))
    base = fingerprint_file(base_on or original)
    write_recovery(original, serialize_document(MAP_FORMAT, journey), base, title=journey.title, session=session)


def recovered_work():
    journey = small_map()
    journey.cards[1].text = "Web shop (recovered)"
    return journey


def offered(window, qtbot):
    check = check_for_recoveries(window)
    qtbot.waitUntil(lambda: check.dialog is not None and check.dialog.isVisible(), timeout=5000)
    return check


def test_a_crashed_runs_copy_is_offered_and_restored_into_its_unchanged_file(make_window, map_file, qtbot):
    crashed_copy(map_file, recovered_work())
    window = make_window()
    check = offered(window, qtbot)
    (item,) = check.items
    assert item.plan.action is RestoreAction.REOPEN and item.loaded is not None
    (row_text,) = [label.text() for label in check.dialog.findChildren(QLabel, "recovery_text")]
    assert str(map_file) in row_text and "unsaved changes" in row_text
    tab = check.restore(item)
    assert tab.document.path == map_file and tab.document.modified
    assert tab.document.card("card-web").text == "Web shop (recovered)"
    assert load_map(map_file) == small_map(), "nothing is written until the user saves"
    assert check.dialog.findChild(QLabel, "recovery_settled").text() == "Restored into the file, not saved yet"


def test_a_copy_whose_original_changed_is_restored_as_an_untitled_copy_with_compare(make_window, map_file, qtbot):
    crashed_copy(map_file, recovered_work())
    theirs = small_map()
    theirs.cards[0].text = "Radio advert"
    theirs_bytes = change_behind_our_back(map_file, theirs)
    window = make_window()
    check = offered(window, qtbot)
    (item,) = check.items
    assert item.plan.action is RestoreAction.AS_COPY and "changed" in item.plan.reason
    assert not check.dialog.findChild(QPushButton, "recovery_compare").isHidden()
    compare = check.compare(item)
    lines = compare.text.toPlainText()
    assert "Card “Radio advert” changed" in lines or "Billboard advert" in lines
    assert "Web shop (recovered)" in lines
    tab = check.restore(item)
    assert tab.document.path is None and tab.document.modified
    assert tab.document.card("card-web").text == "Web shop (recovered)"
    assert map_file.read_bytes() == theirs_bytes, "never over the newer file"


def test_a_damaged_copy_is_rejected_with_the_reason(make_window, map_file, qtbot):
    crashed_copy(map_file, recovered_work())
    (copy,) = copies()
    copy.write_bytes(copy.read_bytes()[:100])
    window = make_window()
    check = offered(window, qtbot)
    (item,) = check.items
    assert item.loaded is None and "damaged" in item.problem
    assert check.dialog.findChild(QPushButton, "recovery_restore").isHidden()
    assert check.restore(item) is None
    check.discard(item)
    assert not copies()


def test_a_restored_copy_is_replaced_by_its_own_autosave(make_window, map_file, qtbot):
    crashed_copy(map_file, recovered_work())
    (old,) = list_recoveries()
    window = make_window(idle=0.05, interval=1.0, enabled=True, session="now")
    check = offered(window, qtbot)
    check.restore(check.items[0])
    qtbot.waitUntil(lambda: [e.session for e in list_recoveries(include_live=True)] == ["now"], timeout=3000)
    assert len(copies()) == 1 and list_recoveries(include_live=True)[0].key == old.key, "replaced, not added"


CRASHING_APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journeymapper import app as app_module
from journeymapper.editor import edits
from journeymapper.ui import MainWindow

def edit():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    tab = windows[0].current_tab() if windows else None
    if tab is None:  # still opening
        QTimer.singleShot(100, edit)
        return
    document = tab.document
    edits.add_card(document, document.journey.lanes[0].id, document.journey.stages[0].id, "Idea before the crash")
    print("edited", flush=True)

app_module.create_application()  # the timer below needs the application's event loop
QTimer.singleShot(300, edit)
sys.exit(app_module.run_app([Path(sys.argv[1])]))
"""


def test_killing_the_app_with_unsaved_changes_offers_them_at_the_next_start(make_window, tmp_path, qtbot):
    source = example_atlas().parent / "lifecycle.journey"
    original = tmp_path / "lifecycle.journey"
    shutil.copyfile(source, original)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOURNEYMAPPER_AUTOSAVE="1")
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    app = subprocess.Popen([sys.executable, "-c", CRASHING_APP, str(original)], env=env, cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not copies():
            assert app.poll() is None, app.stderr.read().decode()
            assert time.monotonic() < deadline, "no recovery copy appeared"
            time.sleep(0.1)
        time.sleep(0.3)  # let the metadata follow the copy
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    assert app.returncode == -signal.SIGKILL
    assert list((recovery_dir() / "sessions").glob("*.json")), "the killed run left its marker"
    window = make_window()
    check = offered(window, qtbot)
    (item,) = check.items
    assert item.entry.original == original and item.plan.action is RestoreAction.REOPEN
    assert "Idea before the crash" in [card.text for card in item.loaded.document.cards]
    tab = check.restore(item)
    assert tab.document.path == original and tab.document.modified
    assert "Idea before the crash" in [card.text for card in tab.document.journey.cards]
    assert not list((recovery_dir() / "sessions").glob("*.json")), "the crash has been dealt with"
