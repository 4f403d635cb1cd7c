"""Working across the maps of an atlas: drill-downs, breadcrumbs, current/future side by side,
the search filters and the action roll-up.

``install_atlas_navigation(window)`` wires the pieces (each in its own module)
into the main window: the commands into the View and Edit menus and the
canvas's right-click menu, each new tab's canvas to the drill-down badges,
the breadcrumb bar of the current map, the search's persona and owner
choices after each scan, and the roll-up dock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from ..atlas import AtlasIndex

from .atlas_rollup import RollupDock, install_rollup
from .breadcrumbs import Breadcrumbs
from .drilldown import DrilldownCommands
from .map_sources import MapSources
from .pairs import PairCommands

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


@dataclass
class AtlasNavigation:
    sources: MapSources
    crumbs: Breadcrumbs
    drilldown: DrilldownCommands
    pairs: PairCommands
    rollup: RollupDock


def install_atlas_navigation(window: "MainWindow") -> AtlasNavigation:
    sources = MapSources(window)
    crumbs = Breadcrumbs(window, sources)
    drilldown = DrilldownCommands(window, sources, crumbs)
    drilldown.up.triggered.connect(lambda: crumbs.up())
    pairs = PairCommands(window, sources)
    edit_menu, view_menu = window.menus[1], window.menus[2]
    view_menu.addSeparator()
    view_menu.addActions([drilldown.open, drilldown.up, pairs.open_current_pair, pairs.unsplit])
    edit_menu.addSeparator()
    edit_menu.addActions([drilldown.link, drilldown.unlink])
    window.context_menu.aboutToShow.connect(lambda: drilldown.extend_menu(window.context_menu))

    def update() -> None:
        drilldown.update_actions()
        pairs.update_actions()
        tab = window.current_tab()
        if tab is not None:
            crumbs.show(tab)

    def added(tab: "Tab") -> None:
        drilldown.watch(tab)
        update()

    for tab in window.tab_list():
        drilldown.watch(tab)
    window.tab_added.connect(added)
    window.panes.current_changed.connect(update)
    atlas = window.atlas_dock
    atlas.scanned.connect(update)
    atlas.scanned.connect(lambda: atlas.search.set_choices(search_personas(atlas.index), atlas.owners))
    rollup = install_rollup(window, sources)
    update()
    return AtlasNavigation(sources, crumbs, drilldown, pairs, rollup)


def search_personas(index: Optional[AtlasIndex]) -> list[str]:
    """Every persona named in the atlas's library or in its maps (the search's persona choices)."""
    if index is None:
        return []
    return [p.name for p in index.atlas.personas] + [name for info in index.entries for name in info.personas]
