"""Atlas > Persona Library…: the atlas's personas, edited once, refreshed into the maps that copy them.

A map holds a copy of a library persona under the same id. After a library
persona is edited (saved at once, safely, through ``AtlasEditor``), the window
offers to refresh its copies: a map open in a tab gets an undoable edit in its
document (saved with the map, like any edit); a closed map is changed on disk
through the safe save (conflict-checked, never one somebody has open). A
summary names every map refreshed and every one that was not, and why.

The bundled example atlas is installed read-only: its library is shown, not edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..atlas import AtlasEditError, AtlasEditor, EditReport
from ..editor import edits
from ..model import Persona
from ..resources import example_atlas
from ..store import ConflictError, DocumentError, SaveError
from . import opening, persona_editor
from .io_worker import IoQueue
from .image_import import image_pixmap

THUMBNAIL = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("persona_library", text)


def ask_refresh(parent: Optional[QWidget], name: str, count: int) -> bool:
    """Whether to refresh ``count`` copies of the persona now. Tests replace this function."""
    answer = QMessageBox.question(
        parent, tr("Refresh copies"),
        tr("%1 is copied into %2 map(s) of the atlas. Refresh %2 copies in maps now?")
        .replace("%1", name).replace("%2", str(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def show_summary(parent: Optional[QWidget], title: str, done: list[str], problems: list[str]) -> None:
    """What a refresh (or a refused save) did, one line a map. Tests replace this function."""
    text = "\n".join(done) if done else tr("Nothing was changed.")
    box = QMessageBox(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    if problems:
        box.setInformativeText(tr("Not done:") + "\n" + "\n".join(problems))
    box.exec()


@dataclass
class RefreshSummary:
    """What refreshing one persona's copies did: maps refreshed (named) and maps not (named, why)."""

    done: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class PersonaLibrary(QDialog):
    """The atlas's persona library: add, edit and remove personas; refresh their copies in maps."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("persona_library")
        self.setWindowTitle(tr("Persona Library"))
        self.io = IoQueue(self, getattr(getattr(window, "file_commands", None), "progress", None))
        self.personas: list[Persona] = []
        self.saved_personas: list[Persona] = []
        self.last_summary: Optional[RefreshSummary] = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Personas of the atlas's library"))
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)  # a long role wraps, as in the Personas dock, instead of running off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_state())
        self.new_button = QPushButton(tr("&New…"))
        self.new_button.clicked.connect(self.add_new)
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_button = QPushButton(tr("Re&fresh Copies in Maps…"))
        self.refresh_button.clicked.connect(self.offer_refresh_selected)
        remove_key = QAction(self)
        remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.triggered.connect(self.remove_selected)
        self.list.addAction(remove_key)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(520, 420)
        self.reload()

    # --- state -----------------------------------------------------------------------------

    @property
    def atlas_path(self) -> Optional[Path]:
        return getattr(self.window.atlas_dock, "path", None)

    def editable(self) -> bool:
        path = self.atlas_path
        return path is not None and not opening.same_file(path, example_atlas())

    def reload(self, personas: Optional[list[Persona]] = None) -> None:
        """Show ``personas`` (just saved), or the library as the atlas dock last read it."""
        index = getattr(self.window.atlas_dock, "index", None)
        if personas is None:
            personas = list(index.atlas.personas) if index is not None else []
        self.personas = [p.model_copy(deep=True) for p in personas]
        if index is None:
            self.heading.setText(tr("Open an atlas to see its persona library."))
        elif not self.editable():
            self.heading.setText(tr("%1: the example atlas is installed read-only; its personas are shown, "
                                    "not edited.").replace("%1", index.atlas.title or index.path.name))
        else:
            self.heading.setText(tr("Personas of %1, copied into its maps. Edit one here, then refresh "
                                    "its copies.").replace("%1", index.atlas.title or index.path.name))
        selected = self.selected_id()
        self.list.clear()
        for persona in self.personas:
            item = QListWidgetItem(f"{persona.name or persona.id}\n{persona.role}" if persona.role
                                   else persona.name or persona.id)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            pixmap = image_pixmap(persona.photo, THUMBNAIL)
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap))
            tabs, closed = self.copies(persona.id)
            copies = len(tabs) + len(closed)
            item.setToolTip(tr("Copied into %1 map(s)").replace("%1", str(copies)))
            self.list.addItem(item)
        for row, persona in enumerate(self.personas):
            if persona.id == selected:
                self.list.setCurrentRow(row)
        if self.list.currentRow() < 0 and self.personas:
            self.list.setCurrentRow(0)
        self._update_state()

    def _update_state(self) -> None:
        editable, has_row = self.editable(), self.selected_id() is not None
        self.new_button.setEnabled(editable)
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(editable and has_row)
        self.refresh_button.setEnabled(editable and has_row)

    def selected_id(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected(self) -> Optional[Persona]:
        wanted = self.selected_id()
        return next((p for p in self.personas if p.id == wanted), None)

    def copies(self, persona_id: str) -> tuple[list[Any], list[Path]]:
        """The open tabs whose map (in the atlas) copies ``persona_id``, and the closed map files said to."""
        index = getattr(self.window.atlas_dock, "index", None)
        if index is None:
            return [], []
        files = [info.link.file for info in index.entries if info.link.file is not None]
        tabs = [tab for tab in self.window.tab_list()
                if any(opening.same_file(tab.document.path, f) for f in files)
                and any(p.id == persona_id for p in tab.document.journey.personas)]
        closed = [info.link.file for info in index.entries
                  if info.link.file is not None and info.meta is not None and persona_id in info.meta.persona_ids
                  and not any(opening.same_file(tab.document.path, info.link.file) for tab in self.window.tab_list())]
        return tabs, closed

    # --- commands --------------------------------------------------------------------------

    def _save(self, work: Callable[[AtlasEditor], Any], label: str) -> bool:
        """``work(editor)`` off the UI thread; True if the atlas was saved (the list then shows the
        library as saved), else the problem is shown naming the file."""
        path = self.atlas_path
        if path is None or not self.editable():
            return False
        hooks = self.window.file_commands.hooks

        def run() -> list[Persona]:
            editor = AtlasEditor.open(path, hooks)
            work(editor)
            return list(editor.atlas.personas)

        try:
            self.saved_personas = self.io.run(run, label)
        except AtlasEditError as error:
            show_summary(self, tr("Persona Library"), [], [f"{path.name}: {line}" for line in error.lines])
            return False
        except ConflictError:
            show_summary(self, tr("Persona Library"), [], [
                tr("%1 was changed by someone else since it was read; it has been read again: try again.")
                .replace("%1", path.name)])
            self.window.atlas_dock.refresh()
            return False
        except (DocumentError, SaveError, OSError) as error:
            show_summary(self, tr("Persona Library"), [], [f"{path.name}: {error}"])
            return False
        return True

    def _after_save(self, persona_id: Optional[str]) -> None:
        """The list shows the library as saved; the dock re-reads the atlas."""
        self.reload(self.saved_personas)
        self.window.atlas_dock.refresh()
        if persona_id is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                    self.list.setCurrentRow(row)

    def add_new(self) -> Optional[str]:
        created = persona_editor.edit_persona(self, Persona(name=tr("New persona")), tr("New library persona"))
        if created is None or not self._save(lambda editor: editor.set_persona(created), tr("Saving the atlas…")):
            return None
        self._after_save(created.id)
        return created.id

    def edit_selected(self) -> bool:
        """Edit the selected persona; save the library; then offer to refresh its copies in maps."""
        before = self.selected()
        if before is None:
            return False
        after = persona_editor.edit_persona(self, before, tr("Edit library persona"))
        if after is None or not self.editable() or after == before:
            return False
        tabs, closed = self.copies(after.id)  # from the dock's reading, before it reads the atlas again
        if not self._save(lambda editor: editor.set_persona(after), tr("Saving the atlas…")):
            return False
        self.reload(self.saved_personas)
        self.offer_refresh(after, tabs, closed)
        self.window.atlas_dock.refresh()
        return True

    def remove_selected(self) -> None:
        persona = self.selected()
        if persona is None or not self.editable():
            return
        if self._save(lambda editor: editor.remove_persona(persona.id), tr("Saving the atlas…")):
            self._after_save(None)

    def offer_refresh_selected(self) -> None:
        persona = self.selected()
        if persona is not None:
            self.offer_refresh(persona, *self.copies(persona.id))
            self.window.atlas_dock.refresh()

    def offer_refresh(self, persona: Persona, tabs: list[Any], closed: list[Path]) -> Optional[RefreshSummary]:
        """Ask whether to refresh the copies (open ``tabs``, ``closed`` map files) and do it; the summary."""
        count = len(tabs) + len(closed)
        if count == 0 or not ask_refresh(self, persona.name or persona.id, count):
            return None
        summary = self.refresh_copies(persona, tabs)
        show_summary(self, tr("Refresh copies of %1").replace("%1", persona.name or persona.id),
                     summary.done, summary.problems)
        return summary

    def refresh_copies(self, persona: Persona, tabs: list[Any]) -> RefreshSummary:
        """Refresh every copy: the open ``tabs`` by an undoable edit, closed maps of the atlas on disk
        through the safe save (every map is checked: the dock's reading may be out of date)."""
        summary = RefreshSummary()
        for tab in tabs:
            name = tab.document.display_name
            if edits.refresh_persona(tab.document, persona):
                summary.done.append(tr("%1: refreshed in the open map (save it to keep the change; Undo takes it "
                                       "back)").replace("%1", name))
            else:
                summary.done.append(tr("%1: already up to date").replace("%1", name))
        path = self.atlas_path
        if path is not None:
            skip = [tab.document.path for tab in self.window.tab_list() if tab.document.path is not None]
            try:
                report: EditReport = self.io.run(
                    lambda: AtlasEditor.open(path, self.window.file_commands.hooks).refresh_persona_copies(persona, skip),
                    tr("Refreshing copies of %1…").replace("%1", persona.name or persona.id))
                summary.done += report.done
                summary.problems += report.problems
            except (DocumentError, OSError) as error:
                summary.problems.append(f"{path.name}: {error}")
        self.last_summary = summary
        return summary


def _atlas_menu(window: Any) -> QMenu:
    """The window's Atlas menu (made after Insert if no part of the window has made it yet)."""
    bar: QMenuBar = window.menuBar()
    for action in bar.actions():
        if action.menu() is not None and action.text().replace("&", "") == "Atlas":
            return action.menu()
    menu = QMenu(tr("&Atlas"), window)
    actions = bar.actions()
    menus = getattr(window, "menus", None)
    insert_menu = menus[3] if isinstance(menus, list) and len(menus) > 3 else None
    after = actions.index(insert_menu.menuAction()) + 1 if insert_menu is not None and \
        insert_menu.menuAction() in actions else len(actions)
    if after < len(actions):  # right after Insert: Workshop stays next to Help
        bar.insertMenu(actions[after], menu)
    else:
        bar.addMenu(menu)
    return menu


def install_persona_library(window: Any, panel: Any = None) -> QAction:
    """Add Atlas > Persona Library… (enabled once an atlas is open) to a main window."""
    action = QAction(tr("&Persona Library…"), window)
    action.setObjectName("persona_library")
    action.setEnabled(False)

    def show() -> None:
        library = window._dialogs.get("persona_library") if hasattr(window, "_dialogs") else None
        if library is None:
            library = PersonaLibrary(window)
            if hasattr(window, "_dialogs"):
                window._dialogs["persona_library"] = library
        library.reload()
        library.show()
        library.raise_()
        library.activateWindow()

    action.triggered.connect(show)
    window.atlas_dock.scanned.connect(lambda: action.setEnabled(window.atlas_dock.index is not None))
    menu = _atlas_menu(window)
    menu.addAction(action)
    # the atlas-wide commands installed elsewhere stand here too, so the Atlas menu holds all of them
    atlas_wide = [window.findChild(QAction, name) for name in ("show_rollup", "export_atlas_pdf")]
    if any(atlas_wide):
        menu.addSeparator()
        menu.addActions([found for found in atlas_wide if found is not None])
    return action


__all__ = ["PersonaLibrary", "RefreshSummary", "ask_refresh", "install_persona_library", "show_summary"]
