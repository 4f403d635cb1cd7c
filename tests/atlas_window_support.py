"""Shared pieces of the atlas window tests: a copy of the example atlas, problems recorded, waiting for scans."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from journeymapper.store import ATLAS_FORMAT, load
from journeymapper.ui import atlas_prompts
from test_atlas_support import example_copy


@pytest.fixture
def atlas(tmp_path: Path) -> Path:
    """A writable copy of the example atlas (the installed one is read-only).

    Side files are left out: another run of the app may have an installed map open, and its lock
    copied here would say the copy is open too.
    """
    return example_copy(tmp_path, "examples")


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Every problem message shown (heading, lines), instead of a window."""
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(atlas_prompts, "show_problems", lambda parent, heading, lines: shown.append((heading, lines)))
    return shown


def opened(qtbot: Any, window: Any, atlas: Path) -> Any:
    """The window's atlas dock showing ``atlas``, its scan done."""
    dock = window.atlas_dock
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.open_atlas(atlas)
    return dock


def rescanned(qtbot: Any, dock: Any, action: Callable[[], Any]) -> Any:
    """Run ``action()`` (an edit that re-reads the atlas) and wait for the list to show the result."""
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        return action()


def entries(atlas: Path) -> list[str]:
    """The entries' paths as saved in the atlas file."""
    return [e.path for e in load(atlas, ATLAS_FORMAT).document.entries]
