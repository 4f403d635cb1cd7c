"""One atlas entry as the window shows it: the link, what its map says, who has it open, flags.

Made by ``AtlasIndex``; the properties turn the cached metadata (strings) into
the values the GUI shows. Opening a large atlas again must cost little more
than looking at each map's size and time, so an entry is a small object with
``__slots__`` and everything else is worked out when first asked for, once:
the metadata is decoded from its cache line (``MapRead.meta``), the link
object made, open and overdue actions counted and staleness judged.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Optional

from ..store.locks import LockInfo
from .links import Link, LinkKind
from .metadata import MapMeta

Loader = Callable[["MapRead", Any], None]
"""Fills a read's metadata (or ``broken``) from what was left pending (the cache line...)."""


class MapRead:
    """One map file as found: its metadata, or why there is none (``broken``).

    The metadata may be pending: ``MapRead(size=..., mtime_ns=..., pending=(loader, data))``
    calls ``loader(read, data)`` on first access of ``meta`` or ``broken``.
    """

    __slots__ = ("_meta", "_broken", "size", "mtime_ns", "_pending")

    def __init__(
        self,
        meta: Optional[MapMeta] = None,
        broken: Optional[str] = None,
        size: Optional[int] = None,
        mtime_ns: Optional[int] = None,
        pending: Optional[tuple[Loader, Any]] = None,
    ) -> None:
        self._meta = meta
        self._broken = broken
        self.size = size
        self.mtime_ns = mtime_ns
        self._pending = pending

    def _resolve(self) -> None:
        pending = self._pending
        if pending is not None:
            pending[0](self, pending[1])  # sets meta or broken, which clears ``_pending``
            self._pending = None  # (if the loader set neither)

    @property
    def meta(self) -> Optional[MapMeta]:
        if self._pending is not None:
            self._resolve()
        return self._meta

    @meta.setter
    def meta(self, value: Optional[MapMeta]) -> None:
        self._pending = None
        self._meta = value

    @property
    def broken(self) -> Optional[str]:
        """Missing or unreadable (the reason); None when the file was read."""
        if self._pending is not None:
            self._resolve()
        return self._broken

    @broken.setter
    def broken(self, value: Optional[str]) -> None:
        self._pending = None
        self._broken = value

    @property
    def pending(self) -> bool:
        """The metadata has not been decoded yet (it is known to be in the cache)."""
        return self._pending is not None

    def _fields(self) -> tuple[Any, ...]:
        return (self.meta, self.broken, self.size, self.mtime_ns)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MapRead) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it replaced

    def __repr__(self) -> str:
        if self._pending is not None:
            return f"MapRead(<pending>, size={self.size}, mtime_ns={self.mtime_ns})"
        return f"MapRead(meta={self._meta!r}, broken={self._broken!r}, size={self.size}, mtime_ns={self.mtime_ns})"


class EntryContext:
    """What every entry of one scan shares: the atlas's folder, the day, the staleness setting, the reader.

    ``reader(key)`` gives the ``MapRead`` of a map (the index's ``read``): a
    scanned entry asks for it when first needed.
    """

    __slots__ = ("root", "today", "today_text", "stale_days", "reader", "rows")

    def __init__(self, root: Path, today: date, stale_days: int,
                 reader: Optional[Callable[[str], MapRead]] = None, rows: Optional[Any] = None) -> None:
        self.root = root
        self.today = today
        self.today_text = today.isoformat()
        self.stale_days = stale_days
        self.reader = reader
        self.rows = rows
        """The atlas's rows (``cache.AtlasRows``): a scanned entry's group and tags are taken from them when asked."""

    def judge(self, meta: Optional[MapMeta], mtime_ns: Optional[int]) -> tuple[int, int, Optional[str]]:
        """Open actions, overdue actions, and why the map is stale (None if it is not)."""
        if meta is None or meta.error:
            return 0, 0, None
        today = self.today_text
        overdue = sum(1 for due in meta.open_due if due is not None and due < today)
        return len(meta.open_due), overdue, self.stale(meta, mtime_ns)

    def stale(self, meta: MapMeta, mtime_ns: Optional[int]) -> Optional[str]:
        if meta.review_by and meta.review_by < self.today_text:
            return f"review date {meta.review_by} has passed"
        if meta.modified:
            last = datetime.fromisoformat(meta.modified).date()
        elif mtime_ns is not None:
            last = date.fromtimestamp(mtime_ns / 1e9)
        else:
            return None
        days = (self.today - last).days
        return f"not changed for {days} days" if days >= self.stale_days else None


