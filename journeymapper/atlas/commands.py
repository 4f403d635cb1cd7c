"""``journeymapper atlas list|check|search|add|move``: the atlas layer on the command line.

Each prints one line per map, hit or problem (``FILE: LOCATION: REASON``,
files shown as the user typed the atlas's path), exits 0 when all is well and
1 when there is a problem, and never prints a traceback. ``cli.py`` holds the
parser; these are the bodies.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any, Callable

from ..store import ConflictError, DocumentError, SaveError
from .check import check_links
from .edit import AtlasEditError, AtlasEditor, EditReport
from .index import AtlasIndex, AtlasSettings, MapInfo
from .links import key_of
from .search import SearchFilters, search_atlas

EXIT_OK = 0
EXIT_PROBLEMS = 1


def run(args: argparse.Namespace) -> int:
    """Run ``args.atlas_command``; every failure becomes lines and exit status 1."""
    command = COMMANDS[args.atlas_command]
    try:
        return command(args)
    except DocumentError as error:
        for line in error.lines():
            print(line)
    except AtlasEditError as error:
        for line in error.lines:
            print(f"{args.atlas}: {line}")
    except (ConflictError, SaveError) as error:
        print(f"{args.atlas}: {error}")
    except Exception as error:  # noqa: BLE001 - a bug of ours: one line, never a traceback
        print(f"{args.atlas}: the command failed ({type(error).__name__}: {error})")
    return EXIT_PROBLEMS


def _index(args: argparse.Namespace) -> AtlasIndex:
    settings = AtlasSettings(stale_days=getattr(args, "stale_days", None) or AtlasSettings.stale_days)
    return AtlasIndex.open(Path(args.atlas), today=getattr(args, "today", None), settings=settings)


def _prefix(args: argparse.Namespace) -> str:
    folder = os.path.dirname(args.atlas)
    return os.path.join(folder, "") if folder else ""


def _list(args: argparse.Namespace) -> int:
    index = _index(args)
    if args.json:
        print(json.dumps([_as_json(info) for info in index.entries], indent=2, ensure_ascii=False))
        return EXIT_OK
    for info in index.entries:
        columns = [info.path]
        if info.meta is not None and not info.meta.error:
            columns += [info.title or "(untitled)", f"{info.cards} cards",
                        f"{info.open_actions} open, {info.overdue_actions} overdue actions"]
        flags = [f"not opened: {info.unresolved}"] if info.unresolved else []
        flags += [f"broken: {info.broken}"] if info.broken else []
        flags += [f"stale: {info.stale}"] if info.stale else []
        flags += [f"open by {info.opened_by}"] if info.opened_by else []
        print("\t".join(columns + flags))
    return EXIT_OK


def _as_json(info: MapInfo) -> dict[str, Any]:
    last = info.last_change
    return {
        "path": info.path, "group": info.group, "tags": list(info.tags), "title": info.title,
        "personas": list(info.personas), "state": info.state, "stages": info.stages, "cards": info.cards,
        "open_actions": info.open_actions, "overdue_actions": info.overdue_actions, "owner": info.owner,
        "last_change": last.isoformat() if last else None,
        "review_by": info.review_by.isoformat() if info.review_by else None,
        "open_by": info.opened_by, "stale": info.stale, "broken": info.broken, "not_opened": info.unresolved,
    }


def _check(args: argparse.Namespace) -> int:
    index = _index(args)
    problems = check_links(index)
    for problem in problems:
        print(problem.line(_prefix(args)))
    failures = [p for p in problems if not p.warning]
    if not failures:
        print(f"{args.atlas}: {len(index.entries)} maps, no problems")
    return EXIT_PROBLEMS if failures else EXIT_OK


def _search(args: argparse.Namespace) -> int:
    index = _index(args)
    filters = SearchFilters(persona=args.persona, channel=args.channel, owner=args.owner, status=args.status,
                            state=args.state, kinds=frozenset(args.kind) if args.kind else None)
    for hit in search_atlas(index, args.text, filters, limit=args.limit):
        print(f"{_prefix(args)}{hit.map_path}: {hit.kind} {hit.id} ({hit.field}): {hit.snippet}")
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    editor = AtlasEditor.open(Path(args.atlas))
    files = [_existing(name, editor) for name in args.maps]
    return _report(editor.add(files, group=args.group, tags=args.tag or ()), args)


def _existing(name: str, editor: AtlasEditor) -> Path:
    """A map named as a path from here or, failing that, relative to the atlas's folder."""
    here = Path(name)
    beside = editor.root / name
    return beside if not here.exists() and not here.is_absolute() and beside.exists() else here


def _move(args: argparse.Namespace) -> int:
    editor = AtlasEditor.open(Path(args.atlas))
    old, new = _move_paths(editor, args.old, args.new)
    return _report(editor.move(old, new, force=args.force), args)


def _move_paths(editor: AtlasEditor, old: str, new: str) -> tuple[str, str]:
    """OLD as written in the atlas (then NEW is relative to the atlas too) or as a file path (NEW too)."""
    try:
        editor.position(old)
        return old, new
    except AtlasEditError:
        pass
    old_key, new_key = key_of(old, editor.root), key_of(new, editor.root)
    try:
        editor.position(old_key or old)
    except AtlasEditError:
        raise AtlasEditError(f"{old!r} is not an entry of the atlas") from None
    if new_key is None:
        raise AtlasEditError(f"{new}: not inside the atlas's folder {editor.root}")
    return old_key or old, new_key


def _report(report: EditReport, args: argparse.Namespace) -> int:
    for line in report.done:
        print(f"{args.atlas}: {line}")
    for line in report.problems:
        print(f"{args.atlas}: {line}")
    return EXIT_PROBLEMS if report.problems else EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _list, "check": _check, "search": _search, "add": _add, "move": _move,
}
