"""The headless atlas layer: a map of maps over a shared folder. No Qt.

- ``links``: classify and resolve links safely (hostile ones are never touched);
- ``index``: ``AtlasIndex``, an opened atlas with each map's metadata (read-only);
- ``cache``: the metadata cache in the user's cache folder;
- ``edit``/``move``: ``AtlasEditor``, every change saved safely, links kept on moves;
- ``search``, ``rollup``, ``check``: across all maps of the atlas.
"""

from .cache import MetadataCache
from .check import CheckProblem, check_links, drilldown_graph
from .edit import AtlasEditError, AtlasEditor, EditReport
from .graph import find_cycles
from .index import AtlasIndex, AtlasSettings, MapInfo, MapRead
from .links import Link, LinkKind, link_form, resolve_explicitly, resolve_link
from .metadata import MapMeta
from .newmap import new_journey
from .rollup import RolledAction, action_rollup, atlas_owners
from .search import SearchFilters, SearchHit, search_atlas

__all__ = [
    "AtlasEditError", "AtlasEditor", "AtlasIndex", "AtlasSettings", "CheckProblem", "EditReport", "Link",
    "LinkKind", "MapInfo", "MapMeta", "MapRead", "MetadataCache", "RolledAction", "SearchFilters", "SearchHit",
    "action_rollup", "atlas_owners", "check_links", "drilldown_graph", "find_cycles", "link_form",
    "new_journey", "resolve_explicitly", "resolve_link", "search_atlas",
]
