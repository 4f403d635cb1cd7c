"""Making atlas changes for the dock's commands: off the UI thread, reported, refreshed, undoable.

Every change goes through ``AtlasEditor`` (atlas/edit.py, atlas/move.py), which
saves safely and refuses to overwrite a colleague's change. ``AtlasChanges``
runs it in a worker (the window keeps painting), shows what went wrong naming
the file, re-reads the atlas into the dock, and pushes the Undo step
(``atlas_undo``):

- a change of the atlas file only (add, remove, group, tags) is undone by
  writing back the atlas as it was, only if nobody changed it since;
- a move is undone by moving back (links follow again);
- a new or duplicated map is undone by taking it out and deleting its file,
  only while the file is still exactly as it was created;
- a title written into a map nobody has open is undone by writing the old one
  back, only while the map still has the new title.

A map open in a tab is closed before its file moves (refused when it has
unsaved changes) and reopened at its new place.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Sequence, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from ..atlas import AtlasEditError, AtlasEditor, EditReport
from ..atlas.links import key_file
from ..atlas.relinking import open_by
from ..model import Atlas
from ..model.invariants import same_path_key
from ..store import MAP_FORMAT, ConflictError, DocumentError, FileHooks, SafeFile
from ..store.sidefiles import MAP_SUFFIX
from . import atlas_prompts
from .atlas_undo import AtlasUndo
from .io_worker import IoQueue

if TYPE_CHECKING:
    from .atlas_dock import AtlasDock
    from .main_window import MainWindow

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas_changes", text)


def unique_key(root: Path, key: str) -> str:
    """``key``, or ``key`` with "-2", "-3"… before the suffix, naming no file in ``root`` yet."""
    stem = key[: -len(MAP_SUFFIX)] if key.endswith(MAP_SUFFIX) else key
    candidate, number = stem + MAP_SUFFIX, 2
    while os.path.lexists(key_file(root, candidate)):
        candidate = f"{stem}-{number}{MAP_SUFFIX}"
        number += 1
    return candidate


def write_title(file: Path, title: str, hooks: FileHooks, expected: Optional[str] = None) -> None:
    """Change the title inside a map nobody has open, through the safe save (conflict-checked).

    With ``expected``, only while the map's title is still that (an undo must not overwrite a later change).
    """
    reason = open_by(file)
    if reason:
        raise AtlasEditError(reason, "the title was not changed")
    safe = SafeFile.open(file, MAP_FORMAT, hooks=replace(hooks, locking=False))
    journey = safe.loaded.document.model_copy(deep=True)
    if expected is not None and journey.title != expected:
        raise AtlasEditError(f"{file.name}: its title was changed since (now {journey.title!r}); not undone")
    journey.title = title
    safe.save(journey)


def copy_into(files: Sequence[Path], root: Path) -> list[Path]:
    """Copy maps from outside into the atlas's folder under names not taken yet; the copies."""
    copies = []
    for file in files:
        target = key_file(root, unique_key(root, file.name))
        with open(file, "rb") as source, open(target, "xb") as out:  # "x": never over an existing file
            shutil.copyfileobj(source, out)
        copies.append(target)
    return copies


def _delete_if_unchanged(file: Path, content: bytes) -> None:
    try:
        with open(file, "rb") as stream:
            now = stream.read(len(content) + 1)
    except FileNotFoundError:
        return
    if now != content:
        raise AtlasEditError(f"{file.name} was changed since it was made: it is kept; remove it from the atlas instead")
    os.remove(file)


def _write_new(file: Path, content: bytes) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(file, "xb") as out:
            out.write(content)
    except FileExistsError:
        raise AtlasEditError(f"{file.name} exists again: not made again") from None


