"""The action-plan dock: the current map's actions as a table, sorted, filtered and edited in place.

It follows the current tab like the inspector does. Edits made here are undo
steps of the map (through the model's ``setData``), and "Add action" links a
new action to what is selected on the canvas, then lets the user type its
title at once: turning a pain point into an action is one shortcut and a title.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editor import MapDocument, edits
from ..model import JourneyMap
from .action_delegate import ActionDelegate
from .action_filter import OPEN, ActionFilter
from .action_columns import STATUS_ORDER, Column, status_name
from .action_model import ActionTableModel
from .owners import known_owners


def tr(text: str) -> str:
    return QCoreApplication.translate("action_panel", text)


class ActionTable(QTableView):
    """The table; Delete and Backspace remove the selected actions (not the canvas's cards)."""

    delete_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_delete(event) and not self._editing():
            event.accept()  # ours, not the window's Delete (which acts on the canvas)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._is_delete(event) and not self._editing():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_delete(event: QEvent) -> bool:
        return isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier

    def _editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState


class ActionPanel(QDockWidget):
    """Filter bar, the table, and add/delete buttons for the current map's action plan."""

    problem = Signal(str)  # shown in the status bar

    def __init__(self, parent: Optional[QWidget] = None, today: Callable[[], date] = date.today,
                 journeys: Optional[Callable[[], list[JourneyMap]]] = None) -> None:
        super().__init__(tr("Action plan"), parent)
        self.setObjectName("action_panel")
        self.document: Optional[MapDocument] = None
        self.view: Optional[Any] = None
        self._journeys = journeys
        self.more_owners: Callable[[], list[str]] = list
        """Owners named elsewhere (the open atlas's maps), offered after those of the open maps."""
        self.model = ActionTableModel(today, self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.problem.connect(self.problem)
        self.model.set_palette(self.table.palette())
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.set_target(None, None)

    def _build(self) -> None:
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(tr("Filter actions…"))
        self.filter_text.setAccessibleName(tr("Filter actions"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(tr("Show actions by status"))
        self.status_filter.addItem(tr("All statuses"), None)
        self.status_filter.addItem(tr("Open (not done)"), OPEN)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_name(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData()))
        self.overdue_only = QCheckBox(tr("Overdue only"))
        self.overdue_only.setAccessibleName(tr("Show only overdue actions"))
        self.overdue_only.toggled.connect(self.proxy.set_overdue_only)
        self.count = QLabel()
        self.count.setAccessibleName(tr("Actions shown"))
        self.add_button = QToolButton()
        self.add_button.setText(tr("Add"))
        self.add_button.setAccessibleName(tr("Add action"))
        self.add_button.setToolTip(tr("Add an action for the selected cards or stage"))
        self.add_button.clicked.connect(lambda: self.add_from_selection())
        self.delete_button = QToolButton()
        self.delete_button.setText(tr("Delete"))
        self.delete_button.setAccessibleName(tr("Delete action"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = ActionTable()
        self.table.setObjectName("action_table")
        self.table.setAccessibleName(tr("Action plan"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ActionDelegate(self.owners, self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the map's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        trigger = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(trigger.DoubleClicked | trigger.EditKeyPressed | trigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.TITLE, 300), (Column.OWNER, 190), (Column.DUE, 96), (Column.STATUS, 96),
                              (Column.PRIORITY, 80), (Column.STAGES, 130)):
            header.resizeSection(column, width)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._show_on_canvas)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_text, 2)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

    # --- following the current tab ----------------------------------------------------

    def set_target(self, document: Optional[MapDocument], view: Optional[Any]) -> None:
        self.document, self.view = document, view
        self.model.set_document(document)
        self.setEnabled(document is not None)
        self._update_count()

    def owners(self) -> list[str]:
        """Owners already written in the open maps (or this one), for the owner field's completer."""
        journeys = self._journeys() if self._journeys is not None else []
        if self.document is not None and all(j is not self.document.journey for j in journeys):
            journeys = [self.document.journey, *journeys]
        return known_owners(journeys, self.more_owners())

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = tr("%1 of %2 actions").replace("%1", str(shown)).replace("%2", str(total))
        else:
            text = tr("1 action") if total == 1 else tr("%1 actions").replace("%1", str(total))
        self.count.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_ids()))

    # --- commands -----------------------------------------------------------------------

    def add_from_selection(self) -> Optional[str]:
        """A new action linked to the selected cards, or the selected stage; its title is then edited."""
        document = self.document
        if document is None:
            return None
        selection = self.view.selection() if self.view is not None else None
        cards = list(selection.ids) if selection is not None and selection.kind == "cards" else []
        stages = [selection.single] if selection is not None and selection.kind == "stage" and selection.single else []
        action_id = edits.add_action(document, tr("New action"), cards=cards, stages=stages)
        self.show()
        self.raise_()
        self.edit_title(action_id)
        return action_id

    def proxy_index(self, action_id: str, column: Column = Column.TITLE) -> QModelIndex:
        row = self.model.row_of(action_id)
        return self.proxy.mapFromSource(self.model.index(row, column)) if row >= 0 else QModelIndex()

    def select_action(self, action_id: str) -> QModelIndex:
        """Select an action's row (clearing filters that hide it) and scroll to it."""
        index = self.proxy_index(action_id)
        if not index.isValid() and self.model.row_of(action_id) >= 0:
            self.clear_filters()
            index = self.proxy_index(action_id)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        return index

    def edit_title(self, action_id: str) -> None:
        index = self.select_action(action_id)
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def clear_filters(self) -> None:
        self.filter_text.clear()
        self.status_filter.setCurrentIndex(0)
        self.overdue_only.setChecked(False)

    def selected_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.action_at(row).id for row in sorted(rows) if row >= 0]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.document is not None and ids:
            edits.delete_actions(self.document, ids)

    def _show_on_canvas(self, index: QModelIndex) -> None:
        """Double-click on what an action addresses: select those cards on the map."""
        if index.column() not in (Column.STAGES, Column.CARDS) or self.view is None:
            return
        row = self.model.row_info(self.proxy.mapToSource(index).row())
        ids = [card.card_id for card in row.cards]
        if ids:
            self.view.select_cards(ids)
            self.view.ensure_visible(ids[0])
