"""The atlas window's parts wired into the main window: entry commands, drops, previews, watching,
the stale setting, File > Export > Atlas as PDF… and owner completion across the atlas.

``install_atlas_window(window)`` is called once from ``MainWindow.__init__``;
each part lives in its own module (``atlas_entries``, ``atlas_drop``,
``atlas_previews``, ``atlas_watch``), the dock itself only shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import QMenu

from ..atlas import AtlasSettings
from .atlas_drop import AtlasDrop
from .atlas_entries import AtlasEntryCommands
from .atlas_previews import AtlasPreviews
from .atlas_watch import AtlasWatch

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab

STALE_DAYS_KEY = "atlas/stale_days"
DEFAULT_STALE_DAYS = 180


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas_window", text)


def stale_days(settings: QSettings) -> int:
    """The user's "stale after N days" (Preferences), 180 when unset or not a whole number."""
    try:
        value = int(settings.value(STALE_DAYS_KEY, DEFAULT_STALE_DAYS))
    except (TypeError, ValueError):
        return DEFAULT_STALE_DAYS
    return value if value > 0 else DEFAULT_STALE_DAYS


@dataclass
class AtlasWindow:
    """The installed parts, kept referenced by the window (``window.atlas_window``)."""

    entries: AtlasEntryCommands
    drop: AtlasDrop
    previews: AtlasPreviews
    watch: AtlasWatch
    export_action: QAction


def install_atlas_window(window: "MainWindow") -> AtlasWindow:
    dock = window.atlas_dock
    dock.atlas_settings = lambda: AtlasSettings(stale_days=stale_days(window.settings))
    entries = AtlasEntryCommands(window, dock)
    drop = AtlasDrop(dock, entries)
    previews = AtlasPreviews(dock, dock.cache_folder)
    watch = AtlasWatch(dock, window)

    def scanned() -> None:
        if dock.index is not None:
            previews.start(dock.index.entries)
        show_selected_preview()

    def arrived(entry: str, image: QImage) -> None:
        dock.model.set_preview(entry, image)
        if entry == dock.current_entry():
            show_selected_preview()

    def show_selected_preview() -> None:
        entry = dock.current_entry()
        picture = previews.picture(entry) if entry is not None else None
        if picture is None:
            dock.preview.clear()
            dock.preview.hide()
            return
        dock.preview.setPixmap(QPixmap.fromImage(picture))
        dock.preview.setToolTip(dock.current_info().title if dock.current_info() else "")
        dock.preview.show()

    previews.ready.connect(arrived)
    dock.scanned.connect(scanned)
    dock.selection_changed.connect(show_selected_preview)

    export_action = QAction(tr("&Atlas as PDF…"), window)
    export_action.setObjectName("export_atlas_pdf")
    export_action.setToolTip(tr("The action roll-up and every map of the open atlas, in one PDF"))
    export_action.setEnabled(False)
    export_action.triggered.connect(lambda: window.export_commands.export_atlas_pdf(dock.path) if dock.path else None)
    dock.scanned.connect(lambda: export_action.setEnabled(dock.index is not None))
    export_menu: Optional[QMenu] = window.findChild(QMenu, "export_menu")
    if export_menu is not None:
        export_menu.addSeparator()
        export_menu.addAction(export_action)

    def tab_added(tab: "Tab") -> None:
        document = tab.document  # saved (clean again): its row shows it at once, even on a share
        document.file_changed.connect(lambda: None if document.modified else watch.poke())

    window.tab_added.connect(tab_added)
    window.action_panel.more_owners = lambda: list(dock.owners)
    return AtlasWindow(entries, drop, previews, watch, export_action)


__all__ = ["AtlasWindow", "STALE_DAYS_KEY", "install_atlas_window", "stale_days"]
