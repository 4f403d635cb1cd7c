"""Cycles in drill-downs: found by walking a finite graph once, never by following links.

A map may drill into a detail map that drills back into it (directly or
through others); opening drill-downs one after another would then go round
for ever. The graph's nodes are map keys (paths relative to the atlas folder);
each strongly connected part with more than one map, or a map linking to
itself, is one cycle, reported with a concrete path through it.
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Mapping


def find_cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Each cycle once, as keys ``[a, b, ..., a]`` (first repeated last), sorted; iterative, any size."""
    graph = {node: sorted(set(targets)) for node, targets in edges.items()}
    cycles = []
    for part in _strong_parts(graph):
        if len(part) == 1:
            node = next(iter(part))
            if node in graph.get(node, ()):
                cycles.append([node, node])
            continue
        cycles.append(_cycle_through(min(part), part, graph))
    return sorted(cycles)


def _strong_parts(graph: Mapping[str, list[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components, without recursion."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    parts: list[set[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = graph.get(node, [])
            if position < len(targets):
                work.append((node, position + 1))
                target = targets[position]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if work:  # returning to the caller: pass our low link up
                caller = work[-1][0]
                low[caller] = min(low[caller], low[node])
            if low[node] == index[node]:
                part = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.add(member)
                    if member == node:
                        break
                parts.append(part)
    return parts


def _cycle_through(start: str, part: set[str], graph: Mapping[str, list[str]]) -> list[str]:
    """A shortest path from ``start`` back to itself inside its strongly connected part."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in graph.get(node, []):
            if target not in part:
                continue
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if target not in came_from:
                came_from[target] = node
                queue.append(target)
    raise AssertionError("a strongly connected part always has a cycle")
