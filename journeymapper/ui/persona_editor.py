"""Editing one persona: name, role, photo, goals, needs, frustrations and quote.

The same editor serves a map's personas (the Personas panel) and the atlas's
persona library. It edits a copy and hands back a new ``Persona`` (same id)
only when the user accepts; the caller turns that into one undoable edit (a
map) or one safe save (the library). Lists are edited one entry a line; a
list the user did not touch is handed back exactly as it was (an entry that
holds a line break stays whole). The photo comes in through ``image_import``
(checked, scaled down), never as the raw file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from pydantic_core import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editor.edits import PERSONA_CONTENT
from ..model import Persona
from ..model.image import PERSONA_PHOTO_SIDE, EmbeddedImage
from . import image_import
from .appearance import ProblemLabel
from .image_import import ImageImportError, image_pixmap, import_image

PHOTO_PREVIEW = 120
LIST_FIELDS = ("goals", "needs", "frustrations")


def tr(text: str) -> str:
    return QCoreApplication.translate("persona_editor", text)


class _ListEdit(QPlainTextEdit):
    """A list of texts, one entry a line; Tab moves on (it never types a tab into an entry)."""

    def __init__(self, name: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setPlaceholderText(tr("One a line"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # a line is an entry: show it so
        self.setFixedHeight(84)
        self._original: list[str] = []
        self._original_text = ""

    def set_entries(self, entries: list[str]) -> None:
        self._original = list(entries)
        self._original_text = "\n".join(" ".join(e.splitlines()) for e in entries)
        self.setPlainText(self._original_text)

    def entries(self) -> list[str]:
        if self.toPlainText() == self._original_text:
            return list(self._original)
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class PersonaEditor(QWidget):
    """The fields of one persona. ``set_persona`` fills them; ``persona()`` reads them back."""

    def __init__(self, parent: Optional[QWidget] = None,
                 ask_path: Optional[Callable[[Optional[QWidget], str], Optional[Path]]] = None) -> None:
        super().__init__(parent)
        self._ask_path = ask_path
        self._source = Persona()
        self._photo: Optional[EmbeddedImage] = None
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name"))
        self.name.setMaxLength(200)
        self.role = QLineEdit()
        self.role.setAccessibleName(tr("Role"))
        self.role.setMaxLength(1000)
        self.goals = _ListEdit(tr("Goals"))
        self.needs = _ListEdit(tr("Needs"))
        self.frustrations = _ListEdit(tr("Frustrations"))
        self.quote = QPlainTextEdit()
        self.quote.setTabChangesFocus(True)
        self.quote.setAccessibleName(tr("Quote"))
        self.quote.setFixedHeight(60)
        self.photo = QLabel()
        self.photo.setAccessibleName(tr("Photo"))
        self.photo.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QLabel.Shape.StyledPanel)
        self.import_photo = QPushButton(tr("&Import photo…"))
        self.import_photo.clicked.connect(self.choose_photo)
        self.remove_photo = QPushButton(tr("Remo&ve photo"))
        self.remove_photo.clicked.connect(lambda: self.set_photo(None))
        self.problem = ProblemLabel()
        self.problem.setAccessibleName(tr("Problem"))

        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.import_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Role:"), self.role)
        form.addRow(tr("Photo:"), photo_row)
        form.addRow(tr("&Goals (one a line):"), self.goals)
        form.addRow(tr("N&eeds (one a line):"), self.needs)
        form.addRow(tr("&Frustrations (one a line):"), self.frustrations)
        form.addRow(tr("&Quote:"), self.quote)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and field.widget() is not None:
                label.widget().setBuddy(field.widget())  # type: ignore[union-attr]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.setTabOrder(self.name, self.role)
        self.setTabOrder(self.role, self.import_photo)
        self.setTabOrder(self.import_photo, self.remove_photo)
        self.setTabOrder(self.remove_photo, self.goals)
        self.setTabOrder(self.goals, self.needs)
        self.setTabOrder(self.needs, self.frustrations)
        self.setTabOrder(self.frustrations, self.quote)

    def set_persona(self, persona: Persona) -> None:
        self._source = persona.model_copy(deep=True)
        self.name.setText(persona.name)
        self.role.setText(persona.role)
        self.role.setCursorPosition(0)  # a long role shows its start, not its last words
        for field in LIST_FIELDS:
            getattr(self, field).set_entries(getattr(persona, field))
        self.quote.setPlainText(persona.quote)
        self.set_photo(persona.photo)
        self.show_problem("")

    def set_photo(self, photo: Optional[EmbeddedImage]) -> None:
        self._photo = photo
        pixmap = image_pixmap(photo, PHOTO_PREVIEW)
        self.photo.setPixmap(pixmap)
        self.photo.setText("" if photo is not None else tr("No photo"))
        self.remove_photo.setEnabled(photo is not None)

    def current_photo(self) -> Optional[EmbeddedImage]:
        return self._photo

    def choose_photo(self) -> bool:
        """Ask for a picture and take it in (checked and scaled); False if cancelled or refused."""
        ask = self._ask_path or image_import.ask_image_path
        path = ask(self, tr("Import photo"))
        if path is None:
            return False
        return self.load_photo(path)

    def load_photo(self, path: Path) -> bool:
        """Take the picture at ``path`` as the photo; a refused file leaves the photo as it was."""
        try:
            photo = import_image(path, PERSONA_PHOTO_SIDE, alt=self.name.text().strip() or path.stem)
        except ImageImportError as error:
            self.show_problem(str(error))
            return False
        self.show_problem("")
        self.set_photo(photo)
        return True

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def persona(self) -> Persona:
        """The edited persona (same id as the one given); raises ValueError with a readable reason."""
        values = {
            "name": self.name.text().strip(),
            "role": self.role.text().strip(),
            "quote": self.quote.toPlainText().strip(),
            "photo": self._photo,
            **{field: getattr(self, field).entries() for field in LIST_FIELDS},
        }
        edited = self._source.model_copy(deep=True)
        try:
            for name, value in values.items():
                setattr(edited, name, value)
        except ValidationError as error:
            raise ValueError("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                                       for e in error.errors(include_url=False))) from None
        return edited


class PersonaDialog(QDialog):
    """A persona editor with OK and Cancel; ``result_persona`` is set when accepted."""

    def __init__(self, persona: Persona, title: str, parent: Optional[QWidget] = None,
                 ask_path: Optional[Callable[[Optional[QWidget], str], Optional[Path]]] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("persona_dialog")
        self.editor = PersonaEditor(self, ask_path)
        self.editor.set_persona(persona)
        self.result_persona: Optional[Persona] = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(760, self.sizeHint().height())  # room for a goal or need of a usual length on its line
        self.editor.name.setFocus()

    def accept(self) -> None:
        try:
            self.result_persona = self.editor.persona()
        except ValueError as error:
            self.editor.show_problem(str(error))
            return
        super().accept()


def edit_persona(parent: Optional[QWidget], persona: Persona, title: str) -> Optional[Persona]:
    """Show the persona dialog modally; the edited persona, or None if cancelled. Tests replace this."""
    dialog = PersonaDialog(persona, title, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_persona
        return None
    finally:
        dialog.deleteLater()


def changed_fields(before: Persona, after: Persona) -> dict[str, object]:
    """The persona fields ``after`` changes (what one edit step sets)."""
    return {name: getattr(after, name) for name in PERSONA_CONTENT if getattr(before, name) != getattr(after, name)}


__all__ = ["PersonaDialog", "PersonaEditor", "changed_fields", "edit_persona"]
