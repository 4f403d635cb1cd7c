"""Breadcrumbs: the way down the drill-downs to a map, shown above its canvas, and the way back up.

A map opened by following a drill-down remembers the maps above it (its
trail, kept per tab). The bar above its canvas shows ``Atlas › Lifecycle ›
Support call``; clicking a crumb goes back up to that map's tab, opening it
again if it was closed, and Alt+Up goes one level up. The trail names files,
not tabs, so it survives closing the maps above.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from .map_sources import MapSources

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab

ATLAS = -1
"""The index ``crumb_clicked`` gives for the atlas crumb."""


def tr(text: str) -> str:
    return QCoreApplication.translate("breadcrumbs", text)


@dataclass(frozen=True)
class Crumb:
    """One map above the current one: its file and its title when it was left."""

    path: Path
    title: str


class BreadcrumbBar(QWidget):
    """``Atlas › Lifecycle › Support call``: every crumb but the last is a button."""

    crumb_clicked = Signal(int)
    """The index of the crumb in the trail, or ATLAS for the atlas crumb."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumbs")
        self.setAccessibleName(tr("Breadcrumbs: the maps above this one"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        self._texts: list[str] = []

    def show_trail(self, atlas_title: Optional[str], titles: Sequence[str], current: str) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self._texts = ([tr("Atlas")] if atlas_title is not None else []) + [*titles, current]
        if atlas_title is not None:
            self._add_button(tr("Atlas"), ATLAS, tr("Show the atlas: %1").replace("%1", atlas_title))
        for index, title in enumerate(titles):
            self._add_button(title, index, tr("Back up to “%1”").replace("%1", title))
        here = QLabel(f"<b>{_escaped(current)}</b>", self)
        here.setTextFormat(Qt.TextFormat.RichText)
        here.setContentsMargins(4, 0, 0, 0)  # as far from its "›" as the buttons' text is from theirs
        here.setAccessibleName(tr("This map: %1").replace("%1", current))
        self._layout.addWidget(here)
        self._layout.addStretch(1)

    def _add_button(self, text: str, index: int, tip: str) -> None:
        button = QToolButton(self)
        button.setText(text.replace("&", "&&"))
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setObjectName(f"crumb_{'atlas' if index == ATLAS else index}")
        button.clicked.connect(lambda _checked=False, i=index: self.crumb_clicked.emit(i))
        self._layout.addWidget(button)
        self.buttons.append(button)
        self._layout.addWidget(_separator(self))

    def texts(self) -> list[str]:
        """What the bar reads, crumb by crumb (tests and screen readers)."""
        return list(self._texts)


def _separator(parent: QWidget) -> QLabel:
    label = QLabel("›", parent)
    label.setAccessibleName("")
    return label


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Breadcrumbs:
    """The trail of each tab, its bar, and going back up (crumb clicks and the Up One Level action)."""

    def __init__(self, window: "MainWindow", sources: MapSources) -> None:
        self.window = window
        self.sources = sources
        self._trails: dict["Tab", list[Crumb]] = {}
        self._bars: dict["Tab", BreadcrumbBar] = {}
        self.trail_changed: Callable[[], None] = lambda: None
        """Called when a tab's trail is set (Up One Level is enabled only with a level up)."""

    def trail(self, tab: "Tab") -> list[Crumb]:
        return list(self._trails.get(tab, ()))

    def set_trail(self, tab: "Tab", crumbs: Sequence[Crumb]) -> None:
        self._forget_closed()
        self._trails[tab] = list(crumbs)
        self.show(tab)
        self.trail_changed()

    def descend(self, parent: "Tab", child: "Tab") -> None:
        """``child`` was opened from a drill-down in ``parent``: its trail is parent's plus parent."""
        path = self.sources.file_of(parent)
        crumbs = self.trail(parent)
        if path is not None:
            crumbs.append(Crumb(path, parent.document.display_name))
        self.set_trail(child, crumbs)

    def show(self, tab: "Tab") -> None:
        """Show (or hide, with no trail) the bar above the tab's canvas."""
        crumbs = self._trails.get(tab, [])
        bar = self._bars.get(tab)
        if not crumbs:
            if bar is not None:
                bar.hide()
            return
        if bar is None:
            bar = self._bars[tab] = BreadcrumbBar(tab.page)
            bar.crumb_clicked.connect(lambda index, t=tab: self.go_to(t, index))
            layout = tab.page.layout()
            layout.insertWidget(layout.indexOf(tab.view), bar)
        index = self.window.atlas_dock.index
        atlas_title = (index.atlas.title or index.path.name) if index is not None else None
        bar.show_trail(atlas_title, [self._title(crumb) for crumb in crumbs], tab.document.display_name)
        bar.show()

    def bar(self, tab: "Tab") -> Optional[BreadcrumbBar]:
        bar = self._bars.get(tab)
        return bar if bar is not None and not bar.isHidden() else None

    def _title(self, crumb: Crumb) -> str:
        """The crumb's map's title now if it is open (it may have been renamed), else as it was."""
        tab = self.sources.tab_for(crumb.path)
        return tab.document.display_name if tab is not None else crumb.title

    def go_to(self, tab: "Tab", index: int) -> Optional["Tab"]:
        """Back up to crumb ``index`` of ``tab``'s trail (ATLAS: show the atlas); returns the map's tab."""
        if index == ATLAS:
            dock = self.window.atlas_dock
            dock.show()
            dock.raise_()
            dock.tree.setFocus()
            return None
        crumbs = self.trail(tab)
        if not 0 <= index < len(crumbs):
            return None
        target = self.sources.open(crumbs[index].path)
        if target is not None:
            self.set_trail(target, crumbs[:index])
            self.window.show_tab(target)
        return target

    def up(self) -> Optional["Tab"]:
        """One level up from the current map (Alt+Up)."""
        tab = self.window.current_tab()
        if tab is None:
            return None
        crumbs = self.trail(tab)
        if not crumbs:
            self.window.statusBar().showMessage(tr("This map was not opened from a drill-down: there is no level up."),
                                                5000)
            return None
        return self.go_to(tab, len(crumbs) - 1)

    def _forget_closed(self) -> None:
        alive = set(self.window.tab_list())
        for tab in [t for t in self._trails if t not in alive]:
            del self._trails[tab]
            self._bars.pop(tab, None)
