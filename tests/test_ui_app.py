"""The GUI entry point: application identity, bundled fonts, files from the command line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from journeymapper import app as app_module
from journeymapper.ui import MainWindow
from test_ui_support import check_every_edit, map_file, no_real_dialogs  # noqa: F401


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, qapp):
    """run_app without entering the event loop; yields a function returning the new window."""
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    before = set(QApplication.topLevelWidgets())
    windows: list[MainWindow] = []

    def run(files):
        assert app_module.run_app(files) == 0
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before)
        return windows[-1]

    yield run
    for window in windows:
        window.close()
        window.deleteLater()


def test_the_application_is_named_and_has_the_bundled_font(started):
    started([])
    application = QApplication.instance()
    assert application.applicationName() == "JourneyMapper"
    assert application.organizationName() == "JourneyMapper"
    assert "DejaVu Sans" in QFontDatabase.families()


def test_no_files_opens_the_example_map(started):
    window = started([])
    assert window.isVisible()
    assert window.tabs.count() == 1
    assert window.current_tab().document.journey.id == "map-broadband-lifecycle"


def test_files_given_are_opened_in_tabs(started, map_file, tmp_path):
    window = started([map_file, map_file])
    assert window.tabs.count() == 1
    assert window.current_tab().document.path == map_file
