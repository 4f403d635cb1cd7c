"""File > Snapshots: take a named snapshot, list the history, compare, restore and delete snapshots.

``install_snapshots(window)`` adds the commands to a main window. Snapshots are
files in the map's ``NAME.history/`` folder (``store.snapshots``), read and
written through the tab's I/O queue so a slow network drive never freezes the
window. A snapshot is of the map as it is in the editor, unsaved edits
included; a map that was never saved has no folder for its history yet, so the
user is asked to save it first. Restoring replaces the map's content as one
undoable step (``edits.replace_map``). The questions asked live in functions of
this module so tests replace them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from ..editor import edits
from ..store import DocumentError
from ..store.snapshots import (
    MAX_NAME_LENGTH,
    Snapshot,
    SnapshotError,
    create_snapshot,
    delete_snapshot,
    list_snapshots,
    load_snapshot,
    rename_snapshot,
)
from .actions import assign_free_shortcuts, make_action
from .compare_window import CompareWindow, open_compare_window
from .times import local_time

if TYPE_CHECKING:
    from .history_dialog import HistoryDialog
    from .main_window import MainWindow, Tab

SNAPSHOT_KEYS = ("Ctrl+Alt+S", "Ctrl+Shift+Alt+S")
HISTORY_KEYS = ("Ctrl+Alt+H", "Ctrl+Shift+H")
Button = QMessageBox.StandardButton


def tr(text: str) -> str:
    return QCoreApplication.translate("snapshot_commands", text)


# --- questions (tests replace these) ------------------------------------------------------------


def ask_snapshot_name(parent: QWidget, suggested: str, title: Optional[str] = None) -> Optional[str]:
    """The name for a new snapshot (or a new name, with ``title`` "Rename Snapshot"), or None if cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title or tr("Take Snapshot"))
    dialog.setLabelText(tr("Name of the snapshot (for example “after workshop 2 with billing team”):"))
    dialog.setTextValue(suggested)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setMaxLength(MAX_NAME_LENGTH)
    dialog.resize(460, dialog.sizeHint().height())
    return dialog.textValue() if dialog.exec() else None


def ask_save_first(parent: QWidget, name: str) -> bool:
    """A map that was never saved has no history folder: offer to save it (True: save now)."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Save the map first"), "", Button.NoButton, parent)
    box.setText(tr("“%1” has not been saved yet.").replace("%1", name))
    box.setInformativeText(tr("Snapshots are kept beside the map's file, in its history folder, "
                              "so the map needs a file first. Save it now?"))
    box.setStandardButtons(Button.Save | Button.Cancel)
    box.setDefaultButton(Button.Save)
    return box.exec() == Button.Save


def confirm_restore(parent: QWidget, snapshot: Snapshot, map_name: str) -> bool:
    return _confirm(parent, QMessageBox.Icon.Question, tr("Restore snapshot"),
                    tr("Replace the content of “%1” with snapshot “%2”?").replace("%1", map_name)
                    .replace("%2", snapshot.name),
                    tr("Edit > Undo brings the current content back. Take a snapshot first "
                       "to keep it in the history as well."), tr("Restore"))


def confirm_delete(parent: QWidget, snapshot: Snapshot) -> bool:
    return _confirm(parent, QMessageBox.Icon.Warning, tr("Delete snapshot"),
                    tr("Delete snapshot “%1”?").replace("%1", snapshot.name),
                    tr("Its file is removed from the history folder for everyone who shares the map. "
                       "This cannot be undone."), tr("Delete"))


def _confirm(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, detail: str, verb: str) -> bool:
    """A yes/cancel question whose yes button says what it does; Cancel is the default."""
    box = QMessageBox(icon, title, text, Button.NoButton, parent)
    box.setInformativeText(detail)
    box.setStandardButtons(Button.Yes | Button.Cancel)
    box.button(Button.Yes).setText(verb)
    box.setDefaultButton(Button.Cancel)
    return box.exec() == Button.Yes


def show_problem(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Say what went wrong without blocking the window."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, Button.Ok, parent)
    box.setObjectName("snapshot_problem")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def when_text(moment: Optional[datetime] = None) -> str:
    """A time (now by default) as the user's locale writes a short date and time."""
    return local_time((moment or datetime.now(timezone.utc)).replace(microsecond=0).isoformat())


