"""Actions across the atlas: every action of every map in one table, overdue first, filterable.

The roll-up reads the saved maps of the atlas shown in the Atlas dock, with an
index of its own in a worker thread (``action_rollup``; an ``AtlasIndex`` is
used by one thread at a time, and the dock's belongs to the dock's worker),
so the window keeps painting while a large atlas is read. It is read again
after each scan of the atlas while the dock is shown, and by Refresh.

A map open in a tab is shown as it is in the tab, not as saved: actions added
or edited there appear (in italics, "unsaved", while the map has unsaved
changes) half a second after the edit, without a read of the files. Closing
such a tab reads the atlas again, as its file may differ from the tab.

Filters narrow the table without reading again: owner, status (one, or every
open one), due before a date, overdue only. Double-click or Enter on a row
opens its map with the cards the action addresses selected and the action
picked out in the action plan; the overdue colours are the action plan's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
    QTimer, Signal,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..atlas import AtlasIndex, RolledAction, action_rollup
from ..atlas.rollup import rollup_order
from ..model import ActionStatus, JourneyMap
from .action_columns import overdue_colours, shorten, status_name
from .action_filter import OPEN
from .actions import insert_after
from .io_worker import IoQueue

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab
    from .map_sources import MapSources

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
MAP, ACTION, OWNER, STATUS, DUE, OVERDUE = range(6)


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas_rollup", text)


def headers() -> list[str]:
    return [tr("Map"), tr("Action"), tr("Owner"), tr("Status"), tr("Due"), tr("Overdue")]


REFRESH_DELAY_MS = 500
"""Edits in an open map reach the roll-up this long after the last one (typing is one refresh)."""


@dataclass(frozen=True)
class RollupRead:
    """What the worker read: the saved actions, and the atlas's maps (resolved file -> entry path)."""

    rows: list[RolledAction]
    maps: dict[Path, tuple[str, Path]]
    """Each map file, resolved (to match open tabs), -> (entry path as written in the atlas, file)."""


@dataclass(frozen=True)
class OpenMap:
    """A map open in a tab: the roll-up shows its journey as in the tab, not as saved."""

    file: Path
    journey: JourneyMap
    modified: bool


def resolved(file: Path) -> Path:
    """The key files are matched by (as ``opening.same_file``)."""
    try:
        return Path(file).resolve()
    except OSError:
        return Path(file).absolute()


def read_rollup(path: Path, cache_folder: Optional[Path], today: Optional[date] = None) -> RollupRead:
    """In the worker: the atlas's actions, overdue first (an index of its own: one thread per index)."""
    index = AtlasIndex.open(path, cache_folder=cache_folder, today=today)
    rows = action_rollup(index)
    maps = {resolved(info.link.file): (info.path, info.link.file) for info in index.readable() if info.link.file}
    return RollupRead(rows, maps)


def with_open_maps(read: RollupRead, open_maps: Sequence[OpenMap], today: date) -> tuple[list[RolledAction], set[Path]]:
    """The saved rows with each open map's actions replacing its saved ones; and the files with unsaved changes."""
    live: dict[Path, OpenMap] = {}
    for shown in open_maps:
        key = resolved(shown.file)
        if key in read.maps:
            live[key] = shown
    if not live:
        return list(read.rows), set()
    live_files = {read.maps[key][1] for key in live}
    rows = [row for row in read.rows if row.file not in live_files]
    unsaved: set[Path] = set()
    for key, shown in live.items():
        map_path, file = read.maps[key]
        if shown.modified:
            unsaved.add(file)
        rows += [RolledAction(map_path, file, shown.journey.title, action, action.is_overdue(today))
                 for action in shown.journey.actions]
    rows.sort(key=rollup_order)
    return rows, unsaved


