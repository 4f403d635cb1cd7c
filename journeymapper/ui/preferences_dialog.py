"""Edit > Preferences…: the user's settings, applied as they are changed.

``install_preferences(window)`` gives the window its :class:`Preferences`, the
menu command (Ctrl+, ; in the application menu on a Mac) and what makes each
change take effect at once: the recent files list, the default paper, the
autosave delays, the colour scheme, the top-three vote ring. The dialog has no
OK/Cancel, like the preferences of the desktops it runs on: a change is made
when it is made, and Close closes.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..export.options import Paper
from .actions import assign_free_shortcuts
from .appearance import apply_color_scheme
from .preferences_store import (
    AUTOSAVE_IDLE,
    AUTOSAVE_IDLE_RANGE,
    AUTOSAVE_INTERVAL,
    AUTOSAVE_INTERVAL_RANGE,
    COLOR_SCHEME,
    PAPER,
    PODIUM,
    RECENT_LIMIT,
    RECENT_LIMIT_RANGE,
    STALE_DAYS,
    STALE_DAYS_RANGE,
    Preferences,
)

if TYPE_CHECKING:
    from .main_window import MainWindow

PREFERENCES_KEYS = ("Ctrl+,",)
"""Where the platform has no standard Preferences key (Qt gives Cmd+, on a Mac)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("preferences", text)


def _spin(low_high: tuple[int, int], suffix: str, accessible: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*low_high)
    spin.setSuffix(suffix)
    spin.setAccessibleName(accessible)
    spin.setKeyboardTracking(False)  # applied on Enter, arrows or leaving the field, not per digit
    return spin


class PreferencesDialog(QDialog):
    """The form; each control writes its preference through ``Preferences.set`` as it changes."""

    def __init__(self, window: "MainWindow", preferences: Preferences) -> None:
        super().__init__(window)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(tr("Preferences"))
        self.window_ = window
        self.preferences = preferences

        self.recent_limit = _spin(RECENT_LIMIT_RANGE, "", tr("Recent files to remember"))
        self.clear_recent = QPushButton(tr("C&lear Recent Files"))
        self.clear_recent.setAccessibleDescription(tr("Empties File > Open Recent"))
        self.reset_layout = QPushButton(tr("&Reset Window Layout"))
        self.reset_layout.setAccessibleDescription(tr("Puts the docks and the window size back as on the first start"))
        self.color_scheme = QComboBox()
        self.color_scheme.setAccessibleName(tr("Colour scheme"))
        for value, label in (("system", tr("As the system")), ("light", tr("Light")), ("dark", tr("Dark"))):
            self.color_scheme.addItem(label, value)
        self.paper = QComboBox()
        self.paper.setAccessibleName(tr("Paper size for PDF export and printing"))
        for paper in Paper:
            self.paper.addItem(paper.label, paper.value)
        self.autosave_idle = _spin(AUTOSAVE_IDLE_RANGE, tr(" s"), tr("Autosave after this many seconds without edits"))
        self.autosave_interval = _spin(AUTOSAVE_INTERVAL_RANGE, tr(" s"),
                                       tr("Autosave at least this often while editing, in seconds"))
        self.stale_days = _spin(STALE_DAYS_RANGE, tr(" days"), tr("Days after which an unchanged map is stale"))
        self.podium = QCheckBox(tr("Ring the &top three cards by votes"))
        self.podium.setAccessibleName(tr("Ring the top three cards by votes"))

        files = QFormLayout()
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent_limit)
        recent_row.addWidget(self.clear_recent)
        recent_row.addStretch(1)
        files.addRow(self._label(tr("Recent &files to remember:"), self.recent_limit), recent_row)
        files.addRow(self._label(tr("Default &paper:"), self.paper), self.paper)
        files.addRow(self._label(tr("&Autosave after:"), self.autosave_idle), self._with_note(
            self.autosave_idle, tr("without edits")))
        files.addRow(self._label(tr("and at least &every:"), self.autosave_interval), self._with_note(
            self.autosave_interval, tr("while editing")))
        note = QLabel(tr("Autosave keeps recovery copies in your own data folder, never beside the map; "
                         "it cannot be turned off, since recovery after a crash is made from these copies."))
        note.setWordWrap(True)
        files.addRow(note)
        appearance = QFormLayout()
        appearance.addRow(self._label(tr("&Colour scheme:"), self.color_scheme), self.color_scheme)
        appearance.addRow("", self.reset_layout)
        maps = QFormLayout()
        stale_row = QHBoxLayout()  # as narrow as the other number fields, not stretched across the dialog
        stale_row.addWidget(self.stale_days)
        stale_row.addStretch(1)
        maps.addRow(self._label(tr("Atlas: map is &stale after:"), self.stale_days), stale_row)
        maps.addRow("", self.podium)

        layout = QVBoxLayout(self)
        for title, form in ((tr("Files"), files), (tr("Window"), appearance), (tr("Maps and workshops"), maps)):
            box = QGroupBox(title)
            box.setLayout(form)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        for button in (self.clear_recent, self.reset_layout, buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)  # Enter in a field applies it: it must not clear the list or close

        self.load()
        self.recent_limit.valueChanged.connect(lambda value: preferences.set(RECENT_LIMIT, value))
        self.clear_recent.clicked.connect(window.recent.clear)
        self.reset_layout.clicked.connect(window.reset_layout)
        self.color_scheme.currentIndexChanged.connect(
            lambda _i: preferences.set(COLOR_SCHEME, self.color_scheme.currentData()))
        self.paper.currentIndexChanged.connect(lambda _i: preferences.set(PAPER, Paper(self.paper.currentData())))
        self.autosave_idle.valueChanged.connect(lambda value: preferences.set(AUTOSAVE_IDLE, value))
        self.autosave_interval.valueChanged.connect(lambda value: preferences.set(AUTOSAVE_INTERVAL, value))
        self.stale_days.valueChanged.connect(lambda value: preferences.set(STALE_DAYS, value))
        self.podium.toggled.connect(lambda on: preferences.set(PODIUM, on))
        window.recent.changed.connect(self._recent_changed)
        self._recent_changed()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # the mnemonic focuses the field; screen readers name it by this label
        return label

    def _with_note(self, field: QWidget, note: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field)
        row.addWidget(QLabel(note))
        row.addStretch(1)
        return row

    def load(self) -> None:
        """Show the stored values (also what the Workshop menu or an export changed meanwhile)."""
        p = self.preferences
        self.recent_limit.setValue(p.get(RECENT_LIMIT))
        self.color_scheme.setCurrentIndex(max(0, self.color_scheme.findData(p.get(COLOR_SCHEME))))
        self.paper.setCurrentIndex(max(0, self.paper.findData(p.get(PAPER).value)))
        self.autosave_idle.setValue(p.get(AUTOSAVE_IDLE))
        self.autosave_interval.setValue(p.get(AUTOSAVE_INTERVAL))
        self.stale_days.setValue(p.get(STALE_DAYS))
        self.podium.setChecked(p.get(PODIUM))

    def _recent_changed(self) -> None:
        self.clear_recent.setEnabled(bool(self.window_.recent.paths()))