def snapshot_label(snapshot: Snapshot) -> str:
    """How a snapshot is named in a compare window: its name and when it was taken."""
    return tr("snapshot “%1” (%2)").replace("%1", snapshot.name).replace("%2", when_text(snapshot.taken))


# --- the commands -------------------------------------------------------------------------------


@dataclass(eq=False)
class SnapshotCommands:
    """What ``install_snapshots`` added to a window: the actions, the menu and the open history dialogs."""

    window: "MainWindow"
    menu: QMenu
    actions: dict[str, QAction] = field(default_factory=dict)
    dialogs: dict[int, "HistoryDialog"] = field(default_factory=dict)
    compare_windows: list[CompareWindow] = field(default_factory=list)

    def _tab(self, tab: Optional["Tab"]) -> Optional["Tab"]:
        return tab if tab is not None else self.window.current_tab()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _run(self, tab: "Tab", work: Callable[[], Any], label: str) -> Any:
        return tab.watch.queue.run(work, label)

    def _saved(self, tab: "Tab") -> bool:
        """Make sure the map has a file (asking to save an untitled one); True when it has."""
        if tab.document.path is not None:
            return True
        if not ask_save_first(self.window, tab.document.display_name):
            return False
        return bool(self.window.file_commands.save(tab)) and tab.document.path is not None

    def take_snapshot(self, tab: Optional["Tab"] = None, name: Optional[str] = None) -> Optional[Snapshot]:
        """Ask a name, then keep the map as it is in the editor in its history folder."""
        tab = self._tab(tab)
        if tab is None:
            return None
        tab.view.commit_edit()  # the card being typed belongs in the snapshot
        if not self._saved(tab):
            return None
        if name is None:
            name = ask_snapshot_name(self.window, tr("Snapshot of %1").replace("%1", when_text()))
            if name is None:
                return None
        path = tab.document.path
        journey = tab.document.journey.model_copy(deep=True)  # the worker must not see later edits
        try:
            snapshot = self._run(tab, lambda: create_snapshot(path, journey, name), tr("Taking snapshot…"))
        except (SnapshotError, ValueError, OSError) as error:
            show_problem(self.window, tr("No snapshot taken"), str(error))
            return None
        self._say(tr("Snapshot “%1” taken").replace("%1", snapshot.name))
        self.refresh_dialogs(tab)
        return snapshot

    def snapshots(self, tab: "Tab") -> list[Snapshot]:
        path = tab.document.path
        if path is None:
            return []
        return self._run(tab, lambda: list_snapshots(path), tr("Reading the history…"))

    def load(self, tab: "Tab", snapshot: Snapshot) -> Optional[Any]:
        try:
            return self._run(tab, lambda: load_snapshot(snapshot), tr("Reading snapshot…"))
        except DocumentError as error:
            show_problem(self.window, tr("Damaged snapshot"),
                         tr("Snapshot “%1” cannot be read:").replace("%1", snapshot.name) + "\n"
                         + "\n".join(error.lines()[:10]))
            return None

    def compare_with_current(self, tab: "Tab", snapshot: Snapshot) -> Optional[CompareWindow]:
        earlier = self.load(tab, snapshot)
        if earlier is None:
            return None
        tab.view.commit_edit()
        current = tr("current “%1”").replace("%1", tab.document.display_name)
        path = tab.document.path
        compare = open_compare_window(self.window, earlier, tab.document.journey, snapshot_label(snapshot), current,
                                      folder=path.parent if path is not None else None)
        self.compare_windows = [w for w in self.compare_windows if _alive(w)] + [compare]
        return compare

    def restore(self, tab: "Tab", snapshot: Snapshot, confirm: bool = True) -> bool:
        """Replace the map's content with the snapshot's, as one undoable step."""
        if confirm and not confirm_restore(self.window, snapshot, tab.document.display_name):
            return False
        earlier = self.load(tab, snapshot)
        if earlier is None:
            return False
        tab.view.commit_edit()
        if not edits.replace_map(tab.document, earlier, tr("Restore snapshot “%1”").replace("%1", snapshot.name)):
            self._say(tr("The map already is as in snapshot “%1”").replace("%1", snapshot.name))
            return False
        self._say(tr("Restored snapshot “%1” (Undo brings the previous content back)").replace("%1", snapshot.name))
        return True

    def delete(self, tab: "Tab", snapshot: Snapshot, confirm: bool = True) -> bool:
        if confirm and not confirm_delete(self.window, snapshot):
            return False
        try:
            self._run(tab, lambda: delete_snapshot(snapshot), tr("Deleting snapshot…"))
        except SnapshotError as error:
            show_problem(self.window, tr("Snapshot not deleted"), str(error))
            return False
        self._say(tr("Deleted snapshot “%1”").replace("%1", snapshot.name))
        self.refresh_dialogs(tab)
        return True

    def rename(self, tab: "Tab", snapshot: Snapshot, name: Optional[str] = None) -> Optional[Snapshot]:
        """Give a snapshot a new name (its file and map stay); a renamed automatic snapshot becomes named."""
        if snapshot.damaged:
            return None
        if name is None:
            name = ask_snapshot_name(self.window, snapshot.name, tr("Rename Snapshot"))
            if name is None:
                return None
        try:
            renamed = self._run(tab, lambda: rename_snapshot(snapshot, name), tr("Renaming snapshot…"))
        except (SnapshotError, ValueError) as error:
            show_problem(self.window, tr("Snapshot not renamed"), str(error))
            return None
        self._say(tr("Snapshot “%1” renamed “%2”").replace("%1", snapshot.name).replace("%2", renamed.name))
        self.refresh_dialogs(tab)
        return renamed

    def show_history(self, tab: Optional["Tab"] = None) -> Optional["HistoryDialog"]:
        """The history of the current map, in a window of its own (one per map)."""
        from .history_dialog import HistoryDialog

        tab = self._tab(tab)
        if tab is None:
            return None
        if tab.document.path is None and not self._saved(tab):
            return None
        dialog = self.dialogs.get(id(tab))
        if dialog is None or not _alive(dialog):
            dialog = HistoryDialog(self, tab, self.window)
            self.dialogs[id(tab)] = dialog
            dialog.destroyed.connect(lambda *_args, key=id(tab): self.dialogs.pop(key, None))
            tab.page.destroyed.connect(dialog.close)  # the map was closed: so is its history
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def refresh_dialogs(self, tab: "Tab") -> None:
        dialog = self.dialogs.get(id(tab))
        if dialog is not None and _alive(dialog):
            dialog.refresh()


