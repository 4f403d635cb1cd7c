"""The map's action plan as a table model: one row per action, edits go through the undo stack.

The model never writes to the map itself: ``setData`` calls
``edits.set_action_fields``, so every change made in the table is one undoable
step, and the table follows the document's ``changed`` signal (undo, edits in
other views). Rows are computed once per change (``export.actions.action_rows``,
the same resolution of cards and stages the PDF prints), not per paint.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Optional

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from ..editor import Change, MapDocument, edits
from ..export.actions import ActionRow, action_rows
from ..model import Action, ActionStatus, Priority
from .action_columns import (
    EDITABLE,
    FIELDS,
    HEADERS,
    PRIORITY_RANK,
    STATUS_ORDER,
    Column,
    overdue_colours,
    priority_name,
    shorten,
    status_name,
)

__all__ = ["ActionTableModel", "Column", "overdue_colours", "shorten", "to_qdate"]

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def tr(text: str) -> str:
    return QCoreApplication.translate("action_model", text)


def to_qdate(value: Optional[date]) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


class ActionTableModel(QAbstractTableModel):
    """Rows of ``document.journey.actions`` in the map's order; sorting is the proxy's job."""

    problem = Signal(str)  # an edit the model refused (a too-long owner...)

    def __init__(self, today: Callable[[], date] = date.today, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self.today = today
        self.document: Optional[MapDocument] = None
        self._rows: list[ActionRow] = []
        self._ids: list[str] = []
        self._overdue_ink, self._overdue_fill = overdue_colours(QGuiApplication.palette())
        self._muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- following a document -------------------------------------------------------

    def set_document(self, document: Optional[MapDocument]) -> None:
        if self.document is not None:
            try:
                self.document.changed.disconnect(self._on_change)
            except (RuntimeError, TypeError):
                pass  # gone with its tab
        self.beginResetModel()
        self.document = document
        self._compute()
        self.endResetModel()
        if document is not None:
            document.changed.connect(self._on_change)

    def set_palette(self, palette: QPalette) -> None:
        self._overdue_ink, self._overdue_fill = overdue_colours(palette)
        self._muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._repaint()

    def refresh(self) -> None:
        """Recompute every row (after ``today`` changed, say)."""
        self._on_change(Change(actions=True))

    def _compute(self) -> None:
        journey = self.document.journey if self.document is not None else None
        self._rows = action_rows(journey, self.today()) if journey is not None else []
        self._ids = [row.action.id for row in self._rows]

    def _on_change(self, change: Change) -> None:
        if not self._concerns(change):
            return
        old = self._ids
        journey = self.document.journey if self.document is not None else None
        new = [a.id for a in journey.actions] if journey is not None else []
        if new == old:
            self._compute()
            self._repaint()
        elif len(new) == len(old) + 1 and _without_one(new, old) is not None:
            row = _without_one(new, old)
            self.beginInsertRows(QModelIndex(), row, row)
            self._compute()
            self.endInsertRows()
        elif len(new) + 1 == len(old) and _without_one(old, new) is not None:
            row = _without_one(old, new)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._compute()
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._compute()
            self.endResetModel()

    def _concerns(self, change: Change) -> bool:
        """Actions, stage names, or the text of a card some action addresses."""
        if change.actions or change.frame or change.everything:
            return True
        touched = change.cards | change.removed_cards
        return bool(touched) and any(touched.intersection(row.action.cards) for row in self._rows)

    def _repaint(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    # --- looking up -------------------------------------------------------------------

    def action_at(self, row: int) -> Action:
        return self._rows[row].action

    def row_info(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, action_id: str) -> int:
        """The row of an action, or -1."""
        try:
            return self._ids.index(action_id)
        except ValueError:
            return -1

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole and 0 <= section < len(Column):
            return tr(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        action = row.action
        if role == Role.DisplayRole:
            return self._display(row, column)
        if role == Role.EditRole:
            return self._edit_value(action, column)
        if role == Role.ToolTipRole:
            return self._tooltip(row, column)
        if role == Role.AccessibleTextRole:
            text = self._display(row, column)
            return tr("%1, overdue").replace("%1", text) if column == Column.DUE and row.overdue else text
        if role == Role.ForegroundRole:
            if row.overdue and column == Column.DUE:
                return self._overdue_ink
            if not action.status.is_open:
                return self._muted
        if role == Role.BackgroundRole and row.overdue:
            return self._overdue_fill
        if role == Role.FontRole and row.overdue and column == Column.DUE:
            return self._bold
        return None

    def _display(self, row: ActionRow, column: Column) -> str:
        action = row.action
        if column == Column.TITLE:
            return action.title
        if column == Column.OWNER:
            return action.owner
        if column == Column.DUE:
            return action.due.isoformat() if action.due else ""  # as the PDF and the date editor write it
        if column == Column.STATUS:
            return status_name(action.status)
        if column == Column.PRIORITY:
            return priority_name(action.priority)
        if column == Column.STAGES:
            return ", ".join(row.stage_names)
        return "; ".join(shorten(card.text) or tr("(empty card)") for card in row.cards)

    @staticmethod
    def _edit_value(action: Action, column: Column) -> Any:
        if column == Column.DUE:
            return to_qdate(action.due)
        if column in FIELDS:
            value = getattr(action, FIELDS[column])
            return value.value if isinstance(value, (ActionStatus, Priority)) else value
        return None

    def _tooltip(self, row: ActionRow, column: Column) -> Optional[str]:
        if column == Column.CARDS and row.cards:
            return "\n".join(f"{card.lane} · {card.stage}: {' '.join(card.text.split())}" for card in row.cards)
        if column == Column.DUE and row.overdue:
            return tr("Overdue: due %1 and still open").replace("%1", self._display(row, column))
        if column == Column.TITLE and row.action.description:
            return row.action.description
        return None

    def sort_key(self, row: int, column: int) -> tuple:
        """What the proxy sorts by: dates as dates (no date last), statuses and priorities by rank."""
        action = self._rows[row].action
        column = Column(column)
        if column == Column.DUE:
            return (action.due is None, action.due or date.max)
        if column == Column.STATUS:
            return (STATUS_ORDER.index(action.status),)
        if column == Column.PRIORITY:
            return (PRIORITY_RANK[action.priority],)
        text = self._display(self._rows[row], column).casefold()
        return (not text, text)

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802 - Qt's API
        if role != Role.EditRole or not index.isValid() or index.column() not in EDITABLE or self.document is None:
            return False
        column = Column(index.column())
        try:
            converted = _from_editor(column, value)
            edits.set_action_fields(self.document, self._rows[index.row()].action.id, **{FIELDS[column]: converted})
        except (KeyError, ValueError) as error:
            self.problem.emit(tr("Not changed: %1").replace("%1", _one_line(error)))
            return False
        return True


def _from_editor(column: Column, value: Any) -> Any:
    if column == Column.DUE:
        if isinstance(value, QDate):
            return value.toPython() if value.isValid() else None
        return value or None
    if column == Column.STATUS:
        return ActionStatus(value)
    if column == Column.PRIORITY:
        return Priority(value)
    text = str(value or "")
    return " ".join(text.split()) if column == Column.OWNER else text.strip()


def _without_one(longer: list[str], shorter: list[str]) -> Optional[int]:
    """The position in ``longer`` whose removal gives ``shorter``, if there is one."""
    for position in range(len(longer)):
        if position >= len(shorter) or longer[position] != shorter[position]:
            return position if longer[position + 1 :] == shorter[position:] else None
    return None


def _one_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    if hasattr(error, "errors"):  # a pydantic ValidationError: its first message
        try:
            return str(error.errors()[0]["msg"])  # type: ignore[attr-defined]
        except (IndexError, KeyError, TypeError):
            pass
    return text[0] if text else type(error).__name__