class RollupModel(QAbstractTableModel):
    """One row per action of the atlas, in ``action_rollup``'s order (overdue first, then by due date)."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self.rows: list[RolledAction] = []
        self.unsaved: set[Path] = set()
        """Files of maps whose rows come from a tab with unsaved changes."""
        self._ink, self._fill = overdue_colours(QGuiApplication.palette())

    def show_rows(self, rows: Sequence[RolledAction], unsaved: frozenset[Path] | set[Path] = frozenset()) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.unsaved = set(unsaved)
        self.endResetModel()

    def is_unsaved(self, row: RolledAction) -> bool:
        return row.file in self.unsaved

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return headers()[section]
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        action = row.action
        column = index.column()
        unsaved = self.is_unsaved(row)
        if role == Role.DisplayRole:
            return [row.map_title or row.map_path, shorten(action.title, 80), action.owner, status_name(action.status),
                    action.due.isoformat() if action.due else "", tr("Overdue") if row.overdue else ""][column]
        if role == Role.AccessibleTextRole:  # a screen reader hears what italics show
            text = self.data(index, Role.DisplayRole)
            return tr("%1 (unsaved)").replace("%1", text) if unsaved and column == MAP else text
        if role == Role.FontRole and unsaved:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.ToolTipRole:
            if column == MAP:
                return row.map_path + ("\n" + tr("unsaved changes in the open map") if unsaved else "")
            if unsaved and column != ACTION:
                return tr("unsaved changes in the open map")
            if column == ACTION:
                return "\n\n".join(t for t in (action.title, action.description) if t)
            if column in (DUE, OVERDUE) and row.overdue:
                return tr("Overdue: due %1 and still open").replace("%1", action.due.isoformat() if action.due else "")
        if role == Role.ForegroundRole and row.overdue and column in (DUE, OVERDUE):
            return self._ink
        if role == Role.BackgroundRole and row.overdue:
            return self._fill
        return None


class RollupFilter(QSortFilterProxyModel):
    """Rows of one owner, one status (or every open one), due before a date, or overdue only."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self.owner: Optional[str] = None
        self.status: Optional[str] = None
        """None for every status, ``OPEN`` for the open ones, or one ``ActionStatus`` value."""
        self.due_before: Optional[date] = None
        self.overdue_only = False

    def set(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        row: RolledAction = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        action = row.action
        if self.overdue_only and not row.overdue:
            return False
        if self.owner is not None and action.owner.strip().casefold() != self.owner.strip().casefold():
            return False
        if self.status == OPEN and not action.status.is_open:
            return False
        if self.status not in (None, OPEN) and action.status != ActionStatus(self.status):
            return False
        return self.due_before is None or (action.due is not None and action.due < self.due_before)


class RollupDock(QDockWidget):
    """“Actions across the atlas”: the table, its filters, and opening an action's map."""

    open_requested = Signal(object)
    """A RolledAction whose map should open with the action shown."""
    loaded = Signal()

    def __init__(self, parent: Optional[QWidget] = None, today: Callable[[], Optional[date]] = lambda: None,
                 open_maps: Callable[[], Sequence[OpenMap]] = lambda: ()) -> None:
        super().__init__(tr("Actions across the atlas"), parent)  # a dock title, as "Action plan" beside it
        self.setObjectName("atlas_rollup")
        self.setAccessibleName(tr("Actions across the atlas"))
        self.today = today
        self.open_maps = open_maps
        """The maps open in tabs now: their rows come from the tab, not the file."""
        self.path: Optional[Path] = None
        self._saved: Optional[RollupRead] = None
        self._merge_timer = QTimer(self)
        self._merge_timer.setSingleShot(True)
        self._merge_timer.setInterval(REFRESH_DELAY_MS)
        self._merge_timer.timeout.connect(self._merge_open_maps)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(REFRESH_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_if_shown)
        self.cache_folder: Optional[Path] = None
        self._stale = False
        self._generation = 0
        self.io = IoQueue(self)
        self.model = RollupModel(self)
        self.proxy = RollupFilter(self)
        self.proxy.setSourceModel(self.model)

        self.owner = QComboBox()
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.setAccessibleName(tr("Filter by owner"))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Filter by status"))
        self.status.addItem(tr("All statuses"), None)
        self.status.addItem(tr("Open (not done)"), OPEN)
        for status in ActionStatus:
            self.status.addItem(status_name(status), status.value)
        self.due_check = QCheckBox(tr("Due &before"))
        self.due_date = QDateEdit(QDate.currentDate().addDays(30))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.due_date.setAccessibleName(tr("Due before this date"))
        self.due_date.setEnabled(False)
        self.overdue_only = QCheckBox(tr("&Overdue only"))
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.setToolTip(tr("Read the atlas's maps again (open maps as they are in their tabs)"))
        self.count = QLabel()
        self.count.setAccessibleName(tr("Number of actions shown"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(tr("Reading the atlas's actions"))
        self.progress.hide()
        self.table = QTableView()
        self.table.setObjectName("rollup_table")
        self.table.setAccessibleName(tr("Every action of every map of the atlas"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(  # as the action plan tabbed with it
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setWordWrap(False)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        owner_label, status_label = QLabel(tr("Ow&ner:")), QLabel(tr("&Status:"))
        owner_label.setBuddy(self.owner)  # Alt+N / Alt+S reach the filters from the keyboard
        status_label.setBuddy(self.status)
        for widget in (owner_label, self.owner, status_label, self.status, self.due_check,
                       self.due_date, self.overdue_only):
            controls.addWidget(widget)
        controls.addStretch(1)
        for widget in (self.count, self.progress, self.refresh_button):
            controls.addWidget(widget)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        self.owner.currentIndexChanged.connect(lambda _i: self.proxy.set(owner=self.owner.currentData()))
        self.status.currentIndexChanged.connect(lambda _i: self.proxy.set(status=self.status.currentData()))
        self.due_check.toggled.connect(self._due_changed)
        self.due_date.dateChanged.connect(lambda _d: self._due_changed())
        self.overdue_only.toggled.connect(lambda on: self.proxy.set(overdue_only=on))
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(self._activated)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.visibilityChanged.connect(lambda _shown: self._load_if_stale(not self.isHidden()))
        self._count()

    # --- reading ------------------------------------------------------------------------------

    def set_atlas(self, path: Optional[Path], cache_folder: Optional[Path] = None) -> None:
        """Follow the atlas at ``path``: read now if shown, else when next shown."""
        self.path, self.cache_folder = path, cache_folder
        self._stale = True
        self._load_if_stale(not self.isHidden())

    def _load_if_stale(self, shown: bool) -> None:
        if self._stale and shown:
            self.reload()

    def reload(self) -> None:
        if self.path is None:
            self._saved = None
            self.model.show_rows([])
            return
        self._stale = False
        self._generation += 1
        generation, path, folder, today = self._generation, self.path, self.cache_folder, self.today()
        self.progress.show()
        self.io.submit(lambda: read_rollup(path, folder, today), lambda read: self._read(generation, read),
                       lambda error: self._failed(generation, error))

    def open_map_changed(self) -> None:
        """An open map was edited or saved: show it as in its tab, once the edits pause."""
        self._merge_timer.start()

    def open_map_closed(self) -> None:
        """A tab closed: its map's rows come from its file again, which may differ from the tab."""
        self._reload_timer.start()

    def _reload_if_shown(self) -> None:
        self._stale = True
        self._load_if_stale(not self.isHidden())

    def _merge_open_maps(self) -> None:
        if self._saved is None:
            return
        if self.isHidden():
            self._stale = True  # shown later: read again then (the files may have been saved meanwhile)
            return
        self._show(self._saved)

    def _read(self, generation: int, read: RollupRead) -> None:
        if generation != self._generation:
            return  # an older read finished after a newer one started
        self.progress.hide()
        self._saved = read
        self._show(read)
        for column in (MAP, OWNER, STATUS, DUE, OVERDUE):  # on a read only: not jumping while a map is edited
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        self.loaded.emit()

    def _show(self, read: RollupRead) -> None:
        rows, unsaved = with_open_maps(read, self.open_maps(), self.today() or date.today())
        chosen = self.shown_rows()[self._selected_row()] if self._selected_row() is not None else None
        self.model.show_rows(rows, unsaved)
        self._fill_owners(rows)
        self._reselect(chosen)

    def _selected_row(self) -> Optional[int]:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _reselect(self, chosen: Optional[RolledAction]) -> None:
        """Keep the selected action selected across a refresh (an edit elsewhere must not lose the user's place)."""
        if chosen is None:
            return
        for number, row in enumerate(self.shown_rows()):
            if row.action.id == chosen.action.id and row.file == chosen.file:
                self.table.selectRow(number)
                return

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.progress.hide()
            self.count.setText(tr("The atlas cannot be read: %1").replace("%1", str(error).splitlines()[0]))

    def _fill_owners(self, rows: Sequence[RolledAction]) -> None:
        chosen = self.owner.currentData()
        names: dict[str, str] = {}
        for row in rows:
            if row.action.owner.strip():
                names.setdefault(row.action.owner.strip().casefold(), row.action.owner.strip())
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("Everyone"), None)
        for name in sorted(names.values(), key=str.casefold):
            self.owner.addItem(name, name)
        found = self.owner.findData(chosen) if chosen is not None else 0
        self.owner.setCurrentIndex(max(found, 0))
        self.owner.blockSignals(False)
        self.proxy.set(owner=self.owner.currentData())

    # --- filters and rows -----------------------------------------------------------------------

    def _due_changed(self, *_args: Any) -> None:
        on = self.due_check.isChecked()
        self.due_date.setEnabled(on)
        self.proxy.set(due_before=self.due_date.date().toPython() if on else None)

    def _count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for row in self.shown_rows() if row.overdue)
        text = tr("%1 of %2 actions").replace("%1", str(shown)).replace("%2", str(total))
        if overdue:
            text += tr(", %1 overdue").replace("%1", str(overdue))
        self.count.setText(text)

    def shown_rows(self) -> list[RolledAction]:
        """The rows as the table shows them (tests and keyboard helpers)."""
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.open_requested.emit(row)


def install_rollup(window: "MainWindow", sources: "MapSources") -> RollupDock:
    """The roll-up dock (tabbed with the action plan, hidden until asked for) and its View menu entry."""
    dock = RollupDock(window, open_maps=lambda: open_maps_of(window))
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.action_panel, dock)
    window.action_panel.raise_()
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setObjectName("show_rollup")
    toggle.setText(tr("A&ctions Across the Atlas"))  # "&A" is Atlas as PDF's in the Atlas menu
    toggle.triggered.connect(lambda checked: dock.raise_() if checked else None)  # in front of the action plan
    insert_after(window.menus[2], window.action_panel.toggleViewAction(), toggle)  # with the other docks
    atlas = window.atlas_dock
    atlas.scanned.connect(lambda: dock.set_atlas(atlas.path, atlas.cache_folder))
    dock.open_requested.connect(lambda row: show_action(window, sources, row))
    window.tab_added.connect(lambda tab: follow_tab(dock, tab))
    for tab in window.tab_list():
        follow_tab(dock, tab)
    return dock


def open_maps_of(window: "MainWindow") -> list[OpenMap]:
    """The maps in the window's tabs that have a file (an untitled map is in no atlas)."""
    return [OpenMap(tab.document.path, tab.document.journey, tab.document.modified)
            for tab in window.tab_list() if tab is not None and tab.document.path is not None]


def follow_tab(dock: RollupDock, tab: "Tab") -> None:
    """Edits, saves and the closing of an open map refresh the roll-up."""
    document = tab.document
    document.changed.connect(dock.open_map_changed)
    document.file_changed.connect(dock.open_map_changed)  # saved (no more italics), or saved under a new name
    document.destroyed.connect(dock.open_map_closed)
    dock.open_map_changed()  # a map just opened: its tab may differ from its file (recovered work)


def show_action(window: "MainWindow", sources: "MapSources", row: RolledAction) -> None:
    """Open the action's map, select the cards (or the stage) it addresses, and pick it out in the action plan."""
    tab = sources.open(row.file)
    if tab is None:
        return
    journey = tab.document.journey
    action = next((a for a in journey.actions if a.id == row.action.id), None)
    if action is None:
        window.statusBar().showMessage(tr("“%1” is no longer in “%2” (changed since the roll-up was read).")
                                       .replace("%1", row.action.title).replace("%2", tab.document.display_name), 8000)
        return
    cards = [card for card in action.cards if tab.document.card(card) is not None]
    if cards:
        tab.view.select_cards(cards)
        tab.view.ensure_visible(cards[0])
    elif action.stages and journey.stage(action.stages[0]) is not None:
        tab.view.map_scene.select_stage(action.stages[0])
    panel = window.action_panel
    panel.show()
    panel.raise_()
    panel.select_action(action.id)
    tab.view.setFocus()
