"""One atlas entry as the window shows it: the link, what its map says, who has it open, flags.

Plain data made by ``AtlasIndex``; the properties turn the cached metadata
(strings) into the values the GUI shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

from ..store.locks import LockInfo
from .links import Link
from .metadata import MapMeta


@dataclass
class MapRead:
    """One map file as found: its metadata, or why there is none (``broken``)."""

    meta: Optional[MapMeta] = None
    broken: Optional[str] = None
    size: Optional[int] = None
    mtime_ns: Optional[int] = None


@dataclass
class MapInfo:
    """One entry of the atlas as the window shows it."""

    path: str
    """The link as written in the atlas (what edits and the GUI refer to)."""
    link: Link
    position: int = -1
    """Index in ``atlas.entries``."""
    group: str = ""
    tags: tuple[str, ...] = ()
    read: MapRead = field(default_factory=MapRead)
    holder: Optional[LockInfo] = None
    """Who has the map open now (from its lock file)."""
    holder_unknown: bool = False
    """A lock exists but cannot be read: someone has it open."""
    open_actions: int = 0
    overdue_actions: int = 0
    stale: Optional[str] = None
    """Why the map is stale (review date passed, or not changed for N days); None if it is not."""

    @property
    def meta(self) -> Optional[MapMeta]:
        return self.read.meta

    @property
    def broken(self) -> Optional[str]:
        """Missing, unreadable or invalid (the first problem); None for a map that reads."""
        if self.read.broken:
            return self.read.broken
        if self.read.meta is not None and self.read.meta.error:
            return f"invalid: {self.read.meta.error}"
        return None

    @property
    def unresolved(self) -> Optional[str]:
        """Why the link is not followed automatically (outside, absolute, UNC, URL, invalid)."""
        return None if self.link.resolved else self.link.reason

    @property
    def problem(self) -> Optional[str]:
        return self.unresolved or self.broken

    @property
    def readable(self) -> bool:
        return self.problem is None and self.read.meta is not None

    @property
    def title(self) -> str:
        return self.meta.title if self.meta else ""

    @property
    def personas(self) -> tuple[str, ...]:
        return self.meta.personas if self.meta else ()

    @property
    def state(self) -> str:
        return self.meta.state if self.meta else ""

    @property
    def stages(self) -> int:
        return self.meta.stages if self.meta else 0

    @property
    def cards(self) -> int:
        return self.meta.cards if self.meta else 0

    @property
    def owner(self) -> str:
        return self.meta.owner if self.meta else ""

    @property
    def review_by(self) -> Optional[date]:
        return date.fromisoformat(self.meta.review_by) if self.meta and self.meta.review_by else None

    @property
    def last_change(self) -> Optional[datetime]:
        """The map's ``modified`` time, or the file's when the map does not say."""
        if self.meta and self.meta.modified:
            return datetime.fromisoformat(self.meta.modified)
        if self.read.mtime_ns is not None:
            return datetime.fromtimestamp(self.read.mtime_ns / 1e9).astimezone()
        return None

    @property
    def opened_by(self) -> Optional[str]:
        if self.holder is not None:
            return f"{self.holder.user} on {self.holder.host}"
        return "someone (unreadable lock)" if self.holder_unknown else None
