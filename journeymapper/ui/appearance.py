"""Light or dark: follow the system, or the user's choice in Preferences.

Everything the app draws takes its colours from the palette (the canvas
restyles on ``QEvent.PaletteChange``), so following the system needs nothing
but leaving Qt's palette alone: Windows, macOS and the Linux desktops' Qt
themes hand over a dark palette when the system is dark, and a new one when
the user switches. A forced choice first asks Qt
(``QStyleHints.setColorScheme``, Qt 6.8+); where the platform does not honour
it (plain X11 or Wayland without a desktop theme, offscreen), the app sets a
light or dark palette of its own, and ``system`` removes it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

_OWN_PALETTE = "journeymapper_own_palette"
"""An application property: true while the palette is ours rather than the platform's."""

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (contrast of text on base about 15:1)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette(QColor("#353535"), QColor("#2d2d2d"))
    colours = {
        role.Window: "#2d2d2d", role.WindowText: "#ececec", role.Base: "#1f1f1f", role.AlternateBase: "#282828",
        role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#ececec", role.PlaceholderText: "#8f8f8f",
        role.Text: "#ececec", role.Button: "#353535", role.ButtonText: "#ececec", role.BrightText: "#ff7b72",
        role.Light: "#505050", role.Midlight: "#424242", role.Mid: "#262626", role.Dark: "#1a1a1a",
        role.Shadow: "#000000", role.Highlight: "#3874d8", role.HighlightedText: "#ffffff",
        role.Link: "#7aaef7", role.LinkVisited: "#b99cf0",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    palette.setColor(group.Disabled, role.Highlight, QColor("#4a4a4a"))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette (a light window colour makes Qt derive white bases and dark text)."""
    palette = QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def error_ink(palette: QPalette) -> QColor:
    """A red that reads on this palette's window: dark red on light, light red on dark."""
    return QColor("#FF8A80") if is_dark(palette) else QColor("#B3261E")


class ProblemLabel(QLabel):
    """A word-wrapped message in red, shown only while it has text. Its red follows the colour
    scheme (a fixed dark red could hardly be read on the dark scheme)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._follow_palette()
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _follow_palette(self) -> None:
        palette = self.palette()
        ink = error_ink(palette)
        if palette.color(QPalette.ColorRole.WindowText) != ink:  # setting it sends PaletteChange again
            palette.setColor(QPalette.ColorRole.WindowText, ink)
            self.setPalette(palette)


def apply_color_scheme(app: QGuiApplication, scheme: str) -> None:
    """``system``, ``light`` or ``dark``: through Qt where the platform honours it, else a palette of ours."""
    hints = app.styleHints()
    wanted = _SCHEMES.get(scheme)
    if wanted is None:
        hints.unsetColorScheme()
        if app.property(_OWN_PALETTE):
            app.setProperty(_OWN_PALETTE, False)
            app.setPalette(QPalette())  # back to the platform's palette
        return
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted and is_dark(app.palette()) == (scheme == "dark"):
        if app.property(_OWN_PALETTE):
            app.setProperty(_OWN_PALETTE, False)
            app.setPalette(QPalette())
        return
    app.setProperty(_OWN_PALETTE, True)
    app.setPalette(dark_palette() if scheme == "dark" else light_palette())


__all__ = ["ProblemLabel", "apply_color_scheme", "dark_palette", "error_ink", "is_dark", "light_palette"]