class PreferencesCommands:
    """What ``install_preferences`` adds to a window: the store, the action and the open dialog."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.store = Preferences(window.settings, window)
        self.dialog: Optional[PreferencesDialog] = None
        self.action = QAction(tr("Pr&eferences…"), window)  # "&F" is Find's in the Edit menu
        self.action.setObjectName("preferences")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.action.setStatusTip(tr("Recent files, paper, autosave, colours and window layout"))
        self.action.triggered.connect(self.show_dialog)
        self.store.changed.connect(self.apply)

    def show_dialog(self) -> PreferencesDialog:
        """One dialog per window, brought forward (with fresh values) when asked again."""
        if self.dialog is None:
            self.dialog = PreferencesDialog(self.window, self.store)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        else:
            self.dialog.load()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def apply(self, key: str) -> None:
        """Make a changed preference take effect in the running window."""
        window, store = self.window, self.store
        if key == RECENT_LIMIT.key:
            window.recent.trim()
        elif key == PAPER.key:
            exports = window.export_commands
            exports.options = dataclasses.replace(exports.options, paper=store.get(PAPER))
        elif key in (AUTOSAVE_IDLE.key, AUTOSAVE_INTERVAL.key):
            window.autosave.set_timing(store.get(AUTOSAVE_IDLE), store.get(AUTOSAVE_INTERVAL))
        elif key == COLOR_SCHEME.key:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_color_scheme(app, store.get(COLOR_SCHEME))
        elif key == STALE_DAYS.key:
            window.atlas_dock.refresh()  # the Stale flags follow at once, not at the next scan
        elif key == PODIUM.key:
            workshop = getattr(window, "workshop", None)
            if workshop is not None:
                workshop.actions["highlight_votes"].setChecked(store.get(PODIUM))


def install_preferences(window: "MainWindow") -> PreferencesCommands:
    """Edit > Preferences… (the application menu on a Mac), applying each change at once."""
    commands = PreferencesCommands(window)
    edit_menu = window.menus[1]
    edit_menu.addSeparator()
    edit_menu.addAction(commands.action)
    others = [a for a in window.findChildren(QAction) if a is not commands.action]
    assign_free_shortcuts([(commands.action, PREFERENCES_KEYS)], others)
    return commands


__all__ = ["PreferencesCommands", "PreferencesDialog", "install_preferences"]
