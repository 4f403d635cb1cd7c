"""Everything wrong with an atlas's links, as located problems: for ``atlas check`` and the window.

Problems: broken entries (missing, unreadable, invalid maps), links that are
not followed automatically (listed, never resolved), entries naming one file
twice (also when only letter case differs), broken or hostile drill-downs and
drill-down cycles. Warnings (which do not make the check fail): stale maps and
maps in the folder that the atlas does not list. Drill-downs are walked
breadth-first over a visited set, bounded, so no link is followed twice.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Optional

from ..model.invariants import same_path_key
from .graph import find_cycles
from .index import AtlasIndex

MAX_MAPS = 10_000
"""Maps visited through drill-downs, at most (entries included)."""


@dataclass(frozen=True)
class CheckProblem:
    file: str
    """The file the problem is in, relative to the atlas's folder (the atlas's own name for the atlas)."""
    location: str
    message: str
    warning: bool = False

    def line(self, prefix: str = "") -> str:
        """``FILE: LOCATION: MESSAGE`` (``prefix`` is prepended to the file, e.g. the atlas's folder)."""
        where = f"{prefix}{self.file}: {self.location}: " if self.location else f"{prefix}{self.file}: "
        return ("warning: " if self.warning else "") + where + self.message


def check_links(index: AtlasIndex, *, unlisted: bool = True) -> list[CheckProblem]:
    """Problems first (in atlas order), then warnings. Every map is read strictly (``AtlasIndex.verify``)."""
    index.verify()
    problems = _entry_problems(index)
    edges, drill_problems = _drilldowns(index)
    problems += drill_problems
    problems += [
        CheckProblem(index.atlas_key, "", "drill-down cycle: " + " -> ".join(cycle)) for cycle in find_cycles(edges)
    ]
    for info in index.entries:
        if info.stale and info.link.key:
            problems.append(CheckProblem(info.link.key, "", f"stale: {info.stale}", warning=True))
    if unlisted:
        problems += [
            CheckProblem(key, "", "not in the atlas (add it with: journeymapper atlas add)", warning=True)
            for key in index.unlisted()
        ]
    if index.cache is not None:
        index.cache.save(prune=False)  # keeps maps reached only through drill-downs, read just now
    return problems


def drilldown_graph(index: AtlasIndex) -> dict[str, list[str]]:
    """Map key -> keys its drill-downs lead to (inside the folder, readable or not)."""
    return _drilldowns(index)[0]


def _entry_problems(index: AtlasIndex) -> list[CheckProblem]:
    problems = []
    first_of: dict[str, tuple[int, str]] = {}
    for info in index.entries:
        where = f"entries[{info.position}].path"
        if info.problem:
            problems.append(CheckProblem(index.atlas_key, where, f"{info.path!r}: {info.problem}"))
        same = (info.link.key or same_path_key(info.path)).casefold()
        if same in first_of:
            position, other = first_of[same]
            case = " (they differ only in letter case)" if same_path_key(other) != same_path_key(info.path) else ""
            problems.append(CheckProblem(index.atlas_key, where,
                                         f"{info.path!r} names the same file as entries[{position}]{case}"))
        else:
            first_of[same] = (info.position, info.path)
    return problems


def _drilldowns(index: AtlasIndex) -> tuple[dict[str, list[str]], list[CheckProblem]]:
    edges: dict[str, list[str]] = {}
    problems: list[CheckProblem] = []
    queue = deque(info.link.key for info in index.entries if info.link.key)
    seen: set[str] = set(queue)
    while queue and len(edges) < MAX_MAPS:
        key = queue.popleft()
        meta = index.read(key).meta
        if meta is None or meta.error:
            continue
        targets = edges.setdefault(key, [])
        for drill in meta.drilldowns:
            link = index.follow(drill.link, key)
            problem: Optional[str] = link.reason or None
            if link.key is not None:
                targets.append(link.key)
                found = index.read(link.key)
                problem = found.broken or (f"invalid: {found.meta.error}" if found.meta and found.meta.error else None)
                if link.key not in seen:
                    seen.add(link.key)
                    queue.append(link.key)
            if problem:
                problems.append(CheckProblem(key, drill.location, f"{drill.link!r}: {problem}"))
    return edges, problems
