"""Shared pieces of the atlas tests (no tests here): a copy of the example atlas, a recorder of file access."""

from __future__ import annotations

import builtins
import io
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from journeymapper.resources import resources_root
from journeymapper.store import load, save
from journeymapper.store.sidefiles import is_side_file

EXAMPLE_MAPS = ("lifecycle.journey", "lifecycle-future.journey", "support-call.journey")


def example_copy(tmp_path: Path, name: str = "atlas") -> Path:
    """The bundled example atlas and its maps, copied to ``tmp_path/NAME``; returns the atlas file.

    Side files are left out: a running app with an installed map open would leave its lock there,
    and the copied lock would say the copy is open too.
    """
    folder = tmp_path / name
    shutil.copytree(resources_root() / "examples", folder,
                    ignore=lambda _folder, names: [n for n in names if is_side_file(n)])
    return folder / "broadband.atlas"


def edit_document(path: Path, change: Callable[[Any], None]) -> None:
    """Load a map or atlas, change it, save it (as a colleague's editor would)."""
    loaded = load(path)
    document = loaded.document.model_copy(deep=True)
    change(document)
    save(path, document)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every file under ``folder``."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()
    }


class PathRecorder:
    """Every path handed to the operating system while recording (stat, open, list, rename...)."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def add(self, value: Any) -> None:
        if isinstance(value, (str, bytes, os.PathLike)):
            self.paths.append(os.fsdecode(os.fspath(value)))

    def opened(self, suffix: str) -> list[str]:
        return [p for p in self.opens if p.endswith(suffix)]

    opens: list[str]


@contextmanager
def recording() -> Iterator[PathRecorder]:
    """Record the paths of os.stat/lstat/open/listdir/scandir/access/rename/... and builtins/io.open."""
    monkeypatch = pytest.MonkeyPatch()
    recorder = PathRecorder()
    recorder.opens = []
    one_path = ("stat", "lstat", "listdir", "scandir", "access", "remove", "unlink", "mkdir", "rmdir",
                "readlink", "utime", "chmod")
    two_paths = ("rename", "replace", "link", "symlink")

    def wrap_one(function: Callable[..., Any], is_open: bool = False) -> Callable[..., Any]:
        def recorded(path: Any = ".", *args: Any, **kwargs: Any) -> Any:
            recorder.add(path)
            if is_open and isinstance(path, (str, bytes, os.PathLike)):
                recorder.opens.append(os.fsdecode(os.fspath(path)))
            return function(path, *args, **kwargs)

        return recorded

    def wrap_two(function: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(source: Any, target: Any, *args: Any, **kwargs: Any) -> Any:
            recorder.add(source)
            recorder.add(target)
            return function(source, target, *args, **kwargs)

        return recorded

    for name in one_path:
        monkeypatch.setattr(os, name, wrap_one(getattr(os, name)))
    for name in two_paths:
        monkeypatch.setattr(os, name, wrap_two(getattr(os, name)))
    monkeypatch.setattr(os, "open", wrap_one(os.open, is_open=True))
    opener = wrap_one(builtins.open, is_open=True)
    monkeypatch.setattr(builtins, "open", opener)
    monkeypatch.setattr(io, "open", opener)
    try:
        yield recorder
    finally:
        monkeypatch.undo()
