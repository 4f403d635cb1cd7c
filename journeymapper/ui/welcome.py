"""The welcome: what the app is, and the ways to start (example, new map, template, open, recent).

A first start without a file opens the example atlas's main map (``run_app``)
and shows this window over it, so the example is already there behind the
first button. It shows at later starts too only if the user untick "Don't
show this at start again"; Help > Welcome brings it back any time. The main
window never shows it by itself (the tests build hundreds of windows, each
with fresh settings): ``run_app`` asks for it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..resources import example_atlas
from .opening import same_file
from .preferences_store import WELCOME_AT_START

if TYPE_CHECKING:
    from .main_window import MainWindow

TEMPLATE_ACTION = "new_from_template"
"""The objectName of File > New from Template…, offered here when the window has it."""
WELCOME_VARIABLE = "JOURNEYMAPPER_WELCOME"
"""``0`` keeps the welcome from showing at start (the test suite)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("welcome", text)


def welcome_due(window: "MainWindow", files: list[Path]) -> bool:
    """Show the welcome at this start? Only without files, and while the user has not turned it off."""
    return not files and os.environ.get(WELCOME_VARIABLE, "1") != "0" and WELCOME_AT_START.read(window.settings)


class WelcomeDialog(QDialog):
    """Ways to start, as buttons; each does its job and closes the welcome."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(tr("Welcome to JourneyMapper"))
        self.main_window = window
        heading = QLabel("<h2>" + tr("Welcome to JourneyMapper") + "</h2>")
        intro = QLabel(tr(
            "Map how customers go through a service: its stages across, lanes of touchpoints, thoughts, "
            "pain points and opportunities down, an emotion curve per persona, and the actions that follow. "
            "Maps are plain files you keep where you like, linked into atlases; a PDF action plan goes to "
            "whoever has to act."))
        intro.setWordWrap(True)

        self.example_button = self._button("example", tr("Explore the &Example Atlas"),
                                           tr("A broadband provider's maps, already open behind this window"))
        self.new_button = self._button("new", tr("&New Map"), tr("An empty map with the usual stages and lanes"))
        template = window.findChild(QAction, TEMPLATE_ACTION)
        self.template_button: Optional[QPushButton] = None
        if template is not None:
            self.template_button = self._button("template", tr("New from &Template…"),
                                                tr("A map started from one of the templates"))
        self.open_button = self._button("open", tr("&Open…"), tr("A map or an atlas from your disk"))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(tr("Recent files"))
        recent_label = QLabel(tr("&Recent files:"))
        recent_label.setBuddy(self.recent_list)
        for path in window.recent.paths():
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent_list.addItem(item)
        self.dont_show = QCheckBox(tr("&Don't show this at start again"))
        self.dont_show.setChecked(True)
        self.dont_show.setToolTip(tr("Help > Welcome shows it again"))

        # one row per way to start, its description beside it (not only in a tooltip); the recent
        # files, when there are any, below: without them the dialog is only as tall as its content
        starts = QGridLayout()
        starts.setColumnStretch(1, 1)
        starts.setHorizontalSpacing(12)
        offered = [b for b in (self.example_button, self.new_button, self.template_button, self.open_button) if b]
        for row, button in enumerate(offered):
            starts.addWidget(button, row, 0)
            starts.addWidget(self._description(button), row, 1)
        has_recent = self.recent_list.count() > 0
        recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        if has_recent:  # up to six rows, no blank rows under a short list
            rows = min(self.recent_list.count(), 6)
            frame = 2 * self.recent_list.frameWidth()
            self.recent_list.setFixedHeight(self.recent_list.sizeHintForRow(0) * rows + frame + 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(starts)
        if has_recent:
            layout.addSpacing(6)
        layout.addWidget(recent_label)  # hidden without recent files: then they take no room
        layout.addWidget(self.recent_list)
        layout.addSpacing(6)
        bottom = QHBoxLayout()
        bottom.addWidget(self.dont_show)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(620, self.heightForWidth(620) if self.hasHeightForWidth() else self.sizeHint().height())

        files = window.file_commands
        self.example_button.clicked.connect(lambda: self._then_close(self.show_example))
        self.new_button.clicked.connect(lambda: self._then_close(files.new_map))
        if self.template_button is not None and template is not None:
            self.template_button.clicked.connect(lambda: self._then_close(template.trigger))
        self.open_button.clicked.connect(lambda: self._then_close(files.open_dialog))
        self.recent_list.itemActivated.connect(
            lambda item: self._then_close(lambda: files.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))))
        self.finished.connect(self._remember)

    def _button(self, name: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"welcome_{name}")
        button.setToolTip(description)
        button.setAccessibleDescription(description)
        return button

    def _description(self, button: QPushButton) -> QLabel:
        label = QLabel(button.accessibleDescription())
        label.setObjectName(button.objectName() + "_description")
        label.setWordWrap(True)  # in the text colour: a disabled look would read as "not available"
        label.setBuddy(button)
        return label

    def _then_close(self, action) -> None:  # noqa: ANN001 - any callable
        self.accept()  # first: an Open dialog or an error must not sit under the welcome
        action()

    def show_example(self) -> None:
        """The example atlas and its main map: brought forward if open, opened if not."""
        window = self.main_window
        dock = window.atlas_dock
        shown = getattr(dock, "path", None)
        if not (shown is not None and same_file(Path(shown), example_atlas()) and window.tab_list()):
            window.file_commands.open_example()
        dock.show()
        dock.raise_()

    def _remember(self, _result: int) -> None:
        WELCOME_AT_START.write(self.main_window.settings, not self.dont_show.isChecked())
        self.main_window.settings.sync()


class WelcomeCommands:
    """Help > Welcome and the one welcome window of a main window."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.dialog: Optional[WelcomeDialog] = None
        self.action = QAction(tr("&Welcome"), window)
        self.action.setObjectName("welcome")
        self.action.setStatusTip(tr("Ways to start: the example atlas, a new map, a template, a recent file"))
        self.action.triggered.connect(self.show)

    def show(self) -> WelcomeDialog:
        """Show the welcome (not modal: the example map stays usable behind it)."""
        if self.dialog is None:
            self.dialog = WelcomeDialog(self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def install_welcome(window: "MainWindow") -> WelcomeCommands:
    """Help > Welcome, first in the Help menu."""
    commands = WelcomeCommands(window)
    help_menu = window.menus[-1]
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, commands.action)
    return commands


def show_at_start(window: "MainWindow", files: list[Path]) -> Optional[WelcomeDialog]:
    """The welcome over the example on a first start (``run_app``); None when it is not due."""
    return window.welcome.show() if welcome_due(window, files) else None


__all__ = ["WelcomeCommands", "WelcomeDialog", "install_welcome", "show_at_start", "welcome_due"]
