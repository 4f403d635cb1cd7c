"""Shared pieces of the workshop tests: a main window with workshop mode installed and a map open."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import journeymapper.editor.document as document_module
from journeymapper.editor import MapDocument
from journeymapper.ui import MainWindow, file_dialogs
from journeymapper.ui.workshop import WorkshopTools
from test_canvas_support import small_map


@dataclass
class Workshop:
    window: MainWindow
    tools: WorkshopTools
    document: MapDocument
    view: Any

    def focused(self) -> Any:
        return QApplication.focusWidget()

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press and release sent to whatever has the keyboard focus, as a person types."""
        QTest.keyClick(self.focused(), key, modifiers)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focused(), text)


@pytest.fixture(autouse=True)
def check_every_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "CHECK_EVERY_EDIT", True)


@pytest.fixture(autouse=True)
def no_save_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the window at the end of a test discards the map instead of asking (a blocking dialog)."""
    monkeypatch.setattr(file_dialogs, "ask_save_changes", lambda parent, name: file_dialogs.Button.Discard)


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Workshop:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    tools = window.workshop  # the window installs the workshop tools itself
    assert isinstance(tools, WorkshopTools)
    window.show()
    qtbot.waitExposed(window)
    document = MapDocument(small_map())
    tab = window.add_document(document)
    window.activateWindow()
    tab.view.setFocus()
    yield Workshop(window, tools, document, tab.view)
    if tools.presentation.active:
        tools.presentation.leave()
    document.undo_stack.clear()