class MapInfo:
    """One entry of the atlas as the window shows it.

    Made either with every value given (``MapInfo(path, link, position, group,
    tags, read, holder, holder_unknown, open_actions, overdue_actions, stale)``)
    or, by a scan, with an ``EntryContext`` and the link's ``key``: then the
    link, the action counts and the staleness are worked out when first read.
    """

    __slots__ = ("path", "position", "_group", "_tags", "_read", "holder", "holder_unknown",
                 "_link", "_key", "_context", "_judged")

    def __init__(
        self,
        path: str,
        link: Optional[Link] = None,
        position: int = -1,
        group: str = "",
        tags: tuple[str, ...] = (),
        read: Optional[MapRead] = None,
        holder: Optional[LockInfo] = None,
        holder_unknown: bool = False,
        open_actions: int = 0,
        overdue_actions: int = 0,
        stale: Optional[str] = None,
        context: Optional[EntryContext] = None,
        key: Optional[str] = None,
    ) -> None:
        self.path = path
        """The link as written in the atlas (what edits and the GUI refer to)."""
        self._link = link
        self.position = position
        """Index in ``atlas.entries``."""
        self._group: Optional[str] = group
        self._tags: Optional[tuple[str, ...]] = tags
        self._read = read if read is not None or context is not None else MapRead()
        self.holder = holder
        """Who has the map open now (from its lock file)."""
        self.holder_unknown = holder_unknown
        """A lock exists but cannot be read: someone has it open."""
        self._key = key
        self._context = context
        self._judged = None if context is not None else (open_actions, overdue_actions, stale)

    @property
    def group(self) -> str:
        group = self._group
        if group is None:
            assert self._context is not None and self._context.rows is not None
            group = self._group = self._context.rows.groups[self.position]
        return group

    @group.setter
    def group(self, value: str) -> None:
        self._group = value

    @property
    def tags(self) -> tuple[str, ...]:
        tags = self._tags
        if tags is None:
            assert self._context is not None and self._context.rows is not None
            tags = self._tags = self._context.rows.tags[self.position]
        return tags

    @tags.setter
    def tags(self, value: tuple[str, ...]) -> None:
        self._tags = value

    @property
    def read(self) -> MapRead:
        """The map file as found (its metadata, or why there is none)."""
        read = self._read
        if read is None:
            assert self._key is not None and self._context is not None and self._context.reader is not None
            read = self._read = self._context.reader(self._key)
        return read

    @read.setter
    def read(self, value: MapRead) -> None:
        self._read = value

    @property
    def link(self) -> Link:
        link = self._link
        if link is None:
            assert self._key is not None and self._context is not None, "a MapInfo needs a link or a key"
            link = self._link = Link(self.path, LinkKind.INSIDE, key=self._key, root=self._context.root)
        return link

    @link.setter
    def link(self, value: Link) -> None:
        self._link = value

    def _judgement(self) -> tuple[int, int, Optional[str]]:
        judged = self._judged
        if judged is None:
            assert self._context is not None
            judged = self._judged = self._context.judge(self.meta, self.read.mtime_ns)
        return judged

    @property
    def open_actions(self) -> int:
        return self._judgement()[0]

    @open_actions.setter
    def open_actions(self, value: int) -> None:
        self._judged = (value, *self._judgement()[1:])

    @property
    def overdue_actions(self) -> int:
        return self._judgement()[1]

    @overdue_actions.setter
    def overdue_actions(self, value: int) -> None:
        opened, _, stale = self._judgement()
        self._judged = (opened, value, stale)

    @property
    def stale(self) -> Optional[str]:
        """Why the map is stale (review date passed, or not changed for N days); None if it is not."""
        return self._judgement()[2]

    @stale.setter
    def stale(self, value: Optional[str]) -> None:
        self._judged = (*self._judgement()[:2], value)

    def _forget_judgement(self) -> None:
        """The metadata changed (a strict reading replaced it): judge again when asked."""
        if self._context is not None:
            self._judged = None

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

    def _fields(self) -> tuple[Any, ...]:
        return (self.path, self.link, self.position, self.group, self.tags, self.read, self.holder,
                self.holder_unknown, self.open_actions, self.overdue_actions, self.stale)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MapInfo) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it replaced

    def __repr__(self) -> str:
        return f"MapInfo(path={self.path!r}, position={self.position}, group={self.group!r}, read={self.read!r})"


_new = object.__new__


def scanned_info(
    path: str, position: int, context: EntryContext, key: str, group: Optional[str] = None,
    tags: Optional[tuple[str, ...]] = None, holder: Optional[LockInfo] = None, holder_unknown: bool = False,
) -> MapInfo:
    """A scanned entry whose read, link, counts and staleness (and group and tags, unless given) are
    worked out when first asked for.

    Made without ``__init__`` (half the cost): a warm open makes one per map
    and is meant to cost little more than a stat per map.
    """
    info = _new(MapInfo)
    info.path, info.position, info._group, info._tags = path, position, group, tags
    info.holder, info.holder_unknown = holder, holder_unknown
    info._read, info._link, info._key, info._context, info._judged = None, None, key, context, None
    return info


def pending_read(size: int, mtime_ns: int, loader: Loader, data: Any) -> MapRead:
    """A read whose metadata ``loader(read, data)`` fills when first asked for (a cache line to decode)."""
    return MapRead(size=size, mtime_ns=mtime_ns, pending=(loader, data))
