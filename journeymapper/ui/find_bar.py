"""Find and Replace as a bar under the map, never a dialog in front of it.

Typing highlights every card whose text or notes match; Next and Previous
step through them (selecting and scrolling to each), wrapping around; Replace
all is one undoable step. Escape closes the bar and clears the highlights.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from ..editor import MapDocument, edits


def tr(text: str) -> str:
    return QCoreApplication.translate("find_bar", text)


class FindBar(QWidget):
    """The find (and replace) bar of the main window, acting on the current tab."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.document: Optional[MapDocument] = None
        self.view: Optional[Any] = None
        self.matches: list[str] = []
        self.current = -1
        self.find_field = self._line(tr("Find text"), tr("Find in cards"))
        self.replace_field = self._line(tr("Replace with"), tr("Replace with"))
        self.case = QCheckBox(tr("Match &case"))
        self.case.setAccessibleName(tr("Match case"))
        self.previous_button = self._button(tr("Previous"), "↑", tr("Previous match"))
        self.next_button = self._button(tr("Next"), "↓", tr("Next match"))
        self.replace_button = QPushButton(tr("Replace &All"))
        self.replace_button.setAccessibleName(tr("Replace all"))
        self.close_button = self._button(tr("Close find bar"), "✕", tr("Close (Esc)"))
        self.count = QLabel()
        self.count.setAccessibleName(tr("Matches"))
        self.find_label, self.replace_label = QLabel(tr("Fi&nd:")), QLabel(tr("Replace &with:"))
        self.find_label.setBuddy(self.find_field)
        self.replace_label.setBuddy(self.replace_field)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.case, 0, 4)
        grid.addWidget(self.count, 0, 5)
        grid.addWidget(self.close_button, 0, 6)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2, 1, 3)
        grid.setColumnStretch(1, 1)
        self.find_field.textChanged.connect(lambda _text: self.search())
        self.find_field.returnPressed.connect(self.find_next)
        self.case.toggled.connect(lambda _on: self.search())
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self._show_replace_row(False)
        self.hide()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        field.setClearButtonEnabled(True)
        return field

    def _button(self, name: str, glyph: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(glyph)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        return button

    def _show_replace_row(self, visible: bool) -> None:
        for widget in (self.replace_label, self.replace_field, self.replace_button):
            widget.setVisible(visible)

    # --- the current tab -------------------------------------------------------------

    def set_target(self, document: Optional[MapDocument], view: Optional[Any]) -> None:
        if self.document is not None:
            try:
                self.document.changed.disconnect(self._document_changed)
            except (RuntimeError, TypeError):
                pass
        self.document, self.view = document, view
        if document is not None:
            document.changed.connect(self._document_changed)
        self.current = -1
        if self.isVisible():
            self.search()

    # --- commands ---------------------------------------------------------------------

    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, replace: bool) -> None:
        self._show_replace_row(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        if self.view is not None:
            self.view.highlight_cards([])
            self.view.setFocus()

    def search(self) -> None:
        """Recompute the matches, keep the current one if it still matches, highlight them all."""
        current_id = self.current_id()
        if self.document is None:
            self.matches = []
        else:
            self.matches = edits.find_cards(self.document, self.find_field.text(), self.case.isChecked())
        self.current = self.matches.index(current_id) if current_id in self.matches else -1
        if self.view is not None:
            self.view.highlight_cards(list(self.matches))
            if self.matches and self.current < 0:
                self.view.ensure_visible(self.matches[0])
        self._show_count()

    def current_id(self) -> Optional[str]:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.show_find()
        if not self.matches:
            return
        if self.current < 0:
            self.current = 0 if direction > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + direction) % len(self.matches)
        card_id = self.matches[self.current]
        if self.view is not None:
            self.view.select_cards([card_id])
            self.view.ensure_visible(card_id)
        self._show_count()

    def replace_all(self) -> int:
        """Replace in every matching card as one undoable step; returns how many cards changed."""
        if self.document is None or not self.find_field.text():
            return 0
        changed = edits.replace_in_cards(
            self.document, self.find_field.text(), self.replace_field.text(), self.case.isChecked()
        )
        self.count.setText(QCoreApplication.translate("find_bar", "Replaced in %n card(s)", "", changed))
        return changed

    def _show_count(self) -> None:
        if not self.find_field.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("No matches"))
        elif self.current < 0:
            self.count.setText(QCoreApplication.translate("find_bar", "%n match(es)", "", len(self.matches)))
        else:
            self.count.setText(
                tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.matches)))
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def _document_changed(self, _change: object) -> None:
        if self.isVisible():
            self.search()
