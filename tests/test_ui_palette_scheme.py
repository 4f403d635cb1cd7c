"""Light and dark: the canvas follows the application palette live, and the Preferences' choice."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journeymapper.ui.appearance import apply_color_scheme, dark_palette, is_dark, light_palette
from test_ui_support import check_every_edit, map_file, no_real_dialogs, window  # noqa: F401


@pytest.fixture
def restore_palette(qapp):
    yield qapp
    apply_color_scheme(qapp, "system")
    QApplication.setPalette(QPalette())


def test_a_system_switch_to_dark_restyles_an_open_map_at_once(window, map_file, restore_palette, qtbot):
    tab = window.file_commands.open_path(map_file)
    scene = tab.view.map_scene
    light_card = scene.cards["card-ad"]._fill
    assert not scene.style.dark
    QApplication.setPalette(dark_palette())  # what Qt does when the desktop switches (ApplicationPaletteChange)
    qtbot.waitUntil(lambda: scene.style.dark, timeout=2000)
    assert scene.backgroundBrush().color() == dark_palette().color(QPalette.ColorRole.Base)
    assert scene.cards["card-ad"]._fill.lightnessF() < light_card.lightnessF(), "cards are darkened too"
    assert scene.style.text_on(scene.cards["card-ad"]._fill) == QColor("#F4F6F8"), "light text on dark cards"
    QApplication.setPalette(light_palette())
    qtbot.waitUntil(lambda: not scene.style.dark, timeout=2000)


def test_a_map_opened_while_dark_starts_dark(window, map_file, restore_palette, qtbot):
    QApplication.setPalette(dark_palette())
    tab = window.file_commands.open_path(map_file)
    assert tab.view.map_scene.style.dark


def test_the_colour_scheme_choice_is_made_through_qt_or_with_a_palette_of_ours(restore_palette):
    app = restore_palette
    apply_color_scheme(app, "dark")
    assert is_dark(app.palette())
    apply_color_scheme(app, "light")
    assert not is_dark(app.palette())
    apply_color_scheme(app, "system")
    assert not app.property("journeymapper_own_palette")


def test_the_dark_palette_reads_well(restore_palette):
    from journeymapper.layout.palette import relative_luminance

    palette = dark_palette()

    def contrast(a: QColor, b: QColor) -> float:
        la, lb = (relative_luminance(c.redF(), c.greenF(), c.blueF()) for c in (a, b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)

    role = QPalette.ColorRole
    assert contrast(palette.color(role.Text), palette.color(role.Base)) >= 7
    assert contrast(palette.color(role.WindowText), palette.color(role.Window)) >= 7
    assert contrast(palette.color(role.HighlightedText), palette.color(role.Highlight)) >= 4.5