class AtlasChanges(QObject):
    """Runs atlas edits for the dock's commands, and makes their Undo steps."""

    def __init__(self, window: "MainWindow", dock: "AtlasDock") -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.io = IoQueue(self, window.file_commands.progress)
        self.undo = AtlasUndo(window, dock)
        self.last_report: Optional[EditReport] = None

    @property
    def hooks(self) -> FileHooks:
        return self.window.file_commands.hooks

    # --- running --------------------------------------------------------------------------------

    def edit(self, work: Callable[[AtlasEditor], T], label: str, select: Optional[str] = None,
             undo_text: Optional[str] = None) -> Optional[T]:
        """``work(editor)`` off the UI thread; problems shown naming the file; the dock re-reads the atlas.

        With ``undo_text``, a change of the atlas file is pushed as an undo step (the atlas as it was,
        and as it is now, both read from disk). None when nothing was done.
        """
        path = self.dock.path
        assert path is not None
        hooks = self.hooks
        snapshots: dict[str, Atlas] = {}

        def job() -> T:
            editor = AtlasEditor.open(path, hooks)
            before = editor.atlas.model_copy(deep=True)
            result = work(editor)
            if undo_text is not None:
                snapshots.update(before=before, after=AtlasEditor.open(path, hooks).atlas)
            return result

        result = self.run(job, label, path.name)
        if isinstance(result, EditReport):
            self._report(result)
        if snapshots and snapshots["before"] != snapshots["after"] and undo_text is not None:
            before, after = snapshots["before"], snapshots["after"]
            self.undo.push(undo_text, lambda: self.restore(after, before, select),
                           lambda: self.restore(before, after, select))
        self.dock.refresh(select=select if result is not None else None)
        return result

    def run(self, work: Callable[[], T], label: str, name: str) -> Optional[T]:
        """``work()`` in the worker; None (and a message naming the file) when it failed."""
        try:
            return self.io.run(work, label)
        except AtlasEditError as error:
            self.problems(tr("Nothing was changed in %1:").replace("%1", name), error.lines)
        except ConflictError as error:
            self.problems(tr("%1 was changed by someone else since it was read.").replace("%1", error.path.name),
                          [tr("Nothing was overwritten: look at the list and try again.")])
        except DocumentError as error:
            self.problems(tr("Nothing was changed:"), error.lines())
        except OSError as error:
            self.problems(tr("Nothing was changed in %1:").replace("%1", name),
                          [f"{getattr(error, 'filename', None) or name}: {error.strerror or error}"])
        return None

    def _report(self, report: EditReport) -> None:
        self.last_report = report
        if report.problems:
            self.problems(tr("Done, except:"), report.problems)
        if report.done:
            self.window.statusBar().showMessage("; ".join(report.done), 10000)

    def problems(self, heading: str, lines: Sequence[str]) -> None:
        atlas_prompts.show_problems(self.window, heading, list(lines))
        self.window.statusBar().showMessage(" ".join([heading, *lines]), 10000)

    # --- undo steps -------------------------------------------------------------------------------

    def restore(self, expected: Atlas, target: Atlas, select: Optional[str]) -> bool:
        """Write ``target`` as the atlas, only if it is still ``expected`` on disk."""
        name = self.dock.path.name if self.dock.path is not None else ""

        def work(editor: AtlasEditor) -> bool:
            if editor.atlas != expected:
                raise AtlasEditError(f"{name} was changed since: this step cannot be undone or redone")
            editor.commit(target.model_copy(deep=True))
            return True

        return bool(self.edit(work, tr("Undoing…"), select=select))

    def push_created(self, text: str, file: Path, key: str) -> None:
        """Undo for a new (or duplicated) map: out of the atlas, and its file deleted while unchanged."""
        path = self.dock.path
        hooks = self.hooks
        if path is None:
            return
        found = self.run(lambda: (file.read_bytes(), AtlasEditor.open(path, hooks).atlas), tr("Reading…"), file.name)
        if found is None:
            return
        content, after = found
        before = after.model_copy(deep=True)
        before.entries = [e for e in before.entries if same_path_key(e.path) != same_path_key(key)]

        def undo_step() -> bool:
            if self.release_tab(file) is None:
                return False
            return bool(self.edit(lambda editor: self._uncreate(editor, after, before, file, content),
                                  tr("Undoing…")))

        def redo_step() -> bool:
            return bool(self.edit(lambda editor: self._recreate(editor, before, after, file, content), tr("Redoing…"),
                                  select=key))

        self.undo.push(text, undo_step, redo_step)

    @staticmethod
    def _uncreate(editor: AtlasEditor, expected: Atlas, target: Atlas, file: Path, content: bytes) -> bool:
        if editor.atlas != expected:
            raise AtlasEditError(f"{editor.path.name} was changed since: this step cannot be undone")
        with open(file, "rb") as stream:
            if stream.read(len(content) + 1) != content:
                raise AtlasEditError(f"{file.name} was changed since it was made: remove it from the atlas instead")
        editor.commit(target.model_copy(deep=True))
        _delete_if_unchanged(file, content)
        return True

    @staticmethod
    def _recreate(editor: AtlasEditor, expected: Atlas, target: Atlas, file: Path, content: bytes) -> bool:
        if editor.atlas != expected:
            raise AtlasEditError(f"{editor.path.name} was changed since: this step cannot be redone")
        _write_new(file, content)
        editor.commit(target.model_copy(deep=True))
        return True

    # --- moves and titles ---------------------------------------------------------------------

    def release_tab(self, file: Optional[Path]) -> Optional[bool]:
        """Close the tab showing ``file`` before it moves: None if refused, else whether one was closed."""
        tab = self.window.tab_for_path(file) if file is not None else None
        if tab is None:
            return False
        if tab.document.modified:
            self.problems(tr("“%1” is open with unsaved changes.").replace("%1", tab.document.display_name),
                          [tr("Save or close it first; nothing was changed.")])
            return None
        panes = getattr(self.window, "panes", None)
        tabs = panes.tab_widget_of(tab.page) if panes is not None else self.window.tabs
        if tabs is None or not self.window.close_tab(tabs.indexOf(tab.page), tabs):
            return None
        return True

    def move(self, entry: str, old_file: Path, new_key: str) -> Optional[EditReport]:
        """Move a map (its tab closed first and reopened after); the entry becomes ``new_key``."""
        reopen = self.release_tab(old_file)
        if reopen is None:
            return None
        report = self.edit(lambda editor: editor.move(entry, new_key), tr("Moving %1…").replace("%1", entry),
                           select=new_key)
        if reopen:
            moved = key_file(self.dock.index.root, new_key) if report is not None and self.dock.index else old_file
            self.window.file_commands.open_path(moved)
        return report

    def retitle(self, file: Path, title: str, entry: str, expected: Optional[str] = None) -> bool:
        """A map's title: through its tab when open (an undo step there), else written safely into the file."""
        tab = self.window.tab_for_path(file)
        if tab is not None:
            from ..editor import edits

            edits.set_map_fields(tab.document, title=title)
            self.window.statusBar().showMessage(
                tr("Title changed in the open map “%1”: save it to keep it.").replace("%1", title), 10000)
            return True
        hooks = self.hooks
        done = self.run(lambda: write_title(file, title, hooks, expected) or True,
                        tr("Renaming %1…").replace("%1", file.name), file.name)
        self.dock.refresh(select=entry)
        return bool(done)
