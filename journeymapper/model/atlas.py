"""The atlas: an index of map files, grouped, with current/future pairs and a persona library.

The atlas holds links and structure only; metadata shown about each map is read
from the maps and cached in the user's cache folder, so that opening a shared
atlas never writes to it.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from .base import Identifier, ModelBase, new_id
from .journey import LongText, Persona, RelativeLink, ShortText, Tag


class AtlasEntry(ModelBase):
    """One map of the atlas, by path relative to the atlas file."""

    path: RelativeLink
    group: Annotated[str, StringConstraints(max_length=200)] = ""
    tags: list[Tag] = Field(default_factory=list)


class MapPair(ModelBase):
    """A current-state map and its future-state version (paths as in the entries)."""

    current: RelativeLink
    future: RelativeLink


class Atlas(ModelBase):
    """The whole content of a ``.atlas`` file (less format and version)."""

    id: Identifier = Field(default_factory=lambda: new_id("atlas"))
    title: ShortText = ""
    description: LongText = ""
    entries: list[AtlasEntry] = Field(default_factory=list)
    pairs: list[MapPair] = Field(default_factory=list)
    personas: list[Persona] = Field(default_factory=list)

    def entry(self, path: str) -> AtlasEntry | None:
        return next((e for e in self.entries if e.path == path), None)