def _alive(widget: QObject) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # its C++ side was deleted (closed with WA_DeleteOnClose)
        return False
    return True


def enable_with_map(window: "MainWindow", actions: list[QAction]) -> None:
    """Keep ``actions`` enabled exactly while a map is open (in either pane of a split view)."""
    def update() -> None:
        for action in actions:
            action.setEnabled(window.current_tab() is not None)

    panes = getattr(window, "panes", None)
    if panes is not None and hasattr(panes, "current_changed"):
        panes.current_changed.connect(update)
    else:
        window.tabs.currentChanged.connect(lambda _index: update())
    update()


def install_snapshots(window: "MainWindow") -> SnapshotCommands:
    """Add File > Snapshots (Take Snapshot…, History…) to a main window."""
    menu = QMenu(tr("Snaps&hots"), window)
    menu.setObjectName("snapshots_menu")
    commands = SnapshotCommands(window, menu)
    a = commands.actions
    a["take"] = make_action(window, "take_snapshot", tr("&Take Snapshot…"),
                            tip=tr("Keep the map as it is now, under a name, in its history folder"))
    a["history"] = make_action(window, "snapshot_history", tr("&History…"),
                               tip=tr("The map's snapshots: compare one with the map, restore or delete it"))
    others = [x for x in window.findChildren(QAction) if x not in a.values()]
    assign_free_shortcuts([(a["take"], SNAPSHOT_KEYS), (a["history"], HISTORY_KEYS)], others)
    window.addActions(list(a.values()))
    a["take"].triggered.connect(lambda: commands.take_snapshot())
    a["history"].triggered.connect(lambda: commands.show_history())
    menu.addActions([a["take"], a["history"]])
    file_menu = window.menus[0] if getattr(window, "menus", None) else None
    export_menu = window.findChild(QMenu, "export_menu")
    if file_menu is not None:
        if export_menu is not None and export_menu.menuAction() in file_menu.actions():
            file_menu.insertMenu(export_menu.menuAction(), menu)
        else:
            file_menu.addMenu(menu)
    enable_with_map(window, list(a.values()))
    return commands


__all__ = ["SnapshotCommands", "enable_with_map", "install_snapshots", "snapshot_label", "when_text"]
