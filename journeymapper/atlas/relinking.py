"""Keeping links right when a map moves: rewrite drill-downs, carry side files, respect locks.

Links are relative to the file holding them, so moving a map changes two sets
of links: other maps' drill-downs that named it, and its own drill-downs (now
written from another folder). Only links inside the atlas's folder are
followed; links to outside keep their target, hostile ones (absolute, UNC,
URL) are left exactly as written.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from typing import Iterator, Mapping, Optional, Union

from ..model import Card, JourneyMap, Stage
from ..store.locks import LockUnreadable, read_lock
from ..store.sidefiles import backup_path, history_dir
from .links import LinkKind, link_form, link_text, resolve_link

Holder = Union[Stage, Card]


def drilldown_holders(journey: JourneyMap) -> Iterator[tuple[str, Holder]]:
    """``(location, stage or card)`` for each drill-down of a map."""
    for index, stage in enumerate(journey.stages):
        if stage.drilldown:
            yield f"stages[{index}].drilldown", stage
    for index, card in enumerate(journey.cards):
        if card.drilldown:
            yield f"cards[{index}].drilldown", card


def retarget(
    journey: JourneyMap, old_holder: str, new_holder: str, moves: Mapping[str, str], root: Path
) -> list[str]:
    """Rewrite ``journey``'s drill-downs in place; returns the locations changed.

    ``old_holder``/``new_holder``: the map's key before and after (equal unless
    this map itself moves). ``moves`` maps old target keys to new ones; a key
    is matched exactly, else ignoring letter case (Windows and macOS folders).
    """
    folded = {old.casefold(): new for old, new in moves.items()}
    changed = []
    for location, holder in drilldown_holders(journey):
        text = holder.drilldown or ""
        link = resolve_link(text, old_holder, root)
        if link.key is not None:
            target = moves.get(link.key) or folded.get(link.key.casefold()) or link.key
            if target == link.key and new_holder == old_holder:
                continue
            written = link_text(target, new_holder)
        elif link.kind is LinkKind.OUTSIDE and new_holder != old_holder and link_form(text)[0] is LinkKind.INSIDE:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(old_holder), text))
            written = posixpath.relpath(target, posixpath.dirname(new_holder) or ".")
        else:
            continue
        if written != text:
            holder.drilldown = written
            changed.append(location)
    return changed


def mentions(raw: bytes, name: str) -> bool:
    """Whether a map's bytes may hold a link to a file called ``name`` (a cheap filter before parsing).

    Only trusted for plain ASCII names that JSON writes as they are; otherwise True.
    """
    if not name.isascii() or any(c in name for c in '"\\') or any(ord(c) < 32 for c in name):
        return True
    return name.lower().encode("ascii") in raw.lower()


def side_files(document: Path) -> list[Path]:
    """The side files that travel with a map: ``NAME.bak``, ``NAME.vX.Y.bak``, ``NAME.history/``."""
    found = [p for p in (backup_path(document), history_dir(document)) if os.path.lexists(p)]
    prefix = f"{document.name}.v"
    try:
        names = os.listdir(document.parent)
    except OSError:
        names = []
    found += [document.parent / n for n in sorted(names) if n.startswith(prefix) and n.endswith(".bak")]
    return found


def side_file_target(side: Path, old: Path, new: Path) -> Path:
    """Where a side file of ``old`` goes when the map becomes ``new`` (same suffix after the name)."""
    return new.with_name(new.name + side.name[len(old.name):])


def rename_all(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each pair in order; on a failure, undo those done and raise the OSError."""
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            os.rename(source, target)
            done.append((source, target))
    except OSError:
        for source, target in reversed(done):
            try:
                os.rename(target, source)
            except OSError:
                pass
        raise


def open_by(file: Path) -> Optional[str]:
    """Why ``file`` must not be changed now (someone has it open), or None."""
    try:
        holder = read_lock(file, retries=0)
    except LockUnreadable:
        return f"{file.name} has a lock file that cannot be read: someone may have it open"
    except OSError as error:
        return f"cannot tell whether {file.name} is open: {error.strerror or error}"
    if holder is None:
        return None
    return f"{file.name} is open in JourneyMapper by {holder.user} on {holder.host} (since {holder.opened})"
