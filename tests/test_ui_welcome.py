"""The first-run welcome: over the example at the first start, ways to start, Help > Welcome."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from journeymapper import app as app_module
from journeymapper.ui import MainWindow, file_dialogs
from journeymapper.ui.preferences_store import WELCOME_AT_START
from journeymapper.ui.welcome import WelcomeDialog
from test_ui_support import check_every_edit, map_file, no_real_dialogs, window  # noqa: F401


@pytest.fixture
def started(monkeypatch, qapp, tmp_path):
    """run_app as a real start (welcome allowed), without entering the event loop, with this test's settings
    (Qt reads the settings folder once per process, so the default store would be shared between tests)."""
    from journeymapper.ui import recent

    monkeypatch.setenv("JOURNEYMAPPER_WELCOME", "1")
    monkeypatch.setattr(recent, "default_settings",
                        lambda: QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield from running(monkeypatch)


def running(monkeypatch):
    """run_app without its event loop; the window is taken while run_app still holds it."""
    windows: list[MainWindow] = []
    known: list = []

    def fake_exec(*args):
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in known)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)

    def run(files):
        known[:] = windows
        count = len(windows)
        assert app_module.run_app(files, new_instance=True) == 0
        assert len(windows) == count + 1
        return windows[-1]

    yield run
    for window in windows:
        window.close()
        window.deleteLater()


def test_first_start_shows_the_welcome_over_the_example_atlas(started):
    window = started([])
    dialog = window.welcome.dialog
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible() and not dialog.isModal()
    assert window.current_tab().document.journey.id == "map-broadband-lifecycle", "the example is open behind it"
    assert dialog.dont_show.isChecked()
    dialog.close()
    assert WELCOME_AT_START.read(window.settings) is False


def test_second_start_shows_no_welcome_unless_asked_for(started):
    first = started([])
    first.welcome.dialog.close()
    second = started([])
    assert second.welcome.dialog is None
    second.welcome.action.trigger()
    assert second.welcome.dialog.isVisible()
    second.welcome.dialog.dont_show.setChecked(False)
    second.welcome.dialog.close()
    assert WELCOME_AT_START.read(second.settings) is True, "unticked: it shows at the next start again"
    third = started([])
    assert third.welcome.dialog is not None and third.welcome.dialog.isVisible()


def test_a_start_with_a_file_shows_no_welcome(started, map_file):
    window = started([map_file])
    assert window.welcome.dialog is None


def test_the_test_suite_never_sees_the_welcome(monkeypatch, qapp):
    for run in running(monkeypatch):
        window = run([])
        assert window.welcome.dialog is None


def test_help_welcome_is_first_in_the_help_menu(window):
    action = window.findChild(QAction, "welcome")
    assert window.menus[-1].actions()[0] is action


def test_new_map_button_opens_an_empty_map_and_closes_the_welcome(window):
    dialog = window.welcome.show()
    QTest.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == 1 and window.current_tab().document.path is None
    assert not dialog.isVisible()


def test_example_button_opens_the_example_when_it_is_not_open(window):
    dialog = window.welcome.show()
    QTest.mouseClick(dialog.example_button, Qt.MouseButton.LeftButton)
    assert window.current_tab().document.journey.id == "map-broadband-lifecycle"
    count = window.tabs.count()
    window.welcome.show().example_button.click()
    assert window.tabs.count() == count, "already open: brought forward, not opened twice"


def test_open_button_asks_for_a_file(window, map_file, monkeypatch):
    monkeypatch.setattr(file_dialogs, "ask_open_paths", lambda parent, folder: [map_file])
    window.welcome.show().open_button.click()
    assert window.current_tab().document.path == map_file


def test_recent_files_are_listed_and_open(window, map_file):
    window.recent.add(map_file)
    dialog = window.welcome.show()
    assert dialog.recent_list.count() == 1
    item = dialog.recent_list.item(0)
    assert item.text() == map_file.name and item.toolTip() == str(map_file)
    dialog.recent_list.itemActivated.emit(item)
    assert window.current_tab().document.path == map_file


def test_new_from_template_is_offered_when_the_window_has_it(window):
    template = window.findChild(QAction, "new_from_template")
    if template is None:  # File > New from Template… not in this build: the welcome offers what the window has
        assert window.welcome.show().template_button is None
        window.welcome.dialog.close()
        QApplication.processEvents()
        template = QAction("New from Template…", window)
        template.setObjectName("new_from_template")
    triggered: list = []
    template.triggered.connect(lambda: triggered.append(True))
    from journeymapper.ui import welcome as welcome_module

    dialog = welcome_module.WelcomeDialog(window)
    assert dialog.template_button is not None
    template.triggered.disconnect()
    template.triggered.connect(lambda: triggered.append(True))
    dialog.template_button.click()
    assert triggered == [True]


def _gap_under_the_start_buttons(dialog) -> int:
    """Pixels between the last way to start and the "Don't show" row."""
    return dialog.dont_show.geometry().top() - dialog.open_button.geometry().bottom()


def test_without_recent_files_the_welcome_has_no_empty_area(window, qtbot):
    dialog = window.welcome.show()
    qtbot.waitExposed(dialog)
    assert not dialog.recent_list.isVisibleTo(dialog)
    assert _gap_under_the_start_buttons(dialog) < 40, "no blank block between the buttons and the bottom row"
    assert dialog.height() <= dialog.sizeHint().height() + 10


def test_each_way_to_start_is_described_beside_its_button(window):
    dialog = window.welcome.show()
    description = dialog.findChild(QLabel, "welcome_new_description")
    assert description is not None and description.isVisibleTo(dialog)
    assert description.text() == dialog.new_button.accessibleDescription()
    assert description.isEnabled(), "readable text, not the look of something unavailable"


def test_recent_files_sit_under_the_buttons_in_a_list_as_tall_as_its_rows(window, map_file, qtbot):
    window.recent.add(map_file)
    dialog = window.welcome.show()
    qtbot.waitExposed(dialog)
    assert dialog.recent_list.isVisible()
    assert dialog.recent_list.geometry().top() > dialog.open_button.geometry().bottom()
    assert dialog.recent_list.height() < 3 * dialog.recent_list.sizeHintForRow(0) + 20, "one file: no blank rows"
