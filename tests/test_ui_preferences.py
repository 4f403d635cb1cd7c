"""Edit > Preferences: stored in the settings, shown in a dialog, applied at once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from journeymapper.editor import edits
from journeymapper.export.options import Paper
from journeymapper.store import save
from journeymapper.ui import MainWindow
from test_atlas_support import example_copy
from journeymapper.ui.preferences_store import (
    AUTOSAVE_IDLE,
    AUTOSAVE_INTERVAL,
    COLOR_SCHEME,
    PAPER,
    PODIUM,
    RECENT_LIMIT,
    STALE_DAYS,
    Preferences,
)
from test_ui_support import check_every_edit, map_file, no_real_dialogs, small_map, window  # noqa: F401


def open_preferences(window: MainWindow):
    action = window.findChild(QAction, "preferences")
    action.trigger()
    dialog = window.preferences.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def set_spin(spin, value: int) -> None:
    """Type a value and press Enter, as a person would (the spin boxes apply on Enter, not per digit)."""
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(value))
    QTest.keyClick(spin, Qt.Key.Key_Return)


def test_preferences_is_in_the_edit_menu_with_the_preferences_role_and_ctrl_comma(window):
    action = window.findChild(QAction, "preferences")
    assert action in window.menus[1].actions()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole  # the application menu on a Mac
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
    assert action.shortcuts()[0] == expected[0]
    if sys.platform != "darwin":
        assert QKeySequence("Ctrl+,") in action.shortcuts()


def test_defaults_when_nothing_is_stored_and_bad_values_fall_back(tmp_path):
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert RECENT_LIMIT.read(settings) == 10
    assert AUTOSAVE_IDLE.read(settings) == 3 and AUTOSAVE_INTERVAL.read(settings) == 60
    assert STALE_DAYS.read(settings) == 180
    assert PODIUM.read(settings) is True
    assert COLOR_SCHEME.read(settings) == "system"
    assert PAPER.read(settings) in (Paper.A4, Paper.LETTER)
    for pref, bad in ((RECENT_LIMIT, "lots"), (AUTOSAVE_IDLE, 0), (STALE_DAYS, -5), (COLOR_SCHEME, "purple"),
                      (PAPER, "b5")):
        settings.setValue(pref.key, bad)
        assert pref.read(settings) == pref.default(), pref.key


def test_values_survive_in_the_settings_file_with_their_types(tmp_path):
    path = tmp_path / "prefs.ini"
    preferences = Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    changed: list[str] = []
    preferences.changed.connect(changed.append)
    preferences.set(STALE_DAYS, 90)
    preferences.set(PODIUM, False)
    preferences.set(PAPER, Paper.LETTER)
    preferences.set(STALE_DAYS, 90)  # the same value: no change signalled
    assert changed == ["atlas/stale_days", "workshop/highlight_top_votes", "export/paper"]
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert STALE_DAYS.read(again) == 90 and PODIUM.read(again) is False and PAPER.read(again) is Paper.LETTER
    assert "stale_days=90" in path.read_text()


def test_the_dialog_shows_the_stored_values(window):
    window.settings.setValue("atlas/stale_days", 45)
    window.settings.setValue("export/paper", "a3")
    dialog = open_preferences(window)
    assert dialog.stale_days.value() == 45
    assert dialog.paper.currentData() == "a3"
    assert dialog.autosave_idle.value() == 3 and dialog.autosave_interval.value() == 60


def test_stale_days_are_written_for_the_atlas_dock(window):
    dialog = open_preferences(window)
    set_spin(dialog.stale_days, 30)
    assert window.settings.value("atlas/stale_days") in (30, "30")
    assert STALE_DAYS.read(window.settings) == 30


def test_a_new_stale_period_shows_in_the_open_atlas_at_once(window, qtbot, tmp_path):
    import os
    import time

    from journeymapper.resources import example_atlas
    from journeymapper.ui.atlas_model import Column

    folder = example_copy(tmp_path).parent
    old = time.time() - 40 * 86400
    for file in folder.glob("*.journey"):
        os.utime(file, (old, old))
    dock = window.atlas_dock
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.open_atlas(folder / example_atlas().name)

    def flags() -> str:
        item = dock.model.row_of("support-call.journey")
        return item.parent().child(item.row(), Column.FLAGS).text()

    assert "Stale" not in flags()
    dialog = open_preferences(window)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        set_spin(dialog.stale_days, 30)
    assert "Stale" in flags(), "no need to reopen the atlas"


def test_autosave_timing_applies_live_to_open_maps(window, map_file):
    tab = window.file_commands.open_path(map_file)
    dialog = open_preferences(window)
    set_spin(dialog.autosave_idle, 10)
    set_spin(dialog.autosave_interval, 120)
    assert (window.autosave.idle, window.autosave.interval) == (10, 120)
    tracked = window.autosave._documents[tab.document]
    assert (tracked.autosaver.idle, tracked.autosaver.interval) == (10, 120)
    assert dialog.autosave_idle.minimum() >= 1, "autosave cannot be turned off: recovery is made of its copies"


def test_autosave_cannot_be_set_below_its_minimum(window):
    dialog = open_preferences(window)
    set_spin(dialog.autosave_idle, 0)
    assert dialog.autosave_idle.value() >= 1
    assert AUTOSAVE_IDLE.read(window.settings) >= 1


def test_recent_files_limit_trims_the_list_and_clear_empties_it(window, tmp_path):
    paths = []
    for number in range(4):
        path = tmp_path / f"map{number}.journey"
        save(path, small_map())
        window.recent.add(path)
        paths.append(path)
    dialog = open_preferences(window)
    set_spin(dialog.recent_limit, 2)
    assert dialog.isVisible(), "Enter applied the value and left the dialog open"
    assert window.recent.paths() == [paths[3], paths[2]]
    assert len([a for a in window.recent_menu.actions() if a.data()]) == 2
    window.recent.add(paths[0])
    assert window.recent.paths() == [paths[0], paths[3]]
    assert dialog.clear_recent.isEnabled()
    QTest.mouseClick(dialog.clear_recent, Qt.MouseButton.LeftButton)
    assert window.recent.paths() == []
    assert not dialog.clear_recent.isEnabled()


def test_paper_is_one_setting_for_preferences_export_and_print(window, map_file):
    window.file_commands.open_path(map_file)
    dialog = open_preferences(window)
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.LETTER.value))
    assert window.export_commands.options.paper is Paper.LETTER
    export = window.export_commands.export_pdf()
    assert export.paper.currentData() == Paper.LETTER.value
    export.close()
    preview = window.export_commands.print_map()
    from journeymapper.ui.print_preview import paper_of

    assert paper_of(preview.printer) is Paper.LETTER
    preview.close()
    # a paper chosen for one export becomes the default, and Preferences shows it
    export = window.export_commands.export_pdf()
    export.paper.setCurrentIndex(export.paper.findData(Paper.A3.value))
    window.close_tab(window.tabs.currentIndex())  # the map goes: Export… stores the choice, exports nothing
    export.buttons.button(export.buttons.StandardButton.Ok).click()
    assert PAPER.read(window.settings) is Paper.A3
    dialog.load()
    assert dialog.paper.currentData() == Paper.A3.value


def test_a_new_window_starts_exports_on_the_preferred_paper(window, qtbot):
    Preferences(window.settings).set(PAPER, Paper.A3)
    second = MainWindow(settings=window.settings)
    qtbot.addWidget(second)
    assert second.export_commands.options.paper is Paper.A3


def test_top_three_ring_follows_the_preference_and_the_workshop_menu(window, map_file):
    tab = window.file_commands.open_path(map_file)
    edits.set_card_fields(tab.document, "card-ad", votes=3)
    dialog = open_preferences(window)
    assert dialog.podium.isChecked()
    dialog.podium.setChecked(False)
    assert not window.workshop.actions["highlight_votes"].isChecked()
    assert tab.view.map_scene.cards["card-ad"].place == 0
    window.workshop.actions["highlight_votes"].setChecked(True)
    assert PODIUM.read(window.settings) is True
    dialog.load()
    assert dialog.podium.isChecked()


def test_reset_layout_brings_back_hidden_docks_and_forgets_the_saved_layout(window):
    window.settings.setValue("window/state", window.saveState())
    window.inspector.hide()
    window.atlas_dock.setFloating(True)
    dialog = open_preferences(window)
    QTest.mouseClick(dialog.reset_layout, Qt.MouseButton.LeftButton)
    assert window.inspector.isVisible()
    assert not window.atlas_dock.isFloating()
    assert window.settings.value("window/state") is None


def test_colour_scheme_preference_switches_the_canvas_to_dark_and_back(window, map_file, qapp, qtbot):
    tab = window.file_commands.open_path(map_file)
    assert not tab.view.map_scene.style.dark
    dialog = open_preferences(window)
    try:
        dialog.color_scheme.setCurrentIndex(dialog.color_scheme.findData("dark"))
        assert COLOR_SCHEME.read(window.settings) == "dark"
        qtbot.waitUntil(lambda: tab.view.map_scene.style.dark, timeout=2000)  # the canvas restyles
        dialog.color_scheme.setCurrentIndex(dialog.color_scheme.findData("system"))
        qtbot.waitUntil(lambda: not tab.view.map_scene.style.dark, timeout=2000)
    finally:
        from journeymapper.ui.appearance import apply_color_scheme

        apply_color_scheme(qapp, "system")


def test_every_field_of_the_dialog_has_a_name_for_screen_readers(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel

    dialog = open_preferences(window)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for widget in dialog.findChildren(QAbstractSpinBox) + dialog.findChildren(QComboBox):
        assert widget.accessibleName() or widget in buddies, widget
    for button in dialog.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName(), button


def test_number_fields_are_as_narrow_as_their_numbers(window, qtbot):
    dialog = open_preferences(window)
    qtbot.waitExposed(dialog)
    for spin in (dialog.recent_limit, dialog.autosave_idle, dialog.autosave_interval, dialog.stale_days):
        assert spin.width() <= spin.sizeHint().width() + 4, spin.accessibleName()
