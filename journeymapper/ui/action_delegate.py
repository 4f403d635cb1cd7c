"""In-place editors of the action table: text with owner completion, a date, and choice lists.

One delegate for the whole table so every column gets the editor its values
need (a completer of owners already used, a calendar for the due date, combo
boxes for status and priority), each with an accessible name. A choice list
commits as soon as a value is picked: one click, one undo step.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .action_columns import PRIORITY_ORDER, STATUS_ORDER, Column, priority_name, status_name
from .owners import owner_completer

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(1900, 1, 1)
"""The date editor's lowest value, shown as "No date": choosing it clears the due date."""


def tr(text: str) -> str:
    return QCoreApplication.translate("action_delegate", text)


class DueDateEdit(QDateEdit):
    """A date with a calendar; Delete clears it. An empty due date starts at today but stays
    empty unless the user changes it."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(tr("No date"))
        self.setDisplayFormat("yyyy-MM-dd")
        self.setAccessibleName(tr("Due date"))
        self.setToolTip(tr("Delete clears the due date"))
        self.was_empty = False
        self._start = QDate()

    def show_date(self, value: QDate) -> None:
        self.was_empty = not value.isValid()
        self._start = value if value.isValid() else QDate.currentDate()
        self.setDate(self._start)

    def chosen(self) -> QDate:
        """The date to store: an invalid QDate for none."""
        value = self.date()
        if value == NO_DATE or (self.was_empty and value == self._start):
            return QDate()
        return value

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete and not event.modifiers():
            event.accept()  # ours: the window's Delete would delete cards on the map
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.was_empty = False
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)


class ChoiceBox(QComboBox):
    """A combo box that knows whether its value was stepped with the keyboard (not yet a choice)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.stepping = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.stepping = True
        try:
            super().keyPressEvent(event)
        finally:
            self.stepping = False


class ActionDelegate(QStyledItemDelegate):
    """Editors per column; ``owners()`` gives the names the owner field completes."""

    def __init__(self, owners: Callable[[], list[str]], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.owners = owners

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = Column(index.column())
        if column == Column.DUE:
            return DueDateEdit(parent)
        if column in (Column.STATUS, Column.PRIORITY):
            box = ChoiceBox(parent)
            if column == Column.STATUS:
                box.setAccessibleName(tr("Status"))
                for status in STATUS_ORDER:
                    box.addItem(status_name(status), status.value)
            else:
                box.setAccessibleName(tr("Priority"))
                for priority in PRIORITY_ORDER:
                    box.addItem(priority_name(priority), priority.value)
            box.activated.connect(lambda _i, b=box: None if b.stepping else self._commit_now(b))
            return box
        field = QLineEdit(parent)
        field.setFrame(False)
        if column == Column.OWNER:
            field.setAccessibleName(tr("Owner"))
            field.setPlaceholderText(tr("Who does it"))
            field.setCompleter(owner_completer(self.owners(), field))
        else:
            field.setAccessibleName(tr("Action title"))
            field.setPlaceholderText(tr("What will be done"))
        return field

    def _commit_now(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DueDateEdit):
            editor.show_date(value if isinstance(value, QDate) else QDate())
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, DueDateEdit):
            model.setData(index, editor.chosen(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        rect = option.rect
        if isinstance(editor, (QComboBox, QDateEdit)):  # they need their height, wherever the row is short
            rect = rect.adjusted(0, 0, 0, max(0, editor.sizeHint().height() - rect.height()))
        editor.setGeometry(rect)
