"""The atlas dock's entry commands: new, add, rename, duplicate, remove, group, tags, locate.

This module asks the user (``atlas_prompts``) and hands the change to
``atlas_changes``, which makes it through ``AtlasEditor`` (safe, conflict-checked
saves) off the UI thread and records its Undo step. The bundled example atlas
is installed read-only: its entries are not changed. Removing an entry keeps
the file; deleting it too is asked twice and cannot be undone, nor can a
repair by Locate… (it also rewrites other maps' links).

Keys in the atlas list: Insert (new map), F2 (rename), Delete (remove), Enter
(open, or Locate… for a missing file). They are taken by the list only while
it has the focus, so Delete on the canvas still deletes cards. A map row can
also be dragged onto another group (``atlas_drop``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from ..atlas import EditReport, MapInfo
from ..atlas.links import key_file, key_of
from ..resources import example_atlas
from ..store.sidefiles import MAP_SUFFIX
from . import atlas_prompts, opening
from .atlas_changes import AtlasChanges, copy_into, unique_key
from .atlas_prompts import file_name_for

if TYPE_CHECKING:
    from .atlas_dock import AtlasDock
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas_entries", text)


LIST_KEYS: tuple[tuple[str, str, str], ...] = (
    ("atlas_new_map", "Ins", QT_TRANSLATE_NOOP("atlas_entries", "New map in the atlas's folder")),
    ("atlas_rename", "F2", QT_TRANSLATE_NOOP("atlas_entries", "Rename the selected map")),
    ("atlas_remove", "Del", QT_TRANSLATE_NOOP("atlas_entries", "Remove the selected map from the atlas")),
)
"""(command, key, what it does) of the keys the atlas list takes while it has the focus: the list's key
filter and the Keyboard Shortcuts window both read them from here."""
LIST_KEY_CONTEXT = "atlas_entries"


class AtlasEntryCommands(QObject):
    """The commands of the atlas dock's toolbar, right-click menu and keys."""

    def __init__(self, window: "MainWindow", dock: "AtlasDock") -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.changes = AtlasChanges(window, dock)

        def action(name: str, text: str, slot: Callable[[], Any], key: Optional[QKeySequence] = None,
                   tip: str = "") -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            if key is not None:
                made.setShortcut(key)
                made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list's key filter triggers it
            made.setToolTip(tip or text.replace("&", "").rstrip("…"))
            made.triggered.connect(lambda _checked=False: slot())
            return made

        keys = {command: QKeySequence(key) for command, key, _what in LIST_KEYS}
        self.new_map = action("atlas_new_map", tr("&New Map…"), self.create_map, keys["atlas_new_map"],
                              tr("Create a new map in the atlas's folder and add it"))
        self.add_files = action("atlas_add_files", tr("&Add Map Files…"), self.add_from_dialog,
                                tip=tr("Add existing map files to the atlas (or drop them on the list)"))
        self.add_unlisted = action("atlas_add_unlisted", tr("Add Maps &Found in the Folder…"), self.add_found)
        self.rename = action("atlas_rename", tr("&Rename…"), self.rename_selected, keys["atlas_rename"],
                             tr("Change the map's title or file name (links to it are kept)"))
        self.duplicate = action("atlas_duplicate", tr("D&uplicate…"), self.duplicate_selected)
        self.remove = action("atlas_remove", tr("Re&move from Atlas…"), self.remove_selected, keys["atlas_remove"],
                             tr("Remove the entry (the file stays unless you ask)"))
        self.set_group = action("atlas_set_group", tr("Set &Group…"), self.group_selected)
        self.set_tags = action("atlas_set_tags", tr("Set &Tags…"), self.tag_selected)
        self.locate = action("atlas_locate", tr("&Locate…"), self.locate_selected,
                             tip=tr("Point a broken entry at its map file"))
        for command, short in ((self.new_map, tr("New")), (self.add_files, tr("Add")), (self.rename, tr("Rename")),
                               (self.remove, tr("Remove"))):
            command.setIconText(short)  # the dock is narrow: the toolbar shows short names
        dock.toolbar.addActions([self.new_map, self.add_files, self.rename, self.remove])
        dock.menu_providers.insert(0, self.fill_menu)
        dock.selection_changed.connect(self.update_actions)
        dock.scanned.connect(self.update_actions)
        dock.locate_requested.connect(lambda info: self.locate_entry(info))
        dock.add_unlisted_requested.connect(self.add_found)
        self._list_keys = {keys[command][0].key(): self.findChild(QAction, command) for command, _key, _w in LIST_KEYS}
        dock.tree.installEventFilter(self)
        self.update_actions()

    # --- state ------------------------------------------------------------------------------

    def editable(self) -> bool:
        """An atlas is shown, read, and is not the bundled (installed, read-only) example."""
        path = self.dock.path
        return path is not None and self.dock.index is not None and not opening.same_file(path, example_atlas())

    def update_actions(self) -> None:
        editable = self.editable()
        info = self.dock.current_info() if editable else None
        self.new_map.setEnabled(editable)
        self.add_files.setEnabled(editable)
        self.add_unlisted.setEnabled(editable and bool(self.dock.unlisted))
        self.dock.unlisted_button.setEnabled(editable)
        for command in (self.remove, self.set_group, self.set_tags):
            command.setEnabled(info is not None)
        self.rename.setEnabled(info is not None and info.link.resolved and info.read.size is not None)
        self.duplicate.setEnabled(info is not None and info.readable)
        self.locate.setEnabled(info is not None and bool(info.problem))
        self.dock.locate_button.setEnabled(self.locate.isEnabled())
        read_only = self.dock.path is not None and not editable and self.dock.index is not None
        self.dock.toolbar.setToolTip(
            tr("The example atlas is installed read-only: its entries cannot change.") if read_only else "")

    def fill_menu(self, menu: QMenu, info: Optional[MapInfo]) -> None:
        """The dock's right-click menu: what can be done to the entry (or the atlas)."""
        if info is not None:
            if info.problem:
                menu.addAction(self.locate)
            menu.addActions([self.rename, self.duplicate, self.set_group, self.set_tags, self.remove])
            menu.addSeparator()
        menu.addActions([self.new_map, self.add_files])
        if self.dock.unlisted:
            menu.addAction(self.add_unlisted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Insert, F2 and Delete in the list are the list's, not the canvas's Edit > Delete."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            command = self._list_keys.get(Qt.Key(event.key()))
            if command is None:
                return False
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return False
            if command.isEnabled():
                command.trigger()
            return True
        return False

    def _selected(self) -> Optional[MapInfo]:
        return self.dock.current_info() if self.editable() else None

    # --- commands -----------------------------------------------------------------------------

    def create_map(self) -> Optional[Path]:
        """New Map…: a title (and file name), created in the atlas's folder, added, opened."""
        if not self.editable() or self.dock.index is None:
            return None
        root = self.dock.index.root
        answer = atlas_prompts.ask_new_map(self.window, unique_key(root, file_name_for(tr("New map"))),
                                           self.dock.model.group_names(), self.dock.current_group())
        if answer is None:
            return None
        template = opening.new_journey()  # the stage and lane names in the user's language
        stages = [stage.name for stage in template.stages]
        lanes = [lane.title for lane in template.lanes]
        file = self.changes.edit(lambda editor: editor.create_map(answer.key, answer.title, group=answer.group,
                                                                  stage_names=stages, lane_titles=lanes),
                                 tr("Creating %1…").replace("%1", answer.key), select=answer.key)
        if file is not None:
            text = tr("New map “%1”").replace("%1", answer.title or answer.key)
            self.changes.push_created(text, file, answer.key)
            self.window.file_commands.open_path(file)
        return file

    def add_from_dialog(self) -> Optional[EditReport]:
        if not self.editable() or self.dock.index is None:
            return None
        files = atlas_prompts.ask_map_files(self.window, self.dock.index.root)
        return self.add_paths(files) if files else None

    def add_paths(self, files: Sequence[Path], group: Optional[str] = None) -> Optional[EditReport]:
        """Add map files: those outside the folder are copied in only if the user agrees (links stay inside)."""
        if not self.editable() or self.dock.index is None:
            return None
        root = self.dock.index.root
        group = self.dock.current_group() if group is None else group
        inside = [Path(f) for f in files if key_of(f, root) is not None]
        outside = [Path(f) for f in files if key_of(f, root) is None]
        if outside:
            if atlas_prompts.ask_copy_outside(self.window, outside, root):
                copies = self.changes.run(lambda: copy_into(outside, root), tr("Copying maps…"), root.name)
                if copies is None:
                    return None
                inside += copies
            elif not inside:
                return None
        if not inside:
            return None
        text = tr("Add %1").replace("%1", inside[0].name) if len(inside) == 1 else tr("Add %1 maps").replace(
            "%1", str(len(inside)))
        return self.changes.edit(lambda editor: editor.add(inside, group=group), tr("Adding maps…"), undo_text=text)

    def add_found(self) -> Optional[EditReport]:
        """The maps of the atlas's folder that no entry names: the user picks which to add."""
        if not self.editable() or self.dock.index is None or not self.dock.unlisted:
            return None
        keys = atlas_prompts.choose_unlisted(self.window, list(self.dock.unlisted))
        if not keys:
            return None
        root = self.dock.index.root
        return self.add_paths([key_file(root, key) for key in keys])

    def rename_selected(self) -> bool:
        """Rename…: the title (inside the map) and/or the file (moved with its side files, links kept)."""
        info = self._selected()
        if info is None or info.link.key is None or info.link.file is None or self.dock.index is None:
            return False
        answer = atlas_prompts.ask_rename(self.window, info.title, info.link.key)
        if answer is None:
            return False
        root, old_key, old_title = self.dock.index.root, info.link.key, info.title
        moved = answer.key != old_key
        if moved and self.changes.move(info.path, info.link.file, answer.key) is None:
            return False
        file = key_file(root, answer.key if moved else old_key)
        open_tab = self.window.tab_for_path(file) is not None
        retitled = answer.title != old_title and self.changes.retitle(file, answer.title, answer.key)
        undo_title = retitled and not open_tab  # an open map's title is undone in its own tab

        def undo_step() -> bool:
            if undo_title and not self.changes.retitle(file, old_title, answer.key, expected=answer.title):
                return False
            return not moved or self.changes.move(answer.key, file, old_key) is not None

        def redo_step() -> bool:
            if moved and self.changes.move(old_key, key_file(root, old_key), answer.key) is None:
                return False
            return not undo_title or self.changes.retitle(file, answer.title, answer.key, expected=old_title)

        if moved or undo_title:
            self.changes.undo.push(tr("Rename “%1”").replace("%1", old_title or old_key), undo_step, redo_step)
        return moved or retitled

    def duplicate_selected(self) -> Optional[Path]:
        info = self._selected()
        if info is None or not info.readable or info.link.key is None or self.dock.index is None:
            return None
        folder, _, name = info.link.key.rpartition("/")
        suggested = unique_key(self.dock.index.root, (folder + "/" if folder else "") + name[: -len(MAP_SUFFIX)]
                               + "-copy" + MAP_SUFFIX)
        answer = atlas_prompts.ask_duplicate(self.window, tr("%1 (copy)").replace("%1", info.title), suggested)
        if answer is None:
            return None
        file = self.changes.edit(lambda editor: editor.duplicate(info.path, answer.key, answer.title),
                                 tr("Duplicating %1…").replace("%1", info.link.key), select=answer.key)
        if file is not None:
            self.changes.push_created(tr("Duplicate “%1”").replace("%1", info.title or info.path), file, answer.key)
        return file

    def remove_selected(self) -> Optional[EditReport]:
        """Remove from Atlas…: the file stays unless the user ticks "also delete" and then confirms."""
        info = self._selected()
        if info is None:
            return None
        delete = atlas_prompts.ask_remove(self.window, info.title or info.path, info.path)
        if delete is None:
            return None
        if not delete:
            return self.changes.edit(lambda editor: editor.remove(info.path),
                                     tr("Removing %1…").replace("%1", info.path),
                                     undo_text=tr("Remove “%1”").replace("%1", info.title or info.path))
        if info.link.file is None:
            self.changes.problems(tr("%1 was not removed:").replace("%1", info.path),
                                  [tr("%1: %2; the app deletes only files inside the atlas's folder")
                                   .replace("%1", info.path).replace("%2", info.link.reason)])
            return None
        if not atlas_prompts.confirm_delete(self.window, str(info.link.file)):
            return None
        if self.changes.release_tab(info.link.file) is None:
            return None
        report = self.changes.edit(lambda editor: editor.remove(info.path, delete_file=True),
                                   tr("Removing %1…").replace("%1", info.path))
        if report is not None:
            self.changes.undo.forget()  # a deleted file cannot come back: older steps must not be undone over it
        return report

    def group_selected(self) -> bool:
        info = self._selected()
        if info is None:
            return False
        group = atlas_prompts.ask_group(self.window, self.dock.model.group_names(), info.group)
        return group is not None and self.set_group_of(info, group)

    def set_group_of(self, info: MapInfo, group: str) -> bool:
        """Put an entry in ``group`` (Set Group…, or a drag onto a group in the list)."""
        if group == info.group or not self.editable():
            return False
        text = tr("Move “%1” to group “%2”").replace("%1", info.title or info.path).replace("%2", group)
        return self.changes.edit(lambda editor: editor.set_group(info.path, group) or True, tr("Setting the group…"),
                                 select=info.path, undo_text=text) is not None

    def tag_selected(self) -> bool:
        info = self._selected()
        if info is None:
            return False
        tags = atlas_prompts.ask_tags(self.window, info.tags)
        if tags is None or tuple(tags) == tuple(info.tags):
            return False
        return self.changes.edit(lambda editor: editor.set_tags(info.path, tags) or True, tr("Setting tags…"),
                                 select=info.path,
                                 undo_text=tr("Tags of “%1”").replace("%1", info.title or info.path)) is not None

    def locate_selected(self) -> Optional[EditReport]:
        info = self._selected()
        return self.locate_entry(info) if info is not None else None

    def locate_entry(self, info: MapInfo) -> Optional[EditReport]:
        """Locate…: the user picks the map's file (inside the atlas's folder); the entry and links follow it."""
        if not self.editable() or self.dock.index is None:
            return None
        root = self.dock.index.root
        file = atlas_prompts.ask_locate(self.window, root, info.path)
        if file is None:
            return None
        if key_of(file, root) is None:
            self.changes.problems(tr("%1 is outside the atlas's folder.").replace("%1", str(file)), [
                tr("An atlas links only to maps inside its own folder %1, so that its links work for everyone "
                   "and are never followed elsewhere. Move or copy the map into that folder, then Locate… it "
                   "there.").replace("%1", str(root))])
            return None
        report = self.changes.edit(lambda editor: editor.relink(info.path, file),
                                   tr("Repairing %1…").replace("%1", info.path), select=key_of(file, root))
        if report is not None:
            self.changes.undo.forget()  # other maps' links changed too: not undone step by step
        return report
