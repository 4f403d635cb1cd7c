"""Actions across the atlas: every action of every map in one table, overdue first, filterable.

The roll-up reads the saved maps of the atlas shown in the Atlas dock, with an
index of its own in a worker thread (``action_rollup``; an ``AtlasIndex`` is
used by one thread at a time, and the dock's belongs to the dock's worker),
so the window keeps painting while a large atlas is read. It is read again
after each scan of the atlas while the dock is shown, and by Refresh.

Filters narrow the table without reading again: owner, status (one, or every
open one), due before a date, overdue only. Double-click or Enter on a row
opens its map with the cards the action addresses selected and the action
picked out in the action plan; the overdue colours are the action plan's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..atlas import AtlasIndex, RolledAction, action_rollup
from ..model import ActionStatus
from .action_columns import overdue_colours, shorten, status_name
from .action_filter import OPEN
from .actions import insert_after
from .io_worker import IoQueue

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .map_sources import MapSources

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
MAP, ACTION, OWNER, STATUS, DUE, OVERDUE = range(6)


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas_rollup", text)


def headers() -> list[str]:
    return [tr("Map"), tr("Action"), tr("Owner"), tr("Status"), tr("Due"), tr("Overdue")]


def read_rollup(path: Path, cache_folder: Optional[Path], today: Optional[date] = None) -> list[RolledAction]:
    """In the worker: the atlas's actions, overdue first (an index of its own: one thread per index)."""
    return action_rollup(AtlasIndex.open(path, cache_folder=cache_folder, today=today))


class RollupModel(QAbstractTableModel):
    """One row per action of the atlas, in ``action_rollup``'s order (overdue first, then by due date)."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self.rows: list[RolledAction] = []
        self._ink, self._fill = overdue_colours(QGuiApplication.palette())

    def show_rows(self, rows: Sequence[RolledAction]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return [row.map_title or row.map_path, shorten(action.title, 80), action.owner, status_name(action.status),
                    action.due.isoformat() if action.due else "", tr("Overdue") if row.overdue else ""][column]
        if role == Role.ToolTipRole:
            if column == MAP:
                return row.map_path
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

    def __init__(self, parent: Optional[QWidget] = None, today: Callable[[], Optional[date]] = lambda: None) -> None:
        super().__init__(tr("Actions across the atlas"), parent)  # a dock title, as "Action plan" beside it
        self.setObjectName("atlas_rollup")
        self.setAccessibleName(tr("Actions across the atlas"))
        self.today = today
        self.path: Optional[Path] = None
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
        self.refresh_button.setToolTip(tr("Read the atlas's maps again (what is saved in their files)"))
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
            self.model.show_rows([])
            return
        self._stale = False
        self._generation += 1
        generation, path, folder, today = self._generation, self.path, self.cache_folder, self.today()
        self.progress.show()
        self.io.submit(lambda: read_rollup(path, folder, today), lambda rows: self._read(generation, rows),
                       lambda error: self._failed(generation, error))

    def _read(self, generation: int, rows: list[RolledAction]) -> None:
        if generation != self._generation:
            return  # an older read finished after a newer one started
        self.progress.hide()
        self.model.show_rows(rows)
        self._fill_owners(rows)
        for column in (MAP, OWNER, STATUS, DUE, OVERDUE):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        self.loaded.emit()

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
    dock = RollupDock(window)
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
    return dock


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
