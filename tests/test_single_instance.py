"""Files handed over: a second launch gives its files to the running app; the system's file-open events."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from journeymapper import app as app_module
from journeymapper import cli
from journeymapper.ui import MainWindow
from journeymapper.ui.single_instance import NAME_VARIABLE, InstanceServer, hand_over, server_name
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def name(monkeypatch) -> str:
    """A server name of this test's own: never a real running JourneyMapper."""
    value = f"jm-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(NAME_VARIABLE, value)
    return value


CLIENT = """
import sys
from pathlib import Path
from journeymapper.ui.single_instance import hand_over
sys.exit(0 if hand_over([Path(a) for a in sys.argv[1:]]) else 1)
"""


class Launch:
    """A second launch in a process of its own, while this test's event loop answers it."""

    def __init__(self, files: list[Path], cwd: Path = ROOT) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
        self.process = subprocess.Popen([sys.executable, "-c", CLIENT, *map(str, files)], env=env, cwd=cwd,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def handed_over(self, qtbot) -> bool:
        qtbot.waitUntil(lambda: self.process.poll() is not None, timeout=30000)
        return self.process.returncode == 0


def test_server_name_is_per_user_and_settings_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(NAME_VARIABLE, raising=False)
    first = server_name()
    assert first.startswith("journeymapper-") and first == server_name()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other"))
    assert server_name() != first, "another settings folder is another app"
    monkeypatch.setenv(NAME_VARIABLE, "explicit")
    assert server_name() == "explicit"


def test_no_running_app_means_no_hand_over(name):
    assert hand_over([Path("x.journey")], timeout_ms=500) is False


def test_a_launch_with_files_opens_them_in_the_running_window_and_brings_it_forward(window, name, map_file, qtbot):
    server = InstanceServer(parent=window)
    assert server.listen()
    server.files_received.connect(lambda paths: app_module.open_handed_over(window, paths))
    window.showMinimized()
    launch = Launch([map_file])
    assert launch.handed_over(qtbot)
    qtbot.waitUntil(lambda: window.tab_for_path(map_file) is not None, timeout=5000)
    assert window.current_tab().document.path == map_file
    assert not window.isMinimized()


def test_a_launch_without_files_only_brings_the_window_forward(window, name, qtbot):
    server = InstanceServer(parent=window)
    assert server.listen()
    received: list = []
    server.files_received.connect(received.append)
    assert Launch([]).handed_over(qtbot)
    qtbot.waitUntil(lambda: received == [[]], timeout=5000)


def test_relative_paths_are_made_absolute_for_the_running_app(window, name, map_file, qtbot, monkeypatch):
    server = InstanceServer(parent=window)
    assert server.listen()
    received: list = []
    server.files_received.connect(received.append)
    assert Launch([Path(map_file.name)], cwd=map_file.parent).handed_over(qtbot)
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    assert received == [[map_file]]


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves nothing behind after a crash")
def test_a_socket_left_by_a_crashed_run_is_replaced(window, name, qtbot):
    from PySide6.QtCore import QDir

    path = Path(QDir.tempPath()) / name  # where QLocalServer puts a plain name on Unix
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # bound, never listening, never removed: what a killed process leaves
    assert path.exists()
    assert hand_over([], timeout_ms=500) is False, "nobody answers on a stale socket"
    server = InstanceServer(parent=window)
    assert server.listen(), "the stale socket was removed and replaced"
    received: list = []
    server.files_received.connect(received.append)
    assert Launch([]).handed_over(qtbot)
    qtbot.waitUntil(lambda: received == [[]], timeout=5000)


@pytest.mark.skipif(sys.platform == "win32", reason="reads the Unix socket directly")
def test_a_request_that_is_not_ours_is_refused(window, name, qtbot):
    server = InstanceServer(parent=window)
    assert server.listen()
    received: list = []
    server.files_received.connect(received.append)

    def talk() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(server.server.fullServerName())
            client.sendall(b'{"open": "/etc/passwd"}\n')
            return client.recv(100)

    result: list = []
    thread = threading.Thread(target=lambda: result.append(talk()), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert result == [b"error\n"] and received == []


def test_new_instance_flag_reaches_run_app(monkeypatch, map_file):
    calls: list = []
    monkeypatch.setattr(cli, "_run_gui", lambda files, new_instance=False: calls.append((files, new_instance)) or 0)
    assert cli.main(["--new-instance", str(map_file)]) == 0
    assert cli.main([str(map_file)]) == 0
    assert calls == [([map_file], True), ([map_file], False)]


@pytest.fixture
def started(monkeypatch, qapp):
    """run_app without entering the event loop; ``on_exec`` runs where the loop would start."""
    on_exec: list = []

    def fake_exec(*args):
        for work in on_exec:
            work()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    before = set(QApplication.topLevelWidgets())
    windows: list[MainWindow] = []

    def run(files, **options):
        assert app_module.run_app(files, **options) == 0
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before)
        return windows[-1] if windows else None

    run.on_exec = on_exec
    yield run
    for window in windows:
        window.close()
        window.deleteLater()


def test_run_app_hands_over_to_a_running_app_and_opens_no_window(started, name, monkeypatch, map_file):
    from journeymapper.ui import single_instance

    monkeypatch.setattr(single_instance, "hand_over", lambda files: files == [map_file])
    assert started([map_file]) is None, "the running app got the file; no window here"


def test_run_app_with_new_instance_does_not_ask_the_running_app(started, name, monkeypatch, map_file):
    from journeymapper.ui import single_instance

    def unexpected(files):
        raise AssertionError("--new-instance must not hand over")

    monkeypatch.setattr(single_instance, "hand_over", unexpected)
    window = started([map_file], new_instance=True)
    assert window.current_tab().document.path == map_file


def test_system_file_open_events_open_tabs_even_before_the_window_exists(started, name, monkeypatch, map_file,
                                                                         tmp_path, qapp):
    from journeymapper.store import save

    early = tmp_path / "early.journey"
    save(early, small_map().model_copy(update={"title": "Early"}))
    real_session = app_module.start_session

    def session_with_an_early_event():  # the app is starting, no window yet: a Mac double-click arrives
        QApplication.sendEvent(qapp, QFileOpenEvent(str(early)))
        return real_session()

    monkeypatch.setattr(app_module, "start_session", session_with_an_early_event)
    started.on_exec.append(lambda: QApplication.sendEvent(qapp, QFileOpenEvent(str(map_file))))
    window = started([])
    paths = [tab.document.path for tab in window.tab_list()]
    assert paths == [early, map_file], "the early file instead of the example, the later one in its own tab"


def _launch(*arguments: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "journeymapper", *arguments], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_real_launches_share_one_window(name, map_file, tmp_path):
    """Two processes, as a file manager starts them: the second hands its file over and exits."""
    from journeymapper.store import save

    second_file = tmp_path / "second.journey"
    save(second_file, small_map().model_copy(update={"title": "Second"}))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    settings_file = Path(env["XDG_CONFIG_HOME"]) / "JourneyMapper" / "JourneyMapper.conf"
    first = _launch(str(map_file), env=env)
    try:
        deadline = time.monotonic() + 60
        while not hand_over([], timeout_ms=1000):  # until the first app answers
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, "the first app never listened"
            time.sleep(0.2)
        second = _launch(str(second_file), env=env)
        assert second.wait(60) == 0, second.stderr.read().decode()
        deadline = time.monotonic() + 30
        while True:  # the first app opened it: it is now its most recent file
            recent = QSettings(str(settings_file), QSettings.Format.IniFormat).value("recent_files", [])
            if isinstance(recent, str):
                recent = [recent]
            if recent and Path(recent[0]) == second_file:
                break
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, f"the running app did not open the file: {recent}"
            time.sleep(0.2)
        assert str(map_file) in recent, "both maps are open in the first app"
    finally:
        first.terminate()
        first.wait(30)
