"""Search every map of an atlas at once: cards, pain points, channels, personas, owners, actions.

A hit names its map (the entry's path, as the atlas writes it), what it is
(``kind``), the id to select, the field that matched and a snippet, so the GUI
can open the map with the card (or action, persona) selected. Maps are read
through the index's parsed-map LRU; unreadable and unresolved maps are skipped
(the list shows them as broken). Matching ignores letter case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..model import ActionStatus, Channel, JourneyMap, LaneKind, MapState
from ..store import DocumentError
from .index import AtlasIndex, MapInfo

KINDS = ("card", "pain_point", "persona", "action", "map")
SNIPPET = 80


@dataclass(frozen=True)
class SearchFilters:
    """All given filters must hold. Names compare ignoring case; enums accept their values."""

    persona: Optional[str] = None
    """A persona id or name: only maps with that persona (and, for persona hits, only it)."""
    channel: Optional[Channel] = None
    """Only cards of this channel."""
    owner: Optional[str] = None
    """Actions owned by this person; other hits: maps owned by them."""
    status: Optional[ActionStatus] = None
    """Only actions with this status."""
    state: Optional[MapState] = None
    """Only current-state or only future-state maps."""
    kinds: Optional[frozenset[str]] = None
    """Only these kinds of hit (``KINDS``)."""


@dataclass(frozen=True)
class SearchHit:
    map_path: str
    """The entry's path as written in the atlas."""
    file: Path
    map_title: str
    kind: str
    """``card``, ``pain_point`` (a card in a pain-points lane), ``persona``, ``action`` or ``map``."""
    id: str
    """The card's, action's, persona's or map's id: what the GUI selects."""
    field: str
    """Which field matched (``text``, ``notes``, ``channel``, ``owner``, ``name``...)."""
    snippet: str


def search_atlas(
    index: AtlasIndex, text: str = "", filters: SearchFilters = SearchFilters(), limit: int = 1000
) -> list[SearchHit]:
    """Hits in atlas order, map by map; at most ``limit``. An empty ``text`` lists everything the filters allow."""
    needle = text.strip().casefold()
    hits: list[SearchHit] = []
    for info in index.readable():
        try:
            journey = index.document(info)
        except (DocumentError, OSError, ValueError):
            continue
        if not _map_allowed(journey, filters):
            continue
        for hit in _map_hits(info, journey, needle, filters):
            if filters.kinds is None or hit.kind in filters.kinds:
                hits.append(hit)
                if len(hits) >= limit:
                    return hits
    return hits


def _map_allowed(journey: JourneyMap, filters: SearchFilters) -> bool:
    if filters.state is not None and journey.state is not filters.state:
        return False
    if filters.persona is not None and not any(_is_persona(p.id, p.name, filters.persona) for p in journey.personas):
        return False
    return True


def _is_persona(persona_id: str, name: str, wanted: str) -> bool:
    return persona_id == wanted or name.strip().casefold() == wanted.strip().casefold()


def _same(first: str, second: Optional[str]) -> bool:
    return second is None or first.strip().casefold() == second.strip().casefold()


def _map_hits(info: MapInfo, journey: JourneyMap, needle: str, filters: SearchFilters) -> Iterator[SearchHit]:
    def hit(kind: str, item_id: str, fields: Iterable[tuple[str, str]]) -> Optional[SearchHit]:
        fields = list(fields)
        if not needle:
            name, value = next(((n, v) for n, v in fields if v), fields[0])
            return SearchHit(info.path, info.link.file or Path(), journey.title, kind, item_id, name, _short(value))
        for name, value in fields:
            snippet = _snippet(value, needle)
            if snippet is not None:
                return SearchHit(info.path, info.link.file or Path(), journey.title, kind, item_id, name, snippet)
        return None

    cards_allowed = filters.status is None and _same(journey.owner, filters.owner)
    if cards_allowed and filters.channel is None:
        found = hit("map", journey.id, [("title", journey.title), ("owner", journey.owner),
                                        ("description", journey.description)])
        if found:
            yield found
    if cards_allowed and filters.channel is None:
        for persona in journey.personas:
            if filters.persona is None or _is_persona(persona.id, persona.name, filters.persona):
                fields = [("name", persona.name), ("role", persona.role), ("quote", persona.quote)]
                fields += [("goals", g) for g in persona.goals] + [("needs", n) for n in persona.needs]
                fields += [("frustrations", f) for f in persona.frustrations]
                found = hit("persona", persona.id, fields)
                if found:
                    yield found
    if cards_allowed:
        pains = {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}
        for card in journey.cards:
            if filters.channel is not None and card.channel is not filters.channel:
                continue
            channel = card.channel.value if card.channel else ""
            found = hit("pain_point" if card.lane in pains else "card", card.id,
                        [("text", card.text), ("notes", card.notes), ("channel", channel)])
            if found:
                yield found
    if filters.channel is None:
        for action in journey.actions:
            if not _same(action.owner, filters.owner) or (filters.status and action.status is not filters.status):
                continue
            found = hit("action", action.id, [("title", action.title), ("description", action.description),
                                              ("owner", action.owner)])
            if found:
                yield found


def _snippet(value: str, needle: str) -> Optional[str]:
    """The matching part of ``value`` with some context, or None when it does not match."""
    if not value:
        return None
    where = value.casefold().find(needle)
    if where < 0:
        return None
    start = max(0, where - SNIPPET // 3)
    end = min(len(value), start + SNIPPET)
    text = " ".join(value[start:end].split())
    return ("…" if start > 0 else "") + text + ("…" if end < len(value) else "")


def _short(value: str) -> str:
    text = " ".join(value.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
