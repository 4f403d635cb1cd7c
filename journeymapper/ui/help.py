"""Help: a keyboard shortcut reference built from the real actions, and About with licences.

The reference reads the menus at the moment it opens, so it can never list a
shortcut the application does not have. Both windows are non-modal.
"""

from __future__ import annotations

import html
from typing import Optional, Sequence

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..resources import resource_path
from . import atlas_entries, personas_panel
from .actions import menu_actions

THIRD_PARTY = (
    ("Qt for Python (PySide6)", "LGPL-3.0", "https://www.qt.io/qt-for-python"),
    ("pydantic", "MIT", "https://docs.pydantic.dev"),
    ("reportlab", "BSD", "https://www.reportlab.com/opensource/"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
)
FONT_LICENCES = {
    "DejaVu": ("DejaVu fonts", "Bitstream Vera / DejaVu (free)", "https://dejavu-fonts.github.io/"),
    "DroidSansFallback": ("Droid Sans Fallback", "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
}
"""Bundled fonts by the name in their ``LICENSE-NAME.txt``; a font without an entry is still listed."""


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersands or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


FIRST_MEDIA_KEY = 0x01000060
"""Qt key codes from here on are media and application keys (Save, Copy, Zoom In...), left out of the list."""


def _typable(sequence: QKeySequence) -> bool:
    return not sequence.isEmpty() and all(sequence[i].key().value < FIRST_MEDIA_KEY for i in range(sequence.count()))


def shortcut_rows(menus: Sequence[QMenu]) -> list[tuple[str, str, str]]:
    """(menu, command, shortcuts) for every action that has a shortcut, in menu order."""
    rows = []
    for menu in menus:
        for action in menu_actions(menu):
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if _typable(k)]
            if keys:
                rows.append((plain(menu.title()), plain(action.text()), ", ".join(keys)))
    return rows


LISTS = (
    (QT_TRANSLATE_NOOP("help", "Atlas list"), atlas_entries.LIST_KEY_CONTEXT, atlas_entries.LIST_KEYS),
    (QT_TRANSLATE_NOOP("help", "Personas list"), personas_panel.LIST_KEY_CONTEXT, personas_panel.LIST_KEYS),
)
"""The docks whose lists take keys of their own while they have the focus (not in any menu)."""


def list_key_rows() -> list[tuple[str, str, str]]:
    """(list, what the key does, key) for the keys each dock's list declares and handles."""
    return [(tr(name), QCoreApplication.translate(context, what),
             QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            for name, context, keys in LISTS for _command, key, what in keys]


class ShortcutsDialog(QDialog):
    """A table of every command with a keyboard shortcut."""

    def __init__(self, menus: Sequence[QMenu], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Shortcut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for values in shortcut_rows(menus):
            self._add_row(values)
        section = self._add_row((tr("In lists (while the list has the keyboard focus)"),))
        self.table.setSpan(section, 0, 1, 3)
        font = self.table.item(section, 0).font()
        font.setBold(True)
        self.table.item(section, 0).setFont(font)
        for values in list_key_rows():
            self._add_row(values)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def _add_row(self, values: Sequence[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        return row


def about_html() -> str:
    """The About text: version, our licence, and every bundled component's licence."""
    parts = [
        f"<h2>JourneyMapper {html.escape(__version__)}</h2>",
        "<p>" + html.escape(tr("A desktop editor for customer journey maps, journey atlases and their action plans.")) + "</p>",
        "<p>" + html.escape(tr("JourneyMapper is free software under the MIT licence.")) + "</p>",
        "<p>" + html.escape(tr("Running on Qt %1 with PySide6 %2.").replace("%1", qVersion()).replace("%2", PySide6.__version__)) + "</p>",
        "<h3>" + html.escape(tr("Third-party components")) + "</h3><ul>",
    ]
    fonts = font_licences()
    components = list(THIRD_PARTY) + [FONT_LICENCES.get(key, (key, tr("see below"), "")) for key in fonts]
    for name, licence, url in components:
        link = f' (<a href="{url}">{html.escape(url)}</a>)' if url else ""
        parts.append(f"<li>{html.escape(name)}: {html.escape(licence)}{link}</li>")
    parts.append("</ul>")
    for key, text in fonts.items():
        name = FONT_LICENCES.get(key, (key,))[0]
        parts.append("<h3>" + html.escape(tr("%1 licence").replace("%1", name)) + f"</h3><pre>{html.escape(text)}</pre>")
    return "".join(parts)


def font_licences() -> dict[str, str]:
    """The licence text of every bundled font, by the name in ``LICENSE-NAME.txt``."""
    try:
        files = sorted(resource_path("fonts").glob("LICENSE-*.txt"))
    except OSError:
        return {}
    licences = {}
    for path in files:
        try:
            licences[path.stem[len("LICENSE-"):]] = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return licences


class AboutDialog(QDialog):
    """Version and licences, in a scrollable window that does not block the map."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About JourneyMapper"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(tr("About JourneyMapper"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)
