"""The Personas dock: the current map's personas, with their photos, and whose curve is edited.

Add, edit, remove and reorder are each one undoable edit (``editor.edits``).
"Add from library" copies a persona of the opened atlas's library into the
map keeping its id, which is what links the copy to the library (refreshing
copies finds them by it). Selecting a persona makes its emotion curve the one
the canvas, the number keys and the inspector edit; so does clicking its name
in the curve's legend.

Keys in the list: Insert adds, Enter edits, Delete removes, Ctrl+Up/Down move.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editor import Change, MapDocument, edits
from ..model import Persona
from . import persona_editor
from .actions import insert_after, keep_toggle_mnemonic
from .image_import import image_pixmap
from .persona_editor import changed_fields
from .persona_library import install_persona_library

THUMBNAIL = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("personas", text)


LIST_KEYS: tuple[tuple[str, str, str], ...] = (
    ("add", "Ins", QT_TRANSLATE_NOOP("personas", "Add a persona")),
    ("edit", "Return", QT_TRANSLATE_NOOP("personas", "Edit the selected persona")),
    ("remove", "Del", QT_TRANSLATE_NOOP("personas", "Remove the selected persona")),
    ("up", "Ctrl+Up", QT_TRANSLATE_NOOP("personas", "Move the selected persona up")),
    ("down", "Ctrl+Down", QT_TRANSLATE_NOOP("personas", "Move the selected persona down")),
)
"""(command, key, what it does) of the keys the personas list takes while it has the focus: the buttons'
actions (which the list's key filter triggers) and the Keyboard Shortcuts window both read them from here."""
LIST_KEY_CONTEXT = "personas"


class _ListKeys(QObject):
    """Insert, Enter, Delete and Ctrl+Up/Down in the list are the list's commands, not the window's
    (Edit > Delete deletes cards on the canvas): taken here while the list has the focus."""

    def __init__(self, target: QListWidget, actions: dict[str, QAction]) -> None:
        super().__init__(target)
        self.actions = actions
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        command = next((a for a in self.actions.values()
                        if a.shortcut().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch), None)
        if command is None and event.key() == Qt.Key.Key_Enter:
            command = self.actions["edit"]  # the keypad's Enter too
        if command is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return False
        if command.isEnabled():
            command.trigger()
        return True


class PersonasPanel(QDockWidget):
    """The personas of the current map. ``library`` gives the atlas's personas (empty without an atlas)."""

    problem = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None,
                 library: Callable[[], list[Persona]] = lambda: []) -> None:
        super().__init__(tr("Personas"), parent)
        self.setObjectName("personas_dock")
        self.setAccessibleName(tr("Personas"))
        self.library = library
        self.document: Optional[MapDocument] = None

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Personas of the map"))
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)  # a long role wraps in the dock instead of running off its edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(self._row_changed)
        self.curve_label = QLabel()
        self.curve_label.setWordWrap(True)
        self.curve_label.setAccessibleName(tr("Edited emotion curve"))

        self.actions: dict[str, QAction] = {}
        buttons = QGridLayout()  # rows of three: the dock stays as narrow as the inspector
        shortcuts = {command: key for command, key, _what in LIST_KEYS}
        for position, (command, text, slot) in enumerate((
            ("add", tr("&Add"), self.add_new),
            ("edit", tr("&Edit…"), self.edit_selected),
            ("remove", tr("&Remove"), self.remove_selected),
            ("up", tr("Move &up"), lambda: self.move_selected(-1)),
            ("down", tr("Move &down"), lambda: self.move_selected(1)),
        )):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcuts[command]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list's key filter triggers it
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.actions[command] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, position // 3, position % 3)
        self.library_button = QToolButton()
        self.library_button.setText(tr("From &library"))
        self.library_button.setAccessibleName(tr("Add a persona from the atlas's library"))
        self.library_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.library_menu = QMenu(self.library_button)
        self.library_menu.aboutToShow.connect(self._fill_library_menu)
        self.library_button.setMenu(self.library_menu)
        self.library_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        buttons.addWidget(self.library_button, 2, 0, 1, 3)  # a row of its own: its menu arrow never covers the text

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.curve_label)
        scroller = QScrollArea()  # like the inspector it shares a place with: never wider than the window allows
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName(tr("Personas"))
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(body)
        self.setWidget(scroller)
        self.keys = _ListKeys(self.list, self.actions)
        self.set_document(None)

    # --- following the current map -------------------------------------------------------

    def set_document(self, document: Optional[MapDocument]) -> None:
        if self.document is not None:
            try:
                self.document.changed.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
        self.document = document
        if document is not None:
            document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.personas or change.everything:
            self.refresh()
        elif change.frame:  # perhaps another curve chosen (legend), perhaps scores: marks only
            self._mark_curve()

    def _mark_curve(self) -> None:
        document = self.document
        curve = edits.curve_persona(document) if document is not None else None
        people = {p.id: p for p in document.journey.personas} if document is not None else {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            persona = people.get(item.data(Qt.ItemDataRole.UserRole))
            if persona is not None:
                item.setText(self._label(persona, persona.id == curve))
        self._update_state(curve)

    def refresh(self) -> None:
        """Rebuild the list from the map (keeping the selected persona selected)."""
        document = self.document
        selected = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        curve = edits.curve_persona(document) if document is not None else None
        if document is not None:
            for persona in document.journey.personas:
                item = QListWidgetItem(self._label(persona, persona.id == curve))
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                pixmap = image_pixmap(persona.photo, THUMBNAIL)
                if not pixmap.isNull():
                    item.setIcon(QIcon(pixmap))
                item.setToolTip(persona.quote or persona.role or persona.name)
                self.list.addItem(item)
        wanted = selected if selected is not None else curve
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._update_state(curve)

    def _label(self, persona: Persona, edited: bool) -> str:
        """Name (marked with a pencil when its curve is the edited one), then role."""
        name = persona.name or tr("Unnamed persona")
        if edited:
            name = "\u270e " + name
        return f"{name}\n{persona.role}" if persona.role else name

    def _update_state(self, curve: Optional[str]) -> None:
        has_map = self.document is not None
        has_row = self.selected_id() is not None
        self.actions["add"].setEnabled(has_map)
        for key in ("edit", "remove"):
            self.actions[key].setEnabled(has_row)
        row = self.list.currentRow()
        self.actions["up"].setEnabled(has_row and row > 0)
        self.actions["down"].setEnabled(has_row and row < self.list.count() - 1)
        self.library_button.setEnabled(has_map and bool(self.library()))
        if self.document is None:
            self.curve_label.setText(tr("No map open"))
            return
        names = {p.id: p.name or tr("Unnamed persona") for p in self.document.journey.personas}
        whose = names.get(curve, tr("the map's own")) if curve is not None else tr("the map's own")
        self.curve_label.setText(tr("Emotion curve edited: %1. Select a persona (or its name in the curve's "
                                    "legend) to edit its curve.").replace("%1", whose))

    def selected_id(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _row_changed(self, _row: int) -> None:
        persona_id = self.selected_id()
        if self.document is not None and persona_id is not None:
            edits.choose_curve_persona(self.document, persona_id)
        self._update_state(edits.curve_persona(self.document) if self.document else None)

    # --- commands ------------------------------------------------------------------------

    def add_new(self) -> Optional[str]:
        """Ask for a new persona and add it (one undo step); its id, or None if cancelled."""
        if self.document is None:
            return None
        created = persona_editor.edit_persona(self, Persona(name=tr("New persona")), tr("New persona"))
        if created is None:
            return None
        return self._add(created)

    def add_from_library(self, persona: Persona) -> Optional[str]:
        """Copy a library persona into the map, keeping its id (the link to the library)."""
        return self._add(persona)

    def _add(self, persona: Persona) -> Optional[str]:
        document = self.document
        if document is None:
            return None
        try:
            persona_id = edits.add_persona(document, persona)
        except ValueError as error:
            self.problem.emit(str(error))
            return None
        self.select(persona_id)
        return persona_id

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)

    def edit_selected(self) -> bool:
        """Edit the selected persona in the dialog; one undo step if anything changed."""
        document, persona_id = self.document, self.selected_id()
        if document is None or persona_id is None:
            return False
        before = edits.persona(document, persona_id)
        after = persona_editor.edit_persona(self, before, tr("Edit persona"))
        if after is None:
            return False
        changes = changed_fields(before, after)
        if changes:
            edits.set_persona_fields(document, persona_id, **changes)
        return bool(changes)

    def remove_selected(self) -> None:
        document, persona_id = self.document, self.selected_id()
        if document is None or persona_id is None:
            return
        row = self.list.currentRow()
        edits.delete_persona(document, persona_id)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_selected(self, step: int) -> None:
        document, persona_id = self.document, self.selected_id()
        if document is None or persona_id is None:
            return
        row = self.list.currentRow()
        edits.move_persona(document, row, row + step)
        self.select(persona_id)

    def _fill_library_menu(self) -> None:
        self.library_menu.clear()
        on_map = {p.id for p in self.document.journey.personas} if self.document is not None else set()
        for persona in self.library():
            action = self.library_menu.addAction(persona.name or persona.id)
            if persona.id in on_map:
                action.setEnabled(False)
                action.setText(tr("%1 (on this map)").replace("%1", persona.name or persona.id))
            action.triggered.connect(lambda _checked=False, p=persona: self.add_from_library(p))


def install_personas(window: Any) -> PersonasPanel:
    """Add the Personas dock and the persona library to a main window (called from its __init__)."""
    def library() -> list[Persona]:
        index = getattr(window.atlas_dock, "index", None)
        return list(index.atlas.personas) if index is not None else []

    panel = PersonasPanel(window, library)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    window.tabifyDockWidget(window.inspector, panel)
    window.inspector.raise_()
    if isinstance(getattr(window, "menus", None), list) and len(window.menus) > 2:
        keep_toggle_mnemonic(panel, "r")
        insert_after(window.menus[2], window.inspector.toggleViewAction(), panel.toggleViewAction())  # with the other docks
    panel.problem.connect(lambda text: window.statusBar().showMessage(text, 8000))

    def follow() -> None:
        tab = window.current_tab()
        panel.set_document(tab.document if tab is not None else None)

    panes = getattr(window, "panes", None)
    if panes is not None:  # either side of a split view: the dock edits the map the user is on
        panes.current_changed.connect(follow)
    else:
        window.tabs.currentChanged.connect(lambda _index: follow())
    window.atlas_dock.scanned.connect(lambda: panel.refresh())
    follow()
    window.persona_library = install_persona_library(window, panel)
    return panel


__all__ = ["PersonasPanel", "install_personas"]
